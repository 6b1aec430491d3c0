#pragma once

#include "models/metrics/historyread.h"
#include "models/metrics/metricssnapshot.h"
#include "models/metrics/seriespoint.h"
#include "widgets/dashboard/chartseries.h"
#include "widgets/wall/wallscale.h"

#include <QWidget>

class QGridLayout;

namespace payops {

class MetricChart;

// MetricCharts as the wall shows them: in a grid, fonts at the wall's label size, lines twice as
// thick, a live window of `windowMs`, and nothing to interact with (no zoom, pan, crosshair, focus or
// mouse). The same chart class as the dashboard, so the same decimation keeps frames cheap.
class WallChartGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallChartGrid)

public:
    explicit WallChartGrid(int columns, QWidget *parent = nullptr);

    // A chart of `metric` (a DerivedMetricCatalog name) with one line per series.
    MetricChart *addChart(const QString &title, const QString &metric, const QList<ChartSeries> &series);
    QList<MetricChart *> charts() const { return m_charts; }
    void setScale(const WallScale &scale);
    void setWindowMs(qint64 windowMs);
    [[nodiscard]] qint64 windowMs() const { return m_windowMs; }
    // Every series the charts show, once each: what a history load asks for.
    [[nodiscard]] QList<SeriesKey> seriesKeys() const;
    // The past from a history load (`reads` in the order of `series`) before the live points: a
    // chart's series takes the read's points older than its first live point; nothing live is replaced.
    void backfill(const QList<SeriesKey> &series, const QList<HistoryRead> &reads);
    // Appends every chart's series' values from a poll cycle (a gap where a value is missing).
    void appendSnapshot(const MetricsSnapshot &snapshot);
    // The points a chart of this grid holds for `key` (empty if none shows it).
    QList<SeriesPoint> pointsOf(const SeriesKey &key) const;
    // Moves every chart's live edge to `nowMs` and replots the ones whose pixels changed.
    void flush(qint64 nowMs);

private:
    void styleChart(MetricChart *chart) const;

    int m_columns;
    WallScale m_scale;
    qint64 m_windowMs = 15 * 60 * 1000;
    QGridLayout *m_grid = nullptr;
    QList<MetricChart *> m_charts;
};

} // namespace payops
