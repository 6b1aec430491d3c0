#include "models/metrics/seriesgaps.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace payops {

QList<SeriesPoint> SeriesGaps::broken(const QList<SeriesPoint> &points, double factor, qint64 minimumMs)
{
    if (points.size() < 3)
        return points;
    std::vector<qint64> steps;
    steps.reserve(size_t(points.size()));
    for (qsizetype i = 1; i < points.size(); ++i)
        steps.push_back(points[i].timestampMs - points[i - 1].timestampMs);
    const auto middle = steps.begin() + std::ptrdiff_t(steps.size() / 2);
    std::nth_element(steps.begin(), middle, steps.end());
    const qint64 longest = std::max(minimumMs, qint64(std::llround(double(*middle) * factor)));

    QList<SeriesPoint> out;
    out.reserve(points.size() + 8);
    out.append(points.constFirst());
    for (qsizetype i = 1; i < points.size(); ++i) {
        const qint64 gap = points[i].timestampMs - points[i - 1].timestampMs;
        if (gap > longest && !std::isnan(points[i - 1].value))
            out.append({points[i - 1].timestampMs + gap / 2, std::nan("")});
        out.append(points[i]);
    }
    return out;
}

} // namespace payops
