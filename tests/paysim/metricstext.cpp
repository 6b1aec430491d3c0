#include "tests/paysim/metricstext.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

using namespace Qt::Literals::StringLiterals;

MetricsText::MetricsText(const QByteArray &body)
{
    for (const QByteArray &raw : body.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.lastIndexOf(' ');
        m_samples.insert(QString::fromUtf8(line.left(space)), line.mid(space + 1).toDouble());
    }
}

double MetricsText::sum(const QString &name, const QString &labelPart) const
{
    double total = 0;
    for (auto it = m_samples.cbegin(); it != m_samples.cend(); ++it) {
        const QString &key = it.key();
        const bool sameName = key == name || key.startsWith(name + u'{');
        if (sameName && key.contains(labelPart))
            total += it.value();
    }
    return total;
}

double MetricsText::mean(const QString &histogram, const QString &labels) const
{
    const double count = value(histogram + u"_count{"_s + labels + u'}');
    return count > 0 ? value(histogram + u"_sum{"_s + labels + u'}') / count : 0;
}

double MetricsText::quantile(double q, const QString &histogram, const QString &labels) const
{
    static const QRegularExpression le(u"le=\"([^\"]+)\""_s);
    const QString prefix = histogram + u"_bucket{"_s + labels + u',';
    QList<std::pair<double, double>> buckets; // (upper bound, cumulative count)
    for (auto it = m_samples.cbegin(); it != m_samples.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString bound = le.match(it.key()).captured(1);
        buckets.append({bound == u"+Inf" ? std::numeric_limits<double>::infinity() : bound.toDouble(), it.value()});
    }
    std::sort(buckets.begin(), buckets.end());
    if (buckets.isEmpty() || buckets.constLast().second <= 0)
        return 0;
    const double rank = q * buckets.constLast().second;
    double lowerBound = 0;
    double lowerCount = 0;
    for (const auto &[bound, count] : std::as_const(buckets)) {
        if (count >= rank) {
            if (std::isinf(bound))
                return lowerBound;
            return lowerBound + (bound - lowerBound) * (rank - lowerCount) / std::max(1.0, count - lowerCount);
        }
        lowerBound = bound;
        lowerCount = count;
    }
    return lowerBound;
}
