#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace payops {

// Prometheus metric types of the text exposition format 0.0.4.
enum class MetricType { Untyped, Counter, Gauge, Histogram, Summary };

// The keyword used in "# TYPE" lines ("counter", ...).
QString metricTypeName(MetricType type);

// What a sample is inside its family, derived from its name and the family type, so that
// consumers (rates, histogram_quantile) need not re-parse suffixes.
enum class SampleKind {
    Plain,    // counter, gauge or untyped value
    Bucket,   // histogram x_bucket{le="..."}
    Sum,      // histogram or summary x_sum
    Count,    // histogram or summary x_count
    Quantile, // summary x{quantile="..."}
};

struct Label
{
    QString name;
    QString value; // decoded (escapes resolved)
};

struct Sample
{
    QString name; // series name as written, e.g. "x_bucket"
    QList<Label> labels; // in input order
    double value = 0.0;
    std::optional<qint64> timestampMs;
    SampleKind kind = SampleKind::Plain;

    // Value of the label called labelName; a null QString when the sample has no such label.
    QString labelValue(QStringView labelName) const;
    bool hasLabel(QStringView labelName) const;
};

struct MetricFamily
{
    QString name; // base name: "x" for x_bucket, x_sum, x_count
    QString help; // decoded HELP text, empty if none
    MetricType type = MetricType::Untyped;
    QList<Sample> samples; // in input order
};

} // namespace payops
