#include "models/metrics/historybacklog.h"

#include <utility>

namespace payops {

HistoryBacklog::HistoryBacklog(qsizetype maxSamples)
    : m_maxSamples(maxSamples)
{
}

void HistoryBacklog::push(Cycle cycle)
{
    m_samples += cycle.values.size();
    m_cycles.append(std::move(cycle));
    while (m_samples > m_maxSamples && m_cycles.size() > 1) {
        pop();
        ++m_dropped;
    }
}

void HistoryBacklog::pop()
{
    m_samples -= m_cycles.constFirst().values.size();
    m_cycles.removeFirst();
}

qint64 HistoryBacklog::takeDropped()
{
    return std::exchange(m_dropped, 0);
}

} // namespace payops
