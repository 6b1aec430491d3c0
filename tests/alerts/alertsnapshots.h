#pragma once

// Test helper: MetricsSnapshots written by hand, as MetricStore would build them.
#include "models/metrics/metricssnapshot.h"

#include <QString>

namespace alerttest {

inline constexpr qint64 kT0 = 1'714'564'800'000; // 2024-05-01T12:00:00Z

class SnapshotBuilder
{
public:
    explicit SnapshotBuilder(qint64 atMs) { m_snapshot.timestampMs = atMs; }

    // A service that is up, with `up` = 1.
    SnapshotBuilder &up(const QString &service)
    {
        m_snapshot.services.append({service, payops::ServiceState::State::Up, {}, m_snapshot.timestampMs, 1, 1});
        m_snapshot.values.append({QStringLiteral("up"), service, {}, 1.0, m_snapshot.timestampMs});
        return *this;
    }
    // A service that is down: `up` = 0 and its other values stale.
    SnapshotBuilder &down(const QString &service)
    {
        m_snapshot.services.append({service, payops::ServiceState::State::Down, QStringLiteral("connection refused"),
                                    m_snapshot.timestampMs - 60'000, 0, 1});
        m_snapshot.values.append({QStringLiteral("up"), service, {}, 0.0, m_snapshot.timestampMs});
        m_down = true;
        m_downService = service;
        return *this;
    }
    SnapshotBuilder &value(const QString &metric, const QString &service, double v)
    {
        const bool stale = m_down && service == m_downService;
        (stale ? m_snapshot.staleValues : m_snapshot.values)
            .append({metric, service, {}, v, stale ? m_snapshot.timestampMs - 60'000 : m_snapshot.timestampMs});
        return *this;
    }
    payops::MetricsSnapshot build() const { return m_snapshot; }
    operator payops::MetricsSnapshot() const { return m_snapshot; }

private:
    payops::MetricsSnapshot m_snapshot;
    bool m_down = false;
    QString m_downService;
};

} // namespace alerttest
