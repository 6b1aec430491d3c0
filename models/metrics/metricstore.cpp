#include "models/metrics/metricstore.h"

#include "models/metrics/derivedmetriccatalog.h"
#include "models/metrics/promql.h"
#include "models/metrics/sampleframering.h"
#include "models/metrics/uptimehistory.h"
#include "models/services/healthstatus.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

Q_LOGGING_CATEGORY(lcMetricStore, "payops.metrics.store")

// A target whose label values churn must not grow without bound: series past this are ignored.
constexpr qsizetype kMaxSeriesPerTarget = 4096;
// A rate needs two scrapes: the window is widened to this many scrape intervals when needed.
constexpr double kMinIntervalsPerWindow = 2.5;
constexpr int kUnresolved = -2; // positional cache entry not matched yet
constexpr int kIgnored = -1;    // a sample of a known family that no metric uses

// Interned strings share their data: compare the pointers first, the text only if they differ.
bool sameText(const QString &a, const QString &b)
{
    return (a.constData() == b.constData() && a.size() == b.size()) || a == b;
}

bool sameLabels(const QList<Label> &a, const QList<Label> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!sameText(a.at(i).name, b.at(i).name) || !sameText(a.at(i).value, b.at(i).value))
            return false;
    }
    return true;
}

// "10.0.0.5" of "10.0.0.5:9100", "::1" of "[::1]:9100".
QStringView hostOf(const QString &instance)
{
    QStringView host(instance);
    const qsizetype colon = host.lastIndexOf(u':');
    if (colon >= 0 && !host.endsWith(u']'))
        host = host.first(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.sliced(1, host.size() - 2);
    return host;
}

double parseBound(const QString &le)
{
    if (le.compare(u"+Inf", Qt::CaseInsensitive) == 0 || le.compare(u"Inf", Qt::CaseInsensitive) == 0)
        return std::numeric_limits<double>::infinity();
    bool ok = false;
    const double value = le.toDouble(&ok);
    return ok ? value : std::numeric_limits<double>::quiet_NaN();
}

// A summable quantity: "present" once any series contributed, even with 0.
struct Total
{
    double value = 0;
    bool present = false;

    void add(double v)
    {
        value += v;
        present = true;
    }
};

struct HistogramRates
{
    QList<promql::Bucket> buckets; // rates summed by `le`
    Total sum;
    Total count;

    void addBucket(double le, double rate)
    {
        for (promql::Bucket &bucket : buckets) {
            if (bucket.upperBound == le) {
                bucket.count += rate;
                return;
            }
        }
        buckets.append({le, rate});
    }

    // rate(_sum) / rate(_count); no value without observations.
    std::optional<double> average() const
    {
        if (!sum.present || !count.present || count.value <= 0)
            return std::nullopt;
        return sum.value / count.value;
    }

    std::optional<double> quantile(double q) const
    {
        if (buckets.isEmpty())
            return std::nullopt;
        const double value = promql::histogramQuantile(q, buckets);
        if (!std::isfinite(value))
            return std::nullopt; // NaN: no observations or no usable buckets
        return value;
    }
};

} // namespace

enum class MetricStore::Series : quint8 {
    None,
    Transactions,
    Request,
    Db,
    External,
    Cpu,
    Memory,
    Fds,
    Http,
    Login,
    Suspicious,
    NodeCpu,
    NodeMemoryAvailable,
    NodeMemoryTotal,
};

bool MetricStore::isNodeSeries(Series series)
{
    return series == Series::NodeCpu || series == Series::NodeMemoryAvailable || series == Series::NodeMemoryTotal;
}

struct MetricStore::Slot
{
    Series series = Series::None;
    SampleKind kind = SampleKind::Plain;
    double le = 0;  // buckets
    int peer = -1;  // external calls: peer id, -1 without a peer label
    bool flag = false; // failed transaction, rejected request (429/5xx) or idle CPU mode
};

struct MetricStore::Aggregate
{
    Total txAll;
    Total txFailed;
    HistogramRates request;
    HistogramRates db;
    HistogramRates external;
    std::vector<HistogramRates> externalByPeer; // by peer id
    Total cpuSeconds;
    Total memory;
    Total fds;
    Total httpAll;
    Total httpRejected;
    Total logins;
    Total suspicious;
    Total nodeIdle;
    Total nodeAll;
    Total memoryAvailable;
    Total memoryTotal;

