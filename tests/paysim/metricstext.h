#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// Test helper: the samples of one exposition body, keyed by the series exactly as written
// ("name{labels}" or "name"). Minimal on purpose: the real parser lives in payops_models.
class MetricsText
{
public:
    explicit MetricsText(const QByteArray &body);

    bool isEmpty() const { return m_samples.isEmpty(); }
    bool has(const QString &series) const { return m_samples.contains(series); }
    double value(const QString &series) const { return m_samples.value(series, -1); }
    // Sum over every series of `name` whose label text contains `labelPart`.
    double sum(const QString &name, const QString &labelPart = {}) const;
    // Histogram mean (sum / count) for a label text such as service="x",peer="y".
    double mean(const QString &histogram, const QString &labels) const;
    // histogram_quantile() over the cumulative buckets, linear within a bucket.
    double quantile(double q, const QString &histogram, const QString &labels) const;
    const QHash<QString, double> &samples() const { return m_samples; }

private:
    QHash<QString, double> m_samples;
};
