#include "models/alerts/maintenancewindow.h"

#include <QTimeZone>

#include <optional>

namespace payops {

namespace {

// The instant of a local wall time in `zone`, without relying on how QDateTime resolves times that
// do not exist or exist twice. The wall time read as UTC (`naive`) minus the zone's offset is the
// instant, for one of the offsets in force within half a day of it (a zone changes at most once
// in that span). Of two instants (a fall-back overlap) the first; of none (a spring-forward gap),
// the instant of the change: 02:30 in a gap 02:00-03:00 is 03:00, the way "from 02:30" reads that
// night.
qint64 instantOf(const QDate &date, int minute, const QTimeZone &zone)
{
    if (minute >= 1440)
        return instantOf(date.addDays(1), 0, zone);
    constexpr qint64 halfDayMs = 12LL * 3600 * 1000;
    const qint64 naive = QDateTime(date, QTime(minute / 60, minute % 60), QTimeZone::utc()).toMSecsSinceEpoch();
    const auto offsetAt = [&zone](qint64 utcMs) {
        return qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()))) * 1000;
    };
    const qint64 before = offsetAt(naive - halfDayMs);
    const qint64 after = offsetAt(naive + halfDayMs);
    std::optional<qint64> found;
    for (const qint64 offset : {before, after}) {
        const qint64 candidate = naive - offset;
        if (candidate + offsetAt(candidate) == naive && (!found || candidate < *found))
            found = candidate;
    }
    if (found)
        return *found;
    const QTimeZone::OffsetData change
        = zone.nextTransition(QDateTime::fromMSecsSinceEpoch(naive - halfDayMs - before, QTimeZone::utc()));
    return change.atUtc.isValid() ? change.atUtc.toMSecsSinceEpoch() : naive - before;
}

} // namespace

QString MaintenanceWindow::hoursText() const
{
    const auto hhmm = [](int minute) {
        return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
    };
    return QStringLiteral("%1–%2").arg(hhmm(startMinute), hhmm(endMinute));
}

QString MaintenanceWindow::whenText(const QLocale &locale) const
{
    QStringList dayNames;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (days & dayBit(Qt::DayOfWeek(day)))
            dayNames.append(locale.dayName(day, QLocale::ShortFormat));
    }
    return tr("%1, %2").arg(dayNames.join(QLatin1Char(' ')), hoursText());
}

QStringList MaintenanceWindow::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems.append(tr("the maintenance window needs a name"));
    if ((days & 0x7f) == 0 || days > 0x7f)
        problems.append(tr("choose at least one weekday"));
    if (startMinute < 0 || startMinute > 1439)
        problems.append(tr("the start must be a time of day from 00:00 to 23:59"));
    if (endMinute < 0 || endMinute > 1440)
        problems.append(tr("the end must be a time of day from 00:00 to 24:00"));
    if (!QTimeZone(timeZone.toUtf8()).isValid())
        problems.append(tr("\"%1\" is not a time zone this system knows (e.g. Europe/Berlin, Asia/Shanghai, UTC)")
                            .arg(timeZone));
    return problems;
}

std::optional<std::pair<qint64, qint64>> MaintenanceWindow::occurrenceAt(qint64 utcMs) const
{
    const QTimeZone zone(timeZone.toUtf8());
    if (!zone.isValid() || (days & 0x7f) == 0)
        return std::nullopt;
    const QDate today = QDateTime::fromMSecsSinceEpoch(utcMs, zone).date();
    // An occurrence starts today or, crossing midnight, yesterday.
    for (const QDate &day : {today, today.addDays(-1)}) {
        if (!(days & dayBit(Qt::DayOfWeek(day.dayOfWeek()))))
            continue;
        const qint64 start = instantOf(day, startMinute, zone);
        const QDate endDay = endMinute <= startMinute ? day.addDays(1) : day;
        const qint64 end = instantOf(endDay, endMinute, zone);
        if (utcMs >= start && utcMs < end)
            return std::pair{start, end};
    }
    return std::nullopt;
}

bool MaintenanceWindow::contains(qint64 utcMs) const
{
    return occurrenceAt(utcMs).has_value();
}

} // namespace payops