    HistogramRates &peer(int id)
    {
        if (size_t(id) >= externalByPeer.size())
            externalByPeer.resize(size_t(id) + 1);
        return externalByPeer[size_t(id)];
    }
};

struct MetricStore::Target
{
    struct CachedSample
    {
        SampleKind kind = SampleKind::Plain;
        QList<Label> labels; // shares the parser's interned strings
        int slot = kUnresolved;
    };
    struct CachedFamily
    {
        QString name;
        Series series = Series::None;
        std::vector<CachedSample> samples; // by position in the family
    };

    int id = 0;
    int serviceId = 0;
    QString instance;
    bool host = false; // a node_exporter: host_* metrics only

    qint64 lastScrapeMs = 0;
    bool lastUp = false;
    qint64 lastSuccessMs = 0;
    QString lastError;
    double lastDurationSeconds = 0;
    qint64 intervalMs = 0; // between the last two scrapes
    bool warnedSeriesLimit = false;

    UptimeHistory uptime;
    SampleFrameRing frames;
    std::vector<Slot> slots;
    QHash<QString, int> slotByKey; // cache misses only
    std::vector<CachedFamily> familyCache; // by position in ScrapeResult::families
};

MetricStore::MetricStore()
    : MetricStore(Config())
{
}

MetricStore::MetricStore(const Config &config)
    : m_config(config)
{
    rebuildNameIndex();
}

MetricStore::~MetricStore() = default;

void MetricStore::setConfig(const Config &config)
{
    const bool namesChanged = !(config.names == m_config.names);
    m_config = config;
    if (namesChanged) {
        rebuildNameIndex();
        for (auto &entry : m_targets) {
            Target &target = *entry.second;
            target.frames.clear();
            target.slots.clear();
            target.slotByKey.clear();
            target.familyCache.clear();
        }
    }
}

void MetricStore::rebuildNameIndex()
{
    const SeriesNames &n = m_config.names;
    m_seriesByName.clear();
    m_seriesByName.insert(n.transactions, Series::Transactions);
    m_seriesByName.insert(n.requestDuration, Series::Request);
    m_seriesByName.insert(n.dbQueryDuration, Series::Db);
    m_seriesByName.insert(n.externalCallDuration, Series::External);
    m_seriesByName.insert(n.processCpu, Series::Cpu);
    m_seriesByName.insert(n.processMemory, Series::Memory);
    m_seriesByName.insert(n.processOpenFds, Series::Fds);
    m_seriesByName.insert(n.httpRequests, Series::Http);
    m_seriesByName.insert(n.loginFailures, Series::Login);
    m_seriesByName.insert(n.suspiciousTransactions, Series::Suspicious);
    m_seriesByName.insert(n.nodeCpu, Series::NodeCpu);
    m_seriesByName.insert(n.nodeMemoryAvailable, Series::NodeMemoryAvailable);
    m_seriesByName.insert(n.nodeMemoryTotal, Series::NodeMemoryTotal);
}

int MetricStore::serviceIdOf(const QString &service)
{
    const auto it = m_serviceIds.constFind(service);
    if (it != m_serviceIds.constEnd())
        return *it;
    const int id = int(m_services.size());
    m_services.push_back({service, {}, {}, false});
    m_serviceIds.insert(service, id);
    return id;
}

int MetricStore::peerIdOf(const QString &peer)
{
    const auto it = m_peerIds.constFind(peer);
    if (it != m_peerIds.constEnd())
        return *it;
    const int id = int(m_peers.size());
    m_peers.append(peer);
    m_peerIds.insert(peer, id);
    return id;
}

std::optional<int> MetricStore::admitPeer(int serviceId, const QString &peer)
{
    ServiceEntry &service = m_services[size_t(serviceId)];
    if (!service.peers.contains(peer)) {
        if (service.peers.size() >= m_config.maxPeersPerService) {
            if (!service.warnedPeers) {
                service.warnedPeers = true;
                const QString notice =
                    tr("%1 reports calls to more than %2 distinct peers (label \"%3\"); calls to the others are "
                       "not shown nor recorded, so that label values that change without end cannot fill the "
                       "memory and the history.")
                        .arg(service.name)
                        .arg(m_config.maxPeersPerService)
                        .arg(m_config.names.peerLabel);
                qCWarning(lcMetricStore).noquote() << notice;
                m_notices.append(notice);
            }
            return std::nullopt;
        }
        service.peers.insert(peer);
    }
    return peerIdOf(peer);
}

