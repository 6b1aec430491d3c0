#include "models/tasks/reviewthresholds.h"

namespace payops {

ReviewThresholds::ReviewThresholds(QList<AlertRule> rules)
    : m_rules(std::move(rules))
{
}

std::optional<double> ReviewThresholds::defaultFor(DerivedMetricId metric)
{
    switch (metric) {
    case DerivedMetricId::LatencyP95: return 0.8;
    case DerivedMetricId::LatencyP99: return 2.0;
    case DerivedMetricId::FailureRatio: return 0.02;
    case DerivedMetricId::CpuPercent: return 80.0;
    case DerivedMetricId::HostMemoryPercent: return 85.0;
    default: return std::nullopt;
    }
}

std::optional<ReviewThresholds::Line> ReviewThresholds::lineFor(DerivedMetricId metric, const QString &service) const
{
    std::optional<Line> lowest;
    for (const AlertRule &rule : m_rules) {
        if (!rule.enabled || rule.metric != metric)
            continue;
        if (rule.comparison != AlertRule::Comparison::Greater && rule.comparison != AlertRule::Comparison::GreaterOrEqual)
            continue; // a rule on falling values (or equality) is no line a rising trend crosses
        const bool covers = service.isEmpty() ? rule.scope == AlertRule::Scope::Total
                                              : rule.scope == AlertRule::Scope::EachService
                                                    || (rule.scope == AlertRule::Scope::Service && rule.service == service);
        if (!covers)
            continue;
        if (!lowest || rule.threshold < lowest->value)
            lowest = Line{rule.threshold, tr("rule %1").arg(rule.name)};
    }
    if (lowest)
        return lowest;
    if (const std::optional<double> fallback = defaultFor(metric))
        return Line{*fallback, tr("default")};
    return std::nullopt;
}

} // namespace payops
