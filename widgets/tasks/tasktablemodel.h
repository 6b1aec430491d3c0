#pragma once

#include "models/tasks/taskdesk.h"

#include <QAbstractTableModel>
#include <QList>

namespace payops {

// The tasks as the Tasks view's table shows them: name, kind, schedule, next run, last result, when it
// last ran and for how long. Sorting uses Qt::UserRole (times as numbers, results by severity), so the
// table sorts as an operator expects rather than by the displayed text.
class TaskTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Schedule, NextRun, LastResult, LastRun, Duration, ColumnCount };

    explicit TaskTableModel(QObject *parent = nullptr);

    void setTasks(const QList<TaskOverview> &tasks, qint64 nowMs);
    [[nodiscard]] const TaskOverview &taskAt(int row) const { return m_tasks.at(row); }
    [[nodiscard]] int rowOf(const QString &taskName) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "12 Jun 02:30" in the local zone; "—" for none.
    [[nodiscard]] static QString timeText(qint64 ms);
    [[nodiscard]] static QString durationText(qint64 ms);

private:
    [[nodiscard]] QVariant display(const TaskOverview &overview, int column) const;
    [[nodiscard]] QVariant sortKey(const TaskOverview &overview, int column) const;
    [[nodiscard]] QString statusText(const TaskOverview &overview) const;

    QList<TaskOverview> m_tasks;
    qint64 m_nowMs = 0;
};

} // namespace payops
