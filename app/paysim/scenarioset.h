#pragma once

#include "app/paysim/scenariocatalog.h"
#include "app/paysim/serviceprofile.h"

#include <QList>

#include <optional>

namespace payops::sim {

struct ActiveScenario
{
    ScenarioKind kind = ScenarioKind::NetworkDelay;
    ServiceKind service = ServiceKind::Frontend;
    qint64 sinceMs = 0; // simulated time it was switched on

    friend bool operator==(const ActiveScenario &, const ActiveScenario &) = default;
};

enum class CrashMode { None, Refuse, Hang };

// The scenarios in force at one moment. A value type: the timeline keeps one per change.
class ScenarioSet
{
public:
    // Adding an already active (kind, service) keeps its original start time.
    void add(ScenarioKind kind, ServiceKind service, qint64 sinceMs);
    // Returns how many entries were removed; no service means every service.
    int remove(ScenarioKind kind, std::optional<ServiceKind> service);
    void clear() { m_entries.clear(); }

    bool isActive(ScenarioKind kind, ServiceKind service) const;
    std::optional<qint64> since(ScenarioKind kind, ServiceKind service) const;
    // Refuse wins over hang when both are on.
    CrashMode crashMode(ServiceKind service) const;

    const QList<ActiveScenario> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    friend bool operator==(const ScenarioSet &, const ScenarioSet &) = default;

private:
    QList<ActiveScenario> m_entries;
};

} // namespace payops::sim
