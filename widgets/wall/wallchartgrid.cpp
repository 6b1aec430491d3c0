#include "widgets/wall/wallchartgrid.h"

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
