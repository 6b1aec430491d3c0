#include "app/paysim/simclock.h"

#include <QElapsedTimer>

#include <cmath>

namespace payops::sim {

SimClock::SimClock(qint64 simStartMs, double speed, RealClock realClock)
    : m_simStartMs(simStartMs)
    , m_speed(speed)
    , m_real(std::move(realClock))
{
    if (!m_real) {
        QElapsedTimer timer;
        timer.start();
        m_real = [timer] { return timer.elapsed(); };
    }
    m_realStartMs = m_real();
}

qint64 SimClock::now() const
{
    const double elapsed = double(m_real() - m_realStartMs) * m_speed;
    return m_simStartMs + qint64(std::floor(elapsed));
}

} // namespace payops::sim
