#pragma once

#include "models/tasks/blackoutwindow.h"
#include "models/tasks/taskdefinition.h"
#include "models/tasks/taskrun.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace payops {

class Database;

// The tasks, their runs, the run lock and the blackout windows in SQLite (TaskSchema), on the
// calling thread's connection. Every method that decides something another process may decide at
// the same time (planning a fire time, claiming a run) does it in one BEGIN IMMEDIATE transaction
// with a compare-and-set, so the console and payopsctl agree without talking to each other.
// Errors are values in the operator's words.
class TaskRepository final
{
    Q_DECLARE_TR_FUNCTIONS(payops::TaskRepository)

public:
    explicit TaskRepository(Database &database);

    // --- tasks
    [[nodiscard]] QList<TaskDefinition> tasks(QString *error = nullptr) const;
    [[nodiscard]] std::optional<TaskDefinition> task(const QString &name, QString *error = nullptr) const;
    // Inserts or replaces by name (validated first). A changed schedule is planned afresh (next_due 0).
    [[nodiscard]] std::optional<QString> saveTask(TaskDefinition &task);
    [[nodiscard]] std::optional<QString> setEnabled(const QString &name, bool enabled, qint64 nowMs);
    [[nodiscard]] std::optional<QString> removeTask(const QString &name);

    // Moves the task's next_due from `expectedDueMs` to `nextDueMs` and inserts `runs`, in one
    // transaction, only if next_due is still `expectedDueMs`. Returns true when this caller did it;
    // false when another process planned this fire time first (then nothing is written).
    [[nodiscard]] std::optional<bool> planFireTime(const QString &taskName, qint64 expectedDueMs, qint64 nextDueMs,
                                                   QList<TaskRun> runs, QString *error);

    // Once per database: the knowledge base's daily backup ("database-backup", 02:30 in the system's
    // zone, 7 daily / 4 weekly / 6 monthly) and its weekly performance review ("performance-review",
    // Mondays 08:00 in the system's zone). An operator who removes one does not get it back.
    [[nodiscard]] std::optional<QString> installDefaultsOnce(qint64 nowMs);

    // --- runs
    [[nodiscard]] std::optional<qint64> addRun(const TaskRun &run, QString *error);
    [[nodiscard]] std::optional<TaskRun> run(qint64 id, QString *error = nullptr) const;
    // Newest first; `state` filters when set; `taskName` empty = every task.
    [[nodiscard]] QList<TaskRun> runs(const QString &taskName, int limit, std::optional<TaskRun::State> state = {},
                                      QString *error = nullptr) const;
    // The oldest run of the task that has not started yet (pending or waiting for approval).
    [[nodiscard]] std::optional<TaskRun> waitingRun(const QString &taskName, QString *error = nullptr) const;
    // Runs in `state`, oldest first.
    [[nodiscard]] QList<TaskRun> runsInState(TaskRun::State state, QString *error = nullptr) const;
    // Writes the run's state, times and results (not its identity).
    [[nodiscard]] std::optional<QString> updateRun(const TaskRun &run);
    // The same, only while the stored run is still in `expected` (a decision about a pending run that
    // another process may claim meanwhile). Returns whether it was written.
    [[nodiscard]] std::optional<bool> updateRunIf(const TaskRun &run, TaskRun::State expected, QString *error);
    // Moves a run from WaitingApproval to Pending with who and when; false when it was not waiting.
    [[nodiscard]] std::optional<bool> approveRun(qint64 runId, const QString &approver, qint64 nowMs, QString *error);

    // --- the lock
    // In one transaction: when no live runner holds the task's lock row (none, expired, or `isStale`
    // says its runner is gone), takes it for `runner` and moves the run from Pending to Running.
    // Returns true when claimed; false when another runner holds the task or the run was no longer
    // pending (someone else claimed it).
    [[nodiscard]] std::optional<bool> claimRun(const TaskRun &run, const QString &runner, qint64 nowMs, qint64 expiresMs,
                                               const std::function<bool(const QString &runner, qint64 expiresMs)> &isStale,
                                               QString *error);
    // Writes the finished run and drops the lock row, in one transaction.
    [[nodiscard]] std::optional<QString> finishRun(const TaskRun &run);
    // Who holds the task's lock, if anyone (runner, expires_ms).
    [[nodiscard]] std::optional<std::pair<QString, qint64>> lockHolder(const QString &taskName, QString *error = nullptr) const;
    // Marks Running runs whose runner is gone (isStale) as Interrupted and drops their lock rows.
    // Returns how many were marked.
    [[nodiscard]] std::optional<int> markInterrupted(const std::function<bool(const QString &runner, qint64 expiresMs)> &isStale,
                                                     qint64 nowMs, QString *error);

    // --- blackout windows (saving or removing one releases the runs waiting for a window's end:
    // the next dispatch decides again)
    [[nodiscard]] QList<BlackoutWindow> blackouts(QString *error = nullptr) const;
    [[nodiscard]] std::optional<QString> saveBlackout(BlackoutWindow &window);
    [[nodiscard]] std::optional<QString> removeBlackout(qint64 id);

    // The distinct people the tables name (owners, requesters, approvers): how the approval rule knows
    // whether more than one user exists until the console has a user list.
    [[nodiscard]] QStringList knownUsers(QString *error = nullptr) const;

private:
    std::optional<QString> installDefaultReviewOnce(qint64 nowMs);
    std::optional<QString> releaseBlackoutWaits();

    Database &m_database;
};

} // namespace payops