QStringList MetricStore::takeNotices()
{
    return std::exchange(m_notices, {});
}

MetricStore::Target &MetricStore::targetFor(const ScrapeResult &result)
{
    std::unique_ptr<Target> &slot = m_targets[result.targetId];
    const int serviceId = serviceIdOf(result.service);
    if (!slot || slot->serviceId != serviceId) {
        slot = std::make_unique<Target>();
        slot->id = result.targetId;
        slot->serviceId = serviceId;
    }
    if (!sameText(slot->instance, result.instance))
        slot->instance = result.instance;
    return *slot;
}

void MetricStore::removeTarget(int targetId)
{
    m_targets.erase(targetId);
}

void MetricStore::clear()
{
    m_targets.clear();
    m_services.clear();
    m_serviceIds.clear();
    m_peers.clear();
    m_peerIds.clear();
}

qint64 MetricStore::windowOf(const Target &target) const
{
    return std::max(m_config.rateWindowMs, qint64(double(target.intervalMs) * kMinIntervalsPerWindow));
}

qint64 MetricStore::staleAfter() const
{
    return m_config.staleAfterMs > 0 ? m_config.staleAfterMs : 2 * m_config.rateWindowMs;
}

bool MetricStore::isUp(const Target &target, qint64 nowMs) const
{
    const qint64 limit = m_config.staleAfterMs > 0 ? m_config.staleAfterMs : 2 * windowOf(target);
    return target.lastUp && nowMs - target.lastScrapeMs <= limit;
}

void MetricStore::ingest(const ScrapeResult &result)
{
    Target &target = targetFor(result);
    const qint64 at = result.timestampMs;
    if (target.lastScrapeMs != 0) {
        if (at <= target.lastScrapeMs)
            return; // out of order or repeated: Prometheus drops it too
        target.intervalMs = at - target.lastScrapeMs;
    }
    target.lastScrapeMs = at;
    target.lastUp = result.up;
    target.lastDurationSeconds = result.durationSeconds;
    target.uptime.record(at, result.up);
    target.uptime.trimBefore(at - m_config.availabilityWindowMs);
    if (!result.up) {
        target.lastError = result.error;
        return;
    }
    target.lastError.clear();
    target.lastSuccessMs = at;
    ingestSamples(target, result);
    target.frames.trim(at - windowOf(target), std::max<qsizetype>(2, m_config.maxFramesPerTarget));
}

void MetricStore::ingestSamples(Target &target, const ScrapeResult &result)
{
    const QList<MetricFamily> &families = result.families;
    if (target.familyCache.size() != size_t(families.size()))
        target.familyCache.resize(size_t(families.size()));

    // Which families are ours; a node_exporter target is recognised by its node_* series.
    bool host = false;
    for (qsizetype i = 0; i < families.size(); ++i) {
        Target::CachedFamily &cached = target.familyCache[size_t(i)];
        const MetricFamily &family = families.at(i);
        if (!sameText(cached.name, family.name)) {
            cached.name = family.name;
            cached.series = m_seriesByName.value(family.name, Series::None);
            cached.samples.clear();
        }
        host = host || isNodeSeries(cached.series);
    }
    target.host = host;

    std::vector<double> &values = target.frames.append(result.timestampMs, qsizetype(target.slots.size()));
    for (qsizetype i = 0; i < families.size(); ++i) {
        Target::CachedFamily &cached = target.familyCache[size_t(i)];
        if (cached.series == Series::None || isNodeSeries(cached.series) != host)
            continue;
        const QList<Sample> &samples = families.at(i).samples;
        if (cached.samples.size() != size_t(samples.size()))
            cached.samples.resize(size_t(samples.size()));
        for (qsizetype j = 0; j < samples.size(); ++j) {
            const Sample &sample = samples.at(j);
            Target::CachedSample &entry = cached.samples[size_t(j)];
            if (entry.slot == kUnresolved || entry.kind != sample.kind || !sameLabels(entry.labels, sample.labels)) {
                // Cache miss (first scrape, or the exposition changed): find the series by its labels.
                entry.kind = sample.kind;
                entry.labels = sample.labels;
                entry.slot = createSlot(target, cached.series, sample);
                if (entry.slot >= 0 && size_t(entry.slot) >= values.size())
                    values.resize(target.slots.size(), SampleFrameRing::absent());
            }
            if (entry.slot >= 0)
                values[size_t(entry.slot)] = sample.value;
        }
    }
}

