#pragma once

#include "widgets/dashboard/chartseries.h"
#include "widgets/dashboard/chartunit.h"
#include "models/alerts/alertspans.h"
#include "models/metrics/downspan.h"
#include "widgets/dashboard/qcustomplotinclude.h"
#include "models/metrics/seriespoint.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QToolButton;

namespace payops {

class AlertAnnotations;
class ChartCrosshair;
class ChartStatusOverlay;
class DecimatedSeries;
class DowntimeShading;
class LocaleDateTimeTicker;
class ThresholdLines;

// A time-series chart of one derived metric: a line per series (services, or average/p95/p99),
// optionally stacked; the value axis in the metric's display unit; warning/critical lines;
// down-time spans shaded; a crosshair with the values under the cursor; zoom and pan by wheel,
// drag and keyboard (+ - arrows, Home or double-click to reset).
//
// Live mode follows the newest data with a fixed window width; zooming or panning pauses it and
// shows "Paused — click to follow live" until clicked (or Home). Fixed mode shows a given range.
//
// Redraws are batched: data changes only mark the chart dirty; flush() (called once per tick by
// a ReplotScheduler) updates the ranges and queues one replot.
//
// The chart holds only what it draws: the visible range and a quarter of its width on each side.
// The data itself lives in a model (DashboardSeries); when the operator zooms or pans beyond what
// the chart holds, it asks its PointSource again. Live points older than the window are dropped,
// so memory stays flat however long the console runs.
//
// Public times are milliseconds since the epoch and values are in the metric's canonical unit;
// the plot's keys are seconds (as QCPAxisTickerDateTime expects) and values in display units.
class MetricChart final : public QCustomPlot
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricChart)

public:
    // The points of a series within [fromMs, toMs] (canonical unit, sorted by time; NaN: a gap).
    using PointSource = std::function<QList<SeriesPoint>(const SeriesKey &key, qint64 fromMs, qint64 toMs)>;

    explicit MetricChart(QWidget *parent = nullptr);
    ~MetricChart() override;

    void setTitle(const QString &title);
    QString title() const;
    void setUnit(const ChartUnit &unit);
    const ChartUnit &unit() const { return m_unit; }
    // Replaces the lines. Keeps the data when only labels or colours change.
    void setSeries(const QList<ChartSeries> &series);
    const QList<ChartSeries> &series() const { return m_series; }
    // Stacked: each line is drawn on top of the ones before it, filled (for volumes).
    void setStacked(bool stacked);
    bool isStacked() const { return m_stacked; }
    // Multiplies the lines' width (1: the font-derived width). The wall display draws thicker lines.
    void setLineWidthFactor(double factor);
    double lineWidth() const;

    // Where the chart asks for points it does not hold (none: it shows only what it was given).
    void setPointSource(PointSource source);
    // Drops what the chart holds and asks the source for the range it shows now.
    void reload();
    // One value per series (in order; NaN: no value, a gap in the line) at one time.
    void appendRow(qint64 timestampMs, const QList<double> &values);
    // Replaces all data: one list of points per series (canonical unit), each sorted by time.
    void setSeriesData(const QList<QList<SeriesPoint>> &perSeries);
    void clearData();
    // Points held (drawn or about to be) of a series.
    int pointCount(int series) const;
    // A series' points as held (un-stacked, canonical unit), optionally within [fromMs, toMs].
    QList<SeriesPoint> seriesPoints(int series, qint64 fromMs = std::numeric_limits<qint64>::min(),
                                    qint64 toMs = std::numeric_limits<qint64>::max()) const;

    // Live mode: the x range is [edge - width, edge], edge = setLiveEdge() or the newest point.
    void setLiveWindow(qint64 widthMs);
    // Fixed mode: shows [fromMs, toMs]; Home returns there.
    void setFixedRange(qint64 fromMs, qint64 toMs);
    bool isLiveMode() const { return m_liveMode; }
    qint64 windowMs() const { return m_windowMs; }
    void setLiveEdge(qint64 nowMs);
    bool followsLive() const { return m_liveMode && m_follow; }
    void setFollowLive(bool follow);
    // Home / double-click: follow live again (live mode) or show the fixed range.
    void resetView();
    // Keyboard zoom (factor < 1 zooms in) and pan (fraction of the visible width); both pause.
    void zoomBy(double factor);
    void panBy(double fraction);
    // Shows a range chosen on another chart (keeps charts in step); pauses following.
    void showRange(double fromMs, double toMs);
    double visibleFromMs() const;
    double visibleToMs() const;

    // Levels in the canonical unit.
    void setThresholds(std::optional<double> warning, std::optional<double> critical);
    const ThresholdLines &thresholds() const { return *m_thresholds; }
    void setDownSpans(const QList<DownSpan> &spans);
    // Firing alerts of this chart's metric: bands and fire / resolve marks (AlertAnnotations).
    void setAlertSpans(const QList<AlertSpan> &spans, qint64 nowMs);
    [[nodiscard]] const AlertAnnotations &alertAnnotations() const { return *m_alertMarks; }
    const QList<DownSpan> &downSpans() const;
    int shadedSpanCount() const;

    void setLoading(bool loading);
    bool isLoading() const;
    void setError(const QString &message);
    QString errorText() const;
    const ChartStatusOverlay *statusOverlay() const { return m_overlay; }
    QToolButton *followLiveButton() const { return m_followButton; }
    ChartCrosshair &crosshair() { return *m_crosshair; }
    // The crosshair's text for a time (what the label shows with the cursor there).
    QString valuesAt(qint64 timestampMs) const;

    bool isDirty() const { return m_dirty; }
    void markDirty() { m_dirty = true; }
    // Applies the pending x/y ranges and replots (queued by default); does nothing when clean.
    // A live chart is dirty only when its pixels change: a point inside its bucket's min/max and
    // an edge moving less than a bucket (about a pixel) change nothing.
    void flush(QCustomPlot::RefreshPriority priority = QCustomPlot::rpQueuedReplot);
    // Applies the pending x/y ranges without replotting (before an export or a timed replot).
    void updateRanges();

