#pragma once

#include "models/metrics/metricssnapshot.h"
#include "models/metrics/scraperesult.h"
#include "models/metrics/seriespoint.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace payops {

struct HealthStatus;

// The in-memory view of every scraped target: ingests ScrapeResults (one target at a time,
// targets in any order), keeps per target a bounded ring of the raw values of the contract's series
// (ARCHITECTURE.md, "Metrics contract") and builds a MetricsSnapshot on demand with each service's
// state and every derived metric of DerivedMetricCatalog, per service and in total.
//
// Semantics (PromQL v2.42, see promql.h), evaluated at the snapshot's time `now` over
// [now - window, now]:
//   - rates: promql::rate per series, then summed over series and instances ("sum(rate(x[w]))");
//   - ratios: ratio of the summed rates, no value when the denominator is 0 (no traffic);
//   - quantiles: promql::histogramQuantile over the bucket rates summed by `le`; a NaN
//     (no observations, only a +Inf bucket) is "no value", never 0;
//   - gauges: the newest sample in the window, summed over instances;
//   - the service-less value (MetricValue::service empty) aggregates every service the same way.
// Only targets that are up contribute: a failed scrape takes its target out at once. A service
// with no instance up is Down; its last values (as of its last successful scrape) go to
// MetricsSnapshot::staleValues, never to `values`.
//
// A target whose scrape carries node_exporter series (node_cpu_seconds_total, node_memory_*)
// contributes only the host_* metrics (its own process_* series describe the exporter), to its
// own service and to every other service with an instance on the same host (by the host part of
// the instance): one node_exporter per host serves all the services that run there.
//
// Memory is flat: per target, the frames of the rate window (one double per series per scrape,
// at most maxFramesPerTarget) and the run-length encoded scrape outcomes of the availability
// window. Ingesting does no string building per sample: label values come interned from the
// parser and each target remembers where each sample of the previous scrape went.
//
// Not thread-safe and no QObject: it lives on the metrics thread, owned by the MetricsPublisher there
// (the scrape thread only fetches and parses; its results reach the store by queued signal).
class MetricStore final
{
    Q_DECLARE_TR_FUNCTIONS(payops::MetricStore)
    Q_DISABLE_COPY_MOVE(MetricStore)

public:
    // Names of the exposed series; the defaults are the contract's.
    struct SeriesNames
    {
        QString transactions = QStringLiteral("payment_transactions_total");
        QString transactionStatusLabel = QStringLiteral("status");
        QString failedStatus = QStringLiteral("failed");
        QString requestDuration = QStringLiteral("payment_request_duration_seconds");
        QString dbQueryDuration = QStringLiteral("payment_db_query_duration_seconds");
        QString externalCallDuration = QStringLiteral("payment_external_call_duration_seconds");
        QString peerLabel = QStringLiteral("peer");
        QString processCpu = QStringLiteral("process_cpu_seconds_total");
        QString processMemory = QStringLiteral("process_resident_memory_bytes");
        QString processOpenFds = QStringLiteral("process_open_fds");
        QString httpRequests = QStringLiteral("http_requests_total");
        QString httpCodeLabel = QStringLiteral("code");
        QString loginFailures = QStringLiteral("payment_login_failures_total");
        QString suspiciousTransactions = QStringLiteral("payment_suspicious_transactions_total");
        QString nodeCpu = QStringLiteral("node_cpu_seconds_total");
        QString nodeCpuModeLabel = QStringLiteral("mode");
        QString nodeIdleMode = QStringLiteral("idle");
        QString nodeMemoryAvailable = QStringLiteral("node_memory_MemAvailable_bytes");
        QString nodeMemoryTotal = QStringLiteral("node_memory_MemTotal_bytes");

        friend bool operator==(const SeriesNames &, const SeriesNames &) = default;
    };

