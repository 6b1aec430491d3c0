#pragma once

#include "models/incidents/playbooktext.h"

#include <QString>

namespace payops {

// One way to confirm or rule out a cause. Exactly one of the typed parts is meaningful, chosen by
// `type`. Every check answers "does this confirm the cause?":
//  - Metric: the derived metric of `service` over the last `windowSeconds`, compared with the
//    threshold, confirms the cause when the comparison is true.
//  - Health: the service's /health answer for `dependency` (empty = the overall status) confirms
//    the cause when it is NOT `expect` (or when the service does not answer).
//  - Tcp: a TCP connect to the service's host:port (or `host`:`port`) confirms the cause when it
//    fails or takes longer than `maxLatencyMs`.
//  - Manual: the operator answers `question`; yes means what `yesConfirms` says.
// `service` is a service name, or "affected" for the service the operator is troubleshooting.
struct PlaybookCheck
{
    enum class Type { Metric, Health, Tcp, Manual };
    enum class Comparison { Greater, GreaterOrEqual, Less, LessOrEqual };

    QString id;
    Type type = Type::Manual;
    PlaybookText note; // optional: why this check matters

    QString service; // Metric, Health, Tcp (empty for a Tcp check with an explicit host)

    // Metric
    QString metric;
    Comparison comparison = Comparison::Greater;
    double threshold = 0.0;          // as written, in `unit`
    QString unit;                    // one of DerivedMetricCatalog::thresholdUnits(metric)
    double canonicalThreshold = 0.0; // in the metric's canonical unit (seconds, 0..1, per second, ...)
    int windowSeconds = 300;

    // Health
    QString dependency; // e.g. "database", "external:bank"; empty = overall status
    QString expect;     // "up", "degraded" or "down": what a healthy answer says

    // Tcp
    QString host; // explicit host; empty = the service's scrape target host
    int port = 0; // explicit port; 0 = the service's port
    int maxLatencyMs = 0;

    // Manual
    PlaybookText question;
    bool yesConfirms = true;

    // Whether `value` (canonical unit) confirms the cause. Metric checks only.
    [[nodiscard]] bool confirmedBy(double value) const
    {
        switch (comparison) {
        case Comparison::Greater:
            return value > canonicalThreshold;
        case Comparison::GreaterOrEqual:
            return value >= canonicalThreshold;
        case Comparison::Less:
            return value < canonicalThreshold;
        case Comparison::LessOrEqual:
            return value <= canonicalThreshold;
        }
        return false;
    }

    friend bool operator==(const PlaybookCheck &, const PlaybookCheck &) = default;
};

} // namespace payops
