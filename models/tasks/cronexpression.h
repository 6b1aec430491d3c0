#pragma once

#include <QCoreApplication>
#include <QString>

#include <bitset>
#include <optional>

namespace payops {

// A five-field cron expression: minute hour day-of-month month day-of-week.
//
// Each field is '*', a value, a range a-b, a step (*/n, a-b/n, a/n = a to the field's end every n) or
// a comma-separated list of those. Months and weekdays also take their English three-letter names
// (JAN..DEC, SUN..SAT, any case); Sunday is 0 or 7. The macros @yearly (@annually), @monthly,
// @weekly, @daily (@midnight) and @hourly stand for their usual five fields.
//
// Day-of-month and day-of-week follow classic cron: when both are restricted (neither is just '*'),
// a day matches when EITHER matches ("0 0 13 * FRI" is the 13th and every Friday); when one of
// them is '*', only the other one counts.
//
// parse() says in words why a text is not an expression (which field, which part, the allowed
// range), including expressions that can never run ("0 0 31 4 *": April has 30 days).
class CronExpression final
{
    Q_DECLARE_TR_FUNCTIONS(payops::CronExpression)

public:
    struct ParseResult;

    [[nodiscard]] static ParseResult parse(const QString &text);

    [[nodiscard]] bool hasMinute(int minute) const { return m_minutes.test(std::size_t(minute)); }
    [[nodiscard]] bool hasHour(int hour) const { return m_hours.test(std::size_t(hour)); }
    [[nodiscard]] bool hasMonth(int month) const { return m_months.test(std::size_t(month)); }
    // Whether the calendar day (with its weekday, Qt::DayOfWeek 1 = Monday ... 7 = Sunday) matches
    // the day-of-month, month and day-of-week fields together.
    [[nodiscard]] bool matchesDay(int month, int day, int dayOfWeek) const;

    // The expression as the operator wrote it (trimmed).
    [[nodiscard]] const QString &text() const { return m_text; }

private:
    QString m_text;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_daysOfMonth; // 1..31
    std::bitset<13> m_months;      // 1..12
    std::bitset<7> m_daysOfWeek;   // 0 = Sunday .. 6 = Saturday
    bool m_dayOfMonthRestricted = false;
    bool m_dayOfWeekRestricted = false;
};

struct CronExpression::ParseResult
{
    std::optional<CronExpression> expression;
    QString error; // in words; empty when expression is set
};

} // namespace payops
