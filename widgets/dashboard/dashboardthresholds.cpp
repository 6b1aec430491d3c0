#include "widgets/dashboard/dashboardthresholds.h"

#include "models/metrics/derivedmetriccatalog.h"

namespace payops {

DashboardThresholds DashboardThresholds::defaults()
{
    DashboardThresholds thresholds;
    // The knowledge base's starting thresholds ("Reading the dashboard").
    thresholds.set(DerivedMetricCatalog::name(DerivedMetricId::LatencyP95), {0.8, 2.0});
    thresholds.set(DerivedMetricCatalog::name(DerivedMetricId::FailureRatio), {0.02, 0.05});
    thresholds.set(DerivedMetricCatalog::name(DerivedMetricId::CpuPercent), {80.0, 95.0});
    return thresholds;
}

void DashboardThresholds::set(const QString &metric, Levels levels)
{
    if (!levels.warning && !levels.critical)
        m_levels.remove(metric);
    else
        m_levels.insert(metric, levels);
}

void DashboardThresholds::remove(const QString &metric)
{
    m_levels.remove(metric);
}

} // namespace payops
