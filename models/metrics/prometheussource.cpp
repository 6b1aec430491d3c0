#include "models/metrics/prometheussource.h"

#include "models/metrics/derivedmetriccatalog.h"
#include "models/metrics/prometheusapiclient.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMap>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

Q_LOGGING_CATEGORY(lcPrometheus, "payops.metrics.prometheus")

const QString kUp = u"up"_s;
const QString kInstanceLabel = u"instance"_s;

using Combine = PrometheusSourceConfig::Combine;

Combine combineOf(const QString &metric)
{
    return PrometheusSourceConfig::combineOf(metric);
}

// The step of a resolution asked for; 0 for raw (the step that fits the range).
qint64 stepOf(HistoryRead::Resolution resolution)
{
    switch (resolution) {
    case HistoryRead::Resolution::Raw: break;
    case HistoryRead::Resolution::Minute: return 60 * 1000;
    case HistoryRead::Resolution::Hour: return 3600 * 1000;
    }
    return 0;
}

bool isPerPeer(const QString &metric)
{
    const std::optional<DerivedMetric> m = DerivedMetricCatalog::find(metric);
    return m && m->perPeer();
}

// Values that describe the scrapes themselves: current for a service that is down, too.
bool describesScrapes(const QString &metric)
{
    return metric == kUp || metric == u"availability" || metric == u"scrape_duration";
}

struct Accumulator
{
    double sum = 0;
    double max = -std::numeric_limits<double>::infinity();
    int count = 0;

    void add(double v)
    {
        sum += v;
        max = std::max(max, v);
        ++count;
    }
    double value(Combine how) const
    {
        switch (how) {
        case Combine::Sum: return sum;
        case Combine::Max: return max;
        case Combine::Mean: break;
        }
        return sum / count;
    }
};

} // namespace

PrometheusSource::PrometheusSource(PrometheusSourceConfig config, Clock clock, QObject *parent)
    : HistorySource(parent)
    , m_config(std::move(config))
    , m_clock(clock ? std::move(clock) : Clock(&QDateTime::currentMSecsSinceEpoch))
    , m_client(new PrometheusApiClient(this))
    , m_timer(new QTimer(this))
{
    m_client->setConfig(m_config);
    m_timer->setInterval(m_config.intervalMs);
    connect(m_timer, &QTimer::timeout, this, &PrometheusSource::poll);
    connect(m_client, &PrometheusApiClient::finished, this, &PrometheusSource::onFinished);
}

PrometheusSource::~PrometheusSource() = default;

qint64 PrometheusSource::stepFor(qint64 fromMs, qint64 toMs)
{
    const qint64 rangeMs = std::max<qint64>(toMs - fromMs, 0);
    const qint64 seconds = (rangeMs / 1000 + 999) / 1000; // range / 1000 points, in whole seconds
    return std::max<qint64>(seconds, 1) * 1000;
}

void PrometheusSource::setConfig(const PrometheusSourceConfig &config)
{
    m_config = config;
    m_client->setConfig(config);
    m_timer->setInterval(config.intervalMs);
}

void PrometheusSource::start()
{
    m_timer->start(); // a timer starts in the thread it lives in: this slot runs there
    poll();
}

void PrometheusSource::stop()
{
    m_timer->stop();
    m_client->abortAll();
    m_plan.clear();
    m_pollRequests.clear();
    m_pollPending = 0;
    // Pending history loads are answered with what they have, as failed.
    std::map<quint64, HistoryLoad> loads = std::move(m_loads);
    m_loads.clear();
    m_historyRequests.clear();
    for (auto &[id, load] : loads) {
        for (HistoryRead &read : load.reads) {
            if (!read.error)
                read.error = tr("stopped before Prometheus answered");
        }
        Q_EMIT loaded(load.requestId, load.series, load.reads);
    }
}

