#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <utility>

class QSettings;

namespace payops {

// What the operator sets in Edit ▸ Preferences (Ctrl+,), kept in the console's QSettings: language,
// theme, how long the metric history keeps each resolution, and the interval and timeout a target added
// in the window starts with. Everything applies at once except the language, read at start-up.
struct Preferences
{
    Q_DECLARE_TR_FUNCTIONS(payops::Preferences)

public:
    QString language;          // "" (the system's), "en" or "zh_CN"
    QString theme = QStringLiteral("light");
    int rawRetentionHours = 48;     // every sample
    int minuteRetentionDays = 30;   // 1-minute roll-ups
    int hourRetentionDays = 400;    // 1-hour roll-ups
    int defaultIntervalMs = 5000;
    int defaultTimeoutMs = 3000;

    [[nodiscard]] static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;
    // Why these cannot be kept (translated), or empty: retentions of at least 1 hour or day, each
    // resolution kept at least as long as the finer one, an interval of 1 s to 1 h and a timeout under it.
    [[nodiscard]] QString validate() const;

    // The languages offered: the language code and its own name ("English", "简体中文").
    [[nodiscard]] static QList<std::pair<QString, QString>> languages();

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace payops
Q_DECLARE_METATYPE(payops::Preferences)