int MetricStore::createSlot(Target &target, Series series, const Sample &sample)
{
    QList<Label> labels = sample.labels;
    std::sort(labels.begin(), labels.end(), [](const Label &a, const Label &b) { return a.name < b.name; });
    // Label names are [a-zA-Z0-9_]; a value may hold anything, so it is length-prefixed: no value
    // (`1|b=2`) can make two label sets one key.
    QString key = QString::number(int(series)) + u'|' + QString::number(int(sample.kind));
    for (const Label &label : std::as_const(labels))
        key += u'|' + label.name + u'=' + QString::number(label.value.size()) + u':' + label.value;
    const auto found = target.slotByKey.constFind(key);
    if (found != target.slotByKey.constEnd())
        return *found;

    const SeriesNames &n = m_config.names;
    Slot slot;
    slot.series = series;
    slot.kind = sample.kind;
    bool used = false;
    switch (series) {
    case Series::Request:
    case Series::Db:
    case Series::External:
        if (sample.kind == SampleKind::Bucket) {
            slot.le = parseBound(sample.labelValue(u"le"));
            used = !std::isnan(slot.le);
        } else {
            used = sample.kind == SampleKind::Sum || sample.kind == SampleKind::Count;
        }
        if (used && series == Series::External && sample.hasLabel(n.peerLabel)) {
            const std::optional<int> peer = admitPeer(target.serviceId, sample.labelValue(n.peerLabel));
            used = peer.has_value(); // past the cap: dropped, and remembered as ignored below
            slot.peer = peer.value_or(-1);
        }
        break;
    case Series::Transactions:
        used = sample.kind == SampleKind::Plain;
        slot.flag = sample.labelValue(n.transactionStatusLabel) == n.failedStatus;
        break;
    case Series::Http: {
        used = sample.kind == SampleKind::Plain;
        const QString code = sample.labelValue(n.httpCodeLabel);
        slot.flag = code == u"429" || (code.size() == 3 && code.startsWith(u'5'));
        break;
    }
    case Series::NodeCpu:
        used = sample.kind == SampleKind::Plain;
        slot.flag = sample.labelValue(n.nodeCpuModeLabel) == n.nodeIdleMode;
        break;
    case Series::Cpu:
    case Series::Memory:
    case Series::Fds:
    case Series::Login:
    case Series::Suspicious:
    case Series::NodeMemoryAvailable:
    case Series::NodeMemoryTotal:
        used = sample.kind == SampleKind::Plain;
        break;
    case Series::None:
        break;
    }
    if (used && qsizetype(target.slots.size()) >= kMaxSeriesPerTarget) {
        if (!target.warnedSeriesLimit) {
            const QString notice = tr("%1 (%2) serves more than %3 series the console uses; the others are ignored.")
                                       .arg(target.instance, m_services[size_t(target.serviceId)].name)
                                       .arg(kMaxSeriesPerTarget);
            qCWarning(lcMetricStore).noquote() << notice;
            m_notices.append(notice);
            target.warnedSeriesLimit = true;
        }
        used = false;
    }
    const int index = used ? int(target.slots.size()) : kIgnored;
    if (used)
        target.slots.push_back(slot);
    // Ignored series are remembered too, within a bound (their labels may churn).
    if (used || target.slotByKey.size() < 2 * kMaxSeriesPerTarget)
        target.slotByKey.insert(key, index);
    return index;
}

void MetricStore::ingestHealth(const HealthStatus &status)
{
    const int id = serviceIdOf(status.service);
    HealthEntry &entry = m_services[size_t(id)].healthByAddress[status.address];
    entry.status = status.status;
    entry.error = status.error;
    entry.checkedMs = status.checkedAt.isValid() ? status.checkedAt.toMSecsSinceEpoch() : 0;
}

qsizetype MetricStore::storedFrames(int targetId) const
{
    const auto it = m_targets.find(targetId);
    return it == m_targets.end() ? 0 : it->second->frames.size();
}

qsizetype MetricStore::storedSeries(int targetId) const
{
    const auto it = m_targets.find(targetId);
    return it == m_targets.end() ? 0 : qsizetype(it->second->slots.size());
}

qsizetype MetricStore::storedUptimeRuns(int targetId) const
{
    const auto it = m_targets.find(targetId);
    return it == m_targets.end() ? 0 : it->second->uptime.runCount();
}

