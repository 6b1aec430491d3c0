#pragma once

#include <QtGlobal>

#include <functional>

namespace payops::sim {

// Simulated wall time: starts at a chosen instant and runs `speed` times faster than the
// injected real clock. Tests inject the real clock and so never wait.
class SimClock
{
public:
    using RealClock = std::function<qint64()>; // monotonic milliseconds

    // A null realClock means a steady clock started now.
    SimClock(qint64 simStartMs, double speed, RealClock realClock = {});

    qint64 now() const;
    qint64 startMs() const { return m_simStartMs; }
    double speed() const { return m_speed; }

private:
    qint64 m_simStartMs;
    double m_speed;
    RealClock m_real;
    qint64 m_realStartMs;
};

} // namespace payops::sim
