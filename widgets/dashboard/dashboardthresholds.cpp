#include "widgets/dashboard/dashboardthresholds.h"

namespace payops {

DashboardThresholds DashboardThresholds::defaults()
{
    DashboardThresholds thresholds;
    // The knowledge base's starting thresholds ("Reading the dashboard").
    thresholds.set(QStringLiteral("latency_p95"), {0.8, 2.0});
    thresholds.set(QStringLiteral("failure_ratio"), {0.02, 0.05});
    thresholds.set(QStringLiteral("cpu_percent"), {80.0, 95.0});
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
