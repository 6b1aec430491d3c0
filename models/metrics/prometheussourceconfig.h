#pragma once

#include <QByteArray>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace payops {

struct PrometheusSourceConfigLoad;

// Where and how PrometheusSource asks a Prometheus server for the derived metrics, and the PromQL
// expression of each metric (DerivedMetricCatalog names).
//
// Expressions are written per service, grouped by the service label, as one would in a dashboard:
//   sum by (service) (rate(payment_transactions_total[1m]))
// The source derives the other groupings from it by editing every `by (…)` clause that lists the
// service label: the total drops the label (`sum (rate(…))`, `by (service, le)` -> `by (le)`), and
// the per-peer values of per-peer metrics (external_latency_*) add the peer label
// (`by (service, peer)`, and `by (peer)` for the total per peer).
// An expression without such a clause (`up`, `avg_over_time(up[1h])`, `scrape_duration_seconds`)
// is evaluated once and its series are combined by the console per service and in total, after the
// metric's meaning: rates, bytes, counts and cpu_percent are summed, scrape_duration takes the
// maximum, everything else (ratios, `up`, durations) the mean.
// `up` must return one series per scraped instance (1 up, 0 down): it gives each service's state.
// An empty expression switches the metric off.
struct PrometheusSourceConfig
{
    enum class Scope { Service, Total, ServicePeer, Peer };

    static constexpr int minIntervalMs = 1000;
    static constexpr int maxIntervalMs = 3600 * 1000;
    static constexpr int minTimeoutMs = 100;
    static constexpr int maxTimeoutMs = 300 * 1000;

    QUrl baseUrl;            // http(s)://host:9090, optionally with a path prefix
    QString tokenFile;       // bearer token, re-read for every request; empty: no Authorization header
    QString caFile;          // PEM or DER; empty: the system's CA store
    // A token is sent over plain http:// only when the operator said so by name
    // (--prometheus-allow-insecure-token): anyone on the path could read and reuse it.
    bool allowInsecureToken = false;
    int intervalMs = 5000;   // how often the current values are queried
    int timeoutMs = 10'000;  // per request: connect + transfer
    qint64 maxBodyBytes = 32 * 1024 * 1024;
    QString serviceLabel = QStringLiteral("service");
    QString peerLabel = QStringLiteral("peer");
    QMap<QString, QString> expressions = defaultExpressions(); // by metric name

    // Every metric of DerivedMetricCatalog that Prometheus can compute from the metrics contract.
    static QMap<QString, QString> defaultExpressions();

    // What is wrong with this configuration, in operator words; empty when it can be used.
    QStringList validate() const;
    // Why the token must not be sent to baseUrl (plain http without allowInsecureToken).
    std::optional<QString> tokenTransportProblem() const;

    // True when the metric's expression aggregates by the service label in PromQL (see above).
    bool groupsByService(const QString &metric) const;
    // The metric's expression for one grouping, rewritten as described above; the expression as
    // written when it does not group by service; empty when the metric has no expression.
    QString expression(const QString &metric, Scope scope = Scope::Service) const;

    // How the console combines the series of one group when the metric's expression does not
    // aggregate by service (see above): rates, bytes, counts and cpu_percent are summed,
    // scrape_duration takes the maximum, everything else the mean.
    enum class Combine { Sum, Mean, Max };
    static Combine combineOf(const QString &metric);
    // The metric's expression with one series per group of `scope` (Service or Total), for
    // Prometheus to evaluate alone (a rule file): expression() when it groups by service,
    // otherwise wrapped in the console's combination: `avg by (service) (up)`, `avg (up)`.
    QString groupedExpression(const QString &metric, Scope scope) const;

    // JSON: {"url", "tokenFile", "caFile", "allowInsecureToken", "intervalSeconds", "timeoutSeconds", "maxBodyBytes",
    // "serviceLabel", "peerLabel", "expressions": {metric: PromQL}}. Missing keys keep their
    // defaults; listed expressions replace the default of their metric ("" switches it off).
    QByteArray toJson() const;
    static PrometheusSourceConfigLoad fromJson(const QByteArray &json);
    static PrometheusSourceConfigLoad load(const QString &path);
    // Written atomically; std::nullopt on success, otherwise why not.
    std::optional<QString> save(const QString &path) const;

    friend bool operator==(const PrometheusSourceConfig &, const PrometheusSourceConfig &) = default;
};

// A configuration read from JSON, or why it could not be read (the config is then the defaults).
struct PrometheusSourceConfigLoad
{
    PrometheusSourceConfig config;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

} // namespace payops

Q_DECLARE_METATYPE(payops::PrometheusSourceConfig)
