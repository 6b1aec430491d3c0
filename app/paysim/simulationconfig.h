#pragma once

#include "app/paysim/simclock.h"

#include <QString>

namespace payops::sim {

struct SimulationConfig
{
    quint64 seed = 1;
    int instances = 1;       // per service
    qint64 startMs = 0;      // simulated Unix time (ms) at start
    double speed = 1;        // simulated seconds per real second
    int utcOffsetSeconds = 0; // where the daily cycle's peaks fall
    SimClock::RealClock realClock; // null: a steady clock
    QString version;         // reported by /health
};

} // namespace payops::sim
