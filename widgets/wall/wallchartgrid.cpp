#include "widgets/wall/wallchartgrid.h"

#include "models/metrics/seriesgaps.h"
#include "widgets/dashboard/chartunit.h"
#include "widgets/dashboard/metricchart.h"

#include <QGridLayout>

namespace payops {

WallChartGrid::WallChartGrid(int columns, QWidget *parent)
    : QWidget(parent)
    , m_columns(std::max(1, columns))
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    setFocusPolicy(Qt::NoFocus);
}

MetricChart *WallChartGrid::addChart(const QString &title, const QString &metric, const QList<ChartSeries> &series)
{
    auto *chart = new MetricChart(this);
    chart->setTitle(title);
    chart->setUnit(ChartUnit::forMetric(metric));
    chart->setSeries(series);
    chart->setLiveWindow(m_windowMs);
    chart->setInteractions({});
    chart->setFocusPolicy(Qt::NoFocus);
    chart->setAttribute(Qt::WA_TransparentForMouseEvents);
    chart->setContextMenuPolicy(Qt::NoContextMenu);
    // The grid's cell decides the size (the legend wraps to it): a chart never widens the wall.
    chart->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    styleChart(chart);
    const int index = int(m_charts.size());
    m_grid->addWidget(chart, index / m_columns, index % m_columns);
    m_charts.append(chart);
    return chart;
}

void WallChartGrid::styleChart(MetricChart *chart) const
{
    chart->setFont(WallScale::font(m_scale.labelPx()));
    chart->setLineWidthFactor(2.0);
}

void WallChartGrid::setScale(const WallScale &scale)
{
    m_scale = scale;
    m_grid->setSpacing(scale.marginPx());
    for (MetricChart *chart : std::as_const(m_charts))
        styleChart(chart);
}

void WallChartGrid::setWindowMs(qint64 windowMs)
{
    m_windowMs = windowMs;
    for (MetricChart *chart : std::as_const(m_charts))
        chart->setLiveWindow(windowMs);
}

void WallChartGrid::appendSnapshot(const MetricsSnapshot &snapshot)
{
    for (MetricChart *chart : std::as_const(m_charts)) {
        QList<double> row;
        row.reserve(chart->series().size());
        for (const ChartSeries &series : chart->series()) {
            const std::optional<double> value = snapshot.value(series.key.metric, series.key.service, series.key.peer);
            row.append(value ? *value : qQNaN());
        }
        chart->appendRow(snapshot.timestampMs, row);
    }
}

QList<SeriesKey> WallChartGrid::seriesKeys() const
{
    QList<SeriesKey> keys;
    for (const MetricChart *chart : m_charts) {
        for (const ChartSeries &series : chart->series()) {
            if (!keys.contains(series.key))
                keys.append(series.key);
        }
    }
    return keys;
}

void WallChartGrid::backfill(const QList<SeriesKey> &series, const QList<HistoryRead> &reads)
{
    QHash<SeriesKey, QList<SeriesPoint>> past;
    for (qsizetype i = 0; i < std::min(series.size(), reads.size()); ++i)
        past.insert(series.at(i), SeriesGaps::broken(reads.at(i).points)); // no line across a stopped recorder
    for (MetricChart *chart : std::as_const(m_charts)) {
        QList<QList<SeriesPoint>> perSeries;
        bool changed = false;
        for (int i = 0; i < chart->series().size(); ++i) {
            QList<SeriesPoint> live = chart->seriesPoints(i);
            const qint64 firstLive = live.isEmpty() ? std::numeric_limits<qint64>::max() : live.first().timestampMs;
            QList<SeriesPoint> points;
            for (const SeriesPoint &point : past.value(chart->series().at(i).key)) {
                if (point.timestampMs < firstLive)
                    points.append(point);
            }
            changed = changed || !points.isEmpty();
            points.append(live);
            perSeries.append(std::move(points));
        }
        if (changed)
            chart->setSeriesData(perSeries);
    }
}

QList<SeriesPoint> WallChartGrid::pointsOf(const SeriesKey &key) const
{
    for (const MetricChart *chart : m_charts) {
        const QList<ChartSeries> &series = chart->series();
        for (int i = 0; i < series.size(); ++i) {
            if (series.at(i).key == key)
                return chart->seriesPoints(i);
        }
    }
    return {};
}

void WallChartGrid::flush(qint64 nowMs)
{
    for (MetricChart *chart : std::as_const(m_charts)) {
        chart->setLiveEdge(nowMs);
        chart->flush();
    }
}

} // namespace payops
