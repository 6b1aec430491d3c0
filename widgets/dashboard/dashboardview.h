#pragma once

#include "widgets/dashboard/chartexporter.h"
#include "widgets/dashboard/dashboardthresholds.h"
#include "widgets/dashboard/dashboardtimerange.h"
#include "widgets/dashboard/downspan.h"
#include "widgets/dashboard/seriesbuffer.h"
#include "models/metrics/metricssnapshot.h"
#include "models/metrics/historystore.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QGridLayout;
class QHBoxLayout;
class QToolButton;

namespace payops {

class MetricChart;
class ReplotScheduler;
class ServiceTile;
class TimeRangeSelector;
struct ChartSeries;

// The operator's overview: a tile per service on top, then charts of transaction volume,
// response time (average, p95, p99), failure ratio, CPU and memory over a chosen time range.
//
// Feed it every poll cycle's snapshot (applySnapshot). It keeps the last memoryWindowMs() of
// snapshots in memory; a longer range is asked for with historyRequested() and shown when
// historyLoaded() answers with the same request id (older answers are ignored). Clicking a tile
// filters the charts to that service (again, or Esc, shows all). Redraws are batched: at most
// one replot per chart per tick of its ReplotScheduler (250 ms).
class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    enum class Chart { Volume, ResponseTime, FailureRatio, Cpu, Memory };
    using Clock = std::function<qint64()>;

    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    // The services shown, in order (default: the knowledge base's four). Services that appear in
    // a snapshot but not here are added at the end.
    void setServices(const QStringList &services);
    QStringList services() const { return m_services; }
    // Where "now" comes from before the first snapshot (default: the system clock).
    void setClock(Clock clock);
    void setMemoryWindowMs(qint64 windowMs);
    qint64 memoryWindowMs() const { return m_buffer.retentionMs(); }

    void setThresholds(const DashboardThresholds &thresholds);
    const DashboardThresholds &thresholds() const { return m_thresholds; }

    DashboardTimeRange timeRange() const { return m_range; }
    void setTimeRange(const DashboardTimeRange &range);

    // Empty: all services.
    QString serviceFilter() const { return m_filter; }
    void setServiceFilter(const QString &service);
    void clearServiceFilter() { setServiceFilter(QString()); }

    void setVolumeStacked(bool stacked);
    bool isVolumeStacked() const { return m_volumeStacked; }

    MetricChart *chart(Chart which) const;
    QList<MetricChart *> charts() const;
    // The chart the export commands act on: the last one focused or clicked (volume at first).
    MetricChart *currentChart() const { return m_current; }
    void setCurrentChart(MetricChart *chart);
    ServiceTile *tile(const QString &service) const;
    TimeRangeSelector *timeRangeSelector() const { return m_selector; }
    ReplotScheduler &replotScheduler() { return *m_scheduler; }

    bool isLoadingHistory() const { return m_pendingRequest != 0; }
    quint64 pendingHistoryRequest() const { return m_pendingRequest; }
    // Every series a history request asks for (all services, so filtering needs no new request).
    QStringList historySeries() const;

    // Writes the current chart; returns an error in words on failure.
    [[nodiscard]] std::optional<QString> exportChart(const QString &path, ChartExporter::Format format);
    // The format from the file name's suffix (.png, .pdf, .csv).
    [[nodiscard]] std::optional<QString> exportChart(const QString &path);
    // Asks for a file name and writes the current chart; reports a failure in a message box.
    void exportCurrentChartInteractively();

    // Updates the ranges and queues a replot of every dirty chart now (instead of the next tick).
    void flushCharts();

    // Slots (connect a queued MetricsSnapshot signal and HistoryRecorder::loaded here).
    void applySnapshot(const payops::MetricsSnapshot &snapshot);
    // Fills the in-memory window from the history (after a restart the charts are not empty).
    void backfillFromHistory();
    void historyLoaded(quint64 requestId, const QStringList &series, const QList<payops::HistoryRead> &reads);

Q_SIGNALS:
    // Connect to HistoryRecorder::load (queued, on its thread).
    void historyRequested(quint64 requestId, const QStringList &series, qint64 fromMs, qint64 toMs);
    void timeRangeChanged(const payops::DashboardTimeRange &range);
    void serviceFilterChanged(const QString &service);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct ChartSlot
    {
        Chart id;
        MetricChart *chart = nullptr;
    };

    void buildTiles();
    MetricChart *makeChart(Chart id);
    void onTileActivated(const QString &service);
    void onRangeChosen(const DashboardTimeRange &range);
    void onChartRangeChanged(MetricChart *source, double fromMs, double toMs);
    void onChartFollowChanged(MetricChart *source, bool following);
    void rebuildCharts();
    void configureChart(Chart id, MetricChart *chart);
    QList<ChartSeries> seriesFor(Chart id) const;
    QString metricFor(Chart id) const;
    QStringList visibleServices() const;
    QList<SeriesPoint> pointsFor(const QString &key) const;
    QList<DownSpan> downSpans(qint64 endMs) const;
    bool usesHistory() const;
    qint64 nowMs() const;
    void updateFilterButton();
    void applyBackfill(const QStringList &series, const QList<payops::HistoryRead> &reads);

    QStringList m_services;
    Clock m_clock;
    DashboardThresholds m_thresholds = DashboardThresholds::defaults();
    DashboardTimeRange m_range;
    QString m_filter;
    bool m_volumeStacked = false;

    SeriesBuffer m_buffer;  // the last memoryWindowMs() of snapshots
    SeriesBuffer m_history; // what the last history request returned
    qint64 m_lastSnapshotMs = 0;
    quint64 m_nextRequestId = 0;
    quint64 m_pendingRequest = 0;
    quint64 m_backfillRequest = 0;
    bool m_syncingCharts = false;

    QHBoxLayout *m_tileRow = nullptr;
    QList<ServiceTile *> m_tiles;
    TimeRangeSelector *m_selector = nullptr;
    QToolButton *m_filterButton = nullptr;
    QToolButton *m_stackButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QList<ChartSlot> m_charts;
    MetricChart *m_current = nullptr;
    ReplotScheduler *m_scheduler = nullptr;
};

} // namespace payops
