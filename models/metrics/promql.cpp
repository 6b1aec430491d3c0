#include "models/metrics/promql.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace payops::promql {

namespace {

// Prometheus' extrapolatedRate() for counters.
std::optional<double> extrapolatedIncrease(const QList<SeriesPoint> &points, qint64 rangeStartMs,
                                           qint64 rangeEndMs)
{
    if (points.size() < 2)
        return std::nullopt;
    double result = points.constLast().value - points.constFirst().value;
    double lastValue = 0.0;
    for (const SeriesPoint &point : points) {
        if (point.value < lastValue)
            result += lastValue; // a counter reset: the counter restarted from zero
        lastValue = point.value;
    }
    double durationToStart = double(points.constFirst().timestampMs - rangeStartMs) / 1000.0;
    const double durationToEnd = double(rangeEndMs - points.constLast().timestampMs) / 1000.0;
    const double sampledInterval = double(points.constLast().timestampMs - points.constFirst().timestampMs) / 1000.0;
    if (sampledInterval <= 0.0)
        return std::nullopt;
    const double averageBetweenSamples = sampledInterval / double(points.size() - 1);
    if (result > 0 && points.constFirst().value >= 0) {
        // A counter cannot go below zero: do not extrapolate past the point where it was zero.
        const double durationToZero = sampledInterval * (points.constFirst().value / result);
        durationToStart = std::min(durationToStart, durationToZero);
    }
    const double threshold = averageBetweenSamples * 1.1;
    double interval = sampledInterval;
    interval += durationToStart < threshold ? durationToStart : averageBetweenSamples / 2;
    interval += durationToEnd < threshold ? durationToEnd : averageBetweenSamples / 2;
    return result * (interval / sampledInterval);
}

} // namespace

std::optional<double> increase(const QList<SeriesPoint> &points, qint64 rangeStartMs, qint64 rangeEndMs)
{
    return extrapolatedIncrease(points, rangeStartMs, rangeEndMs);
}

std::optional<double> rate(const QList<SeriesPoint> &points, qint64 rangeStartMs, qint64 rangeEndMs)
{
    const std::optional<double> increase = extrapolatedIncrease(points, rangeStartMs, rangeEndMs);
    if (!increase || rangeEndMs <= rangeStartMs)
        return std::nullopt;
    return *increase / (double(rangeEndMs - rangeStartMs) / 1000.0);
}

double histogramQuantile(double q, QList<Bucket> buckets)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    constexpr double inf = std::numeric_limits<double>::infinity();
    if (std::isnan(q))
        return nan;
    if (q < 0)
        return -inf;
    if (q > 1)
        return inf;
    if (buckets.isEmpty())
        return nan;
    std::sort(buckets.begin(), buckets.end(),
              [](const Bucket &a, const Bucket &b) { return a.upperBound < b.upperBound; });
    if (!std::isinf(buckets.constLast().upperBound) || buckets.constLast().upperBound < 0)
        return nan;
    // Merge buckets with the same bound, then make the counts monotonic (rates can jitter).
    QList<Bucket> merged;
    for (const Bucket &bucket : std::as_const(buckets)) {
        if (!merged.isEmpty() && merged.constLast().upperBound == bucket.upperBound)
            merged.last().count += bucket.count;
        else
            merged.append(bucket);
    }
    double highest = -inf;
    for (Bucket &bucket : merged) {
        highest = std::max(highest, bucket.count);
        bucket.count = highest;
    }
    if (merged.size() < 2)
        return nan;
    const double observations = merged.constLast().count;
    if (observations == 0)
        return nan;
    double rank = q * observations;
    const auto found = std::find_if(merged.cbegin(), merged.cend() - 1,
                                    [rank](const Bucket &bucket) { return bucket.count >= rank; });
    const qsizetype b = found - merged.cbegin();
    if (b == merged.size() - 1)
        return merged.at(b - 1).upperBound; // in the +Inf bucket: the highest finite bound
    if (b == 0 && merged.at(0).upperBound <= 0)
        return merged.at(0).upperBound;
    double bucketStart = 0.0;
    double count = merged.at(b).count;
    if (b > 0) {
        bucketStart = merged.at(b - 1).upperBound;
        count -= merged.at(b - 1).count;
        rank -= merged.at(b - 1).count;
    }
    return bucketStart + (merged.at(b).upperBound - bucketStart) * (rank / count);
}

} // namespace payops::promql
