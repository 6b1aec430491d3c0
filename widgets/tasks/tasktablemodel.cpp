#include "widgets/tasks/tasktablemodel.h"

#include "widgets/contrast.h"
#include "widgets/dashboard/servicepalette.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <limits>

namespace payops {

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TaskTableModel::setTasks(const QList<TaskOverview> &tasks, qint64 nowMs)
{
    beginResetModel();
    m_tasks = tasks;
    m_nowMs = nowMs;
    endResetModel();
}

int TaskTableModel::rowOf(const QString &taskName) const
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks.at(row).task.name == taskName)
            return row;
    }
    return -1;
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Task");
    case Kind: return tr("Kind");
    case Schedule: return tr("Schedule");
    case NextRun: return tr("Next run");
    case LastResult: return tr("Last result");
    case LastRun: return tr("Last run");
    case Duration: return tr("Duration");
    case ColumnCount: break;
    }
    return {};
}

QString TaskTableModel::timeText(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("—");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("ddd d MMM HH:mm"));
}

QString TaskTableModel::durationText(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("—");
    if (ms < 60'000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    if (ms < 3'600'000)
        return tr("%1 min %2 s").arg(ms / 60'000).arg((ms / 1000) % 60);
    return tr("%1 h %2 min").arg(ms / 3'600'000).arg((ms / 60'000) % 60);
}

QString TaskTableModel::statusText(const TaskOverview &overview) const
{
    if (overview.waitingRun && overview.waitingRun->state == TaskRun::State::WaitingApproval)
        return tr("Waiting for approval (run %1)").arg(overview.waitingRun->id);
    if (overview.lastRun && overview.lastRun->state == TaskRun::State::Running)
        return TaskRun::stateTitle(TaskRun::State::Running);
    if (overview.waitingRun)
        return tr("Due (run %1 pending)").arg(overview.waitingRun->id);
    if (!overview.lastRun)
        return tr("Never ran");
    const TaskRun &run = *overview.lastRun;
    return run.summary.isEmpty() ? TaskRun::stateTitle(run.state)
                                 : tr("%1: %2").arg(TaskRun::stateTitle(run.state), run.summary);
}

QVariant TaskTableModel::display(const TaskOverview &overview, int column) const
{
    const TaskDefinition &task = overview.task;
    switch (Column(column)) {
    case Name: return task.enabled ? task.name : tr("%1 (disabled)").arg(task.name);
    case Kind: return TaskDefinition::kindTitle(task.kind);
    case Schedule: return tr("%1 (%2)").arg(task.cron, task.timeZone);
    case NextRun:
        if (!overview.scheduleError.isEmpty())
            return tr("Invalid schedule");
        if (!task.enabled)
            return tr("Disabled");
        return overview.upcomingMs.isEmpty() ? tr("Not this week") : timeText(overview.upcomingMs.constFirst());
    case LastResult: return statusText(overview);
    case LastRun: return timeText(overview.lastRun ? overview.lastRun->startedMs : 0);
    case Duration: return durationText(overview.lastRun ? overview.lastRun->durationMs() : 0);
    case ColumnCount: break;
    }
    return {};
}

QVariant TaskTableModel::sortKey(const TaskOverview &overview, int column) const
{
    switch (Column(column)) {
    case NextRun:
        return overview.upcomingMs.isEmpty() ? std::numeric_limits<qint64>::max() : overview.upcomingMs.constFirst();
    case LastRun: return overview.lastRun ? overview.lastRun->startedMs : 0;
    case Duration: return overview.lastRun ? overview.lastRun->durationMs() : 0;
    case LastResult: {
        // Failures first when sorted ascending: what needs a look.
        if (!overview.lastRun)
            return 5;
        switch (overview.lastRun->state) {
        case TaskRun::State::Failed: return 0;
        case TaskRun::State::Interrupted: return 1;
        case TaskRun::State::Skipped: return 2;
        case TaskRun::State::Running: return 3;
        default: return 4;
        }
    }
    default: return display(overview, column);
    }
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};
    const TaskOverview &overview = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(overview, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NextRun && !overview.scheduleError.isEmpty())
            return overview.scheduleError;
        if (index.column() == LastResult && overview.lastRun && !overview.lastRun->note.isEmpty())
            return overview.lastRun->note;
        return display(overview, index.column());
    case Qt::UserRole: return sortKey(overview, index.column());
    case Qt::ForegroundRole:
        if (index.column() == LastResult && overview.lastRun
            && (overview.lastRun->state == TaskRun::State::Failed || overview.lastRun->state == TaskRun::State::Interrupted))
            return Contrast::readable(ServicePalette::criticalColor(), QGuiApplication::palette().color(QPalette::Base));
        return {};
    default: return {};
    }
}

} // namespace payops
