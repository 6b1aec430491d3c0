#include "models/metrics/chunkcodec.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace payops {

namespace {

constexpr quint8 formatVersion = 1;

void putVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char(v | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

bool getVarint(const uchar *&p, const uchar *end, quint64 &v)
{
    v = 0;
    for (int shift = 0; shift < 64 && p < end; shift += 7) {
        const uchar byte = *p++;
        v |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

quint64 zigzag(qint64 v) { return (quint64(v) << 1) ^ quint64(v >> 63); }
qint64 unzigzag(quint64 v) { return qint64(v >> 1) ^ -qint64(v & 1); }

} // namespace

QByteArray ChunkCodec::encode(const SeriesPoint *points, qsizetype count)
{
    QByteArray out;
    out.reserve(16 + count * 10);
    out.append(char(formatVersion));
    putVarint(out, quint64(count));
    qint64 previous = 0;
    for (qsizetype i = 0; i < count; ++i) {
        putVarint(out, zigzag(points[i].timestampMs - previous));
        previous = points[i].timestampMs;
    }
    const qsizetype valuesAt = out.size();
    out.resize(valuesAt + count * qsizetype(sizeof(double)));
    char *values = out.data() + valuesAt;
    for (qsizetype i = 0; i < count; ++i)
        std::memcpy(values + i * sizeof(double), &points[i].value, sizeof(double));
    return out;
}

bool ChunkCodec::decode(const QByteArray &blob, qint64 fromMs, qint64 toMs, QList<SeriesPoint> &out)
{
    const auto *p = reinterpret_cast<const uchar *>(blob.constData());
    const uchar *end = p + blob.size();
    quint64 count = 0;
    if (p == end || *p++ != formatVersion || !getVarint(p, end, count) || count > quint64(blob.size()))
        return false;
    // Timestamps first: find the slice within the range, then copy those values in one go.
    std::vector<qint64> stamps(count);
    qint64 ts = 0;
    for (quint64 i = 0; i < count; ++i) {
        quint64 delta = 0;
        if (!getVarint(p, end, delta))
            return false;
        ts += unzigzag(delta);
        stamps[i] = ts;
    }
    if (quint64(end - p) != count * sizeof(double))
        return false;
    const qsizetype first = std::lower_bound(stamps.cbegin(), stamps.cend(), fromMs) - stamps.cbegin();
    const qsizetype last = std::upper_bound(stamps.cbegin(), stamps.cend(), toMs) - stamps.cbegin();
    const qsizetype base = out.size();
    if (last > first)
        out.resize(base + (last - first));
    for (qsizetype i = first; i < last; ++i) {
        SeriesPoint &point = out[base + i - first];
        point.timestampMs = stamps[i];
        std::memcpy(&point.value, p + i * sizeof(double), sizeof(double));
    }
    return true;
}

} // namespace payops
