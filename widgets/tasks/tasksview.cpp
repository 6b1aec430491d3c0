#include "widgets/tasks/tasksview.h"

#include "widgets/recordtable.h"
#include "widgets/tasks/blackoutwindowsdialog.h"
#include "widgets/tasks/taskeditdialog.h"
#include "widgets/tasks/tasktablemodel.h"
#include "widgets/tasks/weektimeline.h"
#include "widgets/viewaction.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace payops {

namespace {

constexpr int runIdRole = Qt::UserRole;

} // namespace

TasksView::TasksView(TaskDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new TaskTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_week(new WeekTimeline(this))
    , m_historyHeading(new QLabel(this))
    , m_resultFilter(new QComboBox(this))
    , m_runs(new QTreeWidget(this))
    , m_log(new QPlainTextEdit(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_search->setObjectName(QStringLiteral("taskSearch"));
    filterAsYouType(m_proxy, m_search, tr("Filter by name, kind, schedule or result"));

    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TaskTableModel::NextRun, Qt::AscendingOrder);
    configureRecordTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(false); // the result column stretches instead
    m_table->horizontalHeader()->setSectionResizeMode(TaskTableModel::LastResult, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TasksView::onSelectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_edit->trigger(); });

    m_historyHeading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_historyHeading->font();
    headingFont.setBold(true);
    m_historyHeading->setFont(headingFont);
    m_resultFilter->setObjectName(QStringLiteral("taskResultFilter"));
    m_resultFilter->addItem(tr("All results"), QString());
    for (const auto state : {TaskRun::State::Failed, TaskRun::State::Succeeded, TaskRun::State::Skipped,
                             TaskRun::State::Interrupted, TaskRun::State::Running, TaskRun::State::Pending,
                             TaskRun::State::WaitingApproval})
        m_resultFilter->addItem(TaskRun::stateTitle(state), TaskRun::stateKey(state));
    connect(m_resultFilter, &QComboBox::currentIndexChanged, this, &TasksView::loadHistory);
    m_runs->setObjectName(QStringLiteral("taskRuns"));
    m_runs->setHeaderLabels({tr("Run"), tr("Due"), tr("Trigger"), tr("Result"), tr("Started"), tr("Duration"),
                             tr("Requested by"), tr("Approved by"), tr("Summary")});
    m_runs->setRootIsDecorated(false);
    m_runs->setAlternatingRowColors(true);
    m_runs->setSortingEnabled(false); // newest first, as the repository gives them
    m_runs->header()->setStretchLastSection(true);
    // Starting widths that fit their contents; the summary takes the rest.
    const int digit = fontMetrics().horizontalAdvance(u'0');
    const QList<int> widths{6, 16, 10, 12, 16, 9, 12, 12};
    for (int column = 0; column < widths.size(); ++column)
        m_runs->setColumnWidth(column, widths.at(column) * digit + 12);
    connect(m_runs, &QTreeWidget::currentItemChanged, this, &TasksView::onRunSelected);
    m_log->setObjectName(QStringLiteral("taskRunLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("Select a run to see its log."));

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildActions();
    toolbar->addActions({m_new, m_edit, m_duplicate, m_remove, m_undo});
    toolbar->addSeparator();
    toolbar->addActions({m_runNow, m_toggle, m_approve, m_restore});
    toolbar->addSeparator();
    toolbar->addActions({m_blackouts, m_copy});

    auto *history = new QWidget(this);
    auto *historyBar = new QHBoxLayout;
    historyBar->addWidget(m_historyHeading, 1);
    historyBar->addWidget(m_resultFilter);
    auto *runSplitter = new QSplitter(Qt::Horizontal, history);
    runSplitter->addWidget(m_runs);
    runSplitter->addWidget(m_log);
    runSplitter->setStretchFactor(0, 3);
    runSplitter->setStretchFactor(1, 2);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addLayout(historyBar);
    historyLayout->addWidget(runSplitter, 1);

    // The week ahead between the table and the history: seen at a glance, next to the tasks it draws.
    auto *weekScroll = m_weekArea = new QScrollArea(this);
    weekScroll->setObjectName(QStringLiteral("taskWeekAhead"));
    weekScroll->setWidget(m_week);
    weekScroll->setWidgetResizable(true);
    weekScroll->setFrameShape(QFrame::NoFrame);
    auto *week = new QWidget(this);
    auto *weekHeading = new QLabel(tr("The week ahead: a mark for each run, blackout windows shaded"), week);
    weekHeading->setFont(headingFont);
    auto *weekLayout = new QVBoxLayout(week);
    weekLayout->setContentsMargins(0, 0, 0, 0);
    weekLayout->addWidget(weekHeading);
    weekLayout->addWidget(weekScroll, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(week);
    splitter->addWidget(history);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 4);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);

    connect(&m_desk, &TaskDesk::listed, this, &TasksView::onListed);
    connect(&m_desk, &TaskDesk::historyLoaded, this, &TasksView::onHistory);
    connect(&m_desk, &TaskDesk::changed, this, [this](const QString &name) {
        if (name.isEmpty() || name == m_historyTask)
            loadHistory();
    });
    connect(&m_desk, &TaskDesk::problem, this, &TasksView::statusMessage);
    m_historyHeading->setText(tr("Select a task to see its runs."));
    updateActions();
    m_desk.reload();
}

void TasksView::buildActions()
{
    const auto make = [this](const QString &text, const QKeySequence &keys, auto slot) {
        QAction *action = addViewAction(this, text, keys);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_new = make(tr("&New Task…"), QKeySequence(Qt::CTRL | Qt::Key_N), [this] {
        TaskDefinition task;
        task.name = QString();
        task.cron = QStringLiteral("30 2 * * *");
        task.timeZone = QString::fromLatin1(QTimeZone::systemTimeZoneId());
        task.kind = TaskDefinition::Kind::Command;
        task.settings = TaskEditDialog::settingsTemplate(task.kind);
        openEditor(task, true);
    });
    m_edit = make(tr("&Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        if (const std::optional<TaskOverview> selected = selectedTask())
            openEditor(selected->task, false);
    });
    m_duplicate = make(tr("&Duplicate…"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] {
        if (std::optional<TaskOverview> selected = selectedTask()) {
            TaskDefinition copy = selected->task;
            copy.id = 0;
            copy.nextDueMs = 0;
            copy.name = tr("%1-copy").arg(copy.name);
            openEditor(copy, true);
        }
    });
    m_remove = make(tr("&Remove"), QKeySequence(QKeySequence::Delete), &TasksView::removeSelected);
    m_undo = make(tr("&Undo"), QKeySequence(QKeySequence::Undo), &TasksView::undo);
    m_runNow = make(tr("Run &Now"), QKeySequence(Qt::CTRL | Qt::Key_R), &TasksView::askRunNow);
    m_toggle = make(tr("Ena&ble/Disable"), QKeySequence(Qt::CTRL | Qt::Key_T), &TasksView::toggleSelectedEnabled);
    m_approve = make(tr("&Approve Run"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &TasksView::approveSelected);
    m_copy = make(tr("Cop&y Table"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &TasksView::copyTable);
    m_blackouts = make(tr("Blac&kout Windows…"), QKeySequence(Qt::CTRL | Qt::Key_B), &TasksView::openBlackouts);
    m_restore = make(tr("Re&store This Backup…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &TasksView::askRestore);
}

void TasksView::showTask(const QString &taskName)
{
    m_wantedTask = taskName;
    const int row = m_model->rowOf(taskName);
    if (row < 0)
        return; // selected when a reload lists it
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // filtered out: the operator asked for this one
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_wantedTask.clear();
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

std::optional<TaskOverview> TasksView::selectedTask() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->taskAt(m_proxy->mapToSource(rows.constFirst()).row());
}

void TasksView::onListed(const QList<TaskOverview> &tasks, const QList<BlackoutWindow> &blackouts, qint64 nowMs)
{
    const std::optional<TaskOverview> selected = selectedTask();
    const QString wanted = !m_wantedTask.isEmpty() ? m_wantedTask : (selected ? selected->task.name : QString());
    m_model->setTasks(tasks, nowMs);
    m_blackoutWindows = blackouts;
    m_week->setSchedule(tasks, blackouts, nowMs);
    // Every task's row visible up to a dozen; beyond that the week scrolls.
    m_weekArea->setMinimumHeight(qMin(m_week->sizeHint().height(), m_week->fontMetrics().height() * 12 * 3 / 2) + 2);
    if (!wanted.isEmpty())
        showTask(wanted);
    else if (!m_listedOnce && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    m_listedOnce = true;
    if (!selectedTask()) {
        m_historyTask.clear();
        m_runs->clear();
        m_log->clear();
        m_historyHeading->setText(tasks.isEmpty() ? tr("No tasks. Add one with New Task (Ctrl+N).")
                                                  : tr("Select a task to see its runs."));
    } else {
        onSelectionChanged();
    }
    updateActions();
}

void TasksView::onSelectionChanged()
{
    updateActions();
    const std::optional<TaskOverview> selected = selectedTask();
    if (!selected)
        return;
    m_historyHeading->setText(tr("Runs of %1").arg(selected->task.name));
    if (m_historyTask != selected->task.name) {
        m_runs->clear();
        m_log->clear();
    }
    m_historyTask = selected->task.name;
    loadHistory();
}

void TasksView::loadHistory()
{
    if (m_historyTask.isEmpty())
        return;
    const QString key = m_resultFilter->currentData().toString();
    m_desk.loadHistory(m_historyTask, key.isEmpty() ? std::nullopt : TaskRun::stateFromKey(key));
}

void TasksView::onHistory(const QString &taskName, const QList<TaskRun> &runs)
{
    if (taskName != m_historyTask)
        return; // the selection moved on
    const qint64 current = m_runs->currentItem() ? m_runs->currentItem()->data(0, runIdRole).toLongLong() : 0;
    m_runs->clear();
    m_shownRuns = runs;
    for (const TaskRun &run : runs) {
        auto *item = new QTreeWidgetItem(m_runs);
        item->setData(0, runIdRole, run.id);
        item->setText(0, QString::number(run.id));
        item->setText(1, TaskTableModel::timeText(run.scheduledMs));
        item->setText(2, TaskRun::triggerTitle(run.trigger));
        item->setText(3, TaskRun::stateTitle(run.state));
        item->setText(4, TaskTableModel::timeText(run.startedMs));
        item->setText(5, TaskTableModel::durationText(run.durationMs()));
        item->setText(6, run.requestedBy);
        item->setText(7, run.approvedBy);
        item->setText(8, run.summary.isEmpty() ? run.note : run.summary);
        item->setToolTip(8, item->text(8));
        if (run.id == current)
            m_runs->setCurrentItem(item);
    }
    if (!m_runs->currentItem() && m_runs->topLevelItemCount() > 0)
        m_runs->setCurrentItem(m_runs->topLevelItem(0));
    if (runs.isEmpty())
        m_log->setPlainText(m_resultFilter->currentIndex() == 0 ? tr("This task has not run yet.")
                                                                : tr("No runs with this result."));
}

std::optional<TaskRun> TasksView::selectedRun() const
{
    const QTreeWidgetItem *item = m_runs->currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(0, runIdRole).toLongLong();
    for (const TaskRun &run : m_shownRuns) {
        if (run.id == id)
            return run;
    }
    return std::nullopt;
}

void TasksView::onRunSelected()
{
    updateActions();
    const std::optional<TaskRun> run = selectedRun();
    if (!run)
        return;
    QStringList lines;
    lines << tr("Run %1 of %2 — %3 (attempt %4)").arg(run->id).arg(run->taskName, TaskRun::stateTitle(run->state)).arg(run->attempt);
    if (!run->summary.isEmpty())
        lines << run->summary;
    if (!run->note.isEmpty())
        lines << tr("Note: %1").arg(run->note);
    if (!run->runner.isEmpty())
        lines << tr("Ran on: %1").arg(run->runner);
    if (!run->artifact.isEmpty())
        lines << tr("Produced: %1").arg(run->artifact);
    if (!run->output.isEmpty())
        lines << QString() << run->output;
    m_log->setPlainText(lines.join(u'\n'));
}

std::optional<TaskRun> TasksView::restorableRun() const
{
    const std::optional<TaskOverview> task = selectedTask();
    const std::optional<TaskRun> run = selectedRun();
    if (!task || task->task.kind != TaskDefinition::Kind::Backup || !run || run->taskName != task->task.name
        || run->state != TaskRun::State::Succeeded || run->artifact.isEmpty())
        return std::nullopt;
    return run;
}

void TasksView::askRestore()
{
    const std::optional<TaskRun> run = restorableRun();
    if (!run)
        return;
    const QString when = TaskTableModel::timeText(run->finishedMs);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Restore the backup of %1?").arg(when),
                                tr("The console closes, puts the backup of %1 back into its database and starts again.\n\n"
                                   "Backup: %2\n\n"
                                   "Everything recorded since then (history, alerts, incidents, task runs) is not lost: "
                                   "the database as it is now is kept beside it, named …before-restore-….db.")
                                    .arg(when, run->artifact),
                                QMessageBox::Cancel, this);
    box->addButton(tr("Restore and Restart"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::accepted, this, [this, backup = run->artifact] { Q_EMIT restoreRequested(backup); });
    box->open();
}

void TasksView::updateActions()
{
    const std::optional<TaskOverview> selected = selectedTask();
    m_edit->setEnabled(selected.has_value());
    m_duplicate->setEnabled(selected.has_value());
    m_remove->setEnabled(selected.has_value());
    m_runNow->setEnabled(selected && selected->scheduleError.isEmpty());
    m_toggle->setEnabled(selected.has_value());
    m_toggle->setText(selected && !selected->task.enabled ? tr("Ena&ble") : tr("Disa&ble"));
    m_approve->setEnabled(selected && selected->waitingRun && selected->waitingRun->state == TaskRun::State::WaitingApproval);
    m_restore->setEnabled(restorableRun().has_value());
    m_undo->setEnabled(!m_undoStack.isEmpty());
}

void TasksView::remember(const QString &taskName, std::optional<TaskDefinition> before)
{
    m_undoStack.append({taskName, std::move(before)});
    updateActions();
}

void TasksView::openEditor(const TaskDefinition &task, bool isNew)
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names << m_model->taskAt(row).task.name;
    auto *dialog = new TaskEditDialog(task, isNew, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, isNew] { saveTask(dialog->task(), isNew); });
    dialog->open();
}

void TasksView::saveTask(const TaskDefinition &task, bool isNew)
{
    std::optional<TaskDefinition> before;
    if (!isNew) {
        const int row = m_model->rowOf(task.name);
        if (row >= 0)
            before = m_model->taskAt(row).task;
    }
    remember(task.name, before);
    m_wantedTask = task.name;
    m_desk.save(task);
    Q_EMIT statusMessage(isNew ? tr("Task %1 added (Ctrl+Z undoes it)").arg(task.name)
                               : tr("Task %1 saved (Ctrl+Z undoes it)").arg(task.name));
}

void TasksView::removeSelected()
{
    const std::optional<TaskOverview> selected = selectedTask();
    if (!selected)
        return;
    remember(selected->task.name, selected->task);
    m_desk.remove(selected->task.name);
    Q_EMIT statusMessage(tr("Task %1 removed (Ctrl+Z brings it back)").arg(selected->task.name));
}

void TasksView::undo()
{
    if (m_undoStack.isEmpty())
        return;
    const auto [name, before] = m_undoStack.takeLast();
    if (before) {
        m_wantedTask = name;
        m_desk.save(*before);
    } else {
        m_desk.remove(name);
    }
    Q_EMIT statusMessage(tr("Undone: %1 is as it was").arg(name));
    updateActions();
}

void TasksView::askRunNow()
{
    const std::optional<TaskOverview> selected = selectedTask();
    if (!selected)
        return;
    // A rolling update restarts production instances: asked once more. Other kinds run at once.
    if (selected->task.kind == TaskDefinition::Kind::RollingUpdate) {
        auto *box = new QMessageBox(QMessageBox::Question, tr("Run %1 now?").arg(selected->task.name),
                                    tr("This rolling update restarts the instances of its service one by one."),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setDefaultButton(QMessageBox::Cancel);
        connect(box, &QMessageBox::accepted, this, &TasksView::runSelectedNow);
        box->open();
        return;
    }
    runSelectedNow();
}

void TasksView::runSelectedNow()
{
    if (const std::optional<TaskOverview> selected = selectedTask()) {
        m_desk.runNow(selected->task.name);
        Q_EMIT statusMessage(selected->task.needsApproval
                                 ? tr("Run of %1 requested; it waits for another operator's approval").arg(selected->task.name)
                                 : tr("Run of %1 requested").arg(selected->task.name));
    }
}

void TasksView::toggleSelectedEnabled()
{
    if (const std::optional<TaskOverview> selected = selectedTask()) {
        remember(selected->task.name, selected->task);
        m_desk.setEnabled(selected->task.name, !selected->task.enabled);
    }
}

void TasksView::approveSelected()
{
    const std::optional<TaskOverview> selected = selectedTask();
    if (selected && selected->waitingRun && selected->waitingRun->state == TaskRun::State::WaitingApproval)
        m_desk.approve(selected->waitingRun->id);
}

QString TasksView::tableText() const
{
    return recordTableText(*m_proxy);
}

void TasksView::copyTable()
{
    QApplication::clipboard()->setText(tableText());
    Q_EMIT statusMessage(tr("Tasks copied (%n row(s))", nullptr, m_proxy->rowCount()));
}

void TasksView::openBlackouts()
{
    // Non-modal: the week ahead beside it shows each change as the desk lists it.
    auto *dialog = new BlackoutWindowsDialog(m_desk, m_blackoutWindows, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace payops
