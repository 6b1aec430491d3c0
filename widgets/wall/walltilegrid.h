#pragma once

#include "models/metrics/metricssnapshot.h"
#include "widgets/wall/wallscale.h"

#include <QWidget>

class QGridLayout;

namespace payops {

class WallTile;

// The services' WallTiles in a grid of `columns` (as many as fit the page).
class WallTileGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallTileGrid)

public:
    explicit WallTileGrid(int columns, bool showInstances, QWidget *parent = nullptr);

    void setServices(const QStringList &services);
    void setScale(const WallScale &scale);
    void applySnapshot(const MetricsSnapshot &snapshot);
    void refresh(qint64 nowMs, qint64 staleAfterMs);
    WallTile *tile(const QString &service) const;
    QList<WallTile *> tiles() const { return m_tiles; }

private:
    int m_columns;
    bool m_showInstances;
    WallScale m_scale;
    QGridLayout *m_grid = nullptr;
    QList<WallTile *> m_tiles;
};

} // namespace payops
