#pragma once

#include "models/alerts/alertrule.h"
#include "models/metrics/derivedmetric.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace payops {

// The lines the performance review forecasts against: for a metric and a service, the lowest
// threshold of the enabled alert rules that fire when the metric rises above it ("> 800 ms", the
// first alert an operator would get), whose scope covers the service (that service, each service,
// or the total for the all-services row). A metric no such rule watches gets the knowledge base's
// warning line as the documented default:
//   latency_p95 800 ms, latency_p99 2 s, failure_ratio 2 %, cpu_percent 80 %, host_memory_percent 85 %.
// memory_bytes has no default: its line is the service's memory capacity when the task's settings
// give one (PerformanceReviewTask).
class ReviewThresholds final
{
    Q_DECLARE_TR_FUNCTIONS(payops::ReviewThresholds)

public:
    struct Line
    {
        double value = 0.0; // canonical unit
        QString source;     // "rule ResponseTimeP95Warning" or "default", in words
    };

    explicit ReviewThresholds(QList<AlertRule> rules = {});

    [[nodiscard]] std::optional<Line> lineFor(DerivedMetricId metric, const QString &service) const;
    [[nodiscard]] static std::optional<double> defaultFor(DerivedMetricId metric);

private:
    QList<AlertRule> m_rules;
};

} // namespace payops