Q_SIGNALS:
    // The operator zoomed or panned (mouse or keyboard).
    void userRangeChanged(double fromMs, double toMs);
    void followLiveChanged(bool following);
    // Focused or clicked: the chart the export commands act on.
    void activated();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onXRangeChanged(const QCPRange &range);
    void setXRange(const QCPRange &range);
    void applyStyle();
    void styleGraph(int index);
    void rebuildGraphs();
    void assignPoints(const QList<QList<SeriesPoint>> &perSeries);
    // Asks the source for what `visible` needs when the chart does not hold it; else drops what
    // lies far outside it.
    void holdRange(const QCPRange &visible);
    void fetch(const QCPRange &visible);
    void trim(const QCPRange &visible);
    // The x range the next updateRanges() shows.
    QCPRange targetRange() const;
    void scanYExtent();
    void growYExtent(double displayValue);
    void applyYRange();
    void updateAntialiasing();
    void placeChildWidgets();
    void fitLegend();
    void updateFollowButton();
    double newestKey() const;
    // How many distinct x positions the chart's lines can show (the axis' pixels at 1 px lines).
    double lineColumns() const;
    // Decimation bucket for a visible span (seconds): a power of two seconds, about one column.
    double wantedBucket(double span) const;
    void applyBucket();
    // The right end of the live window: the edge rounded up to the bucket.
    double liveUpper() const;
    QString crosshairText(double key) const;

    ChartUnit m_unit;
    QList<ChartSeries> m_series;
    std::vector<std::unique_ptr<DecimatedSeries>> m_data; // one per graph
    bool m_stacked = false;
    double m_lineWidthFactor = 1.0;
    PointSource m_source;
    // The keys whose points the chart holds completely (what the source has there, or was given).
    double m_heldFrom = -qInf();
    double m_heldTo = qInf();

    bool m_liveMode = true;
    bool m_follow = true;
    qint64 m_windowMs = 15 * 60 * 1000;
    qint64 m_liveEdgeMs = 0;
    QCPRange m_fixedRange;
    bool m_settingRange = false;
    bool m_dirty = true;

    // Extent of the visible values (display unit), grown on append, rescanned when stale.
    bool m_yValid = false;
    double m_yMin = 0;
    double m_yMax = 0;
    double m_yScannedLower = 0;
    bool m_yHasData = false;

    QCPTextElement *m_titleElement = nullptr;
    QSharedPointer<LocaleDateTimeTicker> m_ticker;
    std::unique_ptr<ThresholdLines> m_thresholds;
    std::unique_ptr<AlertAnnotations> m_alertMarks;
    std::unique_ptr<DowntimeShading> m_downtime;
    std::unique_ptr<ChartCrosshair> m_crosshair;
    ChartStatusOverlay *m_overlay = nullptr;
    QToolButton *m_followButton = nullptr;
};

} // namespace payops
