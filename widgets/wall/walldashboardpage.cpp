#include "widgets/wall/walldashboardpage.h"

#include "models/metrics/serieskey.h"
#include "widgets/dashboard/servicepalette.h"
#include "widgets/wall/wallchartgrid.h"
#include "widgets/wall/walltilegrid.h"

#include <QVBoxLayout>

namespace payops {

WallDashboardPage::WallDashboardPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setServices(ServicePalette::knownServices());
}

QStringList WallDashboardPage::chartMetrics()
{
    return {QStringLiteral("tps"), QStringLiteral("failure_ratio"), QStringLiteral("latency_p95")};
}

QString WallDashboardPage::chartTitle(const QString &metric)
{
    if (metric == QLatin1String("tps"))
        return tr("Transactions per second");
    if (metric == QLatin1String("failure_ratio"))
        return tr("Failure ratio");
    return tr("Response time p95");
}

void WallDashboardPage::setServices(const QStringList &services)
{
    m_services = services;
    rebuild();
}

void WallDashboardPage::rebuild()
{
    delete m_tiles;
    delete m_charts;
    // Two tiles a row up to four services: each number keeps its full size from across the room.
    m_tiles = new WallTileGrid(m_services.size() <= 4 ? 2 : 3, false, this);
    m_tiles->setServices(m_services);
    m_charts = new WallChartGrid(3, this);
    for (const QString &metric : chartMetrics()) {
        QList<ChartSeries> series;
        for (const QString &service : std::as_const(m_services))
            series.append({SeriesKey(metric, service), service, ServicePalette::serviceColor(service)});
        m_charts->addChart(chartTitle(metric), metric, series);
    }
    layout()->addWidget(m_tiles);
    layout()->addWidget(m_charts);
    static_cast<QVBoxLayout *>(layout())->setStretch(0, 0);
    static_cast<QVBoxLayout *>(layout())->setStretch(1, 1);
    setScale(m_scale);
}

void WallDashboardPage::setScale(const WallScale &scale)
{
    m_scale = scale;
    layout()->setSpacing(scale.marginPx());
    m_tiles->setScale(scale);
    m_charts->setScale(scale);
}

void WallDashboardPage::applySnapshot(const MetricsSnapshot &snapshot)
{
    m_tiles->applySnapshot(snapshot);
    m_charts->appendSnapshot(snapshot);
}

void WallDashboardPage::refresh(qint64 nowMs, qint64 staleAfterMs)
{
    m_tiles->refresh(nowMs, staleAfterMs);
    if (isVisible())
        m_charts->flush(nowMs);
}

} // namespace payops
