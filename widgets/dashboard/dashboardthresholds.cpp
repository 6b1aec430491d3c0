#include "widgets/dashboard/dashboardthresholds.h"

#include "models/alerts/alertrulejson.h"
#include "models/metrics/derivedmetriccatalog.h"

namespace payops {

DashboardThresholds DashboardThresholds::defaults()
{
    // The knowledge base's thresholds, as the shipped rules carry them (a compiled-in resource).
    return fromRules(AlertRuleJson::load(AlertRuleJson::defaultsPath()).rules);
}

DashboardThresholds DashboardThresholds::fromRules(const QList<AlertRule> &rules)
{
    QHash<QString, Levels> levels;
    for (const AlertRule &rule : rules) {
        if (!rule.enabled || rule.scope == AlertRule::Scope::Service
            || (rule.comparison != AlertRule::Comparison::Greater && rule.comparison != AlertRule::Comparison::GreaterOrEqual))
            continue;
        Levels &level = levels[DerivedMetricCatalog::name(rule.metric)];
        std::optional<double> &line = rule.severity == AlertRule::Severity::Critical ? level.critical : level.warning;
        line = line ? std::min(*line, rule.threshold) : rule.threshold;
    }
    DashboardThresholds thresholds;
    for (auto it = levels.cbegin(); it != levels.cend(); ++it)
        thresholds.set(it.key(), it.value());
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
