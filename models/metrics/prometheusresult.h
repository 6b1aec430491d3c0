#pragma once

#include "models/metrics/seriespoint.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace payops {

// One series of a Prometheus query answer: its labels and its points (one for an instant vector or
// a scalar, many for a range query's matrix). Values are doubles; NaN stays NaN here.
struct PrometheusSeries
{
    QMap<QString, QString> labels;
    QList<SeriesPoint> points;

    QString label(const QString &name) const { return labels.value(name); }
};

// What a Prometheus HTTP API query answered (GET/POST /api/v1/query, /api/v1/query_range), or why
// it failed, in operator words.
struct PrometheusResult
{
    enum class Type { None, Vector, Matrix, Scalar, String };

    Type type = Type::None;
    QList<PrometheusSeries> series;
    QStringList warnings;          // Prometheus' "warnings" (the answer is still used)
    std::optional<QString> error;  // set: the query failed, `series` is empty

    bool ok() const { return !error.has_value(); }
};

} // namespace payops

Q_DECLARE_METATYPE(payops::PrometheusResult)
