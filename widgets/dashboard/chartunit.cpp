#include "widgets/dashboard/chartunit.h"

#include "models/metrics/derivedmetriccatalog.h"

#include <cmath>

namespace payops {

ChartUnit::ChartUnit(QString metric, double scale, QString unit)
    : m_metric(std::move(metric))
    , m_scale(scale)
    , m_unit(std::move(unit))
{
}

ChartUnit ChartUnit::forMetric(const QString &metric)
{
    const std::optional<DerivedMetric> known = DerivedMetricCatalog::find(metric);
    if (!known)
        return ChartUnit(metric, 1.0, QString());
    switch (known->formatKind()) {
    case DerivedMetric::Format::Ratio:
        return ChartUnit(metric, 100.0, tr("%"));
    case DerivedMetric::Format::Duration:
        return ChartUnit(metric, 1000.0, tr("ms"));
    case DerivedMetric::Format::Bytes:
        return ChartUnit(metric, 1.0 / (1024.0 * 1024.0), tr("MiB"));
    case DerivedMetric::Format::Percent:
    case DerivedMetric::Format::Rate:
    case DerivedMetric::Format::Count:
        break;
    }
    return ChartUnit(metric, 1.0, known->unit());
}

QString ChartUnit::formatDisplay(double display, const QLocale &locale) const
{
    if (!std::isfinite(display))
        return QStringLiteral("\u2014");
    if (DerivedMetricCatalog::contains(m_metric))
        return DerivedMetricCatalog::format(m_metric, toCanonical(display), locale);
    return formatAxisValue(display, locale);
}

QString ChartUnit::formatAxisValue(double display, const QLocale &locale) const
{
    if (!std::isfinite(display))
        return QStringLiteral("\u2014");
    const double magnitude = std::fabs(display);
    const int decimals = magnitude >= 100 || magnitude == 0 ? 0 : (magnitude >= 10 ? 1 : 2);
    const QString number = locale.toString(display, 'f', decimals);
    return m_unit.isEmpty() ? number : number + QLatin1Char(' ') + m_unit;
}

} // namespace payops
