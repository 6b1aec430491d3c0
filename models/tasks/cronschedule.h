#pragma once

#include "models/tasks/cronexpression.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace payops {

// When a cron expression fires in an IANA time zone, as instants (ms since the epoch, UTC).
//
// The expression is read as wall-clock time in the zone. Daylight saving:
//   - a wall-clock time skipped by a spring-forward (02:30 in Europe/Berlin on the last Sunday of
//     March) fires once, at the first valid minute after the gap (03:00 CEST); several skipped
//     times of the same gap ("*/15 2 * * *") still fire once there;
//   - a wall-clock time repeated by a fall-back (02:30 on the last Sunday of October) fires once,
//     at its first occurrence (02:30 CEST), not again an hour later.
// So a daily job runs exactly once every calendar day, whatever the clocks do.
class CronSchedule final
{
    Q_DECLARE_TR_FUNCTIONS(payops::CronSchedule)

public:
    struct Result;

    // The expression and zone checked together; the error in words names what is wrong.
    [[nodiscard]] static Result create(const QString &expression, const QString &timeZone);

    CronSchedule(CronExpression expression, QTimeZone zone);

    // The first fire time strictly after `afterUtcMs`; std::nullopt when there is none in the next
    // ten years (only a 29 February on a weekday that does not come soon can be that far).
    [[nodiscard]] std::optional<qint64> nextAfter(qint64 afterUtcMs) const;
    // Up to `count` fire times after `afterUtcMs`, in order.
    [[nodiscard]] QList<qint64> nextTimes(qint64 afterUtcMs, int count) const;

    [[nodiscard]] const CronExpression &expression() const { return m_expression; }
    [[nodiscard]] const QTimeZone &zone() const { return m_zone; }

private:
    // The instant a wall-clock minute (as ms of a UTC clock showing that wall time) fires at.
    [[nodiscard]] qint64 instantOf(qint64 wallMs) const;

    CronExpression m_expression;
    QTimeZone m_zone;
};

struct CronSchedule::Result
{
    std::optional<CronSchedule> schedule;
    QString error;
};

} // namespace payops