void MetricStore::accumulate(const Target &target, qint64 atMs, Aggregate &into, Aggregate *alsoInto,
                             std::vector<QList<SeriesPoint>> &scratch) const
{
    const qint64 windowFromMs = atMs - windowOf(target);
    const auto [first, last] = target.frames.range(windowFromMs, atMs);
    if (first == last)
        return;
    // Until a whole window has been scraped (the console just started), rate over what there is:
    // PromQL would divide a few seconds' increase by the whole window and show a fraction of the traffic.
    const qint64 oldestMs = target.frames.timestampAt(first);
    const bool warmingUp = first == 0 && oldestMs - windowFromMs > 2 * target.intervalMs;
    const qint64 fromMs = warmingUp ? oldestMs : windowFromMs;
    const auto add = [&into, alsoInto](auto &&apply) {
        apply(into);
        if (alsoInto)
            apply(*alsoInto);
    };
    // Gather every slot's points frame by frame (each frame's values are contiguous), then rate them.
    const size_t slotCount = target.slots.size();
    if (scratch.size() < slotCount)
        scratch.resize(slotCount);
    for (size_t i = 0; i < slotCount; ++i)
        scratch[i].clear();
    for (qsizetype f = first; f < last; ++f) {
        const qint64 timestampMs = target.frames.timestampAt(f);
        for (size_t i = 0; i < slotCount; ++i) {
            const double v = target.frames.valueAt(f, qsizetype(i));
            if (!std::isnan(v))
                scratch[i].append({timestampMs, v});
        }
    }
    for (size_t i = 0; i < slotCount; ++i) {
        const Slot &slot = target.slots[i];
        const QList<SeriesPoint> &points = scratch[i];
        if (points.isEmpty() || isNodeSeries(slot.series) != target.host)
            continue;
        const bool gauge = slot.series == Series::Memory || slot.series == Series::Fds
                           || slot.series == Series::NodeMemoryAvailable || slot.series == Series::NodeMemoryTotal;
        double value = 0;
        if (gauge) {
            value = points.constLast().value; // the newest sample in the window, like an instant vector
        } else {
            const std::optional<double> rate = promql::rate(points, fromMs, atMs);
            if (!rate)
                continue;
            value = *rate;
        }
        switch (slot.series) {
        case Series::Transactions:
            add([&](Aggregate &a) {
                a.txAll.add(value);
                if (slot.flag)
                    a.txFailed.add(value);
            });
            break;
        case Series::Request:
        case Series::Db:
        case Series::External: {
            const auto addTo = [&slot, value](HistogramRates &h) {
                switch (slot.kind) {
                case SampleKind::Bucket: h.addBucket(slot.le, value); break;
                case SampleKind::Sum: h.sum.add(value); break;
                case SampleKind::Count: h.count.add(value); break;
                case SampleKind::Plain:
                case SampleKind::Quantile: break;
                }
            };
            add([&](Aggregate &a) {
                if (slot.series == Series::Request) {
                    addTo(a.request);
                } else if (slot.series == Series::Db) {
                    addTo(a.db);
                } else {
                    addTo(a.external);
                    if (slot.peer >= 0)
                        addTo(a.peer(slot.peer));
                }
            });
            break;
        }
        case Series::Cpu: add([&](Aggregate &a) { a.cpuSeconds.add(value); }); break;
        case Series::Memory: add([&](Aggregate &a) { a.memory.add(value); }); break;
        case Series::Fds: add([&](Aggregate &a) { a.fds.add(value); }); break;
        case Series::Http:
            add([&](Aggregate &a) {
                a.httpAll.add(value);
                if (slot.flag)
                    a.httpRejected.add(value);
            });
            break;
        case Series::Login: add([&](Aggregate &a) { a.logins.add(value); }); break;
        case Series::Suspicious: add([&](Aggregate &a) { a.suspicious.add(value); }); break;
        case Series::NodeCpu:
            add([&](Aggregate &a) {
                a.nodeAll.add(value);
                if (slot.flag)
                    a.nodeIdle.add(value);
            });
            break;
        case Series::NodeMemoryAvailable: add([&](Aggregate &a) { a.memoryAvailable.add(value); }); break;
        case Series::NodeMemoryTotal: add([&](Aggregate &a) { a.memoryTotal.add(value); }); break;
        case Series::None: break;
        }
    }
}

