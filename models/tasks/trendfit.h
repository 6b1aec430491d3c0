#pragma once

#include "models/metrics/seriespoint.h"

#include <QList>

#include <optional>

namespace payops {

// A straight line through points in time by ordinary least squares, and when it reaches a line.
// x is in days (from the first point, so the sums keep their precision over epoch milliseconds),
// y in whatever unit the points carry. The performance review fits each metric's daily peaks over
// the last weeks and asks daysUntil(threshold): "at the current trend, crossed in 20 days".
class TrendFit final
{
public:
    static constexpr double dayMs = 24.0 * 3600.0 * 1000.0;

    // nullopt with fewer than two points or when every point has the same time (no line).
    [[nodiscard]] static std::optional<TrendFit> fit(const QList<SeriesPoint> &points);

    [[nodiscard]] double slopePerDay() const { return m_slopePerDay; }
    [[nodiscard]] double valueAt(qint64 timestampMs) const;
    // Coefficient of determination (1 = every point on the line; 0 = the line explains nothing).
    // 1 when all points have the same value (a flat line explains them exactly).
    [[nodiscard]] double rSquared() const { return m_rSquared; }
    [[nodiscard]] int pointCount() const { return m_points; }

    // Days from `nowMs` until the line rises to `threshold`: 0 when it is there already, nullopt
    // when it does not rise (slope <= 0) and is below it (never, at this trend).
    [[nodiscard]] std::optional<double> daysUntil(double threshold, qint64 nowMs) const;

private:
    TrendFit() = default;

    qint64 m_originMs = 0;
    double m_intercept = 0.0; // value at m_originMs
    double m_slopePerDay = 0.0;
    double m_rSquared = 0.0;
    int m_points = 0;
};

} // namespace payops
