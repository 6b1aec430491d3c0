#pragma once

#include "models/alerts/alertmatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace payops {

// A recurring maintenance window: on the chosen weekdays, from startMinute to endMinute (minutes
// after local midnight) in an IANA time zone, matching alerts are recorded but not notified.
//
// The window is wall-clock time in its zone, so "Sundays 02:00-04:00 Europe/Berlin" stays 02:00-04:00
// on the Sundays clocks change: on the spring-forward Sunday 02:00 does not exist and the window
// runs 03:00-04:00 CEST (one hour); on the fall-back Sunday it runs from the first 02:00 CEST to
// 04:00 CET (three hours). An end at or before the start crosses midnight (22:00-02:00 ends on the
// next day); endMinute 1440 is the end of the day.
struct MaintenanceWindow
{
    Q_DECLARE_TR_FUNCTIONS(payops::MaintenanceWindow)

public:
    qint64 id = 0;
    QString name;
    quint8 days = 0;       // bit 0 Monday ... bit 6 Sunday (Qt::DayOfWeek - 1)
    int startMinute = 0;   // 0..1439
    int endMinute = 0;     // 0..1440
    QString timeZone;      // IANA id, "Europe/Berlin"
    AlertMatcher matcher;
    QString reason;

    [[nodiscard]] static quint8 dayBit(Qt::DayOfWeek day) { return quint8(1u << (int(day) - 1)); }

    // What is wrong with the window, in operator words; empty when it can be used.
    [[nodiscard]] QStringList validate() const;
    // "Mon Tue Wed, 11:00–14:00" (day names in the locale's short form), for lists and the audit log.
    [[nodiscard]] QString whenText(const QLocale &locale = QLocale()) const;
    // "11:00–14:00".
    [[nodiscard]] QString hoursText() const;
    // True when the instant (ms since the epoch, UTC) falls in one of the window's occurrences.
    [[nodiscard]] bool contains(qint64 utcMs) const;
    // The occurrence that contains the instant: [start, end) in UTC ms.
    [[nodiscard]] std::optional<std::pair<qint64, qint64>> occurrenceAt(qint64 utcMs) const;

    friend bool operator==(const MaintenanceWindow &, const MaintenanceWindow &) = default;
};

} // namespace payops
