#include "models/core/preferences.h"

#include <QSettings>

namespace payops {

namespace {

const QString group = QStringLiteral("preferences/");

} // namespace

Preferences Preferences::load(const QSettings &settings)
{
    Preferences preferences;
    const auto number = [&](const char *key, int fallback) {
        bool ok = false;
        const int value = settings.value(group + QLatin1String(key)).toInt(&ok);
        return ok ? value : fallback;
    };
    preferences.language = settings.value(group + QStringLiteral("language")).toString();
    preferences.theme = settings.value(QStringLiteral("window/theme"), preferences.theme).toString();
    preferences.rawRetentionHours = number("rawRetentionHours", preferences.rawRetentionHours);
    preferences.minuteRetentionDays = number("minuteRetentionDays", preferences.minuteRetentionDays);
    preferences.hourRetentionDays = number("hourRetentionDays", preferences.hourRetentionDays);
    preferences.defaultIntervalMs = number("defaultIntervalMs", preferences.defaultIntervalMs);
    preferences.defaultTimeoutMs = number("defaultTimeoutMs", preferences.defaultTimeoutMs);
    // A hand-edited file that makes no sense is not used: the defaults are.
    return preferences.validate().isEmpty() ? preferences : Preferences{};
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(group + QStringLiteral("language"), language);
    settings.setValue(QStringLiteral("window/theme"), theme);
    settings.setValue(group + QStringLiteral("rawRetentionHours"), rawRetentionHours);
    settings.setValue(group + QStringLiteral("minuteRetentionDays"), minuteRetentionDays);
    settings.setValue(group + QStringLiteral("hourRetentionDays"), hourRetentionDays);
    settings.setValue(group + QStringLiteral("defaultIntervalMs"), defaultIntervalMs);
    settings.setValue(group + QStringLiteral("defaultTimeoutMs"), defaultTimeoutMs);
}

QString Preferences::validate() const
{
    if (!language.isEmpty() && language != QLatin1String("en") && language != QLatin1String("zh_CN"))
        return tr("the language %1 is not available").arg(language);
    if (theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return tr("the theme must be light or dark");
    if (rawRetentionHours < 1 || minuteRetentionDays < 1 || hourRetentionDays < 1)
        return tr("each resolution must be kept for at least one hour or day");
    if (minuteRetentionDays * 24 < rawRetentionHours)
        return tr("the 1-minute roll-ups must be kept at least as long as the raw samples");
    if (hourRetentionDays < minuteRetentionDays)
        return tr("the 1-hour roll-ups must be kept at least as long as the 1-minute ones");
    if (defaultIntervalMs < 1000 || defaultIntervalMs > 3600 * 1000)
        return tr("the poll interval must be from 1 s to 1 h");
    if (defaultTimeoutMs < 1 || defaultTimeoutMs >= defaultIntervalMs)
        return tr("the timeout must be shorter than the poll interval");
    return {};
}

QList<std::pair<QString, QString>> Preferences::languages()
{
    return {{QString(), tr("The system's language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

} // namespace payops
