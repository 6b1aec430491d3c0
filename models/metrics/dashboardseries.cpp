#include "models/metrics/dashboardseries.h"

#include "models/metrics/derivedmetriccatalog.h"
#include "models/metrics/seriesgaps.h"

#include <algorithm>

namespace payops {

namespace {

const QString &upName()
{
    return DerivedMetricCatalog::name(DerivedMetricId::Up);
}

bool tracks(const QList<DerivedMetricId> &metrics, const QString &name)
{
    return std::any_of(metrics.cbegin(), metrics.cend(),
                       [&name](DerivedMetricId id) { return DerivedMetricCatalog::name(id) == name; });
}

} // namespace

const QList<DerivedMetricId> &DashboardSeries::perServiceMetrics()
{
    static const QList<DerivedMetricId> metrics{DerivedMetricId::Tps,        DerivedMetricId::FailureRatio,
                                                DerivedMetricId::LatencyAvg, DerivedMetricId::LatencyP95,
                                                DerivedMetricId::LatencyP99, DerivedMetricId::CpuPercent,
                                                DerivedMetricId::MemoryBytes, DerivedMetricId::Up};
    return metrics;
}

const QList<DerivedMetricId> &DashboardSeries::totalMetrics()
{
    static const QList<DerivedMetricId> metrics{DerivedMetricId::Tps, DerivedMetricId::FailureRatio,
                                                DerivedMetricId::LatencyAvg, DerivedMetricId::LatencyP95,
                                                DerivedMetricId::LatencyP99};
    return metrics;
}

DashboardSeries::DashboardSeries(QObject *parent)
    : QObject(parent)
{
}

DashboardSeries::~DashboardSeries() = default;

void DashboardSeries::setHistorySource(HistorySource *source)
{
    disconnect(m_requestConnection);
    disconnect(m_loadedConnection);
    m_source = source;
    if (!source)
        return;
    m_requestConnection = connect(this, &DashboardSeries::historyRequested, source, &HistorySource::load);
    m_loadedConnection = connect(source, &HistorySource::loaded, this, &DashboardSeries::historyLoaded);
    // A range asked for while there was no source (the console sets it once the file is known sound)
    // is asked of this one, or it would never be answered.
    if (m_pendingRange != 0)
        Q_EMIT historyRequested(m_pendingRange, {trackedSeries(), m_rangeFromMs, m_rangeToMs, {}});
}

void DashboardSeries::setServices(const QStringList &services)
{
    m_services = services;
}

QList<SeriesKey> DashboardSeries::trackedSeries() const
{
    QList<SeriesKey> series;
    series.reserve(m_services.size() * perServiceMetrics().size() + totalMetrics().size());
    for (const QString &service : m_services) {
        for (const DerivedMetricId metric : perServiceMetrics())
            series.append(SeriesKey(metric, service));
    }
    for (const DerivedMetricId metric : totalMetrics())
        series.append(SeriesKey(metric));
    return series;
}

void DashboardSeries::setMemoryWindowMs(qint64 windowMs)
{
    m_memory.setRetentionMs(std::max<qint64>(windowMs, 60 * 1000));
    if (m_lastSnapshotMs > 0) {
        m_memory.trim(m_lastSnapshotMs);
        for (DownSpanTracker &tracker : m_memorySpans)
            tracker.trimBefore(m_lastSnapshotMs - m_memory.retentionMs());
    }
}

bool DashboardSeries::append(const MetricsSnapshot &snapshot)
{
    const qint64 at = snapshot.timestampMs;
    m_lastSnapshotMs = std::max(m_lastSnapshotMs, at);

    bool servicesAdded = false;
    for (const ServiceState &state : snapshot.services) {
        if (!m_services.contains(state.service)) {
            m_services.append(state.service);
            servicesAdded = true;
        }
    }

    // The values kept, by series.
    m_latest.clear();
    for (const MetricValue &value : snapshot.values) {
        if (!value.peer.isEmpty())
            continue;
        if (tracks(value.service.isEmpty() ? totalMetrics() : perServiceMetrics(), value.metric))
            m_latest.insert(SeriesKey(value.metric, value.service), value.value);
    }
    // A service's state stands in for `up` when the snapshot has no number for it.
    for (const ServiceState &state : snapshot.services) {
        const SeriesKey key(upName(), state.service);
        if (!m_latest.contains(key) && state.state != ServiceState::State::Unknown)
            m_latest.insert(key, state.state == ServiceState::State::Down ? 0.0 : 1.0);
    }
    for (const SeriesKey &key : trackedSeries()) {
        const auto found = m_latest.constFind(key);
        if (found != m_latest.cend())
            m_memory.append(key, at, found.value());
        else if (m_memory.contains(key))
            m_memory.append(key, at, qQNaN()); // a gap: no value this cycle
    }
    m_memory.trim(at);

    // Down spans: one point per service, not a rescan of the window.
    for (const QString &service : std::as_const(m_services)) {
        const auto up = m_latest.constFind(SeriesKey(upName(), service));
        if (up == m_latest.cend())
            continue;
        const SeriesPoint point{at, up.value()};
        auto tracker = m_memorySpans.find(service);
        if (tracker == m_memorySpans.end())
            tracker = m_memorySpans.insert(service, DownSpanTracker(service));
        tracker->add(point);
        tracker->trimBefore(at - m_memory.retentionMs());
        if (usesHistory() && m_rangeLive && at <= rangeEnd()) {
            auto inRange = m_rangeSpans.find(service);
            if (inRange == m_rangeSpans.end())
                inRange = m_rangeSpans.insert(service, DownSpanTracker(service));
            inRange->add(point);
        }
    }
    return servicesAdded;
}

double DashboardSeries::latest(const SeriesKey &key) const
{
    return m_latest.value(key, qQNaN());
}

quint64 DashboardSeries::requestRange(qint64 fromMs, qint64 toMs, bool live)
{
    m_range.clear();
    m_rangeSpans.clear();
    m_rangeLive = live;
    m_rangeFromMs = fromMs;
    m_rangeToMs = toMs;
    m_rangeId = m_pendingRange = ++m_nextRequest;
    rebuildRangeSpans(); // memory only until the history is in
    Q_EMIT historyRequested(m_pendingRange, {trackedSeries(), fromMs, toMs, {}});
    return m_rangeId;
}

void DashboardSeries::showMemory()
{
    m_range.clear();
    m_rangeSpans.clear();
    m_rangeId = m_pendingRange = 0;
    m_rangeLive = true;
}

quint64 DashboardSeries::backfill(qint64 nowMs)
{
    m_pendingBackfill = ++m_nextRequest;
    Q_EMIT historyRequested(m_pendingBackfill, {trackedSeries(), nowMs - m_memory.retentionMs(), nowMs, {}});
    return m_pendingBackfill;
}

void DashboardSeries::historyLoaded(quint64 requestId, const QList<SeriesKey> &series, const QList<HistoryRead> &reads)
{
    if (requestId == 0)
        return;
    if (requestId == m_pendingBackfill) {
        m_pendingBackfill = 0;
        applyBackfill(series, reads);
        return;
    }
    if (requestId == m_pendingRange)
        applyRange(series, reads); // else: an answer to a range no longer shown
}

void DashboardSeries::applyBackfill(const QList<SeriesKey> &series, const QList<HistoryRead> &reads)
{
    for (qsizetype i = 0; i < series.size() && i < reads.size(); ++i) {
        if (reads[i].error || reads[i].points.isEmpty())
            continue;
        // The source fills in what it has; what the window holds outside that stays: points older than
        // its first (a source that began recording later, e.g. just switched to) and the live points
        // that arrived meanwhile, newer than anything it recorded.
        const qint64 oldest = reads[i].points.constFirst().timestampMs;
        const qint64 newest = reads[i].points.constLast().timestampMs;
        QList<SeriesPoint> points = m_memory.points(series[i], std::numeric_limits<qint64>::min(), oldest - 1);
        points.append(reads[i].points);
        points.append(m_memory.points(series[i], newest + 1));
        m_memory.set(series[i], std::move(points));
    }
    rebuildMemorySpans();
    if (usesHistory())
        rebuildRangeSpans();
    Q_EMIT backfilled();
}

void DashboardSeries::applyRange(const QList<SeriesKey> &series, const QList<HistoryRead> &reads)
{
    m_pendingRange = 0;
    QStringList errors;
    for (qsizetype i = 0; i < series.size() && i < reads.size(); ++i) {
        const HistoryRead &read = reads[i];
        if (read.error) {
            if (!errors.contains(*read.error))
                errors.append(*read.error);
            continue;
        }
        if (series[i].metric == upName() && !read.buckets.isEmpty()) {
            // A roll-up bucket with any scrape down counts as down: its minimum.
            QList<SeriesPoint> points;
            points.reserve(read.buckets.size());
            for (const RollupPoint &bucket : read.buckets)
                points.append({bucket.bucketMs, bucket.min});
            m_range.set(series[i], std::move(points));
        } else {
            m_range.set(series[i], read.points);
        }
    }
    rebuildRangeSpans();
    Q_EMIT rangeLoaded(errors);
}

void DashboardSeries::rebuildMemorySpans()
{
    m_memorySpans.clear();
    for (const QString &service : std::as_const(m_services)) {
        DownSpanTracker tracker(service);
        tracker.add(m_memory.points(SeriesKey(upName(), service)));
        m_memorySpans.insert(service, std::move(tracker));
    }
}

void DashboardSeries::rebuildRangeSpans()
{
    // Once per history answer: the range's `up` points, then memory after them.
    m_rangeSpans.clear();
    if (!usesHistory())
        return;
    for (const QString &service : std::as_const(m_services)) {
        const SeriesKey key(upName(), service);
        const QList<SeriesPoint> history = m_range.points(key, std::numeric_limits<qint64>::min(), rangeEnd());
        const qint64 after = history.isEmpty() ? m_rangeFromMs : history.constLast().timestampMs;
        DownSpanTracker tracker(service);
        tracker.add(history);
        tracker.add(m_memory.points(key, history.isEmpty() ? after : after + 1, rangeEnd()));
        m_rangeSpans.insert(service, std::move(tracker));
    }
}

QList<SeriesPoint> DashboardSeries::points(const SeriesKey &key, qint64 fromMs, qint64 toMs) const
{
    if (!usesHistory())
        return SeriesGaps::broken(m_memory.points(key, fromMs, toMs));
    const qint64 to = std::min(toMs, rangeEnd());
    // The history as answered (a roll-up's first bucket may start a little before the range),
    // then the newer snapshots from memory.
    QList<SeriesPoint> points = m_range.points(key, fromMs, to);
    const qint64 after = points.isEmpty() ? std::max(fromMs, m_rangeFromMs) : points.constLast().timestampMs + 1;
    points.append(m_memory.points(key, after, to));
    return SeriesGaps::broken(points);
}

QList<SeriesPoint> DashboardSeries::memoryPoints(const SeriesKey &key, qint64 fromMs) const
{
    return m_memory.points(key, fromMs);
}

QList<DownSpan> DashboardSeries::downSpans(const QStringList &services, qint64 endMs) const
{
    const QHash<QString, DownSpanTracker> &trackers = usesHistory() ? m_rangeSpans : m_memorySpans;
    QList<DownSpan> spans;
    for (const QString &service : services) {
        const auto tracker = trackers.constFind(service);
        if (tracker != trackers.cend())
            tracker->appendSpans(endMs, spans);
    }
    return spans;
}

} // namespace payops
