#pragma once

#include "services/healthstatus.h"

#include <QMainWindow>

class QTableWidget;
class QLabel;

namespace payops {

// The console's first window: which services it sees and in what state, from their /health answers.
class ServiceListWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceListWindow)

public:
    explicit ServiceListWindow(const QStringList &services, QWidget *parent = nullptr);

    void showStatus(const payops::HealthStatus &status);

private:
    void updateSummary();

    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QStringList m_services;
};

} // namespace payops
