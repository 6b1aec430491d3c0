#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <span>
#include <vector>

namespace payops::sim {

class RandomStream;

// A cumulative Prometheus histogram fed with sampled latencies.
class Histogram
{
public:
    // bounds: ascending upper bounds without +Inf; must outlive the histogram (static tables).
    explicit Histogram(std::span<const double> bounds);

    void observe(double value, quint64 count = 1);
    // Adds n requests whose latency is log-normal(median, sigma). Up to `strata` samples are
    // drawn, one per equal-probability stratum, each standing for its share of n: the shape is
    // exact at any n for a bounded cost per call.
    void observeLogNormal(double median, double sigma, quint64 n, RandomStream &random, int strata);
    void reset();

    quint64 count() const { return m_count; }
    double sum() const { return m_sum; }
    std::span<const double> bounds() const { return m_bounds; }
    quint64 cumulativeCount(size_t boundIndex) const;

    // Appends _bucket, _sum and _count lines; labels is "k=\"v\",..." without braces.
    void appendSamples(QByteArray &out, const QByteArray &name, const QByteArray &labels) const;

private:
    std::span<const double> m_bounds;
    std::vector<quint64> m_buckets; // non-cumulative, last is +Inf
    quint64 m_count = 0;
    double m_sum = 0;
};

} // namespace payops::sim
