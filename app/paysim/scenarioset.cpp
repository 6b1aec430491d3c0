#include "app/paysim/scenarioset.h"

namespace payops::sim {

void ScenarioSet::add(ScenarioKind kind, ServiceKind service, qint64 sinceMs)
{
    if (!isActive(kind, service))
        m_entries.append({kind, service, sinceMs});
}

int ScenarioSet::remove(ScenarioKind kind, std::optional<ServiceKind> service)
{
    return int(m_entries.removeIf([&](const ActiveScenario &a) {
        return a.kind == kind && (!service || a.service == *service);
    }));
}

bool ScenarioSet::isActive(ScenarioKind kind, ServiceKind service) const
{
    return since(kind, service).has_value();
}

std::optional<qint64> ScenarioSet::since(ScenarioKind kind, ServiceKind service) const
{
    for (const ActiveScenario &a : m_entries) {
        if (a.kind == kind && a.service == service)
            return a.sinceMs;
    }
    return std::nullopt;
}

CrashMode ScenarioSet::crashMode(ServiceKind service) const
{
    if (isActive(ScenarioKind::Crash, service))
        return CrashMode::Refuse;
    if (isActive(ScenarioKind::CrashHang, service))
        return CrashMode::Hang;
    return CrashMode::None;
}

} // namespace payops::sim
