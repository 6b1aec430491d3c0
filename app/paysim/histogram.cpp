#include "app/paysim/histogram.h"

#include "app/paysim/randomstream.h"

#include <algorithm>
#include <cmath>

namespace payops::sim {

Histogram::Histogram(std::span<const double> bounds)
    : m_bounds(bounds)
    , m_buckets(bounds.size() + 1, 0)
{
}

void Histogram::observe(double value, quint64 count)
{
    if (count == 0)
        return;
    const auto it = std::lower_bound(m_bounds.begin(), m_bounds.end(), value); // le is inclusive
    m_buckets[size_t(it - m_bounds.begin())] += count;
    m_count += count;
    m_sum += value * double(count);
}

void Histogram::observeLogNormal(double median, double sigma, quint64 n, RandomStream &random, int strata)
{
    if (n == 0)
        return;
    const double mu = std::log(std::max(median, 1e-6));
    if (n <= quint64(strata)) {
        for (quint64 i = 0; i < n; ++i)
            observe(std::exp(mu + sigma * random.normal()));
        return;
    }
    const quint64 share = n / quint64(strata);
    const quint64 extra = n % quint64(strata);
    for (int k = 0; k < strata; ++k) {
        const double u = (double(k) + random.uniform()) / double(strata);
        const double latency = std::exp(mu + sigma * RandomStream::normalQuantile(u));
        observe(latency, share + (quint64(k) < extra ? 1 : 0));
    }
}

void Histogram::reset()
{
    std::fill(m_buckets.begin(), m_buckets.end(), 0);
    m_count = 0;
    m_sum = 0;
}

quint64 Histogram::cumulativeCount(size_t boundIndex) const
{
    quint64 total = 0;
    for (size_t i = 0; i <= boundIndex && i < m_buckets.size(); ++i)
        total += m_buckets[i];
    return total;
}

void Histogram::appendSamples(QByteArray &out, const QByteArray &name, const QByteArray &labels) const
{
    QByteArray bucketPrefix = name;
    bucketPrefix.append("_bucket{").append(labels);
    if (!labels.isEmpty())
        bucketPrefix.append(',');
    bucketPrefix.append("le=\"");
    quint64 cumulative = 0;
    for (size_t i = 0; i < m_bounds.size(); ++i) {
        cumulative += m_buckets[i];
        out.append(bucketPrefix).append(QByteArray::number(m_bounds[i], 'g', 6)).append("\"} ");
        out.append(QByteArray::number(cumulative)).append('\n');
    }
    out.append(bucketPrefix).append("+Inf\"} ").append(QByteArray::number(m_count)).append('\n');

    QByteArray braced;
    if (!labels.isEmpty())
        braced.append('{').append(labels).append('}');
    out.append(name).append("_sum").append(braced).append(' ').append(QByteArray::number(m_sum, 'f', 6)).append('\n');
    out.append(name).append("_count").append(braced).append(' ').append(QByteArray::number(m_count)).append('\n');
}

} // namespace payops::sim
