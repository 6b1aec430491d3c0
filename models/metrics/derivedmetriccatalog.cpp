#include "models/metrics/derivedmetriccatalog.h"

#include <array>

namespace payops {

namespace {

using Id = DerivedMetricId;
using Format = DerivedMetric::Format;

// In the order of DerivedMetricId; titles and units are translated at display time.
constexpr std::array<DerivedMetric, kDerivedMetricCount> kMetrics = {{
    {Id::Tps, "tps",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Transactions per second"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "tx/s"), Format::Rate, false},
    {Id::FailureRatio, "failure_ratio",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Failure ratio"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "%"), Format::Ratio, false},
    {Id::LatencyAvg, "latency_avg",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Average response time"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "s"), Format::Duration, false},
    {Id::LatencyP50, "latency_p50",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Median response time"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "s"), Format::Duration, false},
    {Id::LatencyP95, "latency_p95",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "95th percentile response time"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "s"), Format::Duration, false},
    {Id::LatencyP99, "latency_p99",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "99th percentile response time"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "s"), Format::Duration, false},
    {Id::DbLatencyAvg, "db_latency_avg",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Average database query time"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "s"), Format::Duration, false},
    {Id::DbLatencyP95, "db_latency_p95",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "95th percentile database query time"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "s"), Format::Duration, false},
    {Id::ExternalLatencyAvg, "external_latency_avg",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Average external call time"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "s"), Format::Duration, true},
    {Id::ExternalLatencyP95, "external_latency_p95",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "95th percentile external call time"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "s"), Format::Duration, true},
    {Id::CpuPercent, "cpu_percent",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Process CPU usage"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "%"), Format::Percent, false},
    {Id::MemoryBytes, "memory_bytes",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Resident memory"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "B"), Format::Bytes, false},
    {Id::OpenFds, "open_fds",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Open file descriptors"),
     "", Format::Count, false},
    {Id::HostCpuPercent, "host_cpu_percent",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Host CPU usage"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "%"), Format::Percent, false},
    {Id::HostMemoryPercent, "host_memory_percent",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Host memory usage"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "%"), Format::Percent, false},
    {Id::RequestRate, "request_rate",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Request rate"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "req/s"), Format::Rate, false},
    {Id::RejectionRatio, "rejection_ratio",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Rejected requests (429 and 5xx)"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "%"), Format::Ratio, false},
    {Id::LoginFailureRate, "login_failure_rate",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Failed logins"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "/s"), Format::Rate, false},
    {Id::SuspiciousRate, "suspicious_rate",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Suspicious transactions"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "tx/s"), Format::Rate, false},
    {Id::Availability, "availability",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Availability"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "%"), Format::Ratio, false},
    {Id::Up, "up",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Instances up"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "%"), Format::Ratio, false},
    {Id::ScrapeDuration, "scrape_duration",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Scrape duration"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "s"), Format::Duration, false},
    {Id::TaskFailed, "task_failed",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Scheduled task failed"),
     "", Format::Count, false, DerivedMetric::Origin::Console},
    {Id::TaskOverdue, "task_overdue",
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "Scheduled task overdue"),
     QT_TRANSLATE_NOOP("payops::DerivedMetricCatalog", "s"), Format::Duration, false, DerivedMetric::Origin::Console},
}};

constexpr bool inIdOrder()
{
    for (int i = 0; i < kDerivedMetricCount; ++i) {
        if (int(kMetrics[size_t(i)].id()) != i)
            return false;
    }
    return true;
}
static_assert(inIdOrder(), "kMetrics must list the metrics in the order of DerivedMetricId");

// Names as shared QStrings, built once: copying them never allocates.
const std::array<QString, kDerivedMetricCount> &names()
{
    static const std::array<QString, kDerivedMetricCount> table = [] {
        std::array<QString, kDerivedMetricCount> built;
        for (size_t i = 0; i < built.size(); ++i)
            built[i] = QString::fromLatin1(kMetrics[i].nameLatin1());
        return built;
    }();
    return table;
}

struct UnitFactor
{
    const char *unit;
    double factor; // canonical = value * factor
};

QList<UnitFactor> unitFactors(DerivedMetricId id)
{
    if (id == Id::Up)
        return {{"bool", 1.0}, {"ratio", 1.0}, {"%", 0.01}};
    switch (kMetrics[size_t(id)].formatKind()) {
    case Format::Rate:
        return {{"/s", 1.0}, {"/min", 1.0 / 60.0}};
    case Format::Ratio:
        return {{"ratio", 1.0}, {"%", 0.01}};
    case Format::Percent:
        return {{"%", 1.0}};
    case Format::Duration:
        return {{"s", 1.0}, {"ms", 0.001}};
    case Format::Bytes:
        return {{"B", 1.0}, {"KiB", 1024.0}, {"MiB", 1024.0 * 1024.0}, {"GiB", 1024.0 * 1024.0 * 1024.0}};
    case Format::Count:
        return {{"count", 1.0}};
    }
    return {};
}

} // namespace

QList<DerivedMetric> DerivedMetricCatalog::all()
{
    return QList<DerivedMetric>(kMetrics.cbegin(), kMetrics.cend());
}

const DerivedMetric &DerivedMetricCatalog::metric(DerivedMetricId id)
{
    return kMetrics[size_t(id)];
}

std::optional<DerivedMetric> DerivedMetricCatalog::find(QStringView name)
{
    const auto &table = names();
    for (size_t i = 0; i < table.size(); ++i) {
        if (table[i] == name)
            return kMetrics[i];
    }
    return std::nullopt;
}

const QString &DerivedMetricCatalog::name(DerivedMetricId id)
{
    return names()[size_t(id)];
}

QString DerivedMetricCatalog::title(QStringView name)
{
    const std::optional<DerivedMetric> metric = find(name);
    return metric ? metric->title() : name.toString();
}

QString DerivedMetricCatalog::format(QStringView name, double value, const QLocale &locale)
{
    const std::optional<DerivedMetric> metric = find(name);
    return metric ? metric->format(value, locale) : locale.toString(value);
}

QStringList DerivedMetricCatalog::thresholdUnits(DerivedMetricId id)
{
    QStringList units;
    for (const UnitFactor &unit : unitFactors(id))
        units.append(QString::fromLatin1(unit.unit));
    return units;
}

std::optional<double> DerivedMetricCatalog::toCanonical(DerivedMetricId id, double value, QStringView unit)
{
    for (const UnitFactor &candidate : unitFactors(id)) {
        if (unit == QLatin1String(candidate.unit))
            return value * candidate.factor;
    }
    return std::nullopt;
}

} // namespace payops
