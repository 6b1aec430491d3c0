#pragma once

#include "models/alerts/maintenancewindow.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace payops {

class AlertMatcherFields;
class ProblemsLabel;
class WindowTimeFields;

// "Add Maintenance Window": a name, weekdays, a start and end in wall-clock time of a chosen time
// zone (the console's own by default), what it matches and why. OK stays disabled until the window
// validates (MaintenanceWindow::validate), the reasons shown under the form.
class MaintenanceWindowDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceWindowDialog)

public:
    MaintenanceWindowDialog(const QStringList &rules, const QStringList &services, QWidget *parent = nullptr);
    ~MaintenanceWindowDialog() override;

    void setWindow(const MaintenanceWindow &window);
    [[nodiscard]] MaintenanceWindow window() const;
    [[nodiscard]] QStringList problems() const;

private:
    void revalidate();

    std::unique_ptr<AlertMatcherFields> m_matcher;
    QLineEdit *m_name;
    WindowTimeFields *m_when;
    QLineEdit *m_reason;
    ProblemsLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace payops
