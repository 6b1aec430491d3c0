#pragma once

#include "models/alerts/maintenancewindow.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace payops {

// A time in which scheduled runs do not start (peak hours, a sale day): weekly on the chosen days,
// or on listed dates, from startMinute to endMinute wall-clock in an IANA zone. The weekly form
// and its daylight-saving behaviour are MaintenanceWindow's (models/alerts): one implementation of
// "wall-clock window in a zone". With dates, the days are ignored and the window is on those dates
// only (an end at or before the start runs into the next day; 00:00-24:00 is the whole date).
struct BlackoutWindow
{
    Q_DECLARE_TR_FUNCTIONS(payops::BlackoutWindow)

public:
    qint64 id = 0;
    QString name;
    quint8 days = 0x7f; // bit 0 Monday ... bit 6 Sunday
    int startMinute = 0;
    int endMinute = 0;
    QString timeZone = QStringLiteral("UTC");
    QList<QDate> dates; // when set: only on these dates

    // What is wrong with the window, in operator words; empty when it can be saved.
    [[nodiscard]] QStringList validate() const;
    // The occurrence that contains the instant: [start, end) in UTC ms.
    [[nodiscard]] std::optional<std::pair<qint64, qint64>> occurrenceAt(qint64 utcMs) const;
    // The occurrences that overlap [fromMs, toMs), in order (for the week timeline).
    [[nodiscard]] QList<std::pair<qint64, qint64>> occurrencesBetween(qint64 fromMs, qint64 toMs) const;

    // "Mon Tue, 11:00–14:00 (Asia/Shanghai)" or "2026-12-24 2026-12-31, 00:00–24:00 (UTC)".
    [[nodiscard]] QString describe(const QLocale &locale = QLocale()) const;
    [[nodiscard]] QString datesText() const; // "2026-12-24,2026-12-31"
    [[nodiscard]] static std::optional<QList<QDate>> parseDates(const QString &text);

private:
    [[nodiscard]] MaintenanceWindow weekly() const;
};

} // namespace payops