void MetricStore::appendValues(const Aggregate &a, const QString &service, qint64 atMs,
                               QList<MetricValue> &out) const
{
    using Id = DerivedMetricId;
    const auto put = [&](Id id, std::optional<double> value, const QString &peer = QString()) {
        if (value && std::isfinite(*value))
            out.append({DerivedMetricCatalog::name(id), service, peer, *value, atMs});
    };
    const auto ratio = [](const Total &part, const Total &whole) -> std::optional<double> {
        if (!whole.present || whole.value <= 0)
            return std::nullopt; // no traffic: no ratio (not NaN, not 0)
        return (part.present ? part.value : 0.0) / whole.value;
    };
    const auto total = [](const Total &t) { return t.present ? std::optional<double>(t.value) : std::nullopt; };

    put(Id::Tps, total(a.txAll));
    put(Id::FailureRatio, ratio(a.txFailed, a.txAll));
    put(Id::LatencyAvg, a.request.average());
    put(Id::LatencyP50, a.request.quantile(0.5));
    put(Id::LatencyP95, a.request.quantile(0.95));
    put(Id::LatencyP99, a.request.quantile(0.99));
    put(Id::DbLatencyAvg, a.db.average());
    put(Id::DbLatencyP95, a.db.quantile(0.95));
    put(Id::ExternalLatencyAvg, a.external.average());
    put(Id::ExternalLatencyP95, a.external.quantile(0.95));
    for (size_t peer = 0; peer < a.externalByPeer.size(); ++peer) {
        const HistogramRates &h = a.externalByPeer[peer];
        put(Id::ExternalLatencyAvg, h.average(), m_peers.at(qsizetype(peer)));
        put(Id::ExternalLatencyP95, h.quantile(0.95), m_peers.at(qsizetype(peer)));
    }
    if (a.cpuSeconds.present)
        put(Id::CpuPercent, a.cpuSeconds.value * 100);
    put(Id::MemoryBytes, total(a.memory));
    put(Id::OpenFds, total(a.fds));
    if (const std::optional<double> idle = ratio(a.nodeIdle, a.nodeAll))
        put(Id::HostCpuPercent, 100 * (1 - *idle));
    if (a.memoryAvailable.present) {
        if (const std::optional<double> available = ratio(a.memoryAvailable, a.memoryTotal))
            put(Id::HostMemoryPercent, 100 * (1 - *available));
    }
    put(Id::RequestRate, total(a.httpAll));
    put(Id::RejectionRatio, ratio(a.httpRejected, a.httpAll));
    put(Id::LoginFailureRate, total(a.logins));
    put(Id::SuspiciousRate, total(a.suspicious));
}

