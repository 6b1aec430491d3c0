#include "models/tasks/cronschedule.h"

#include <QDate>
#include <QDateTime>

namespace payops {

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 dayMs = 24 * 60 * minuteMs;
// No zone moves its clocks by more than this at once (the largest shifts are 2 h).
constexpr qint64 largestShiftMs = 3 * 60 * minuteMs;
// How far ahead to look: a 29 February on a given weekday can be 28 years away, but an expression
// that rare is refused as unusable; ten years cover every leap-day expression without a weekday.
constexpr int searchDays = 366 * 10;

int offsetSecondsAt(const QTimeZone &zone, qint64 utcMs)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()));
}

} // namespace

CronSchedule::Result CronSchedule::create(const QString &expression, const QString &timeZone)
{
    CronExpression::ParseResult parsed = CronExpression::parse(expression);
    if (!parsed.expression)
        return {std::nullopt, parsed.error};
    const QByteArray zoneId = timeZone.trimmed().toUtf8();
    if (zoneId.isEmpty())
        return {std::nullopt, tr("No time zone given: name one such as Europe/Berlin or UTC.")};
    if (!QTimeZone::isTimeZoneIdAvailable(zoneId))
        return {std::nullopt, tr("Unknown time zone \"%1\": use an IANA name such as Europe/Berlin, "
                                 "America/New_York or UTC.").arg(timeZone.trimmed())};
    return {CronSchedule(std::move(*parsed.expression), QTimeZone(zoneId)), {}};
}

CronSchedule::CronSchedule(CronExpression expression, QTimeZone zone)
    : m_expression(std::move(expression))
    , m_zone(std::move(zone))
{
}

qint64 CronSchedule::instantOf(qint64 wallMs) const
{
    // The offsets that could apply around this wall time; each that maps back onto itself is an
    // occurrence. Two occurrences: a repeated time (fall-back) fires at the first. None: skipped.
    const int candidates[] = {offsetSecondsAt(m_zone, wallMs - dayMs), offsetSecondsAt(m_zone, wallMs),
                              offsetSecondsAt(m_zone, wallMs + dayMs)};
    std::optional<qint64> first;
    for (const int offset : candidates) {
        const qint64 utcMs = wallMs - qint64(offset) * 1000;
        if (offsetSecondsAt(m_zone, utcMs) == offset && (!first || utcMs < *first))
            first = utcMs;
    }
    if (first)
        return *first;
    // In a spring-forward gap: fire at the transition itself, the first valid minute after the gap.
    const int offsetAfter = candidates[2];
    const QTimeZone::OffsetData transition =
        m_zone.nextTransition(QDateTime::fromMSecsSinceEpoch(wallMs - qint64(offsetAfter) * 1000 - 1, QTimeZone::utc()));
    if (transition.atUtc.isValid())
        return transition.atUtc.toMSecsSinceEpoch();
    return wallMs - qint64(offsetAfter) * 1000;
}

std::optional<qint64> CronSchedule::nextAfter(qint64 afterUtcMs) const
{
    const qint64 afterWallMs = afterUtcMs + qint64(offsetSecondsAt(m_zone, afterUtcMs)) * 1000;
    // Wall times far enough before `after` cannot fire after it; near a clock change they might.
    const QTimeZone::OffsetData transition =
        m_zone.nextTransition(QDateTime::fromMSecsSinceEpoch(afterUtcMs - 2 * dayMs, QTimeZone::utc()));
    const bool changeNear = transition.atUtc.isValid() && transition.atUtc.toMSecsSinceEpoch() < afterUtcMs + 2 * dayMs;
    const qint64 earliestWallMs = afterWallMs - (changeNear ? largestShiftMs : 0);

    const QDateTime wallStart = QDateTime::fromMSecsSinceEpoch(earliestWallMs, QTimeZone::utc());
    QDate date = wallStart.date();
    const qint64 epochDayMs = QDate(1970, 1, 1).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
    for (int i = 0; i < searchDays; ++i, date = date.addDays(1)) {
        if (!m_expression.matchesDay(date.month(), date.day(), date.dayOfWeek()))
            continue;
        const qint64 dayStartWallMs = epochDayMs + QDate(1970, 1, 1).daysTo(date) * dayMs;
        for (int hour = 0; hour < 24; ++hour) {
            if (!m_expression.hasHour(hour))
                continue;
            for (int minute = 0; minute < 60; ++minute) {
                if (!m_expression.hasMinute(minute))
                    continue;
                const qint64 wallMs = dayStartWallMs + (hour * 60 + minute) * minuteMs;
                if (wallMs <= earliestWallMs)
                    continue;
                const qint64 utcMs = changeNear ? instantOf(wallMs) : wallMs - (afterWallMs - afterUtcMs);
                if (utcMs > afterUtcMs)
                    return changeNear ? utcMs : instantOf(wallMs);
            }
        }
    }
    return std::nullopt;
}

QList<qint64> CronSchedule::nextTimes(qint64 afterUtcMs, int count) const
{
    QList<qint64> times;
    qint64 from = afterUtcMs;
    while (times.size() < count) {
        const std::optional<qint64> next = nextAfter(from);
        if (!next)
            break;
        times.append(*next);
        from = *next;
    }
    return times;
}

} // namespace payops
