#include "models/metrics/metricfamily.h"

namespace payops {

QString metricTypeName(MetricType type)
{
    switch (type) {
    case MetricType::Untyped: return QStringLiteral("untyped");
    case MetricType::Counter: return QStringLiteral("counter");
    case MetricType::Gauge: return QStringLiteral("gauge");
    case MetricType::Histogram: return QStringLiteral("histogram");
    case MetricType::Summary: return QStringLiteral("summary");
    }
    return QString();
}

QString Sample::labelValue(QStringView labelName) const
{
    for (const Label &label : labels) {
        if (label.name == labelName)
            return label.value;
    }
    return QString();
}

bool Sample::hasLabel(QStringView labelName) const
{
    for (const Label &label : labels) {
        if (label.name == labelName)
            return true;
    }
    return false;
}

} // namespace payops
