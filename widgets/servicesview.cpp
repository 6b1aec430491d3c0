#include "widgets/servicesview.h"

#include "widgets/dashboard/servicetile.h"
#include "models/metrics/derivedmetriccatalog.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace payops {

namespace {

enum Column { NameColumn, StateColumn, InstancesColumn, LastSuccessColumn, DetailColumn, ColumnCount };

QString stateWord(ServiceState::State state)
{
    switch (state) {
    case ServiceState::State::Up:
        return ServicesView::tr("up");
    case ServiceState::State::Degraded:
        return ServicesView::tr("degraded");
    case ServiceState::State::Down:
        return ServicesView::tr("down");
    case ServiceState::State::Unknown:
        break;
    }
    return ServicesView::tr("waiting for the first poll");
}

// The colours of the dashboard's tiles, for the service's own words ("ok", "degraded", "down") too.
QColor wordColour(const QString &word)
{
    if (word == QLatin1String("ok") || word == QLatin1String("up"))
        return ServiceTile::stateColor(ServiceState::State::Up);
    if (word == QLatin1String("degraded"))
        return ServiceTile::stateColor(ServiceState::State::Degraded);
    return ServiceTile::stateColor(ServiceState::State::Down);
}

} // namespace

ServicesView::ServicesView(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Service / dependency"), tr("State"), tr("Instances up"), tr("Last successful poll"),
                             tr("Details")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(false); // the knowledge base's order is the operator's order
    m_tree->setUniformRowHeights(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_tree);
}

void ServicesView::setServices(const QStringList &services)
{
    m_tree->clear();
    m_items.clear();
    for (const QString &service : services)
        serviceItem(service);
}

QTreeWidgetItem *ServicesView::serviceItem(const QString &service)
{
    if (QTreeWidgetItem *item = m_items.value(service))
        return item;
    auto *item = new QTreeWidgetItem(m_tree, {service, stateWord(ServiceState::State::Unknown)});
    QFont bold = item->font(NameColumn);
    bold.setBold(true);
    item->setFont(NameColumn, bold);
    item->setExpanded(true);
    m_items.insert(service, item);
    return item;
}

void ServicesView::showSnapshot(const MetricsSnapshot &snapshot)
{
    const QLocale locale;
    for (const ServiceState &state : snapshot.services) {
        QTreeWidgetItem *item = serviceItem(state.service);
        item->setText(StateColumn, stateWord(state.state));
        item->setForeground(StateColumn, ServiceTile::stateColor(state.state));
        item->setText(InstancesColumn, tr("%1 of %2").arg(locale.toString(state.instancesUp), locale.toString(state.instances)));
        item->setText(LastSuccessColumn, state.lastSuccessMs
                                             ? locale.toString(QDateTime::fromMSecsSinceEpoch(state.lastSuccessMs).time(),
                                                               QLocale::LongFormat)
                                             : tr("never"));
        const std::optional<double> availability = snapshot.value(QStringLiteral("availability"), state.service);
        QString detail = state.reason;
        if (availability)
            detail = tr("availability %1").arg(DerivedMetricCatalog::format(QStringLiteral("availability"), *availability))
                     + (detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail);
        item->setText(DetailColumn, detail);
        item->setToolTip(DetailColumn, state.reason);
    }
}

void ServicesView::showHealth(const HealthStatus &status)
{
    QTreeWidgetItem *service = serviceItem(status.service);
    // One child per dependency check; the health document's own errors on the service row's child.
    QHash<QString, QTreeWidgetItem *> children;
    for (int i = 0; i < service->childCount(); ++i)
        children.insert(service->child(i)->data(NameColumn, Qt::UserRole).toString(), service->child(i));
    const auto row = [&](const QString &key, const QString &title) {
        QTreeWidgetItem *child = children.value(key);
        if (!child) {
            child = new QTreeWidgetItem(service, {title});
            child->setData(NameColumn, Qt::UserRole, key);
        }
        return child;
    };
    QTreeWidgetItem *document = row(QStringLiteral("health:") + status.address, tr("health %1").arg(status.address));
    document->setText(StateColumn, status.reachable() ? status.status : tr("unreachable"));
    document->setForeground(StateColumn, wordColour(status.reachable() ? status.status : QString()));
    document->setText(DetailColumn, status.reachable() ? tr("version %1").arg(status.version) : status.error);
    for (const HealthCheck &check : status.checks) {
        QTreeWidgetItem *child = row(status.address + QLatin1Char('/') + check.name, QStringLiteral("    ") + check.name);
        child->setText(StateColumn, check.status);
        child->setForeground(StateColumn, wordColour(check.status));
        QString detail = check.detail;
        if (check.latencyMs)
            detail = tr("%1 ms").arg(QLocale().toString(*check.latencyMs, 'f', 1))
                     + (detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail);
        child->setText(DetailColumn, detail);
    }
}

} // namespace payops
