#include "models/metrics/downspan.h"

#include <cmath>

namespace payops {

QList<DownSpan> DownSpan::fromUpSeries(const QString &service, const QList<SeriesPoint> &up, qint64 endMs)
{
    QList<DownSpan> spans;
    bool inSpan = false;
    DownSpan current;
    qint64 lastMs = 0;
    for (const SeriesPoint &point : up) {
        if (std::isnan(point.value))
            continue;
        lastMs = point.timestampMs;
        const bool down = point.value <= 0.0;
        if (down && !inSpan) {
            inSpan = true;
            current = DownSpan{service, point.timestampMs, point.timestampMs, false};
        } else if (!down && inSpan) {
            inSpan = false;
            current.toMs = point.timestampMs;
            spans.append(current);
        }
    }
    if (inSpan) {
        current.toMs = std::max(lastMs, endMs);
        current.ongoing = true;
        spans.append(current);
    }
    return spans;
}

} // namespace payops