void PrometheusSource::poll()
{
    if (m_pollPending > 0) {
        ++m_missedPolls;
        qCDebug(lcPrometheus) << "skipped a poll: the previous one still runs";
        return;
    }
    m_plan.clear();
    m_pollRequests.clear();
    m_pollAtMs = m_clock();
    for (const DerivedMetric &metric : DerivedMetricCatalog::all()) {
        const QString name = metric.name();
        if (m_config.expression(name).isEmpty())
            continue;
        if (name == kUp || !m_config.groupsByService(name)) {
            m_plan.append({name, Scope::Service, true, {}});
            continue;
        }
        m_plan.append({name, Scope::Service, false, {}});
        m_plan.append({name, Scope::Total, false, {}});
        if (metric.perPeer()) {
            m_plan.append({name, Scope::ServicePeer, false, {}});
            m_plan.append({name, Scope::Peer, false, {}});
        }
    }
    m_pollPending = int(m_plan.size());
    for (int i = 0; i < m_plan.size(); ++i) {
        const Planned &planned = m_plan.at(i);
        const quint64 id = m_client->query(m_config.expression(planned.metric, planned.scope), m_pollAtMs);
        m_pollRequests.insert(id, i);
    }
    if (m_pollPending == 0)
        finishPoll();
}

void PrometheusSource::load(quint64 requestId, const HistoryQuery &query)
{
    const QList<SeriesKey> &series = query.series;
    const quint64 loadId = ++m_nextLoad;
    HistoryLoad &load = m_loads[loadId];
    load.requestId = requestId;
    load.series = series;
    load.reads.resize(series.size());
    load.expressionOf.fill(-1, series.size());
    for (qsizetype i = 0; i < series.size(); ++i) {
        const SeriesKey *ref = &series.at(i);
        QString expression;
        if (DerivedMetricCatalog::contains(ref->metric)) {
            if (ref->metric == kUp || !m_config.groupsByService(ref->metric)) {
                expression = m_config.expression(ref->metric);
            } else {
                const Scope scope = ref->peer.isEmpty() ? (ref->service.isEmpty() ? Scope::Total : Scope::Service)
                                                        : (ref->service.isEmpty() ? Scope::Peer : Scope::ServicePeer);
                expression = m_config.expression(ref->metric, scope);
            }
        }
        if (expression.isEmpty()) {
            load.reads[i].error = tr("Prometheus has no expression for %1").arg(ref->toString());
            continue;
        }
        qsizetype index = load.expressions.indexOf(expression);
        if (index < 0) {
            index = load.expressions.size();
            load.expressions.append(expression);
        }
        load.expressionOf[i] = int(index);
    }
    load.results.resize(load.expressions.size());
    load.pending = int(load.expressions.size());
    load.resolution = query.resolution.value_or(HistoryRead::Resolution::Raw);
    const qint64 step = std::max(stepFor(query.fromMs, query.toMs), stepOf(load.resolution));
    // Prometheus aligns nothing: start on a step so that consecutive loads share timestamps.
    const qint64 start = query.fromMs - query.fromMs % step;
    for (qsizetype e = 0; e < load.expressions.size(); ++e) {
        const quint64 id = m_client->queryRange(load.expressions.at(e), start, query.toMs, step);
        m_historyRequests.insert(id, {loadId, int(e)});
    }
    if (load.pending == 0) {
        HistoryLoad done = std::move(load);
        m_loads.erase(loadId);
        finishLoad(done);
    }
}

void PrometheusSource::onFinished(quint64 clientId, const PrometheusResult &result)
{
    if (const auto poll = m_pollRequests.constFind(clientId); poll != m_pollRequests.constEnd()) {
        m_plan[*poll].result = result;
        m_pollRequests.erase(poll);
        if (--m_pollPending == 0)
            finishPoll();
        return;
    }
    const auto history = m_historyRequests.constFind(clientId);
    if (history == m_historyRequests.constEnd())
        return;
    const auto [loadId, expression] = *history;
    m_historyRequests.erase(history);
    const auto it = m_loads.find(loadId);
    if (it == m_loads.end())
        return;
    it->second.results[expression] = result;
    if (--it->second.pending == 0) {
        HistoryLoad done = std::move(it->second);
        m_loads.erase(it);
        finishLoad(done);
    }
}

QString PrometheusSource::errorText(const QString &what, const QString &error) const
{
    return tr("%1: %2").arg(what, error);
}

