#pragma once

#include "app/paysim/scenarioset.h"

#include <QList>

namespace payops::sim {

// Which ScenarioSet was in force when, in simulated time. Instances advance lazily, possibly
// long after a switch, so each must replay the history rather than read the current set.
class ScenarioTimeline
{
public:
    ScenarioTimeline();

    // Times must not go backwards; a change at the time of the last one replaces it.
    void append(qint64 atMs, const ScenarioSet &set);

    const ScenarioSet &current() const { return m_segments.constLast().set; }
    // Index of the segment in force at atMs.
    qsizetype segmentAt(qint64 atMs) const;
    const ScenarioSet &setOf(qsizetype segment) const { return m_segments.at(segment).set; }
    // Start of the segment after `segment`, or max qint64 for the last.
    qint64 endOf(qsizetype segment) const;

private:
    struct Segment
    {
        qint64 startMs;
        ScenarioSet set;
    };
    QList<Segment> m_segments;
};

} // namespace payops::sim
