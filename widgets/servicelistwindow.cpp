#include "servicelistwindow.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace payops {

namespace {
enum Column { ServiceColumn, AddressColumn, StateColumn, VersionColumn, CheckedColumn, ColumnCount };
}

ServiceListWindow::ServiceListWindow(const QStringList &services, QWidget *parent)
    : QMainWindow(parent)
    , m_table(new QTableWidget(int(services.size()), ColumnCount, this))
    , m_summary(new QLabel(this))
    , m_services(services)
{
    setWindowTitle(tr("PayOps Console"));
    m_table->setHorizontalHeaderLabels(
        {tr("Service"), tr("Address"), tr("State"), tr("Version"), tr("Last check")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < services.size(); ++row) {
        m_table->setItem(row, ServiceColumn, new QTableWidgetItem(services.at(row)));
        m_table->setItem(row, StateColumn, new QTableWidgetItem(tr("waiting for the first answer…")));
    }
    setCentralWidget(m_table);
    statusBar()->addWidget(m_summary);
    updateSummary();
    resize(900, 320);
}

void ServiceListWindow::showStatus(const HealthStatus &status)
{
    const int row = int(m_services.indexOf(status.service));
    if (row < 0)
        return;
    const bool healthy = status.reachable() && status.status == QLatin1String("ok");
    const QString state = status.reachable() ? status.status : tr("down: %1").arg(status.error);
    auto *stateItem = new QTableWidgetItem(state);
    stateItem->setForeground(healthy ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xc6, 0x28, 0x28));
    stateItem->setData(Qt::UserRole, healthy);
    m_table->setItem(row, AddressColumn, new QTableWidgetItem(status.address));
    m_table->setItem(row, StateColumn, stateItem);
    m_table->setItem(row, VersionColumn, new QTableWidgetItem(status.version));
    m_table->setItem(row, CheckedColumn,
                     new QTableWidgetItem(QLocale().toString(status.checkedAt.time(), QLocale::LongFormat)));
    updateSummary();
}

void ServiceListWindow::updateSummary()
{
    int healthy = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (const QTableWidgetItem *item = m_table->item(row, StateColumn); item && item->data(Qt::UserRole).toBool())
            ++healthy;
    }
    m_summary->setText(tr("%n of %1 services healthy", nullptr, healthy).arg(m_table->rowCount()));
}

} // namespace payops
