#pragma once

#include "models/metrics/metricssnapshot.h"
#include "models/metrics/prometheusresult.h"
#include "models/metrics/prometheussourceconfig.h"
#include "models/metrics/historysource.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <functional>
#include <map>

class QTimer;

namespace payops {

class PrometheusApiClient;

// The derived metrics and their history from a Prometheus server instead of polling the services
// directly: a drop-in for MetricsPublisher (published()) and a HistorySource in place of the SQLite
// history (HistoryRecorder), so the composition root plugs in either (for fleets too large to
// scrape from one console). Its snapshots are not recorded: Prometheus keeps the history.
//
// Every interval it evaluates every metric's PromQL expression (PrometheusSourceConfig) at one
// instant (the injected clock's now), per service, in total and per peer, and publishes one
// MetricsSnapshot when all answers are in:
//   - services and their state come from `up` (one series per instance): Up when all instances
//     are up, Degraded when some, Down when none; `up` is the share of instances up;
//   - the values of a Down service go to staleValues (as of the last poll that saw it up), never
//     to values; up, availability and scrape_duration stay current, as MetricStore's;
//   - NaN and infinite answers (no traffic, no observations) are "no value";
//   - when `up` cannot be asked, every known service is Unknown with the reason: never a stale green.
// A poll still running when the next one is due skips that one (missedPolls()).
// load() answers with range queries whose step fits the range (range / 1000, at least 1 s, whole
// seconds) or is the resolution asked for (a minute, an hour); one query per distinct expression.
// Errors come as words: in ServiceState::reason, HistoryRead::error and failed().
//
// Lives on a worker thread (WorkerThread<PrometheusSource>): call its slots queued.
class PrometheusSource final : public HistorySource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusSource)

public:
    using Clock = std::function<qint64()>;

    explicit PrometheusSource(PrometheusSourceConfig config = {}, Clock clock = {}, QObject *parent = nullptr);
    ~PrometheusSource() override;

    quint64 missedPolls() const { return m_missedPolls; }
    // The history step for a range: (toMs - fromMs) / 1000 rounded up to whole seconds, >= 1 s.
    static qint64 stepFor(qint64 fromMs, qint64 toMs);

    // Slots (queued from other threads).
    void setConfig(const payops::PrometheusSourceConfig &config); // applies from the next poll
    void start();  // polls now and then every interval
    void stop();
    void poll();
    void load(quint64 requestId, const payops::HistoryQuery &query) override;

Q_SIGNALS:
    void published(const payops::MetricsSnapshot &snapshot);
    // Some query failed; the message says which and why, in words.
    void failed(const QString &message);

private:
    using Scope = PrometheusSourceConfig::Scope;
    struct Planned
    {
        QString metric;
        Scope scope = Scope::Service;
        bool combined = false; // grouped by the console, not by PromQL
        PrometheusResult result;
    };
    struct HistoryLoad
    {
        quint64 requestId = 0;
        QList<SeriesKey> series;
        QList<HistoryRead> reads;
        QStringList expressions;       // distinct expressions asked for
        QList<PrometheusResult> results; // by expression
        QList<int> expressionOf;        // by series: index into expressions, -1 none
        int pending = 0;
        HistoryRead::Resolution resolution = HistoryRead::Resolution::Raw;
    };

    void onFinished(quint64 clientId, const payops::PrometheusResult &result);
    void finishPoll();
    void finishLoad(HistoryLoad &load);
    void appendValues(const Planned &planned, const QSet<QString> &down, MetricsSnapshot &snapshot);
    QString errorText(const QString &what, const QString &error) const;

    PrometheusSourceConfig m_config;
    Clock m_clock;
    PrometheusApiClient *m_client; // child
    QTimer *m_timer;               // child

    QList<Planned> m_plan;                 // the poll in progress
    QHash<quint64, int> m_pollRequests;    // client request id -> index in m_plan
    int m_pollPending = 0;
    qint64 m_pollAtMs = 0;
    quint64 m_missedPolls = 0;
    QString m_lastError; // of the last poll, logged when it changes

    std::map<quint64, HistoryLoad> m_loads;                   // by internal id
    QHash<quint64, std::pair<quint64, int>> m_historyRequests; // client id -> (load, expression)
    quint64 m_nextLoad = 0;

    QStringList m_services;                 // every service seen, in order of appearance
    QHash<QString, QList<MetricValue>> m_lastValues; // per service: as of the last poll that saw it up
};

} // namespace payops