MetricsSnapshot MetricStore::snapshot(qint64 nowMs) const
{
    using Id = DerivedMetricId;
    struct Scrapes
    {
        int instances = 0;
        int up = 0;
        UptimeHistory::Counts availability;
        std::optional<double> slowestScrape;

        void add(const Target &target, bool isUp, qint64 fromMs, qint64 toMs)
        {
            ++instances;
            if (isUp)
                ++up;
            const UptimeHistory::Counts counts = target.uptime.counts(fromMs, toMs);
            availability.up += counts.up;
            availability.total += counts.total;
            if (target.lastScrapeMs > 0)
                slowestScrape = std::max(slowestScrape.value_or(0.0), target.lastDurationSeconds);
        }
    };
    struct ServiceWork
    {
        Scrapes scrapes;
        Aggregate current;
        qint64 lastSuccessMs = 0;
        QString downReason;
        qint64 downReasonMs = -1;
        std::vector<const Target *> targets;
    };

    MetricsSnapshot snapshot;
    snapshot.timestampMs = nowMs;
    std::vector<ServiceWork> work(m_services.size());
    Scrapes allScrapes;
    Aggregate all;
    std::vector<QList<SeriesPoint>> scratch; // per slot, reused across targets
    const qint64 availabilityFrom = nowMs - m_config.availabilityWindowMs;

    // The services on each host, for the node_exporters there.
    QHash<QStringView, std::vector<int>> servicesOnHost;
    for (const auto &entry : m_targets) {
        const Target &target = *entry.second;
        if (!target.host) {
            std::vector<int> &services = servicesOnHost[hostOf(target.instance)];
            if (std::find(services.cbegin(), services.cend(), target.serviceId) == services.cend())
                services.push_back(target.serviceId);
        }
    }

    for (const auto &entry : m_targets) {
        const Target &target = *entry.second;
        ServiceWork &w = work[size_t(target.serviceId)];
        const bool up = isUp(target, nowMs);
        w.targets.push_back(&target);
        w.lastSuccessMs = std::max(w.lastSuccessMs, target.lastSuccessMs);
        w.scrapes.add(target, up, availabilityFrom, nowMs);
        allScrapes.add(target, up, availabilityFrom, nowMs);
        if (up) {
            accumulate(target, nowMs, w.current, &all, scratch);
            if (target.host) { // once in the total, once per service on the host
                for (const int service : servicesOnHost.value(hostOf(target.instance))) {
                    if (service != target.serviceId)
                        accumulate(target, nowMs, work[size_t(service)].current, nullptr, scratch);
                }
            }
        } else if (target.lastScrapeMs > w.downReasonMs) {
            w.downReasonMs = target.lastScrapeMs;
            if (target.lastUp) {
                w.downReason = tr("no scrape for %1 s").arg((nowMs - target.lastScrapeMs) / 1000);
            } else {
                w.downReason = target.lastError.isEmpty() ? tr("the scrape failed") : target.lastError;
            }
            if (!target.instance.isEmpty())
                w.downReason = target.instance + u": "_s + w.downReason;
        }
    }

    const auto appendScrapeValues = [&snapshot, nowMs](const Scrapes &s, const QString &service) {
        if (s.instances == 0)
            return;
        const auto put = [&](Id id, double value) {
            snapshot.values.append({DerivedMetricCatalog::name(id), service, QString(), value, nowMs});
        };
        put(Id::Up, double(s.up) / double(s.instances));
        if (s.availability.total > 0)
            put(Id::Availability, double(s.availability.up) / double(s.availability.total));
        if (s.slowestScrape)
            put(Id::ScrapeDuration, *s.slowestScrape);
    };

    for (size_t id = 0; id < m_services.size(); ++id) {
        const ServiceWork &w = work[id];
        if (w.scrapes.instances == 0)
            continue;
        const ServiceEntry &service = m_services[id];
        ServiceState state;
        state.service = service.name;
        state.instances = w.scrapes.instances;
        state.instancesUp = w.scrapes.up;
        state.lastSuccessMs = w.lastSuccessMs;
        if (w.scrapes.up == 0) {
            state.state = ServiceState::State::Down;
            state.reason = w.downReason;
        } else if (w.scrapes.up < w.scrapes.instances) {
            state.state = ServiceState::State::Degraded;
            state.reason = tr("%1 of %2 instances down; %3")
                               .arg(w.scrapes.instances - w.scrapes.up)
                               .arg(w.scrapes.instances)
                               .arg(w.downReason);
        } else {
            state.state = ServiceState::State::Up;
            for (auto it = service.healthByAddress.cbegin(); it != service.healthByAddress.cend(); ++it) {
                const HealthEntry &health = it.value();
                if (health.checkedMs > 0 && nowMs - health.checkedMs > staleAfter())
                    continue; // an old answer says nothing about now
                if (!health.error.isEmpty()) {
                    state.state = ServiceState::State::Degraded;
                    state.reason = tr("health check of %1 failed: %2").arg(it.key(), health.error);
                    break;
                }
                if (health.status == u"degraded" || health.status == u"down") {
                    state.state = ServiceState::State::Degraded;
                    state.reason = tr("%1 reports itself %2").arg(it.key(), health.status);
                    break;
                }
            }
        }
        snapshot.services.append(state);

        appendScrapeValues(w.scrapes, service.name);
        if (w.scrapes.up > 0) {
            appendValues(w.current, service.name, nowMs, snapshot.values);
        } else {
            // Down: what it showed at its last successful scrape, kept apart with its time.
            Aggregate stale;
            qint64 asOfMs = 0;
            for (const Target *target : w.targets) {
                if (target->lastSuccessMs <= 0)
                    continue;
                accumulate(*target, target->lastSuccessMs, stale, nullptr, scratch);
                asOfMs = std::max(asOfMs, target->lastSuccessMs);
            }
            if (asOfMs > 0)
                appendValues(stale, service.name, asOfMs, snapshot.staleValues);
        }
    }
    appendScrapeValues(allScrapes, QString());
    if (allScrapes.up > 0)
        appendValues(all, QString(), nowMs, snapshot.values);
    return snapshot;
}

} // namespace payops
