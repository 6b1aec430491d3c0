#pragma once

#include "models/metrics/metricssnapshot.h"
#include "widgets/wall/wallscale.h"

#include <QWidget>

namespace payops {

class WallChartGrid;
class WallTileGrid;

// The wall's overview page: every service's tile on top, then three charts (transactions per second,
// failure ratio and p95 response time, a line per service) over the last 15 minutes.
class WallDashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallDashboardPage)

public:
    explicit WallDashboardPage(QWidget *parent = nullptr);

    void setServices(const QStringList &services);
    void setScale(const WallScale &scale);
    void applySnapshot(const MetricsSnapshot &snapshot);
    void refresh(qint64 nowMs, qint64 staleAfterMs);
    WallTileGrid *tiles() const { return m_tiles; }
    WallChartGrid *charts() const { return m_charts; }

    // The metrics every wall chart shows, in order.
    static QStringList chartMetrics();
    static QString chartTitle(const QString &metric);

private:
    void rebuild();

    QStringList m_services;
    WallScale m_scale;
    WallTileGrid *m_tiles = nullptr;
    WallChartGrid *m_charts = nullptr;
};

} // namespace payops
