#pragma once

#include "app/paysim/conditions.h"
#include "app/paysim/histogram.h"
#include "app/paysim/serviceprofile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <array>
#include <vector>

namespace payops::sim {

class ScenarioTimeline;

// One instance of one service. Holds cumulative counters and histograms and advances them
// lazily: nothing runs until someone asks for a time, then every whole simulated step up to
// that time is replayed (hundreds of instances cost nothing while unscraped).
class InstanceModel
{
public:
    static constexpr qint64 kStepMs = 1000;

    InstanceModel(ServiceKind service, int index, quint64 seed, qint64 startMs, int utcOffsetSeconds);

    ServiceKind service() const { return m_profile->kind; }
    int index() const { return m_index; }

    // Replays every whole step that ends at or before simMs; earlier times are a no-op.
    void advanceTo(qint64 simMs, const ScenarioTimeline &timeline);

    // Text exposition 0.0.4 of the state reached by advanceTo().
    QByteArray metricsText() const;
    // The /health document for the state reached by advanceTo(); simMs gives the uptime.
    QJsonObject health(qint64 simMs, const QString &version) const;

    // Daily traffic shape in [~0.1, ~1] at the given simulated time (exposed for tests).
    double dailyLoad(qint64 simMs) const;

    // A restart of this one process (the control endpoint's /instances/…/restart): counters from
    // zero and a new start time at simMs (advance to it first). `unhealthy`: the new process comes
    // up but its /health says "down" (a bad release), until the next restart.
    void restartProcess(qint64 simMs, bool unhealthy);
    int restarts() const { return m_restarts; }
    bool unhealthy() const { return m_unhealthy; }
    qint64 processStartMs() const { return m_processStartMs; }

private:
    // What the last step looked like: gauges and /health read it.
    struct StepState
    {
        double requestRate = 0;
        double utilisation = 0;
        double dbMedian = 0;
        QList<double> peerMedian;
        QList<double> peerFailure;
        double failureRatio = 0;
        double cpuCores = 0;
        double memoryBytes = 0;
        double openFds = 0;
    };

    static constexpr std::array<int, 10> kCodes = {200, 400, 401, 402, 404, 429, 500, 502, 503, 504};

    void step(qint64 stepIndex, const Conditions &conditions);
    void restart(qint64 atMs);
    void count(int code, quint64 n);
    double slowNoise(qint64 simMs, quint64 channel) const;

    const ServiceProfile *m_profile;
    int m_index;
    quint64 m_seed;
    qint64 m_startMs;
    int m_utcOffsetSeconds;
    double m_trafficShare; // instances of a pool differ a little
    double m_memoryShare;

    qint64 m_stepsDone = 0;
    qint64 m_processStartMs;
    bool m_crashed = false;
    int m_restarts = 0;
    bool m_unhealthy = false;

    quint64 m_success = 0;
    quint64 m_failed = 0;
    quint64 m_loginFailures = 0;
    quint64 m_suspicious = 0;
    std::array<quint64, kCodes.size()> m_codes{};
    double m_cpuSeconds = 0;
    Histogram m_request;
    Histogram m_db;
    std::vector<Histogram> m_external;
    StepState m_last;
};

} // namespace payops::sim
