#pragma once

#include <QString>

#include <optional>

namespace payops {

// One dependency check of a /health document, e.g. paysim's
//   "checks": {"database": {"status": "ok", "latency_ms": 3.3}, "external:gateway": {...}}
struct HealthCheck
{
    QString name;   // "database", "external:gateway", …
    QString status; // the service's own word: ok, degraded, down
    std::optional<double> latencyMs;
    QString detail; // the check's own message, or its other fields as "name=value, …"

    friend bool operator==(const HealthCheck &, const HealthCheck &) = default;
};

} // namespace payops
