#pragma once

#include "models/metrics/serieskey.h"
#include "models/metrics/seriespoint.h"

#include <QHash>
#include <QList>
#include <QString>

#include <limits>

namespace payops {

// Points per series, in time order: the dashboard's in-memory window of recent snapshots
// (trimmed to a retention) and the history it loaded for longer ranges.
class SeriesBuffer final
{
public:
    // 0: keep everything (no trimming).
    explicit SeriesBuffer(qint64 retentionMs = 0);

    void setRetentionMs(qint64 retentionMs) { m_retentionMs = retentionMs; }
    qint64 retentionMs() const { return m_retentionMs; }

    // Appends a point newer than the series' last one (older ones are ignored).
    void append(const SeriesKey &key, qint64 timestampMs, double value);
    void set(const SeriesKey &key, QList<SeriesPoint> points);
    bool contains(const SeriesKey &key) const { return m_series.contains(key); }
    QList<SeriesPoint> points(const SeriesKey &key, qint64 fromMs = std::numeric_limits<qint64>::min(),
                              qint64 toMs = std::numeric_limits<qint64>::max()) const;
    // The time of the series' last point; min() when it has none.
    qint64 lastTimestamp(const SeriesKey &key) const;
    // Drops points older than nowMs - retention.
    void trim(qint64 nowMs);
    void clear() { m_series.clear(); }
    qsizetype pointCount() const;

private:
    QHash<SeriesKey, QList<SeriesPoint>> m_series;
    qint64 m_retentionMs = 0;
};

} // namespace payops
