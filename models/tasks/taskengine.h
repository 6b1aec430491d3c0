#pragma once

#include "models/security/auditlog.h"
#include "models/tasks/taskkindexecutor.h"
#include "models/tasks/taskrepository.h"
#include "models/tasks/taskscheduler.h"

#include <QStringList>

namespace payops {

class Database;

// The scheduler as both composition roots build it — the console's TaskWorker and payopsctl's
// `tasks` commands: the repository, the executor of the task kinds and the scheduler, whose events
// (requested, approved, skipped, started, finished, interrupted, edited) are appended to the audit
// log. One place, so a run is audited the same way whoever ran it.
class TaskEngine final
{
    Q_DISABLE_COPY_MOVE(TaskEngine)

public:
    explicit TaskEngine(Database &database, TaskSchedulerOptions options = TaskSchedulerOptions());

    [[nodiscard]] TaskRepository &repository() { return m_repository; }
    // Its event hook is the engine's (the audit log): listen with setEventListener().
    [[nodiscard]] TaskScheduler &scheduler() { return m_scheduler; }
    // Told every scheduler event after it is audited (the console shows finished and failed runs).
    void setEventListener(std::function<void(const TaskEvent &)> listener) { m_listener = std::move(listener); }
    // What could not be written to the audit log since the last call, in words.
    [[nodiscard]] QStringList takeAuditProblems() { return std::exchange(m_auditProblems, {}); }

    // Blackout windows, saved (inserted when id is 0) or removed, each audited as an edit by `who`
    // (the Tasks view and payopsctl both come through here).
    [[nodiscard]] std::optional<QString> saveBlackout(BlackoutWindow &window, const QString &who);
    [[nodiscard]] std::optional<QString> removeBlackout(qint64 id, const QString &who);

    // The audit action of a scheduler event ("task.finished", …).
    [[nodiscard]] static QString auditAction(TaskEvent::Kind kind);

private:
    void audit(const TaskEvent &event);

    TaskRepository m_repository;
    TaskKindExecutor m_executor;
    TaskScheduler m_scheduler;
    AuditLog m_auditLog;
    QStringList m_auditProblems;
    std::function<void(const TaskEvent &)> m_listener;
};

} // namespace payops
