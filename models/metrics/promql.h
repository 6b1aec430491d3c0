#pragma once

#include "models/metrics/seriespoint.h"

#include <optional>

#include <QList>

namespace payops {

// PromQL's range and histogram functions, with Prometheus' own semantics (v2.42), so the console
// shows the numbers an operator would get from the same data in Prometheus.
namespace promql {

struct Bucket
{
    double upperBound = 0.0; // the `le` label; +Inf for the last bucket
    double count = 0.0;      // cumulative (or its rate)
};

// rate(): per-second increase of a counter over [rangeStartMs, rangeEndMs], with counter resets
// handled and the result extrapolated towards the range's edges. `points` are the samples in
// that range, oldest first. std::nullopt with fewer than two samples.
std::optional<double> rate(const QList<SeriesPoint> &points, qint64 rangeStartMs, qint64 rangeEndMs);
// increase(): the same, not divided by the range.
std::optional<double> increase(const QList<SeriesPoint> &points, qint64 rangeStartMs, qint64 rangeEndMs);
// histogram_quantile(): the q-quantile from cumulative bucket counts, linearly interpolated within
// the bucket it falls in. NaN without a +Inf bucket, with fewer than two buckets or no observations.
double histogramQuantile(double q, QList<Bucket> buckets);

} // namespace promql
} // namespace payops
