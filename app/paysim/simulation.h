#pragma once

#include "app/paysim/instancemodel.h"
#include "app/paysim/scenarioresult.h"
#include "app/paysim/scenariotimeline.h"
#include "app/paysim/simclock.h"
#include "app/paysim/simulationconfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>

#include <array>
#include <vector>

namespace payops::sim {

// All instances of all services plus the scenario history. Serves lazily: an instance only
// computes when it is asked for, from the simulated time elapsed since it was last asked.
class Simulation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulation)

public:
    explicit Simulation(const SimulationConfig &config, QObject *parent = nullptr);
    ~Simulation() override;

    const SimulationConfig &config() const { return m_config; }
    int instanceCount() const { return m_config.instances; }
    qint64 now() const { return m_clock.now(); }

    // At now(), or at an explicit simulated time (never goes back: state only moves forward).
    QByteArray metrics(ServiceKind service, int index);
    QByteArray metricsAt(ServiceKind service, int index, qint64 simMs);
    QJsonObject health(ServiceKind service, int index);
    QJsonObject healthAt(ServiceKind service, int index, qint64 simMs);

    // service empty: the scenario's default services; "all": every service.
    // Takes effect at atMs (default now()), but never before the previous change.
    ScenarioResult activate(QStringView name, QStringView service = {}, std::optional<qint64> atMs = {});
    ScenarioResult activateAt(ScenarioKind kind, const QList<ServiceKind> &services, qint64 simMs);
    // service empty: on every service. Same timing rule as activate().
    ScenarioResult deactivate(QStringView name, QStringView service = {}, std::optional<qint64> atMs = {});
    void clearScenarios(std::optional<qint64> atMs = {});

    // Restarts one instance's process now (see InstanceModel::restartProcess); false when there is
    // no such instance. The listener's downtime around it is ServiceServer's.
    bool restartInstance(ServiceKind service, int index, bool unhealthy);
    // {"index", "restarts", "unhealthy", "uptime_seconds", "process_start_time"} of one instance, at now().
    QJsonObject instanceState(ServiceKind service, int index);

    const ScenarioSet &scenarios() const { return m_timeline.current(); }
    CrashMode crashMode(ServiceKind service) const { return scenarios().crashMode(service); }

Q_SIGNALS:
    void scenariosChanged();

private:
    InstanceModel *instance(ServiceKind service, int index);
    void commit(const ScenarioSet &set, qint64 atMs);

    SimulationConfig m_config;
    SimClock m_clock;
    ScenarioTimeline m_timeline;
    qint64 m_lastChangeMs;
    std::array<std::vector<InstanceModel>, kServiceCount> m_instances;
};

} // namespace payops::sim
