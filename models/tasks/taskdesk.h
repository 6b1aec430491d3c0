#pragma once

#include "models/security/osidentity.h"
#include "models/tasks/blackoutwindow.h"
#include "models/tasks/taskdefinition.h"
#include "models/tasks/taskrun.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace payops {

class Database;
class DatabaseWriter;
class TaskEngine;

// One task as the Tasks view lists it: the definition, its newest run, the run waiting to start (for
// approval or its turn) and its fire times in the coming week.
struct TaskOverview
{
    TaskDefinition task;
    std::optional<TaskRun> lastRun;
    std::optional<TaskRun> waitingRun;
    QList<qint64> upcomingMs; // fire times in [now, now + 7 days)
    QString scheduleError;    // the cron or zone is not valid (a hand-edited database)
};

// What the Tasks view asks of the scheduler's tables, off the GUI thread: every read and write is a
// job on the DatabaseWriter, and every change goes through a TaskEngine there, so an edit, a "run
// now" or an approval made in the window is audited exactly as one made with payopsctl. The runs
// themselves stay with the task thread (TaskWorker): runRequested() asks the console to wake it.
class TaskDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDesk)

public:
    using Clock = std::function<qint64()>;

    TaskDesk(Database &database, DatabaseWriter &writer, Clock clock = {}, OsIdentity identity = OsIdentity::current(),
             QObject *parent = nullptr);

    [[nodiscard]] const OsIdentity &identity() const { return m_identity; }

    void reload();
    // The runs of one task, newest first (`state` filters when set).
    void loadHistory(const QString &taskName, std::optional<TaskRun::State> state = {});
    // Saves (inserts or replaces by name: a task keeps its name, so its history stays its own).
    void save(const TaskDefinition &task);
    void remove(const QString &taskName);
    void setEnabled(const QString &taskName, bool enabled);
    void runNow(const QString &taskName);
    void approve(qint64 runId);
    // Blackout windows (insert when the id is 0), audited like the tasks' edits.
    void saveBlackout(const BlackoutWindow &window);
    void removeBlackout(qint64 id);

    // The overviews as reload() computes them, on the calling thread's connection (the writer's job;
    // tests call it directly).
    [[nodiscard]] static QList<TaskOverview> overviews(Database &database, qint64 nowMs, QString *error);

Q_SIGNALS:
    void listed(const QList<payops::TaskOverview> &tasks, const QList<payops::BlackoutWindow> &blackouts, qint64 nowMs);
    void historyLoaded(const QString &taskName, const QList<payops::TaskRun> &runs);
    // A task was saved, removed, enabled or disabled, or got a run: the list is reloaded already.
    void changed(const QString &taskName);
    // A run was requested or approved: the task thread should look at what is due now.
    void runRequested();
    void problem(const QString &message);

private:
    // Runs `change` on the writer with a TaskEngine; on success emits changed() (and runRequested()
    // when `wakesScheduler`) and reloads, else problem().
    void change(const QString &taskName, bool wakesScheduler, std::function<std::optional<QString>(TaskEngine &, const QString &who)> change);

    Database &m_database;
    DatabaseWriter &m_writer;
    Clock m_clock;
    OsIdentity m_identity;
};

} // namespace payops

Q_DECLARE_METATYPE(payops::TaskOverview)
