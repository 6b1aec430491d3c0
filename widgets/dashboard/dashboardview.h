#pragma once

#include "widgets/dashboard/chartexporter.h"
#include "models/alerts/alertspans.h"
#include "models/alerts/alertstate.h"
#include "widgets/dashboard/dashboardthresholds.h"
#include "widgets/dashboard/dashboardtimerange.h"
#include "models/metrics/derivedmetric.h"
#include "models/metrics/downspan.h"
#include "models/metrics/historysource.h"
#include "models/metrics/metricssnapshot.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QGridLayout;
class QHBoxLayout;
class QToolButton;

namespace payops {

class DashboardSeries;
class MetricChart;
class ReplotScheduler;
class ServiceTile;
class TimeRangeSelector;
struct ChartSeries;

// The operator's overview: a tile per service on top, then charts of transaction volume,
// response time (average, p95, p99), failure ratio, CPU and memory over a chosen time range.
//
// Feed it every poll cycle's snapshot (applySnapshot). Its data (DashboardSeries) keeps the last
// memoryWindowMs() of snapshots in memory; a longer range is asked of the HistorySource given to
// setHistorySource() (historyRequested() / historyLoaded(), older answers ignored). Clicking a tile
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
    qint64 memoryWindowMs() const;
    // Where past values come from (SQLite or Prometheus); the view knows only the interface.
    void setHistorySource(HistorySource *source);
    const DashboardSeries &data() const { return *m_data; }

    void setThresholds(const DashboardThresholds &thresholds);
    const DashboardThresholds &thresholds() const { return m_thresholds; }

    // Alerts on the dashboard: tiles turn warning / critical from their services' firing alerts,
    // charts mark the spans each alert of their metric fired (AlertAnnotations).
    void setActiveAlerts(const QList<payops::ActiveAlert> &alerts);
    void setAlertSpans(const QList<payops::AlertSpan> &spans);

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

    bool isLoadingHistory() const;
    // A page laid over the whole view while it is visible (the first-run page): the charts keep their
    // data underneath. The view takes it as a child.
    void setCover(QWidget *cover);
    quint64 pendingHistoryRequest() const;
    // Every series a history request asks for (all services, so filtering needs no new request).
    QList<SeriesKey> historySeries() const;

    // Writes the current chart; returns an error in words on failure.
    [[nodiscard]] std::optional<QString> exportChart(const QString &path, ChartExporter::Format format);
    // The format from the file name's suffix (.png, .pdf, .csv).
    [[nodiscard]] std::optional<QString> exportChart(const QString &path);
    // Asks for a file name and writes the current chart; reports a failure in a message box.
    // The one export flow: the toolbar button and File > Export Chart both come here.
    void exportCurrentChartInteractively();

    // Updates the ranges and queues a replot of every dirty chart now (instead of the next tick).
    void flushCharts();

    // Slots (connect a queued MetricsSnapshot signal here).
    void applySnapshot(const payops::MetricsSnapshot &snapshot);
    // Fills the in-memory window from the history (after a restart the charts are not empty).
    void backfillFromHistory();
    // HistorySource::loaded (setHistorySource() connects it; tests call it directly).
    void historyLoaded(quint64 requestId, const QList<payops::SeriesKey> &series,
                       const QList<payops::HistoryRead> &reads);

Q_SIGNALS:
    // Every load asked of the history source (setHistorySource() connects it).
    void historyRequested(quint64 requestId, const payops::HistoryQuery &query);
    void timeRangeChanged(const payops::DashboardTimeRange &range);
    void serviceFilterChanged(const QString &service);
    // A service tile asked to troubleshoot its service.
    void troubleshootRequested(const QString &service);
    // A passing message for the status bar ("Chart written to …").
    void notice(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *m_cover = nullptr;

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
    static DerivedMetricId metricFor(Chart id);
    QStringList visibleServices() const;
    QList<DownSpan> downSpans(qint64 endMs) const;
    void applyAlertSpans(qint64 nowMs);
    void applyAlertsToTiles();
    bool needsHistory() const;
    qint64 nowMs() const;
    void updateFilterButton();
    void onBackfilled();
    void onRangeLoaded(const QStringList &errors);

    QStringList m_services;
    Clock m_clock;
    DashboardThresholds m_thresholds = DashboardThresholds::defaults();
    QList<ActiveAlert> m_activeAlerts;
    QList<AlertSpan> m_alertSpans;
    DashboardTimeRange m_range;
    QString m_filter;
    bool m_volumeStacked = false;

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
    DashboardSeries *m_data = nullptr; // child: memory window, history range, down spans
};

} // namespace payops
