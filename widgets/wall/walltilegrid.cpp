#include "widgets/wall/walltilegrid.h"

#include "widgets/wall/walltile.h"

#include <QGridLayout>

namespace payops {

WallTileGrid::WallTileGrid(int columns, bool showInstances, QWidget *parent)
    : QWidget(parent)
    , m_columns(std::max(1, columns))
    , m_showInstances(showInstances)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(0);
}

void WallTileGrid::setServices(const QStringList &services)
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    for (const QString &service : services) {
        auto *tile = new WallTile(service, this);
        tile->setScale(m_scale);
        tile->setShowInstances(m_showInstances);
        const int index = int(m_tiles.size());
        m_grid->addWidget(tile, index / m_columns, index % m_columns);
        m_tiles.append(tile);
    }
}

void WallTileGrid::setScale(const WallScale &scale)
{
    m_scale = scale;
    for (WallTile *tile : std::as_const(m_tiles))
        tile->setScale(scale);
}

void WallTileGrid::applySnapshot(const MetricsSnapshot &snapshot)
{
    for (WallTile *tile : std::as_const(m_tiles))
        tile->updateFrom(snapshot);
}

void WallTileGrid::refresh(qint64 nowMs, qint64 staleAfterMs)
{
    for (WallTile *tile : std::as_const(m_tiles))
        tile->refresh(nowMs, staleAfterMs);
}

WallTile *WallTileGrid::tile(const QString &service) const
{
    for (WallTile *tile : m_tiles) {
        if (tile->service() == service)
            return tile;
    }
    return nullptr;
}

} // namespace payops
