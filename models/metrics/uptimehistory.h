#pragma once

#include <QtGlobal>

#include <deque>

namespace payops {

// The outcomes (up or down) of one target's scrapes over a window, run-length encoded: a run of
// evenly spaced scrapes with the same outcome takes one entry, so a steady target costs a few
// dozen bytes however long the window (availability over an hour of 1 s scrapes included).
// Scrapes inside a run are assumed evenly spaced; a gap that breaks the spacing starts a new run,
// so counts over a window that cuts a run are exact for regular scrapes.
class UptimeHistory
{
public:
    struct Counts
    {
        qint64 up = 0;
        qint64 total = 0;
    };

    // Timestamps must not go back; an older or equal timestamp is ignored.
    void record(qint64 timestampMs, bool up);
    // Scrapes with fromMs <= timestamp <= toMs.
    Counts counts(qint64 fromMs, qint64 toMs) const;
    // Forgets runs that ended before ms.
    void trimBefore(qint64 ms);
    void clear() { m_runs.clear(); }

    qsizetype runCount() const { return qsizetype(m_runs.size()); }
    qint64 lastTimestamp() const { return m_runs.empty() ? 0 : m_runs.back().lastMs; }

private:
    struct Run
    {
        qint64 firstMs = 0;
        qint64 lastMs = 0;
        qint64 count = 0;
        bool up = false;
    };

    std::deque<Run> m_runs;
};

} // namespace payops
