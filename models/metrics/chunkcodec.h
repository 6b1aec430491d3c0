#pragma once

#include "models/metrics/seriespoint.h"

#include <QByteArray>
#include <QList>

namespace payops {

// Packs a run of one series' points into a chunk blob and back. Timestamps are stored as
// zig-zag varint deltas (1-2 bytes at a steady scrape interval), values as raw doubles
// (NaN and ±Inf survive bit-exact), so a day of 1 s samples decodes with no per-row cost.
class ChunkCodec final
{
public:
    static QByteArray encode(const SeriesPoint *points, qsizetype count);
    static QByteArray encode(const QList<SeriesPoint> &points) { return encode(points.constData(), points.size()); }
    // Appends the points of `blob` whose timestamps lie in [fromMs, toMs] to `out`.
    // Returns false when the blob is damaged (then nothing is appended).
    static bool decode(const QByteArray &blob, qint64 fromMs, qint64 toMs, QList<SeriesPoint> &out);
};

} // namespace payops
