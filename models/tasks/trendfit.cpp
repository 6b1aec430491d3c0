#include "models/tasks/trendfit.h"

#include <cmath>

namespace payops {

std::optional<TrendFit> TrendFit::fit(const QList<SeriesPoint> &points)
{
    if (points.size() < 2)
        return std::nullopt;
    TrendFit line;
    line.m_originMs = points.constFirst().timestampMs;
    line.m_points = int(points.size());
    const double n = double(points.size());
    double sumX = 0.0, sumY = 0.0;
    for (const SeriesPoint &p : points) {
        sumX += double(p.timestampMs - line.m_originMs) / dayMs;
        sumY += p.value;
    }
    const double meanX = sumX / n;
    const double meanY = sumY / n;
    // Centred sums: the textbook n·Σxy − Σx·Σy cancels catastrophically for nearly flat series.
    double sxx = 0.0, sxy = 0.0, syy = 0.0;
    for (const SeriesPoint &p : points) {
        const double dx = double(p.timestampMs - line.m_originMs) / dayMs - meanX;
        const double dy = p.value - meanY;
        sxx += dx * dx;
        sxy += dx * dy;
        syy += dy * dy;
    }
    if (sxx <= 0.0)
        return std::nullopt;
    line.m_slopePerDay = sxy / sxx;
    line.m_intercept = meanY - line.m_slopePerDay * meanX;
    line.m_rSquared = syy > 0.0 ? (sxy * sxy) / (sxx * syy) : 1.0;
    return line;
}

double TrendFit::valueAt(qint64 timestampMs) const
{
    return m_intercept + m_slopePerDay * (double(timestampMs - m_originMs) / dayMs);
}

std::optional<double> TrendFit::daysUntil(double threshold, qint64 nowMs) const
{
    const double now = valueAt(nowMs);
    if (now >= threshold)
        return 0.0;
    if (m_slopePerDay <= 0.0)
        return std::nullopt;
    return (threshold - now) / m_slopePerDay;
}

} // namespace payops
