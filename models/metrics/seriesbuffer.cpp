#include "models/metrics/seriesbuffer.h"

#include <algorithm>

namespace payops {

namespace {

bool earlier(const SeriesPoint &point, qint64 timestampMs)
{
    return point.timestampMs < timestampMs;
}

} // namespace

SeriesBuffer::SeriesBuffer(qint64 retentionMs)
    : m_retentionMs(retentionMs)
{
}

void SeriesBuffer::append(const SeriesKey &key, qint64 timestampMs, double value)
{
    QList<SeriesPoint> &points = m_series[key];
    if (!points.isEmpty() && timestampMs <= points.constLast().timestampMs)
        return;
    points.append({timestampMs, value});
}

void SeriesBuffer::set(const SeriesKey &key, QList<SeriesPoint> points)
{
    m_series.insert(key, std::move(points));
}

QList<SeriesPoint> SeriesBuffer::points(const SeriesKey &key, qint64 fromMs, qint64 toMs) const
{
    const auto found = m_series.constFind(key);
    if (found == m_series.cend())
        return {};
    const QList<SeriesPoint> &all = found.value();
    const auto begin = std::lower_bound(all.cbegin(), all.cend(), fromMs, earlier);
    const auto end = toMs == std::numeric_limits<qint64>::max()
        ? all.cend()
        : std::lower_bound(begin, all.cend(), toMs + 1, earlier);
    if (begin == all.cbegin() && end == all.cend())
        return all; // shared, no copy
    return QList<SeriesPoint>(begin, end);
}

qint64 SeriesBuffer::lastTimestamp(const SeriesKey &key) const
{
    const auto found = m_series.constFind(key);
    if (found == m_series.cend() || found->isEmpty())
        return std::numeric_limits<qint64>::min();
    return found->constLast().timestampMs;
}

void SeriesBuffer::trim(qint64 nowMs)
{
    if (m_retentionMs <= 0)
        return;
    const qint64 cutoff = nowMs - m_retentionMs;
    for (auto it = m_series.begin(); it != m_series.end(); ++it) {
        QList<SeriesPoint> &points = it.value();
        if (points.isEmpty() || points.constFirst().timestampMs >= cutoff)
            continue;
        const auto end = std::lower_bound(points.begin(), points.end(), cutoff, earlier);
        points.erase(points.begin(), end);
    }
}

qsizetype SeriesBuffer::pointCount() const
{
    qsizetype count = 0;
    for (const QList<SeriesPoint> &points : m_series)
        count += points.size();
    return count;
}

} // namespace payops