void PrometheusSource::finishPoll()
{
    MetricsSnapshot snapshot;
    snapshot.timestampMs = m_pollAtMs;
    // Services and their state, from `up`.
    QSet<QString> down;
    const auto upPlan = std::find_if(m_plan.cbegin(), m_plan.cend(), [](const Planned &p) { return p.metric == kUp; });
    if (upPlan != m_plan.cend() && upPlan->result.ok()) {
        struct Instances
        {
            int up = 0;
            int total = 0;
            QStringList down;
        };
        QHash<QString, Instances> byService;
        for (const PrometheusSeries &series : upPlan->result.series) {
            const QString service = series.label(m_config.serviceLabel);
            if (service.isEmpty() || series.points.isEmpty())
                continue;
            if (!m_services.contains(service))
                m_services.append(service);
            Instances &instances = byService[service];
            ++instances.total;
            const double value = series.points.constLast().value;
            if (std::isfinite(value) && value >= 1)
                ++instances.up;
            else
                instances.down.append(series.labels.value(kInstanceLabel, service));
        }
        for (const QString &service : std::as_const(m_services)) {
            const auto it = byService.constFind(service);
            if (it == byService.constEnd())
                continue; // no longer scraped by Prometheus
            ServiceState state;
            state.service = service;
            state.instances = it->total;
            state.instancesUp = it->up;
            if (it->up == 0) {
                state.state = ServiceState::State::Down;
                state.reason = tr("Prometheus cannot scrape %1").arg(it->down.join(u", "_s));
                down.insert(service);
            } else if (it->up < it->total) {
                state.state = ServiceState::State::Degraded;
                state.reason = tr("%1 of %2 instances down; Prometheus cannot scrape %3")
                                   .arg(it->total - it->up)
                                   .arg(it->total)
                                   .arg(it->down.join(u", "_s));
            } else {
                state.state = ServiceState::State::Up;
            }
            if (state.state != ServiceState::State::Down)
                state.lastSuccessMs = m_pollAtMs;
            else if (const auto last = m_lastValues.constFind(service); last != m_lastValues.constEnd() && !last->isEmpty())
                state.lastSuccessMs = last->constFirst().timestampMs;
            snapshot.services.append(state);
        }
    } else {
        // Nothing is known about the services now: say so rather than show the last picture.
        const QString why = upPlan == m_plan.cend() ? tr("no expression for \"up\"") : *upPlan->result.error;
        for (const QString &service : std::as_const(m_services)) {
            ServiceState state;
            state.service = service;
            state.state = ServiceState::State::Unknown;
            state.reason = tr("Prometheus could not be asked: %1").arg(why);
            snapshot.services.append(state);
        }
    }

    QStringList errors;                 // distinct, in order
    QHash<QString, QStringList> failing; // error -> metrics
    QStringList metrics;
    for (const Planned &planned : std::as_const(m_plan)) {
        if (!metrics.contains(planned.metric))
            metrics.append(planned.metric);
        if (planned.result.ok()) {
            appendValues(planned, down, snapshot);
        } else {
            QStringList &names = failing[*planned.result.error];
            if (names.isEmpty())
                errors.append(*planned.result.error);
            if (!names.contains(planned.metric))
                names.append(planned.metric);
        }
        for (const QString &warning : planned.result.warnings)
            qCInfo(lcPrometheus).noquote() << planned.metric << "warning:" << warning;
    }

    // A service that is down shows its last values apart, with their time; the others are kept.
    QHash<QString, QList<MetricValue>> current;
    for (const MetricValue &value : std::as_const(snapshot.values)) {
        if (!value.service.isEmpty() && !describesScrapes(value.metric))
            current[value.service].append(value);
    }
    for (const ServiceState &state : std::as_const(snapshot.services)) {
        if (state.state == ServiceState::State::Down)
            snapshot.staleValues.append(m_lastValues.value(state.service));
        else if (state.state != ServiceState::State::Unknown)
            m_lastValues.insert(state.service, current.value(state.service));
    }

    m_plan.clear();
    if (!errors.isEmpty()) {
        // "connection refused" when everything failed alike, else "tps, latency_p95: <why>; …"
        QStringList parts;
        for (const QString &error : std::as_const(errors)) {
            const QStringList &names = failing.value(error);
            parts.append(names.size() == metrics.size() ? error : errorText(names.join(u", "_s), error));
        }
        const QString message = tr("Prometheus %1: %2").arg(m_config.baseUrl.toDisplayString(), parts.join(u"; "_s));
        if (message != m_lastError)
            qCWarning(lcPrometheus).noquote() << message;
        m_lastError = message;
        Q_EMIT failed(message);
    } else if (!m_lastError.isEmpty()) {
        qCInfo(lcPrometheus).noquote() << "Prometheus" << m_config.baseUrl.toDisplayString() << "answers again";
        m_lastError.clear();
    }
    Q_EMIT published(snapshot);
}

