#pragma once

#include "models/metrics/derivedmetric.h"
#include "models/metrics/downspan.h"
#include "models/metrics/downspantracker.h"
#include "models/metrics/historysource.h"
#include "models/metrics/metricssnapshot.h"
#include "models/metrics/seriesbuffer.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <limits>

namespace payops {

// The data behind the dashboard, without a widget: the last memoryWindowMs() of snapshots, the
// history of a longer range merged in front of them, and each service's down-time spans kept up
// to date point by point. Views read points from here instead of keeping their own copies.
//
// It tracks, per service, the metrics of perServiceMetrics() and, for all services together,
// those of totalMetrics(). Past values come from one HistorySource (SQLite or Prometheus):
// requestRange() / backfill() ask it, historyLoaded() takes its answer; answers to a range no
// longer asked for are ignored.
class DashboardSeries final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardSeries)

public:
    static constexpr qint64 defaultMemoryWindowMs = 3600 * 1000;
    static const QList<DerivedMetricId> &perServiceMetrics();
    static const QList<DerivedMetricId> &totalMetrics();

    explicit DashboardSeries(QObject *parent = nullptr);
    ~DashboardSeries() override;

    // Loads go to `source` (queued when it lives on another thread); nullptr: none.
    void setHistorySource(HistorySource *source);

    void setServices(const QStringList &services);
    const QStringList &services() const { return m_services; }
    // Every series tracked, for all services (a history load asks for all: filtering needs none).
    QList<SeriesKey> trackedSeries() const;

    void setMemoryWindowMs(qint64 windowMs);
    qint64 memoryWindowMs() const { return m_memory.retentionMs(); }

    // A poll cycle: its tracked values go into memory (a series without a value this cycle gets a
    // NaN gap), services not seen before are added. Returns true when services were added.
    bool append(const MetricsSnapshot &snapshot);
    // The newest snapshot's time (0 before the first).
    qint64 lastSnapshotMs() const { return m_lastSnapshotMs; }
    // The value of `key` in the last snapshot appended; NaN when it had none.
    double latest(const SeriesKey &key) const;

    // Shows [fromMs, toMs] from the history (and memory after it); a live range keeps growing
    // with appended snapshots, a fixed one does not. Returns the request id.
    quint64 requestRange(qint64 fromMs, qint64 toMs, bool live);
    // Shows memory only (a range that fits into it); forgets any history.
    void showMemory();
    bool usesHistory() const { return m_rangeId != 0; }
    bool isLoading() const { return m_pendingRange != 0; }
    quint64 pendingRequest() const { return m_pendingRange; }
    // Fills memory from the history up to nowMs (after a restart the charts are not empty).
    // Returns the request id.
    quint64 backfill(qint64 nowMs);

    // Points of `key` as shown: the history range (if any) then memory, NaN where a gap breaks
    // the line (SeriesGaps), within [fromMs, toMs].
    QList<SeriesPoint> points(const SeriesKey &key, qint64 fromMs = std::numeric_limits<qint64>::min(),
                              qint64 toMs = std::numeric_limits<qint64>::max()) const;
    // Memory only, no gaps inserted (for small views such as sparklines).
    QList<SeriesPoint> memoryPoints(const SeriesKey &key, qint64 fromMs) const;
    // Down-time spans of these services as shown, ending at endMs if still open: O(spans).
    QList<DownSpan> downSpans(const QStringList &services, qint64 endMs) const;

    // Slot: connected to HistorySource::loaded by setHistorySource().
    void historyLoaded(quint64 requestId, const QList<payops::SeriesKey> &series,
                       const QList<payops::HistoryRead> &reads);

Q_SIGNALS:
    void historyRequested(quint64 requestId, const payops::HistoryQuery &query);
    // The range asked for is in (errors: the distinct messages of the series that failed).
    void rangeLoaded(const QStringList &errors);
    // Memory was filled from the history.
    void backfilled();

private:
    void applyBackfill(const QList<SeriesKey> &series, const QList<HistoryRead> &reads);
    void applyRange(const QList<SeriesKey> &series, const QList<HistoryRead> &reads);
    void rebuildMemorySpans();
    void rebuildRangeSpans();
    qint64 rangeEnd() const { return m_rangeLive ? std::numeric_limits<qint64>::max() : m_rangeToMs; }

    QStringList m_services;
    SeriesBuffer m_memory{defaultMemoryWindowMs};
    SeriesBuffer m_range; // the history of the range shown, as answered
    QHash<SeriesKey, double> m_latest;
    QHash<QString, DownSpanTracker> m_memorySpans; // by service
    QHash<QString, DownSpanTracker> m_rangeSpans;  // history + memory after it; while usesHistory()
    qint64 m_lastSnapshotMs = 0;

    quint64 m_nextRequest = 0;
    quint64 m_rangeId = 0;      // the history range shown (0: memory only)
    quint64 m_pendingRange = 0; // asked, not answered yet
    quint64 m_pendingBackfill = 0;
    qint64 m_rangeFromMs = 0;
    qint64 m_rangeToMs = 0;
    bool m_rangeLive = true;

    QPointer<HistorySource> m_source;
    QMetaObject::Connection m_requestConnection;
    QMetaObject::Connection m_loadedConnection;
};

} // namespace payops
