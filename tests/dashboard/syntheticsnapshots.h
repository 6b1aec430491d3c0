#pragma once

// Poll-cycle snapshots made up for dashboard tests, the screenshot test and the benchmark:
// four services with a smooth daily-looking wave, optional down periods.
#include "models/metrics/metricssnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>

namespace payops::synthetic {

struct DownPeriod
{
    QString service;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString reason = QStringLiteral("connection refused");
};

inline QStringList services()
{
    return {QStringLiteral("payment_frontend"), QStringLiteral("payment_gateway"), QStringLiteral("payment_backend"),
            QStringLiteral("payment_callback")};
}

// Deterministic "noise" in [-1, 1].
inline double wobble(qint64 t, int salt)
{
    const double x = double(t / 1000) / 47.0 + salt * 11.3;
    return 0.75 * std::sin(x) + 0.25 * std::sin(x * 5.3 + 1.3);
}

inline QList<MetricValue> serviceValues(const QString &service, int index, qint64 t, qint64 stampMs)
{
    const double wave = 1.0 + 0.25 * std::sin(double(t) / 1000.0 / 900.0 + index);
    const double tps = (120.0 - index * 25.0) * wave * (1.0 + 0.04 * wobble(t, index));
    const double p95 = (0.08 + index * 0.04) * (1.0 + 0.08 * wobble(t, index + 7));
    return {
        {QStringLiteral("tps"), service, {}, tps, stampMs},
        {QStringLiteral("failure_ratio"), service, {}, 0.004 + 0.0015 * (1 + wobble(t, index + 3)) * (index + 1) / 2, stampMs},
        {QStringLiteral("latency_avg"), service, {}, p95 * 0.45, stampMs},
        {QStringLiteral("latency_p95"), service, {}, p95, stampMs},
        {QStringLiteral("latency_p99"), service, {}, p95 * 1.7, stampMs},
        {QStringLiteral("cpu_percent"), service, {}, (18.0 + index * 9.0) * wave * (1.0 + 0.05 * wobble(t, index + 5)), stampMs},
        {QStringLiteral("memory_bytes"), service, {}, (220.0 + index * 90.0 + 10 * wobble(t / 60, index)) * 1024 * 1024, stampMs},
    };
}

inline MetricsSnapshot snapshotAt(qint64 t, const QList<DownPeriod> &downs = {})
{
    MetricsSnapshot snapshot;
    snapshot.timestampMs = t;
    const QStringList all = services();
    double totalTps = 0;
    for (int i = 0; i < all.size(); ++i) {
        const QString &service = all[i];
        const DownPeriod *down = nullptr;
        for (const DownPeriod &period : downs) {
            if (period.service == service && t >= period.fromMs && t < period.toMs)
                down = &period;
        }
        ServiceState state;
        state.service = service;
        state.instances = 2;
        if (down) {
            state.state = ServiceState::State::Down;
            state.reason = down->reason;
            state.instancesUp = 0;
            state.lastSuccessMs = down->fromMs - 1000;
            snapshot.staleValues.append(serviceValues(service, i, state.lastSuccessMs, state.lastSuccessMs));
            snapshot.values.append({QStringLiteral("up"), service, {}, 0.0, t});
        } else {
            state.state = ServiceState::State::Up;
            state.instancesUp = 2;
            state.lastSuccessMs = t;
            const QList<MetricValue> values = serviceValues(service, i, t, t);
            snapshot.values.append(values);
            snapshot.values.append({QStringLiteral("up"), service, {}, 1.0, t});
            totalTps += values[0].value;
        }
        snapshot.services.append(state);
    }
    const double p95 = 0.15 * (1.0 + 0.06 * wobble(t, 17));
    snapshot.values.append({QStringLiteral("tps"), {}, {}, totalTps, t});
    snapshot.values.append({QStringLiteral("failure_ratio"), {}, {}, 0.006, t});
    snapshot.values.append({QStringLiteral("latency_avg"), {}, {}, p95 * 0.45, t});
    snapshot.values.append({QStringLiteral("latency_p95"), {}, {}, p95, t});
    snapshot.values.append({QStringLiteral("latency_p99"), {}, {}, p95 * 1.8, t});
    return snapshot;
}

} // namespace payops::synthetic
