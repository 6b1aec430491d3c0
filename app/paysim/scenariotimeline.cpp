#include "app/paysim/scenariotimeline.h"

#include <algorithm>
#include <limits>

namespace payops::sim {

ScenarioTimeline::ScenarioTimeline()
{
    m_segments.append({std::numeric_limits<qint64>::min(), ScenarioSet()});
}

void ScenarioTimeline::append(qint64 atMs, const ScenarioSet &set)
{
    Segment &last = m_segments.last();
    atMs = std::max(atMs, last.startMs);
    if (atMs == last.startMs)
        last.set = set;
    else
        m_segments.append({atMs, set});
}

qsizetype ScenarioTimeline::segmentAt(qint64 atMs) const
{
    const auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), atMs,
                                     [](qint64 t, const Segment &s) { return t < s.startMs; });
    return std::max<qsizetype>(0, (it - m_segments.cbegin()) - 1);
}

qint64 ScenarioTimeline::endOf(qsizetype segment) const
{
    if (segment + 1 >= m_segments.size())
        return std::numeric_limits<qint64>::max();
    return m_segments.at(segment + 1).startMs;
}

} // namespace payops::sim
