#include "widgets/dashboard/decimatedseries.h"

#include <cmath>
#include <utility>

namespace payops {

DecimatedSeries::DecimatedSeries()
    : m_raw(QSharedPointer<QCPGraphDataContainer>::create())
    , m_display(m_raw)
{
}

bool DecimatedSeries::shouldDecimate(double width) const
{
    const int count = m_raw->size();
    if (width <= 0 || count < 64)
        return false;
    const double span = (m_raw->constEnd() - 1)->key - m_raw->constBegin()->key;
    const double spacing = span / double(count - 1);
    // Decimating pays when a bucket holds several points.
    return width > 2.0 * spacing;
}

bool DecimatedSeries::setBucket(double width)
{
    const bool decimate = shouldDecimate(width);
    if (width == m_bucket && decimate == isDecimating())
        return false;
    m_bucket = width;
    const QSharedPointer<QCPGraphDataContainer> before = m_display;
    if (!decimate) {
        m_display = m_raw;
    } else {
        if (m_display == m_raw)
            m_display = QSharedPointer<QCPGraphDataContainer>::create();
        rebuild();
    }
    return m_display != before;
}

void DecimatedSeries::rebuild()
{
    QVector<QCPGraphData> out;
    out.reserve(int(std::min<qint64>(m_raw->size(), 4096)));
    decimate(m_raw->constBegin(), m_raw->constEnd(), m_bucket, out);
    m_display->set(out, true);
}

void DecimatedSeries::decimate(QCPGraphDataContainer::const_iterator begin, QCPGraphDataContainer::const_iterator end,
                               double bucket, QVector<QCPGraphData> &out)
{
    auto it = begin;
    while (it != end) {
        const double index = std::floor(it->key / bucket);
        const double bucketEnd = (index + 1) * bucket;
        auto minIt = end;
        auto maxIt = end;
        auto nanIt = end;
        for (; it != end && it->key < bucketEnd; ++it) {
            if (std::isnan(it->value)) {
                if (nanIt == end)
                    nanIt = it;
                continue;
            }
            if (minIt == end || it->value < minIt->value)
                minIt = it;
            if (maxIt == end || it->value > maxIt->value)
                maxIt = it;
        }
        QCPGraphData picked[3];
        int count = 0;
        for (const auto candidate : {minIt, maxIt, nanIt}) {
            if (candidate == end)
                continue;
            bool seen = false;
            for (int i = 0; i < count; ++i)
                seen = seen || picked[i].key == candidate->key;
            if (!seen)
                picked[count++] = *candidate;
        }
        // At most three: an insertion into key order.
        for (int i = 1; i < count; ++i) {
            for (int j = i; j > 0 && picked[j].key < picked[j - 1].key; --j)
                std::swap(picked[j], picked[j - 1]);
        }
        for (int i = 0; i < count; ++i)
            out.append(picked[i]);
    }
}

bool DecimatedSeries::add(double key, double value, double tolerance)
{
    const bool inOrder = m_raw->isEmpty() || key >= (m_raw->constEnd() - 1)->key;
    m_raw->add(QCPGraphData(key, value));
    if (!isDecimating())
        return true;
    if (!inOrder) {
        rebuild();
        return true;
    }
    // Only the newest bucket changes: recompute it from the raw points it holds.
    const double start = std::floor(key / m_bucket) * m_bucket;
    QVector<QCPGraphData> out;
    decimate(m_raw->findBegin(start, false), m_raw->constEnd(), m_bucket, out);
    const auto shownBegin = m_display->findBegin(start, false);
    bool same = m_display->constEnd() - shownBegin == out.size();
    for (int i = 0; same && i < out.size(); ++i) {
        const QCPGraphData &shown = *(shownBegin + i);
        // Keys inside the bucket share its pixel column: only a value moving visibly counts.
        same = std::abs(shown.value - out[i].value) <= tolerance
            || (std::isnan(shown.value) && std::isnan(out[i].value));
    }
    m_display->remove(start, qInf()); // kept exact even when the change is invisible
    m_display->add(out, true);
    return !same;
}

void DecimatedSeries::set(const QVector<QCPGraphData> &data, bool alreadySorted)
{
    m_raw->set(data, alreadySorted);
    if (isDecimating())
        rebuild();
}

void DecimatedSeries::removeBefore(double key)
{
    m_raw->removeBefore(key);
    if (isDecimating())
        m_display->removeBefore(key);
}

void DecimatedSeries::clear()
{
    m_raw->clear();
    if (isDecimating())
        m_display->clear();
}

} // namespace payops
