#include "models/tasks/cronexpression.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringList>

namespace payops {

namespace {

// One field's rules: its range and, for months and weekdays, the names it takes.
struct FieldRule
{
    int minimum;
    int maximum; // day-of-week accepts 7 (Sunday) and folds it to 0
    QStringList names; // names[i] is the value minimum + i
};

const QStringList &monthNames()
{
    static const QStringList names{QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MAR"),
                                   QStringLiteral("APR"), QStringLiteral("MAY"), QStringLiteral("JUN"),
                                   QStringLiteral("JUL"), QStringLiteral("AUG"), QStringLiteral("SEP"),
                                   QStringLiteral("OCT"), QStringLiteral("NOV"), QStringLiteral("DEC")};
    return names;
}

const QStringList &weekdayNames()
{
    static const QStringList names{QStringLiteral("SUN"), QStringLiteral("MON"), QStringLiteral("TUE"),
                                   QStringLiteral("WED"), QStringLiteral("THU"), QStringLiteral("FRI"),
                                   QStringLiteral("SAT")};
    return names;
}

QString fieldTitle(int index)
{
    switch (index) {
    case 0: return CronExpression::tr("minute");
    case 1: return CronExpression::tr("hour");
    case 2: return CronExpression::tr("day-of-month");
    case 3: return CronExpression::tr("month");
    default: return CronExpression::tr("day-of-week");
    }
}

// Reads one value of a field (a number or a name); the error in words when it is neither or out of range.
std::optional<int> readValue(const QString &text, const FieldRule &rule, int fieldIndex, QString *error)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (ok && !text.startsWith(u'+') && !text.startsWith(u'-')) {
        if (number < rule.minimum || number > rule.maximum) {
            *error = CronExpression::tr("%1 is outside the %2 field's range %3–%4.")
                         .arg(text, fieldTitle(fieldIndex)).arg(rule.minimum).arg(rule.maximum);
            return std::nullopt;
        }
        return number;
    }
    const qsizetype nameIndex = rule.names.indexOf(text.toUpper());
    if (nameIndex >= 0)
        return rule.minimum + int(nameIndex);
    if (rule.names.isEmpty())
        *error = CronExpression::tr("\"%1\" in the %2 field is not a number.").arg(text, fieldTitle(fieldIndex));
    else
        *error = CronExpression::tr("\"%1\" in the %2 field is not a number or a name such as %3.")
                     .arg(text, fieldTitle(fieldIndex), rule.names.constFirst());
    return std::nullopt;
}

// Reads a whole field into `bits` (bit i = value i). Returns the error in words, or an empty string.
template<std::size_t N>
QString readField(const QString &field, const FieldRule &rule, int fieldIndex, std::bitset<N> &bits)
{
    const QStringList parts = field.split(u',');
    for (const QString &part : parts) {
        if (part.isEmpty())
            return CronExpression::tr("The %1 field \"%2\" has an empty item in its list.").arg(fieldTitle(fieldIndex), field);
        const QStringList stepParts = part.split(u'/');
        if (stepParts.size() > 2)
            return CronExpression::tr("\"%1\" in the %2 field has more than one '/'.").arg(part, fieldTitle(fieldIndex));
        int step = 1;
        if (stepParts.size() == 2) {
            bool ok = false;
            step = stepParts.at(1).toInt(&ok);
            const int span = rule.maximum - rule.minimum + 1;
            if (!ok || step < 1 || step > span)
                return CronExpression::tr("The step \"%1\" in the %2 field must be a whole number from 1 to %3.")
                    .arg(stepParts.at(1), fieldTitle(fieldIndex)).arg(span);
        }
        const QString &base = stepParts.at(0);
        int first = 0;
        int last = 0;
        QString error;
        if (base == QLatin1String("*")) {
            first = rule.minimum;
            last = rule.maximum;
        } else if (base.isEmpty()) {
            return CronExpression::tr("\"%1\" in the %2 field has nothing before the '/': write */%3 or a range.")
                .arg(part, fieldTitle(fieldIndex)).arg(step);
        } else {
            const QStringList bounds = base.split(u'-');
            if (bounds.size() > 2 || bounds.contains(QString()))
                return CronExpression::tr("\"%1\" in the %2 field is not a value or a range such as 1-5.")
                    .arg(base, fieldTitle(fieldIndex));
            const std::optional<int> low = readValue(bounds.at(0), rule, fieldIndex, &error);
            if (!low)
                return error;
            first = *low;
            if (bounds.size() == 2) {
                const std::optional<int> high = readValue(bounds.at(1), rule, fieldIndex, &error);
                if (!high)
                    return error;
                last = *high;
                if (last < first)
                    return CronExpression::tr("The range %1 in the %2 field runs backwards; write it as two ranges, "
                                              "e.g. %3-%4,%5-%6.")
                        .arg(base, fieldTitle(fieldIndex), bounds.at(0)).arg(rule.maximum).arg(rule.minimum)
                        .arg(bounds.at(1));
            } else {
                // "a/n" means from a to the field's end, every n; "a" alone is that value.
                last = stepParts.size() == 2 ? rule.maximum : first;
            }
        }
        for (int value = first; value <= last; value += step)
            bits.set(std::size_t(N == 7 && value == 7 ? 0 : value)); // day-of-week 7 is Sunday (0)
    }
    return {};
}

int daysInMonthAtMost(int month)
{
    // The most days the month ever has (February in a leap year).
    return month == 2 ? 29 : QDate(2001, month, 1).daysInMonth();
}

} // namespace

