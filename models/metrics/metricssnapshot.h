#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace payops {

// One value of a derived metric (see DerivedMetricCatalog), in the metric's canonical unit.
struct MetricValue
{
    QString metric;  // "tps", "latency_p95", …
    QString service; // empty: all services together
    QString peer;    // per-peer metrics (external calls) only
    double value = 0.0;
    // The time the value was evaluated at: the snapshot's time for current values, the service's
    // last successful scrape for stale ones (so age = snapshot time - timestampMs).
    qint64 timestampMs = 0;
};

// How a service is doing, as the scrapes and health checks see it.
struct ServiceState
{
    enum class State { Unknown, Up, Degraded, Down };
    QString service;
    State state = State::Unknown;
    QString reason;          // why it is degraded or down, in operator words
    qint64 lastSuccessMs = 0; // last successful scrape; values older than the last scrape are stale
    int instancesUp = 0;
    int instances = 0;
};

// What the GUI thread receives after each poll cycle: every service's state and every derived value.
// `values` holds current values only: never a number that comes from a target that is down now.
// `staleValues` holds, for each service that is Down, the values it had at its last successful
// scrape (MetricValue::timestampMs), for views that want to show them greyed out with their age.
// `up`, `availability` and `scrape_duration` describe the scrapes themselves: they are current
// for a down service too (up = 0) and are never stale.
struct MetricsSnapshot
{
    qint64 timestampMs = 0;
    QList<ServiceState> services;
    QList<MetricValue> values;
    QList<MetricValue> staleValues;

    std::optional<double> value(const QString &metric, const QString &service = {}, const QString &peer = {}) const
    {
        for (const MetricValue &v : values) {
            if (v.metric == metric && v.service == service && v.peer == peer)
                return v.value;
        }
        return std::nullopt;
    }

    std::optional<MetricValue> staleValue(const QString &metric, const QString &service = {},
                                          const QString &peer = {}) const
    {
        for (const MetricValue &v : staleValues) {
            if (v.metric == metric && v.service == service && v.peer == peer)
                return v;
        }
        return std::nullopt;
    }

    const ServiceState *serviceState(const QString &service) const
    {
        for (const ServiceState &s : services) {
            if (s.service == service)
                return &s;
        }
        return nullptr;
    }
};

} // namespace payops

Q_DECLARE_METATYPE(payops::MetricsSnapshot)
