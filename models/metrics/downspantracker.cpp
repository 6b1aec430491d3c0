#include "models/metrics/downspantracker.h"

#include <algorithm>
#include <cmath>

namespace payops {

DownSpanTracker::DownSpanTracker(QString service)
    : m_service(std::move(service))
{
}

void DownSpanTracker::add(const SeriesPoint &point)
{
    if (std::isnan(point.value))
        return;
    m_lastMs = point.timestampMs;
    const bool down = point.value <= 0.0;
    if (down && !m_open) {
        m_open = DownSpan{m_service, point.timestampMs, point.timestampMs, false};
    } else if (!down && m_open) {
        m_open->toMs = point.timestampMs;
        m_closed.append(*m_open);
        m_open.reset();
    }
}

void DownSpanTracker::add(const QList<SeriesPoint> &points)
{
    for (const SeriesPoint &point : points)
        add(point);
}

void DownSpanTracker::trimBefore(qint64 cutoffMs)
{
    const auto firstKept = std::find_if(m_closed.cbegin(), m_closed.cend(),
                                        [cutoffMs](const DownSpan &span) { return span.toMs >= cutoffMs; });
    m_closed.erase(m_closed.cbegin(), firstKept);
}

void DownSpanTracker::clear()
{
    m_closed.clear();
    m_open.reset();
    m_lastMs = 0;
}

QList<DownSpan> DownSpanTracker::spans(qint64 endMs) const
{
    QList<DownSpan> out;
    appendSpans(endMs, out);
    return out;
}

void DownSpanTracker::appendSpans(qint64 endMs, QList<DownSpan> &out) const
{
    out.append(m_closed);
    if (m_open) {
        DownSpan open = *m_open;
        open.toMs = std::max(m_lastMs, endMs);
        open.ongoing = true;
        out.append(open);
    }
}

} // namespace payops
