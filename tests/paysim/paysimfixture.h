#pragma once

#include "tests/paysim/metricstext.h"
#include "app/paysim/simulation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

#include <memory>

// Shared set-up of the paysim tests: a simulation on a frozen real clock, driven by explicit
// simulated times, so nothing waits and every run sees the same numbers.
namespace paysimtest {

// Wednesday 2024-05-01 10:00 UTC: the morning peak.
inline qint64 startMs()
{
    return QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

inline constexpr qint64 kMinute = 60 * 1000;

inline std::unique_ptr<payops::sim::Simulation> makeSimulation(quint64 seed = 42, int instances = 1)
{
    payops::sim::SimulationConfig config;
    config.seed = seed;
    config.instances = instances;
    config.startMs = startMs();
    config.utcOffsetSeconds = 0;
    config.realClock = [] { return qint64(0); };
    config.version = QStringLiteral("test");
    return std::make_unique<payops::sim::Simulation>(config);
}

} // namespace paysimtest
