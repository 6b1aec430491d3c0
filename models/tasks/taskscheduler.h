#pragma once

#include "models/tasks/taskexecutor.h"
#include "models/tasks/taskrepository.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace payops {

// Something the scheduler did that belongs in the audit log (and, for failures, in alerts).
struct TaskEvent
{
    enum class Kind { Requested, Approved, Skipped, Started, Finished, Interrupted, Edited };
    Kind kind = Kind::Started;
    QString taskName;
    qint64 runId = 0;
    QString who;  // the operator, or the runner ("host:pid") for what the schedule did
    QString text; // what happened, in words
    bool failed = false; // a failed or interrupted run (what an alert is raised for)
};

// How a TaskScheduler gets time, names itself and judges other runners (injected in tests).
struct TaskSchedulerOptions
{
    using Clock = std::function<qint64()>;
    // Whether the runner that holds a lock ("host:pid") is gone although its lock has not expired.
    using RunnerGone = std::function<bool(const QString &runner, qint64 expiresMs)>;

    Clock clock;           // default: the system clock
    QString runner;        // default: TaskScheduler::thisRunner()
    RunnerGone runnerGone; // default: TaskScheduler::runnerIsGone()
    qint64 missedGraceMs = 5 * 60 * 1000;
    // The people who may approve (the approval rule needs to know whether there is more than
    // one); default: TaskRepository::knownUsers() plus the approver.
    std::function<QStringList()> users;
};

// Decides and runs what is due, the same way in the console (on its tasks thread) and in
// `payopsctl tasks run-due` (the systemd timer, every minute) — both at once is safe:
//
//   1. recoverInterrupted(): runs left "running" by a process that is gone become Interrupted.
//   2. plan(): each enabled task whose next fire time has come gets one run. Fire times missed
//      while nothing ran (more than one, or one later than missedGraceMs) give one CatchUp run or
//      one Skipped record, as the task says; the history says which. Planning moves next_due with a
//      compare-and-set, so each fire time is planned by exactly one process.
//   3. dispatch(): each pending run, oldest first, unless it waits (not before a blackout's end or a
//      retry's back-off): a blackout window makes it wait or skips it; a run of the same task in
//      progress (the lock row held by a live runner) skips it or leaves it queued; otherwise it
//      claims the task's lock row and the run in one transaction, runs the executor and records the
//      outcome. A failure is retried after retryBackoffSeconds, doubled for each further attempt.
//
// Runs that need approval wait in WaitingApproval until approve() by an operator other than the
// requester (when more than one user is known). Time comes from the injected clock only.
class TaskScheduler final
{
    Q_DECLARE_TR_FUNCTIONS(payops::TaskScheduler)

public:
    using Clock = TaskSchedulerOptions::Clock;
    using RunnerGone = TaskSchedulerOptions::RunnerGone;
    using Options = TaskSchedulerOptions;

    struct Report
    {
        QList<TaskRun> runs;  // the runs this pass created, skipped or ran (as they ended)
        QStringList problems; // what could not be done, in words
    };

    TaskScheduler(TaskRepository &repository, TaskExecutor &executor, TaskSchedulerOptions options = TaskSchedulerOptions());

    // THE place where what the scheduler does is recorded elsewhere: the audit log and alerts are
    // wired here by the composition root. Called on the scheduler's thread.
    void setEventHook(std::function<void(const TaskEvent &)> hook) { m_hook = std::move(hook); }

    Report recoverInterrupted();
    Report plan();
    // `onlyTask`: dispatch the runs of that task only ("run now"); empty: all.
    Report dispatch(const QString &onlyTask = {});
    // All three, in order: what `payopsctl tasks run-due` and the console's timer call.
    Report runDue();

    // A manual run ("run now"): ignores blackouts (the operator chose the moment), needs approval
    // like any run of the task. Returns the run's id.
    std::optional<qint64> requestRun(const QString &taskName, const QString &requestedBy, QString *error);
    [[nodiscard]] std::optional<QString> approve(qint64 runId, const QString &approver);
    // Records an edit of a task (saved by the caller) for the audit log.
    void recordEdit(const QString &taskName, const QString &who, const QString &what);

    [[nodiscard]] qint64 now() const { return m_options.clock(); }
    [[nodiscard]] const QString &runner() const { return m_options.runner; }

    // "host:pid" of this process.
    [[nodiscard]] static QString thisRunner();
    // A runner on this host whose process no longer exists is gone; one on another host is gone
    // only when its lock expires.
    [[nodiscard]] static bool runnerIsGone(const QString &runner);

private:
    void emitEvent(TaskEvent::Kind kind, const TaskRun &run, const QString &who, const QString &text, bool failed = false);
    // Runs the claimed run and records the outcome (and a retry).
    TaskRun execute(const TaskDefinition &task, TaskRun run, Report &report);
    [[nodiscard]] QString formatTime(qint64 ms, const QString &zone) const;

    TaskRepository &m_repository;
    TaskExecutor &m_executor;
    Options m_options;
    std::function<void(const TaskEvent &)> m_hook;
};

} // namespace payops
