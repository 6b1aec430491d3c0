#pragma once

#include "models/metrics/downspan.h"

#include <QList>
#include <QString>

#include <optional>

namespace payops {

// A service's down-time spans kept up to date one `up` point at a time: add() and spans() cost
// O(1) and O(spans), never O(points), so a dashboard tick does not rescan an hour of points.
// Fed the same points, spans() equals DownSpan::fromUpSeries() on all of them.
class DownSpanTracker final
{
public:
    explicit DownSpanTracker(QString service = {});

    // Points must come in time order; NaN (no scrape recorded) neither starts nor ends a span.
    void add(const SeriesPoint &point);
    void add(const QList<SeriesPoint> &points);
    // Forgets spans that ended before cutoffMs (a span still open, or ending later, stays whole).
    void trimBefore(qint64 cutoffMs);
    void clear();

    // The spans; one still open ends at max(its last point, endMs) and is ongoing.
    QList<DownSpan> spans(qint64 endMs) const;
    void appendSpans(qint64 endMs, QList<DownSpan> &out) const;

private:
    QString m_service;
    QList<DownSpan> m_closed;
    std::optional<DownSpan> m_open;
    qint64 m_lastMs = 0; // of the last point with a value
};

} // namespace payops