void PrometheusSource::appendValues(const Planned &planned, const QSet<QString> &down, MetricsSnapshot &snapshot)
{
    const QString &metric = planned.metric;
    const bool keepWhenDown = describesScrapes(metric);
    const auto put = [&](const QString &service, const QString &peer, double value) {
        if (!std::isfinite(value))
            return; // NaN: no traffic or no observations, "no value"
        if (!service.isEmpty() && down.contains(service) && !keepWhenDown)
            return; // never a current number of a service that is down
        snapshot.values.append({metric, service, peer, value, snapshot.timestampMs});
    };

    if (!planned.combined) {
        const bool withService = planned.scope == Scope::Service || planned.scope == Scope::ServicePeer;
        const bool withPeer = planned.scope == Scope::ServicePeer || planned.scope == Scope::Peer;
        for (const PrometheusSeries &series : planned.result.series) {
            if (series.points.isEmpty())
                continue;
            const QString service = withService ? series.label(m_config.serviceLabel) : QString();
            const QString peer = withPeer ? series.label(m_config.peerLabel) : QString();
            if ((withService && service.isEmpty()) || (withPeer && peer.isEmpty()))
                continue;
            put(service, peer, series.points.constLast().value);
        }
        return;
    }

    // Series per instance (or anyhow): combined here per service, in total and per peer.
    const Combine how = combineOf(metric);
    const bool perPeer = isPerPeer(metric);
    QMap<std::pair<QString, QString>, Accumulator> groups; // (service, peer); "" for all
    for (const PrometheusSeries &series : planned.result.series) {
        if (series.points.isEmpty())
            continue;
        const double value = series.points.constLast().value;
        if (!std::isfinite(value))
            continue;
        const QString service = series.label(m_config.serviceLabel);
        const QString peer = perPeer ? series.label(m_config.peerLabel) : QString();
        if (!service.isEmpty() && down.contains(service) && !keepWhenDown)
            continue; // out of the total too, as MetricStore's
        groups[{QString(), QString()}].add(value);
        if (!service.isEmpty())
            groups[{service, QString()}].add(value);
        if (!peer.isEmpty()) {
            groups[{QString(), peer}].add(value);
            if (!service.isEmpty())
                groups[{service, peer}].add(value);
        }
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        put(it.key().first, it.key().second, it.value().value(how));
}

void PrometheusSource::finishLoad(HistoryLoad &load)
{
    for (qsizetype i = 0; i < load.series.size(); ++i) {
        HistoryRead &read = load.reads[i];
        read.resolution = load.resolution;
        const int e = load.expressionOf.value(i, -1);
        if (e < 0)
            continue; // error set already
        const PrometheusResult &result = load.results.at(e);
        if (!result.ok()) {
            read.error = tr("Prometheus: %1").arg(*result.error); // the same words for every series: shown once
            continue;
        }
        const SeriesKey *ref = &load.series.at(i);
        const bool combined = ref->metric == kUp || !m_config.groupsByService(ref->metric);
        const auto matches = [&](const PrometheusSeries &series) {
            return (ref->service.isEmpty() || series.label(m_config.serviceLabel) == ref->service)
                   && (ref->peer.isEmpty() || series.label(m_config.peerLabel) == ref->peer);
        };
        if (!combined) {
            for (const PrometheusSeries &series : result.series) {
                if (!matches(series))
                    continue;
                for (const SeriesPoint &point : series.points) {
                    if (std::isfinite(point.value))
                        read.points.append(point);
                }
                break;
            }
            continue;
        }
        // Per instance: combined step by step (a range query's steps line up across series).
        QMap<qint64, Accumulator> steps;
        for (const PrometheusSeries &series : result.series) {
            if (!matches(series))
                continue;
            for (const SeriesPoint &point : series.points) {
                if (std::isfinite(point.value))
                    steps[point.timestampMs].add(point.value);
            }
        }
        const Combine how = combineOf(ref->metric);
        read.points.reserve(steps.size());
        for (auto it = steps.cbegin(); it != steps.cend(); ++it)
            read.points.append({it.key(), it.value().value(how)});
    }
    Q_EMIT loaded(load.requestId, load.series, load.reads);
}

} // namespace payops
