#include "models/metrics/derivedmetric.h"

#include "models/metrics/derivedmetriccatalog.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

constexpr const char *kContext = "payops::DerivedMetricCatalog";

// Units written by the formatters (at namespace scope, where lupdate finds them).
const char *const kMilliseconds = QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "ms");
const char *const kSeconds = QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "s");
const char *const kMinutes = QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "min");
const char *const kHours = QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "h");
const char *const kPercent = QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "%");

QString tr(const char *source)
{
    return QCoreApplication::translate(kContext, source);
}

QString withUnit(const QString &number, const QString &unit)
{
    return unit.isEmpty() ? number : number + u' ' + unit;
}

// Decimals so that about three significant digits show, never fewer than needed for the integer part.
int decimalsFor(double magnitude)
{
    if (magnitude == 0 || magnitude >= 100)
        return 0;
    if (magnitude >= 10)
        return 1;
    return 2;
}

QString number(const QLocale &locale, double value, int decimals)
{
    return locale.toString(value, 'f', decimals);
}

QString formatDuration(double seconds, const QLocale &locale)
{
    const double magnitude = std::fabs(seconds);
    if (magnitude < 1) {
        const double ms = seconds * 1000;
        const double msMagnitude = std::fabs(ms);
        const int decimals = msMagnitude >= 100 || ms == 0 ? 0 : (msMagnitude >= 1 ? 1 : 2);
        return withUnit(number(locale, ms, decimals), tr(kMilliseconds));
    }
    // Waits (an overdue task) are minutes or hours: "31 min" reads at once, "1860 s" does not.
    if (magnitude >= 2 * 3600)
        return withUnit(number(locale, seconds / 3600, 1), tr(kHours));
    if (magnitude >= 120)
        return withUnit(number(locale, std::round(seconds / 60), 0),
                        tr(kMinutes));
    return withUnit(number(locale, seconds, decimalsFor(magnitude)),
                    tr(kSeconds));
}

QString formatBytes(double bytes, const QLocale &locale)
{
    static const char *const units[] = {
        QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "B"),
        QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "KiB"),
        QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "MiB"),
        QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "GiB"),
        QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "TiB"),
        QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "PiB"),
    };
    constexpr int last = int(std::size(units)) - 1;
    double scaled = bytes;
    int unit = 0;
    while (std::fabs(scaled) >= 1024 && unit < last) {
        scaled /= 1024;
        ++unit;
    }
    const int decimals = unit == 0 ? 0 : decimalsFor(std::fabs(scaled));
    return withUnit(number(locale, scaled, decimals), tr(units[unit]));
}

QString formatPercent(double percent, const QLocale &locale)
{
    const double magnitude = std::fabs(percent);
    const int decimals = magnitude != 0 && magnitude < 1 ? 2 : 1;
    return withUnit(number(locale, percent, decimals), tr(kPercent));
}

} // namespace

QString DerivedMetric::name() const
{
    return DerivedMetricCatalog::name(m_id);
}

QString DerivedMetric::title() const
{
    return tr(m_titleSource);
}

QString DerivedMetric::unit() const
{
    return m_unitSource && *m_unitSource ? tr(m_unitSource) : QString();
}

QString DerivedMetric::format(double value, const QLocale &locale) const
{
    if (!std::isfinite(value))
        return u"\u2014"_s; // em dash: no value
    switch (m_format) {
    case Format::Rate: {
        const double magnitude = std::fabs(value);
        return withUnit(number(locale, value, magnitude != 0 && magnitude < 10 ? 2 : 1), unit());
    }
    case Format::Ratio:
        return formatPercent(value * 100, locale);
    case Format::Percent:
        return formatPercent(value, locale);
    case Format::Duration:
        return formatDuration(value, locale);
    case Format::Bytes:
        return formatBytes(value, locale);
    case Format::Count: {
        const double rounded = std::round(value);
        const bool whole = std::fabs(value - rounded) < 1e-9 || std::fabs(value) >= 100;
        return withUnit(whole ? locale.toString(qint64(rounded)) : number(locale, value, 1), unit());
    }
    }
    return locale.toString(value);
}

} // namespace payops
