#include "widgets/wall/wallfocuspage.h"

#include "models/metrics/serieskey.h"
#include "widgets/contrast.h"
#include "widgets/dashboard/metricchart.h"
#include "widgets/dashboard/servicepalette.h"
#include "widgets/wall/wallchartgrid.h"
#include "widgets/wall/walldashboardpage.h"
#include "widgets/wall/walltile.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace payops {

WallFocusPage::WallFocusPage(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
}

QString WallFocusPage::whyText(const Focus &focus)
{
    const QString since = QLocale().toString(QDateTime::fromMSecsSinceEpoch(focus.sinceMs).time(), QStringLiteral("HH:mm:ss"));
    return tr("%1 needs attention since %2: %3").arg(focus.service, since, focus.reason);
}

void WallFocusPage::styleWhy(const Panel &panel) const
{
    panel.why->setFont(WallScale::font(int(m_scale.labelPx() * 1.25), true));
    QPalette pal = panel.why->palette();
    pal.setColor(QPalette::WindowText,
                 Contrast::readable(ServicePalette::warningColor(), palette().color(QPalette::Window), 7.0));
    panel.why->setPalette(pal);
    panel.owner->setFont(WallScale::font(m_scale.labelPx(), true));
}

void WallFocusPage::showOwner(const Panel &panel) const
{
    // Once the directory was read, every panel has the line (side-by-side panels stay aligned, and a
    // service nobody owns is worth knowing about); before that, none has.
    const QString owner = m_owners.value(panel.focus.service);
    panel.owner->setText(owner.isEmpty() && !m_owners.isEmpty() ? tr("No owner in the contact directory") : owner);
    panel.owner->setVisible(!m_owners.isEmpty());
}

void WallFocusPage::setOwners(const QHash<QString, QString> &owners)
{
    m_owners = owners;
    for (const Panel &panel : std::as_const(m_panels))
        showOwner(panel);
}

WallFocusPage::Panel WallFocusPage::makePanel(const Focus &focus)
{
    Panel panel;
    panel.focus = focus;
    panel.widget = new QWidget(this);
    auto *layout = new QVBoxLayout(panel.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(m_scale.px(12));
    panel.why = new QLabel(whyText(focus), panel.widget);
    panel.why->setWordWrap(true);
    panel.owner = new QLabel(panel.widget);
    panel.owner->setWordWrap(true);
    styleWhy(panel);
    showOwner(panel);
    panel.tile = new WallTile(focus.service, panel.widget);
    panel.tile->setScale(m_scale);
    panel.tile->setShowInstances(true);
    panel.tile->updateFrom(m_last);
    // One panel has the width: its charts stand in a row. Two side by side have the full height: their
    // charts stack. In a two-by-two grid of half-height panels charts were strips too thin to read
    // from across the room: those panels show the tile and the reasons, the dashboard page the charts.
    panel.charts = new WallChartGrid(m_focused.size() == 1 ? 3 : 1, panel.widget);
    panel.charts->setVisible(m_focused.size() <= 2);
    for (const QString &metric : WallDashboardPage::chartMetrics()) {
        const SeriesKey key(metric, focus.service);
        MetricChart *chart = panel.charts->addChart(WallDashboardPage::chartTitle(metric), metric,
                                                    {{key, focus.service, ServicePalette::serviceColor(focus.service)}});
        if (m_history)
            chart->setSeriesData({m_history(key)});
    }
    panel.charts->setScale(m_scale);
    layout->addWidget(panel.why);
    layout->addWidget(panel.owner);
    layout->addWidget(panel.tile);
    layout->addWidget(panel.charts, 1);
    if (panel.charts->isHidden())
        layout->addStretch(1); // the words and the tile stay together at the top
    return panel;
}

void WallFocusPage::setFocused(const QList<Focus> &focused)
{
    QStringList before, after;
    for (const Panel &panel : std::as_const(m_panels))
        before.append(panel.focus.service);
    for (const Focus &focus : focused)
        after.append(focus.service);
    m_focused = focused;
    if (before == after) { // the same services: only the reasons may have changed
        for (int i = 0; i < m_panels.size(); ++i) {
            m_panels[i].focus = focused.at(i);
            m_panels[i].why->setText(whyText(focused.at(i)));
        }
        return;
    }
    for (const Panel &panel : std::as_const(m_panels))
        delete panel.widget;
    m_panels.clear();
    const int columns = focused.size() <= 2 ? int(focused.size()) : 2;
    for (const Focus &focus : focused) {
        const int index = int(m_panels.size());
        m_panels.append(makePanel(focus));
        m_grid->addWidget(m_panels.last().widget, index / std::max(1, columns), index % std::max(1, columns));
    }
}

void WallFocusPage::setScale(const WallScale &scale)
{
    m_scale = scale;
    m_grid->setSpacing(scale.px(48));
    for (const Panel &panel : std::as_const(m_panels)) {
        styleWhy(panel);
        panel.tile->setScale(scale);
        panel.charts->setScale(scale);
    }
}

void WallFocusPage::applySnapshot(const MetricsSnapshot &snapshot)
{
    m_last = snapshot;
    for (const Panel &panel : std::as_const(m_panels)) {
        panel.tile->updateFrom(snapshot);
        panel.charts->appendSnapshot(snapshot);
    }
}

void WallFocusPage::refresh(qint64 nowMs, qint64 staleAfterMs)
{
    for (const Panel &panel : std::as_const(m_panels)) {
        panel.tile->refresh(nowMs, staleAfterMs);
        if (panel.charts->isVisible())
            panel.charts->flush(nowMs);
    }
}

WallTile *WallFocusPage::tile(const QString &service) const
{
    for (const Panel &panel : m_panels) {
        if (panel.focus.service == service)
            return panel.tile;
    }
    return nullptr;
}

QString WallFocusPage::ownerText(const QString &service) const
{
    for (const Panel &panel : m_panels) {
        if (panel.focus.service == service)
            return panel.owner->text();
    }
    return QString();
}

QString WallFocusPage::reasonText(const QString &service) const
{
    for (const Panel &panel : m_panels) {
        if (panel.focus.service == service)
            return panel.why->text();
    }
    return QString();
}

} // namespace payops
