#include "app/paysim/simulation.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace payops::sim {

Simulation::Simulation(const SimulationConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(config.startMs, config.speed, config.realClock)
    , m_lastChangeMs(config.startMs)
{
    m_config.instances = std::max(1, m_config.instances);
    for (ServiceKind kind : ServiceProfile::allKinds()) {
        auto &list = m_instances[size_t(kind)];
        list.reserve(size_t(m_config.instances));
        for (int i = 0; i < m_config.instances; ++i)
            list.emplace_back(kind, i, m_config.seed, m_config.startMs, m_config.utcOffsetSeconds);
    }
}

Simulation::~Simulation() = default;

InstanceModel *Simulation::instance(ServiceKind service, int index)
{
    auto &list = m_instances[size_t(service)];
    if (index < 0 || size_t(index) >= list.size())
        return nullptr;
    return &list[size_t(index)];
}

QByteArray Simulation::metrics(ServiceKind service, int index)
{
    return metricsAt(service, index, now());
}

QByteArray Simulation::metricsAt(ServiceKind service, int index, qint64 simMs)
{
    InstanceModel *model = instance(service, index);
    if (!model)
        return {};
    model->advanceTo(simMs, m_timeline);
    return model->metricsText();
}

QJsonObject Simulation::health(ServiceKind service, int index)
{
    return healthAt(service, index, now());
}

QJsonObject Simulation::healthAt(ServiceKind service, int index, qint64 simMs)
{
    InstanceModel *model = instance(service, index);
    if (!model)
        return {};
    model->advanceTo(simMs, m_timeline);
    return model->health(simMs, m_config.version);
}

bool Simulation::restartInstance(ServiceKind service, int index, bool unhealthy)
{
    InstanceModel *model = instance(service, index);
    if (!model)
        return false;
    const qint64 at = now();
    model->advanceTo(at, m_timeline); // what the old process counted stays counted up to now
    model->restartProcess(at, unhealthy);
    return true;
}

QJsonObject Simulation::instanceState(ServiceKind service, int index)
{
    InstanceModel *model = instance(service, index);
    if (!model)
        return {};
    const qint64 at = now();
    model->advanceTo(at, m_timeline);
    return {{u"index"_s, index},
            {u"restarts"_s, model->restarts()},
            {u"unhealthy"_s, model->unhealthy()},
            {u"uptime_seconds"_s, double(std::max<qint64>(0, at - model->processStartMs()) / 1000)},
            {u"process_start_time"_s,
             QDateTime::fromMSecsSinceEpoch(model->processStartMs(), Qt::UTC).toString(Qt::ISODateWithMs)}};
}

ScenarioResult Simulation::activate(QStringView name, QStringView service, std::optional<qint64> atMs)
{
    const std::optional<ScenarioKind> kind = ScenarioCatalog::kindFromName(name);
    if (!kind)
        return {tr("unknown scenario \"%1\" (see --list-scenarios)").arg(name), {}};
    QList<ServiceKind> services;
    if (service.isEmpty() || service == u"all") {
        services = service.isEmpty() ? ScenarioCatalog::info(*kind).defaultServices : ServiceProfile::allKinds();
    } else {
        const std::optional<ServiceKind> s = ServiceProfile::kindFromName(service);
        if (!s)
            return {tr("unknown service \"%1\"").arg(service), {}};
        services = {*s};
    }
    return activateAt(*kind, services, atMs.value_or(now()));
}

ScenarioResult Simulation::activateAt(ScenarioKind kind, const QList<ServiceKind> &services, qint64 simMs)
{
    // The timeline only moves forward; a late caller's change lands at the latest change.
    simMs = std::max(simMs, m_lastChangeMs);
    ScenarioSet set = m_timeline.current();
    ScenarioResult result;
    for (ServiceKind s : services) {
        set.add(kind, s, simMs);
        result.changed.append({kind, s, *set.since(kind, s)});
    }
    commit(set, simMs);
    return result;
}

ScenarioResult Simulation::deactivate(QStringView name, QStringView service, std::optional<qint64> atMs)
{
    const std::optional<ScenarioKind> kind = ScenarioCatalog::kindFromName(name);
    if (!kind)
        return {tr("unknown scenario \"%1\" (see --list-scenarios)").arg(name), {}};
    std::optional<ServiceKind> target;
    if (!service.isEmpty() && service != u"all") {
        target = ServiceProfile::kindFromName(service);
        if (!target)
            return {tr("unknown service \"%1\"").arg(service), {}};
    }
    ScenarioSet set = m_timeline.current();
    ScenarioResult result;
    for (const ActiveScenario &a : set.entries()) {
        if (a.kind == *kind && (!target || a.service == *target))
            result.changed.append(a);
    }
    set.remove(*kind, target);
    commit(set, std::max(atMs.value_or(now()), m_lastChangeMs));
    return result;
}

void Simulation::clearScenarios(std::optional<qint64> atMs)
{
    commit(ScenarioSet(), std::max(atMs.value_or(now()), m_lastChangeMs));
}

void Simulation::commit(const ScenarioSet &set, qint64 atMs)
{
    if (set == m_timeline.current())
        return;
    m_timeline.append(atMs, set);
    m_lastChangeMs = atMs;
    Q_EMIT scenariosChanged();
}

} // namespace payops::sim
