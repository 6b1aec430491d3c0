#include "models/incidents/playbookmetriccatalog.h"

#include <QHash>

namespace payops {

namespace {

using Dimension = PlaybookMetricCatalog::Dimension;

struct MetricInfo
{
    const char *name;
    Dimension dimension;
    const char *words;
};

// The names of the console's derived metrics (see ARCHITECTURE.md, "Metrics contract").
const MetricInfo kMetrics[] = {
    {"tps", Dimension::Rate, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "transactions per second")},
    {"failure_ratio", Dimension::Ratio, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "failure ratio")},
    {"latency_avg", Dimension::Duration, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "average response time")},
    {"latency_p50", Dimension::Duration, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "median response time")},
    {"latency_p95", Dimension::Duration, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "95th percentile response time")},
    {"latency_p99", Dimension::Duration, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "99th percentile response time")},
    {"db_latency_avg", Dimension::Duration, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "average database query time")},
    {"db_latency_p95", Dimension::Duration, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "95th percentile database query time")},
    {"external_latency_avg", Dimension::Duration, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "average external call time")},
    {"external_latency_p95", Dimension::Duration, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "95th percentile external call time")},
    {"cpu_percent", Dimension::Percent, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "process CPU usage")},
    {"memory_bytes", Dimension::Bytes, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "process memory")},
    {"host_cpu_percent", Dimension::Percent, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "host CPU usage")},
    {"host_memory_percent", Dimension::Percent, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "host memory usage")},
    {"request_rate", Dimension::Rate, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "request rate")},
    {"rejection_ratio", Dimension::Ratio, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "rejected request ratio")},
    {"login_failure_rate", Dimension::Rate, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "failed logins")},
    {"suspicious_rate", Dimension::Rate, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "suspicious transactions")},
    {"availability", Dimension::Ratio, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "availability")},
    {"up", Dimension::Boolean, QT_TRANSLATE_NOOP("payops::PlaybookMetricCatalog", "up (reachable)")},
};

const MetricInfo *find(const QString &name)
{
    for (const MetricInfo &info : kMetrics) {
        if (name == QLatin1String(info.name))
            return &info;
    }
    return nullptr;
}

struct UnitFactor
{
    const char *unit;
    double factor; // canonical = value * factor
};

QList<UnitFactor> unitFactors(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Rate:
        return {{"/s", 1.0}, {"/min", 1.0 / 60.0}};
    case Dimension::Ratio:
        return {{"ratio", 1.0}, {"%", 0.01}};
    case Dimension::Duration:
        return {{"s", 1.0}, {"ms", 0.001}};
    case Dimension::Percent:
        return {{"%", 1.0}};
    case Dimension::Bytes:
        return {{"B", 1.0}, {"KiB", 1024.0}, {"MiB", 1024.0 * 1024.0}, {"GiB", 1024.0 * 1024.0 * 1024.0}};
    case Dimension::Boolean:
        return {{"bool", 1.0}};
    }
    return {};
}

} // namespace

const QStringList &PlaybookMetricCatalog::metricNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const MetricInfo &info : kMetrics)
            list.append(QLatin1String(info.name));
        return list;
    }();
    return names;
}

bool PlaybookMetricCatalog::isKnownMetric(const QString &name)
{
    return find(name) != nullptr;
}

PlaybookMetricCatalog::Dimension PlaybookMetricCatalog::dimension(const QString &name)
{
    const MetricInfo *info = find(name);
    return info ? info->dimension : Dimension::Rate;
}

QStringList PlaybookMetricCatalog::units(Dimension dimension)
{
    QStringList list;
    for (const UnitFactor &unit : unitFactors(dimension))
        list.append(QString::fromUtf8(unit.unit));
    return list;
}

std::optional<double> PlaybookMetricCatalog::toCanonical(Dimension dimension, double value, const QString &unit)
{
    for (const UnitFactor &candidate : unitFactors(dimension)) {
        if (unit == QString::fromUtf8(candidate.unit))
            return value * candidate.factor;
    }
    return std::nullopt;
}

QString PlaybookMetricCatalog::displayName(const QString &name)
{
    const MetricInfo *info = find(name);
    return info ? tr(info->words) : name;
}

} // namespace payops
