#include "models/tasks/taskscheduler.h"

#include "models/tasks/cronschedule.h"

#include <QDateTime>
#include <QHash>
#include <QSysInfo>
#include <QTimeZone>

#include <cerrno>
#include <signal.h>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

// Counting missed fire times stops here: the note then says "more than".
constexpr int missedCountCap = 10000;
// A lock outlives the task's timeout by this much before another runner may take it over.
constexpr qint64 lockMarginMs = 5 * 60 * 1000;
// The longest retry back-off, whatever the doubling says.
constexpr qint64 longestBackoffMs = 24LL * 3600 * 1000;

} // namespace

TaskScheduler::TaskScheduler(TaskRepository &repository, TaskExecutor &executor, Options options)
    : m_repository(repository)
    , m_executor(executor)
    , m_options(std::move(options))
{
    if (!m_options.clock)
        m_options.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    if (m_options.runner.isEmpty())
        m_options.runner = thisRunner();
    if (!m_options.runnerGone)
        m_options.runnerGone = [](const QString &runner, qint64) { return runnerIsGone(runner); };
}

QString TaskScheduler::thisRunner()
{
    return u"%1:%2"_s.arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
}

bool TaskScheduler::runnerIsGone(const QString &runner)
{
    const qsizetype colon = runner.lastIndexOf(u':');
    if (colon < 0 || runner.left(colon) != QSysInfo::machineHostName())
        return false;
    bool ok = false;
    const qint64 pid = runner.mid(colon + 1).toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

QString TaskScheduler::formatTime(qint64 ms, const QString &zone) const
{
    const QTimeZone tz(zone.toUtf8());
    return QDateTime::fromMSecsSinceEpoch(ms, tz.isValid() ? tz : QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm t"_s);
}

void TaskScheduler::emitEvent(TaskEvent::Kind kind, const TaskRun &run, const QString &who, const QString &text, bool failed)
{
    if (m_hook)
        m_hook(TaskEvent{kind, run.taskName, run.id, who, text, failed});
}

TaskScheduler::Report TaskScheduler::recoverInterrupted()
{
    Report report;
    QString error;
    const QList<TaskRun> before = m_repository.runsInState(TaskRun::State::Running, &error);
    const std::optional<int> marked = m_repository.markInterrupted(m_options.runnerGone, now(), &error);
    if (!marked) {
        report.problems << error;
        return report;
    }
    for (const TaskRun &run : before) {
        const std::optional<TaskRun> after = m_repository.run(run.id);
        if (after && after->state == TaskRun::State::Interrupted) {
            report.runs << *after;
            emitEvent(TaskEvent::Kind::Interrupted, *after, m_options.runner, after->note, true);
        }
    }
    return report;
}

TaskScheduler::Report TaskScheduler::plan()
{
    Report report;
    QString error;
    const qint64 nowMs = now();
    const QList<TaskDefinition> tasks = m_repository.tasks(&error);
    if (!error.isEmpty())
        report.problems << error;
    for (const TaskDefinition &task : tasks) {
        if (!task.enabled)
            continue;
        const CronSchedule::Result created = CronSchedule::create(task.cron, task.timeZone);
        if (!created.schedule) {
            report.problems << tr("The task %1 has no usable schedule: %2").arg(task.name, created.error);
            continue;
        }
        const CronSchedule &schedule = *created.schedule;
        const qint64 nextAfterNow = schedule.nextAfter(nowMs).value_or(0);
        if (task.nextDueMs == 0) {
            // First planning (new, edited or re-enabled task): from now on, nothing is "missed".
            if (!m_repository.planFireTime(task.name, 0, nextAfterNow, {}, &error))
                report.problems << error;
            continue;
        }
        if (task.nextDueMs > nowMs)
            continue;

        int missed = 1;
        qint64 lastDue = task.nextDueMs;
        while (missed < missedCountCap) {
            const std::optional<qint64> next = schedule.nextAfter(lastDue);
            if (!next || *next > nowMs)
                break;
            lastDue = *next;
            ++missed;
        }
        const bool wasMissed = missed > 1 || nowMs - task.nextDueMs > m_options.missedGraceMs;

        TaskRun run;
        run.taskName = task.name;
        run.requestedBy = task.owner;
        run.scheduledMs = lastDue;
        run.state = task.needsApproval ? TaskRun::State::WaitingApproval : TaskRun::State::Pending;
        if (wasMissed) {
            const QString what = missed >= missedCountCap
                ? tr("Fire times missed: more than %1, between %2 and %3").arg(missedCountCap)
                : tr("Fire times missed: %1, between %2 and %3").arg(missed);
            const QString span = what.arg(formatTime(task.nextDueMs, task.timeZone), formatTime(nowMs, task.timeZone));
            if (task.onMissed == TaskDefinition::OnMissed::RunOnce) {
                run.trigger = TaskRun::Trigger::CatchUp;
                run.note = tr("%1 while neither the console nor payopsctl ran it; running once now, as the task says.").arg(span);
            } else {
                run.trigger = TaskRun::Trigger::CatchUp;
                run.state = TaskRun::State::Skipped;
                run.finishedMs = nowMs;
                run.note = tr("%1 while neither the console nor payopsctl ran it; skipped, as the task says.").arg(span);
            }
        }
        // At most one run of a task waits: a fire time that comes while an earlier run still waits
        // (for a blackout's end, an approval, a busy task) is recorded as skipped, not stacked up.
        if (run.state != TaskRun::State::Skipped) {
            if (const std::optional<TaskRun> waiting = m_repository.waitingRun(task.name)) {
                run.state = TaskRun::State::Skipped;
                run.finishedMs = nowMs;
                run.note = (run.note.isEmpty() ? QString() : run.note + u' ')
                    + tr("Skipped: the run due at %1 is still waiting (%2).")
                          .arg(formatTime(waiting->scheduledMs, task.timeZone), TaskRun::stateTitle(waiting->state));
            }
        }
        const std::optional<bool> planned = m_repository.planFireTime(task.name, task.nextDueMs, nextAfterNow, {run}, &error);
        if (!planned) {
            report.problems << error;
        } else if (*planned) {
            report.runs << run;
            if (run.state == TaskRun::State::Skipped)
                emitEvent(TaskEvent::Kind::Skipped, run, m_options.runner, run.note);
        }
    }
    return report;
}

TaskScheduler::Report TaskScheduler::dispatch(const QString &onlyTask)
{
    Report report;
    QString error;
    const QList<TaskRun> pending = m_repository.runsInState(TaskRun::State::Pending, &error);
    if (!error.isEmpty())
        report.problems << error;
    const QList<BlackoutWindow> blackouts = m_repository.blackouts(&error);
    for (TaskRun run : pending) {
        const qint64 nowMs = now();
        if (run.notBeforeMs > nowMs || (!onlyTask.isEmpty() && run.taskName != onlyTask))
            continue;
        const std::optional<TaskDefinition> task = m_repository.task(run.taskName, &error);
        if (!task || (!task->enabled && run.trigger != TaskRun::Trigger::Manual)) {
            run.state = TaskRun::State::Skipped;
            run.finishedMs = nowMs;
            run.note = task ? tr("Skipped: the task is disabled.") : tr("Skipped: the task no longer exists.");
            if (m_repository.updateRunIf(run, TaskRun::State::Pending, &error).value_or(false)) {
                report.runs << run;
                emitEvent(TaskEvent::Kind::Skipped, run, m_options.runner, run.note);
            }
            continue;
        }

        // Blackout windows hold what the schedule started; an operator's "run now" chose its moment.
        if (run.trigger != TaskRun::Trigger::Manual) {
            std::optional<std::pair<qint64, qint64>> inside;
            QString windowName;
            for (const BlackoutWindow &window : blackouts) {
                if (const auto occurrence = window.occurrenceAt(nowMs); occurrence && (!inside || occurrence->second > inside->second)) {
                    inside = occurrence;
                    windowName = window.name;
                }
            }
            if (inside) {
                if (task->onBlackout == TaskDefinition::OnBlackout::Wait) {
                    run.notBeforeMs = inside->second;
                    run.note = tr("Waited for the blackout window \"%1\" to end at %2.")
                                   .arg(windowName, formatTime(inside->second, task->timeZone));
                    if (!m_repository.updateRunIf(run, TaskRun::State::Pending, &error))
                        report.problems << error;
                } else {
                    run.state = TaskRun::State::Skipped;
                    run.finishedMs = nowMs;
                    run.note = tr("Skipped: due inside the blackout window \"%1\" (until %2).")
                                   .arg(windowName, formatTime(inside->second, task->timeZone));
                    if (m_repository.updateRunIf(run, TaskRun::State::Pending, &error).value_or(false)) {
                        report.runs << run;
                        emitEvent(TaskEvent::Kind::Skipped, run, m_options.runner, run.note);
                    }
                }
                continue;
            }
        }

        const qint64 expiresMs = nowMs + qint64(task->timeoutSeconds) * 1000 + lockMarginMs;
        const std::optional<bool> claimed = m_repository.claimRun(run, m_options.runner, nowMs, expiresMs,
                                                                  m_options.runnerGone, &error);
        if (!claimed) {
            report.problems << error;
            continue;
        }
        if (!*claimed) {
            // Another runner holds the task, or took this very run.
            const std::optional<TaskRun> stored = m_repository.run(run.id);
            if (!stored || stored->state != TaskRun::State::Pending)
                continue;
            const bool scheduled = run.trigger == TaskRun::Trigger::Schedule || run.trigger == TaskRun::Trigger::CatchUp;
            if (task->onOverlap == TaskDefinition::OnOverlap::Skip && scheduled) {
                const std::optional<std::pair<QString, qint64>> holder = m_repository.lockHolder(run.taskName);
                run.state = TaskRun::State::Skipped;
                run.finishedMs = nowMs;
                run.note = tr("Skipped: the previous run was still running (%1).").arg(holder ? holder->first : QString());
                if (m_repository.updateRunIf(run, TaskRun::State::Pending, &error).value_or(false)) {
                    report.runs << run;
                    emitEvent(TaskEvent::Kind::Skipped, run, m_options.runner, run.note);
                }
            }
            continue; // queued: it stays pending until the task is free
        }
        run.state = TaskRun::State::Running;
        run.runner = m_options.runner;
        run.startedMs = nowMs;
        report.runs << execute(*task, run, report);
    }
    return report;
}

TaskRun TaskScheduler::execute(const TaskDefinition &task, TaskRun run, Report &report)
{
    emitEvent(TaskEvent::Kind::Started, run, m_options.runner,
              tr("Started (%1, attempt %2).").arg(TaskRun::triggerTitle(run.trigger)).arg(run.attempt));
    const TaskOutcome outcome = m_executor.execute(task, run);
    run.finishedMs = std::max(now(), run.startedMs);
    run.state = outcome.succeeded ? TaskRun::State::Succeeded : TaskRun::State::Failed;
    run.summary = outcome.summary;
    run.output = outcome.output;
    run.artifact = outcome.artifact;
    if (const std::optional<QString> error = m_repository.finishRun(run))
        report.problems << *error;
    emitEvent(TaskEvent::Kind::Finished, run, m_options.runner,
              outcome.succeeded ? tr("Succeeded: %1").arg(outcome.summary) : tr("Failed: %1").arg(outcome.summary),
              !outcome.succeeded);

    if (!outcome.succeeded && run.attempt <= task.maxRetries) {
        TaskRun retry;
        retry.taskName = run.taskName;
        retry.trigger = TaskRun::Trigger::Retry;
        retry.attempt = run.attempt + 1;
        retry.state = TaskRun::State::Pending;
        retry.scheduledMs = run.scheduledMs;
        retry.requestedBy = run.requestedBy;
        retry.approvedBy = run.approvedBy;
        retry.approvedMs = run.approvedMs;
        const qint64 backoffMs = std::min(longestBackoffMs, qint64(task.retryBackoffSeconds) * 1000 << std::min(run.attempt - 1, 20));
        retry.notBeforeMs = run.finishedMs + backoffMs;
        retry.note = tr("Attempt %1 of %2, %3 s after attempt %4 failed.")
                         .arg(retry.attempt).arg(task.maxRetries + 1).arg(backoffMs / 1000).arg(run.attempt);
        QString error;
        if (!m_repository.addRun(retry, &error))
            report.problems << error;
    }
    return run;
}

TaskScheduler::Report TaskScheduler::runDue()
{
    Report report = recoverInterrupted();
    for (const Report &part : {plan(), dispatch()}) {
        report.runs << part.runs;
        report.problems << part.problems;
    }
    return report;
}

std::optional<qint64> TaskScheduler::requestRun(const QString &taskName, const QString &requestedBy, QString *error)
{
    const std::optional<TaskDefinition> task = m_repository.task(taskName, error);
    if (!task) {
        if (error && error->isEmpty())
            *error = tr("There is no task named %1.").arg(taskName);
        return std::nullopt;
    }
    TaskRun run;
    run.taskName = taskName;
    run.trigger = TaskRun::Trigger::Manual;
    run.requestedBy = requestedBy;
    run.scheduledMs = now();
    run.state = task->needsApproval ? TaskRun::State::WaitingApproval : TaskRun::State::Pending;
    const std::optional<qint64> id = m_repository.addRun(run, error);
    if (id) {
        run.id = *id;
        emitEvent(TaskEvent::Kind::Requested, run, requestedBy,
                  task->needsApproval ? tr("Run requested; waiting for approval.") : tr("Run requested."));
    }
    return id;
}

std::optional<QString> TaskScheduler::approve(qint64 runId, const QString &approver)
{
    if (approver.trimmed().isEmpty())
        return tr("Say who approves the run.");
    QString error;
    const std::optional<TaskRun> run = m_repository.run(runId, &error);
    if (!run)
        return error.isEmpty() ? tr("There is no run %1.").arg(runId) : error;
    if (run->state != TaskRun::State::WaitingApproval)
        return tr("Run %1 of %2 is not waiting for approval (it is %3).").arg(runId).arg(run->taskName, TaskRun::stateTitle(run->state));
    QStringList users = m_options.users ? m_options.users() : m_repository.knownUsers();
    if (!users.contains(approver))
        users << approver;
    if (users.size() > 1 && approver == run->requestedBy)
        return tr("%1 requested this run of %2; another operator must approve it.").arg(approver, run->taskName);
    const std::optional<bool> approved = m_repository.approveRun(runId, approver, now(), &error);
    if (!approved)
        return error;
    if (!*approved)
        return tr("Run %1 of %2 is no longer waiting for approval.").arg(runId).arg(run->taskName);
    emitEvent(TaskEvent::Kind::Approved, *run, approver, tr("Approved by %1.").arg(approver));
    return std::nullopt;
}

void TaskScheduler::recordEdit(const QString &taskName, const QString &who, const QString &what)
{
    TaskRun run;
    run.taskName = taskName;
    emitEvent(TaskEvent::Kind::Edited, run, who, what);
}

} // namespace payops
