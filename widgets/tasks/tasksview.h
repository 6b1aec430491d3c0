#pragma once

#include "models/tasks/taskdesk.h"

#include <QList>
#include <QWidget>

#include <optional>
#include <utility>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace payops {

class TaskTableModel;
class WeekTimeline;

// The scheduled duties: every task with its next run, last result and duration (sortable, filtered
// as you type), the week ahead with the blackout windows, and the run history of the selected task
// with each run's log. Actions: new (Ctrl+N), edit (Ctrl+E), duplicate (Ctrl+D), remove (Delete),
// undo (Ctrl+Z), run now (Ctrl+R), enable/disable (Ctrl+T), approve (Ctrl+Shift+A), copy the table
// (Ctrl+Shift+C), blackout windows (Ctrl+B), restore the selected backup run (Ctrl+Shift+R). Everything it reads and writes goes through the TaskDesk (off the GUI thread).
class TasksView final : public QWidget
{
    Q_OBJECT

public:
    explicit TasksView(TaskDesk &desk, QWidget *parent = nullptr);

    // Selects the task (now, or as soon as a reload lists it).
    void showTask(const QString &taskName);
    [[nodiscard]] std::optional<TaskOverview> selectedTask() const;
    [[nodiscard]] std::optional<TaskRun> selectedRun() const;

    // The actions without their dialogs (the dialogs call these; so do tests).
    void saveTask(const TaskDefinition &task, bool isNew);
    void removeSelected();
    void runSelectedNow();
    void toggleSelectedEnabled();
    void approveSelected();
    void undo();
    // The visible rows as tab-separated text with a header line.
    [[nodiscard]] QString tableText() const;

Q_SIGNALS:
    void statusMessage(const QString &message);
    // The operator confirmed restoring this backup file (the console restarts to do it).
    void restoreRequested(const QString &backupPath);

private:
    void buildActions();
    void onListed(const QList<TaskOverview> &tasks, const QList<BlackoutWindow> &blackouts, qint64 nowMs);
    void onHistory(const QString &taskName, const QList<TaskRun> &runs);
    void onSelectionChanged();
    void onRunSelected();
    void updateActions();
    void loadHistory();
    void openEditor(const TaskDefinition &task, bool isNew);
    void askRunNow();
    void copyTable();
    void openBlackouts();
    void askRestore();
    // The selected run when it is a successful run of a backup task with its file: what can be restored.
    [[nodiscard]] std::optional<TaskRun> restorableRun() const;
    void remember(const QString &taskName, std::optional<TaskDefinition> before);

    TaskDesk &m_desk;
    TaskTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    WeekTimeline *m_week;
    QScrollArea *m_weekArea = nullptr;
    QLabel *m_historyHeading;
    QComboBox *m_resultFilter;
    QTreeWidget *m_runs;
    QPlainTextEdit *m_log;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_runNow = nullptr;
    QAction *m_toggle = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_blackouts = nullptr;
    QAction *m_restore = nullptr;
    QList<TaskRun> m_shownRuns;
    QList<BlackoutWindow> m_blackoutWindows; // as last listed
    QString m_historyTask;  // whose runs are shown
    QString m_wantedTask;   // to select once listed
    bool m_listedOnce = false;
    // Each change's task and what it was before (none: the change created it).
    QList<std::pair<QString, std::optional<TaskDefinition>>> m_undoStack;
};

} // namespace payops