    struct Config
    {
        // Range of rate() and of the gauges' freshness. Per target it is widened to 2.5 scrape
        // intervals when the target is scraped less often, so a rate always sees two scrapes.
        qint64 rateWindowMs = 60'000;
        // Range of `availability` (share of scrapes up).
        qint64 availabilityWindowMs = 3'600'000;
        // A target not scraped for this long counts as down ("no scrape for N s"); 0: 2 x window.
        qint64 staleAfterMs = 0;
        // Hard bound on the frames kept per target, whatever the scrape rate.
        qsizetype maxFramesPerTarget = 4096;
        // Distinct peer label values kept per service. Each one becomes series in memory, on the
        // dashboard and in the history for as long as they are kept: a service that puts request
        // data in the label (a card number, a URL) must not grow them without end. Calls to
        // peers past the cap are dropped, with one notice (takeNotices()).
        qsizetype maxPeersPerService = 64;
        SeriesNames names;
    };

    MetricStore();
    explicit MetricStore(const Config &config);
    ~MetricStore();

    const Config &config() const { return m_config; }
    // Windows apply from the next snapshot (data already trimmed stays gone). Changing the
    // series names forgets the stored values.
    void setConfig(const Config &config);

    // One scrape of one target. A result older than (or as old as) the target's last one is
    // ignored. A target whose service changes starts afresh.
    void ingest(const ScrapeResult &result);
    // A /health answer: an instance (matched by service and address) that says "degraded" or
    // "down", or whose health check fails, makes its service Degraded while its scrapes are up.
    void ingestHealth(const HealthStatus &status);
    void removeTarget(int targetId);
    void clear();

    // What the operator should be told about the data, each thing once (a service past the peer
    // cap, a target past the series cap), in words; empties the list.
    QStringList takeNotices();

    // Every service's state and every derived value at nowMs (normally the time of the newest
    // scrape or later).
    MetricsSnapshot snapshot(qint64 nowMs) const;

    // Introspection, for tests and memory accounting.
    qsizetype targetCount() const { return qsizetype(m_targets.size()); }
    qsizetype storedFrames(int targetId) const;  // = stored points per series of the target
    qsizetype storedSeries(int targetId) const;  // series (slots) the target has
    qsizetype storedUptimeRuns(int targetId) const;

private:
    struct Target;
    struct Slot;
    struct Aggregate;
    enum class Series : quint8;

    static bool isNodeSeries(Series series);
    Target &targetFor(const ScrapeResult &result);
    int serviceIdOf(const QString &service);
    int peerIdOf(const QString &peer);
    // The peer's id, or nullopt when the service has maxPeersPerService other peers already.
    std::optional<int> admitPeer(int serviceId, const QString &peer);
    void rebuildNameIndex();
    void ingestSamples(Target &target, const ScrapeResult &result);
    int createSlot(Target &target, Series series, const Sample &sample);
    qint64 windowOf(const Target &target) const;
    qint64 staleAfter() const;
    bool isUp(const Target &target, qint64 nowMs) const;
    void accumulate(const Target &target, qint64 atMs, Aggregate &into, Aggregate *alsoInto,
                    std::vector<QList<SeriesPoint>> &scratch) const;
    void appendValues(const Aggregate &aggregate, const QString &service, qint64 atMs,
                      QList<MetricValue> &out) const;

    struct HealthEntry
    {
        QString status;
        QString error;
        qint64 checkedMs = 0;
    };
    struct ServiceEntry
    {
        QString name;
        QHash<QString, HealthEntry> healthByAddress;
        QSet<QString> peers; // admitted peer label values, at most maxPeersPerService
        bool warnedPeers = false;
    };

    Config m_config;
    QHash<QString, Series> m_seriesByName;
    std::map<int, std::unique_ptr<Target>> m_targets; // by target id: a stable iteration order
    std::vector<ServiceEntry> m_services;              // by service id, in order of appearance
    QHash<QString, int> m_serviceIds;
    QList<QString> m_peers;                            // by peer id
    QHash<QString, int> m_peerIds;
    QStringList m_notices;
};

} // namespace payops