CronExpression::ParseResult CronExpression::parse(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty())
        return {std::nullopt, tr("The expression is empty: write five fields (minute hour day-of-month month "
                                 "day-of-week), e.g. \"30 2 * * *\", or a shortcut such as @daily.")};
    QString expanded = trimmed;
    if (trimmed.startsWith(u'@')) {
        const QString macro = trimmed.toLower();
        if (macro == QLatin1String("@yearly") || macro == QLatin1String("@annually"))
            expanded = QStringLiteral("0 0 1 1 *");
        else if (macro == QLatin1String("@monthly"))
            expanded = QStringLiteral("0 0 1 * *");
        else if (macro == QLatin1String("@weekly"))
            expanded = QStringLiteral("0 0 * * 0");
        else if (macro == QLatin1String("@daily") || macro == QLatin1String("@midnight"))
            expanded = QStringLiteral("0 0 * * *");
        else if (macro == QLatin1String("@hourly"))
            expanded = QStringLiteral("0 * * * *");
        else if (macro == QLatin1String("@reboot"))
            return {std::nullopt, tr("@reboot is not a time: tasks run on schedules; use \"run once at the next "
                                     "start\" for missed runs instead.")};
        else
            return {std::nullopt, tr("Unknown shortcut \"%1\": use @yearly, @monthly, @weekly, @daily or @hourly.")
                                      .arg(trimmed)};
    }
    const QStringList fields = expanded.split(u' ');
    if (fields.size() != 5) {
        QString error = tr("A cron expression has five fields (minute hour day-of-month month day-of-week); "
                           "this one has %n.", nullptr, int(fields.size()));
        if (fields.size() == 6)
            error += u' ' + tr("Seconds and years are not supported.");
        return {std::nullopt, error};
    }

    CronExpression expression;
    expression.m_text = trimmed;
    const FieldRule minuteRule{0, 59, {}};
    const FieldRule hourRule{0, 23, {}};
    const FieldRule dayRule{1, 31, {}};
    const FieldRule monthRule{1, 12, monthNames()};
    const FieldRule weekdayRule{0, 7, weekdayNames()};
    QString error = readField(fields.at(0), minuteRule, 0, expression.m_minutes);
    if (error.isEmpty())
        error = readField(fields.at(1), hourRule, 1, expression.m_hours);
    if (error.isEmpty())
        error = readField(fields.at(2), dayRule, 2, expression.m_daysOfMonth);
    if (error.isEmpty())
        error = readField(fields.at(3), monthRule, 3, expression.m_months);
    if (error.isEmpty())
        error = readField(fields.at(4), weekdayRule, 4, expression.m_daysOfWeek);
    if (!error.isEmpty())
        return {std::nullopt, error};
    expression.m_dayOfMonthRestricted = fields.at(2) != QLatin1String("*");
    expression.m_dayOfWeekRestricted = fields.at(4) != QLatin1String("*");

    // A day of the month that no chosen month has (and no weekday to fall back on) never comes.
    if (expression.m_dayOfMonthRestricted && !expression.m_dayOfWeekRestricted) {
        bool someDayExists = false;
        int smallestDay = 31;
        for (int day = 1; day <= 31; ++day) {
            if (!expression.m_daysOfMonth.test(std::size_t(day)))
                continue;
            smallestDay = std::min(smallestDay, day);
            for (int month = 1; month <= 12 && !someDayExists; ++month)
                someDayExists = expression.m_months.test(std::size_t(month)) && day <= daysInMonthAtMost(month);
        }
        if (!someDayExists)
            return {std::nullopt, tr("This expression never runs: none of the chosen months has a day %1.").arg(smallestDay)};
    }
    return {expression, {}};
}

bool CronExpression::matchesDay(int month, int day, int dayOfWeek) const
{
    if (!m_months.test(std::size_t(month)))
        return false;
    const bool dayOfMonth = m_daysOfMonth.test(std::size_t(day));
    const bool weekday = m_daysOfWeek.test(std::size_t(dayOfWeek % 7));
    if (m_dayOfMonthRestricted && m_dayOfWeekRestricted)
        return dayOfMonth || weekday;
    if (m_dayOfMonthRestricted)
        return dayOfMonth;
    if (m_dayOfWeekRestricted)
        return weekday;
    return true;
}

} // namespace payops
