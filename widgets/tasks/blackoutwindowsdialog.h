#pragma once

#include "models/tasks/blackoutwindow.h"

#include <QDialog>
#include <QList>

#include <optional>
#include <utility>

class QPushButton;
class QTableWidget;

namespace payops {

class TaskDesk;

// The blackout windows in one list (name, when, zone), with add (Ctrl+N), edit (Enter or a
// double-click), remove (Delete) and undo (Ctrl+Z). Changes go through the TaskDesk (audited, off
// the GUI thread); the list follows TaskDesk::listed, so it shows what the database holds.
class BlackoutWindowsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlackoutWindowsDialog)

public:
    BlackoutWindowsDialog(TaskDesk &desk, const QList<BlackoutWindow> &windows, QWidget *parent = nullptr);

    void setWindows(const QList<BlackoutWindow> &windows);
    [[nodiscard]] const QList<BlackoutWindow> &windows() const { return m_windows; }

    // The actions without their dialogs (the buttons call these after asking; so do tests).
    void save(const BlackoutWindow &window);
    void removeSelected();
    void undo();

private:
    void addWindow();
    void editSelected();
    void updateButtons();
    [[nodiscard]] std::optional<BlackoutWindow> selected() const;

    TaskDesk &m_desk;
    QList<BlackoutWindow> m_windows;
    QTableWidget *m_table;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_undo;
    // Each change: the window before it (none: the change added it) and after it.
    QList<std::pair<std::optional<BlackoutWindow>, BlackoutWindow>> m_undoStack;
};

} // namespace payops
