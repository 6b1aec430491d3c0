#pragma once

#include "models/metrics/metricssnapshot.h"
#include "models/metrics/serieskey.h"
#include "models/metrics/seriespoint.h"
#include "widgets/wall/wallscale.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QGridLayout;
class QLabel;

namespace payops {

class WallChartGrid;
class WallTile;

// The page the wall switches to when a service needs attention (it is down, or an alert fires for it):
// for each such service, its tile in large type (DOWN and the reason), why the wall is showing it and
// since when, who owns it (the contact directory), and its own charts. Several services are shown together, side by side.
class WallFocusPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallFocusPage)

public:
    struct Focus
    {
        QString service;
        QString reason; // why the wall shows it: the alert's rule or the service's state
        qint64 sinceMs = 0;
    };
    // The points already known for a series, to start a new panel's charts with (the dashboard's).
    using History = std::function<QList<SeriesPoint>(const SeriesKey &key)>;

    explicit WallFocusPage(QWidget *parent = nullptr);

    void setHistory(History history) { m_history = std::move(history); }
    void setScale(const WallScale &scale);
    void setFocused(const QList<Focus> &focused);
    // By service: who owns it, in words ("Owner: Li Wei · +86 …"); shown under the reason.
    void setOwners(const QHash<QString, QString> &owners);
    QList<Focus> focused() const { return m_focused; }
    void applySnapshot(const MetricsSnapshot &snapshot);
    void refresh(qint64 nowMs, qint64 staleAfterMs);
    WallTile *tile(const QString &service) const;
    // The "why" line of a panel as shown.
    QString reasonText(const QString &service) const;
    // The owner line of a panel as shown (empty: the directory was not read).
    QString ownerText(const QString &service) const;

private:
    struct Panel
    {
        Focus focus;
        QWidget *widget = nullptr;
        QLabel *why = nullptr;
        QLabel *owner = nullptr;
        WallTile *tile = nullptr;
        WallChartGrid *charts = nullptr;
    };
    Panel makePanel(const Focus &focus);
    void styleWhy(const Panel &panel) const;
    void showOwner(const Panel &panel) const;
    static QString whyText(const Focus &focus);

    WallScale m_scale;
    History m_history;
    QList<Focus> m_focused;
    QHash<QString, QString> m_owners;
    QList<Panel> m_panels;
    QGridLayout *m_grid = nullptr;
    MetricsSnapshot m_last;
};

} // namespace payops
