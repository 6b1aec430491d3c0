#pragma once

#include "models/metrics/derivedmetric.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace payops {

// Every metric MetricStore derives, by stable name: later views and alert rules refer to a metric
// by its name only and ask the catalog for its title, unit and display format.
//
//   name                  unit    format    meaning
//   tps                   tx/s    Rate      sum of rate(payment_transactions_total) over all statuses
//   failure_ratio         %       Ratio     rate(status="failed") / rate(all statuses)
//   latency_avg           s       Duration  rate(payment_request_duration_seconds_sum) / rate(_count)
//   latency_p50/p95/p99   s       Duration  histogram_quantile over the per-le bucket rates summed
//   db_latency_avg/p95    s       Duration  the same from payment_db_query_duration_seconds
//   external_latency_avg  s       Duration  payment_external_call_duration_seconds, overall and per peer
//   external_latency_p95  s       Duration  the same, p95
//   cpu_percent           %       Percent   rate(process_cpu_seconds_total) x 100 (200 % = two cores)
//   memory_bytes          B       Bytes     process_resident_memory_bytes, summed over instances
//   open_fds                      Count     process_open_fds, summed over instances
//   host_cpu_percent      %       Percent   100 x (1 - rate(idle) / rate(all modes)), node_exporter
//   host_memory_percent   %       Percent   100 x (1 - MemAvailable / MemTotal), node_exporter
//   request_rate          req/s   Rate      rate(http_requests_total), all codes
//   rejection_ratio       %       Ratio     rate(code 429 or 5xx) / rate(all codes)
//   login_failure_rate    /s      Rate      rate(payment_login_failures_total)
//   suspicious_rate       tx/s    Rate      rate(payment_suspicious_transactions_total)
//   availability          %       Ratio     share of scrapes up over the availability window
//   up                    %       Ratio     share of instances up now (1 = all, 0 = none)
//   scrape_duration       s       Duration  the slowest instance's last scrape
// and two the console derives from its own scheduled tasks (Origin::Console; service = the task):
//   task_failed                   Count     1 while the task's last run failed or was interrupted
//   task_overdue          s       Duration  how long a due run has waited to start (0 when none)
class DerivedMetricCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(payops::DerivedMetricCatalog)

public:
    DerivedMetricCatalog() = delete;

    // All metrics in display order (the order of DerivedMetricId).
    static QList<DerivedMetric> all();
    static const DerivedMetric &metric(DerivedMetricId id);
    static std::optional<DerivedMetric> find(QStringView name);
    static bool contains(QStringView name) { return find(name).has_value(); }
    // The stable name of id, shared (no allocation per call).
    static const QString &name(DerivedMetricId id);

    // Convenience by name: the translated title (the name itself if unknown) and the formatted
    // value (a plain number if the name is unknown).
    static QString title(QStringView name);
    static QString format(QStringView name, double value, const QLocale &locale = QLocale());

    // The units a threshold on the metric may be written in (playbook checks, alert rules); the first
    // is the canonical unit its values use:
    //   Rate "/s" "/min"; Ratio "ratio" "%"; Percent "%"; Duration "s" "ms";
    //   Bytes "B" "KiB" "MiB" "GiB"; Count "count"; and `up` (a share of instances, compared as all
    //   up or not) "bool" "ratio" "%".
    static QStringList thresholdUnits(DerivedMetricId id);
    // `value` written in `unit`, converted to the metric's canonical unit; nullopt if the unit does not fit.
    static std::optional<double> toCanonical(DerivedMetricId id, double value, QStringView unit);
};

} // namespace payops
