#pragma once

#include "models/metrics/metricssnapshot.h"
#include "models/services/healthstatus.h"

#include <QHash>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace payops {

// Every target the console polls: its service's state in words, why it is down, and what its
// /health document says about each dependency. The place to look when a tile turns red.
class ServicesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesView)

public:
    explicit ServicesView(QWidget *parent = nullptr);

    void setServices(const QStringList &services); // in display order
    void showSnapshot(const payops::MetricsSnapshot &snapshot);
    void showHealth(const payops::HealthStatus &status);

private:
    QTreeWidgetItem *serviceItem(const QString &service);

    QTreeWidget *m_tree = nullptr;
    QHash<QString, QTreeWidgetItem *> m_items;
};

} // namespace payops
