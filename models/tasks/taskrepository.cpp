#include "models/tasks/taskrepository.h"

#include "models/storage/database.h"
#include "models/storage/settingsstore.h"
#include "models/storage/transaction.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

// Null QStrings bind SQL NULL, which the NOT NULL '' columns refuse.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QString blackoutKey(TaskDefinition::OnBlackout policy)
{
    return policy == TaskDefinition::OnBlackout::Skip ? u"skip"_s : u"wait"_s;
}

QString overlapKey(TaskDefinition::OnOverlap policy)
{
    return policy == TaskDefinition::OnOverlap::Queue ? u"queue"_s : u"skip"_s;
}

QString missedKey(TaskDefinition::OnMissed policy)
{
    return policy == TaskDefinition::OnMissed::Skip ? u"skip"_s : u"run_once"_s;
}

const QString taskColumns = u"id, name, kind, cron, time_zone, enabled, on_blackout, on_overlap, on_missed, "
                            "needs_approval, max_retries, retry_backoff_s, timeout_s, settings, owner, updated_ms, "
                            "next_due_ms"_s;

TaskDefinition taskOf(const QSqlQuery &q)
{
    TaskDefinition task;
    task.id = q.value(0).toLongLong();
    task.name = q.value(1).toString();
    task.kind = TaskDefinition::kindFromKey(q.value(2).toString()).value_or(TaskDefinition::Kind::Command);
    task.cron = q.value(3).toString();
    task.timeZone = q.value(4).toString();
    task.enabled = q.value(5).toBool();
    task.onBlackout = q.value(6).toString() == u"skip"_s ? TaskDefinition::OnBlackout::Skip : TaskDefinition::OnBlackout::Wait;
    task.onOverlap = q.value(7).toString() == u"queue"_s ? TaskDefinition::OnOverlap::Queue : TaskDefinition::OnOverlap::Skip;
    task.onMissed = q.value(8).toString() == u"skip"_s ? TaskDefinition::OnMissed::Skip : TaskDefinition::OnMissed::RunOnce;
    task.needsApproval = q.value(9).toBool();
    task.maxRetries = q.value(10).toInt();
    task.retryBackoffSeconds = q.value(11).toInt();
    task.timeoutSeconds = q.value(12).toInt();
    task.settings = QJsonDocument::fromJson(q.value(13).toString().toUtf8()).object();
    task.owner = q.value(14).toString();
    task.updatedMs = q.value(15).toLongLong();
    task.nextDueMs = q.value(16).toLongLong();
    return task;
}

const QString runColumns = u"id, task_name, trigger, attempt, state, scheduled_ms, not_before_ms, requested_by, "
                           "approved_by, approved_ms, started_ms, finished_ms, runner, summary, note, output, artifact"_s;

TaskRun runOf(const QSqlQuery &q)
{
    TaskRun run;
    run.id = q.value(0).toLongLong();
    run.taskName = q.value(1).toString();
    run.trigger = TaskRun::triggerFromKey(q.value(2).toString()).value_or(TaskRun::Trigger::Schedule);
    run.attempt = q.value(3).toInt();
    run.state = TaskRun::stateFromKey(q.value(4).toString()).value_or(TaskRun::State::Failed);
    run.scheduledMs = q.value(5).toLongLong();
    run.notBeforeMs = q.value(6).toLongLong();
    run.requestedBy = q.value(7).toString();
    run.approvedBy = q.value(8).toString();
    run.approvedMs = q.value(9).toLongLong();
    run.startedMs = q.value(10).toLongLong();
    run.finishedMs = q.value(11).toLongLong();
    run.runner = q.value(12).toString();
    run.summary = q.value(13).toString();
    run.note = q.value(14).toString();
    run.output = q.value(15).toString();
    run.artifact = q.value(16).toString();
    return run;
}

std::optional<qint64> insertRun(QSqlDatabase &db, const TaskRun &run, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO task_runs (task_name, trigger, attempt, state, scheduled_ms, not_before_ms, requested_by, "
              "approved_by, approved_ms, started_ms, finished_ms, runner, summary, note, output, artifact) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(run.taskName);
    q.addBindValue(TaskRun::triggerKey(run.trigger));
    q.addBindValue(run.attempt);
    q.addBindValue(TaskRun::stateKey(run.state));
    q.addBindValue(run.scheduledMs);
    q.addBindValue(run.notBeforeMs);
    q.addBindValue(text(run.requestedBy));
    q.addBindValue(text(run.approvedBy));
    q.addBindValue(run.approvedMs);
    q.addBindValue(run.startedMs);
    q.addBindValue(run.finishedMs);
    q.addBindValue(text(run.runner));
    q.addBindValue(text(run.summary));
    q.addBindValue(text(run.note));
    q.addBindValue(text(run.output));
    q.addBindValue(text(run.artifact));
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

std::optional<QString> writeRun(QSqlDatabase &db, const TaskRun &run, std::optional<TaskRun::State> expected = {},
                                bool *written = nullptr)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE task_runs SET state = ?, not_before_ms = ?, approved_by = ?, approved_ms = ?, started_ms = ?, "
              "finished_ms = ?, runner = ?, summary = ?, note = ?, output = ?, artifact = ? WHERE id = ? "
              "AND (? = '' OR state = ?)"_s);
    q.addBindValue(TaskRun::stateKey(run.state));
    q.addBindValue(run.notBeforeMs);
    q.addBindValue(text(run.approvedBy));
    q.addBindValue(run.approvedMs);
    q.addBindValue(run.startedMs);
    q.addBindValue(run.finishedMs);
    q.addBindValue(text(run.runner));
    q.addBindValue(text(run.summary));
    q.addBindValue(text(run.note));
    q.addBindValue(text(run.output));
    q.addBindValue(text(run.artifact));
    q.addBindValue(run.id);
    const QString expectedKey = expected ? TaskRun::stateKey(*expected) : u""_s;
    q.addBindValue(expectedKey);
    q.addBindValue(expectedKey);
    if (!q.exec())
        return q.lastError().text();
    if (written)
        *written = q.numRowsAffected() == 1;
    return std::nullopt;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

TaskRepository::TaskRepository(Database &database)
    : m_database(database)
{
}

QList<TaskDefinition> TaskRepository::tasks(QString *error) const
{
    QSqlQuery q(m_database.connection());
    QList<TaskDefinition> all;
    if (!q.exec(u"SELECT %1 FROM tasks ORDER BY name"_s.arg(taskColumns))) {
        setError(error, tr("Cannot read the tasks: %1").arg(q.lastError().text()));
        return all;
    }
    while (q.next())
        all.append(taskOf(q));
    return all;
}

std::optional<TaskDefinition> TaskRepository::task(const QString &name, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT %1 FROM tasks WHERE name = ?"_s.arg(taskColumns));
    q.addBindValue(name);
    if (!q.exec()) {
        setError(error, tr("Cannot read the task %1: %2").arg(name, q.lastError().text()));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return taskOf(q);
}

std::optional<QString> TaskRepository::saveTask(TaskDefinition &task)
{
    if (const QStringList problems = task.validate(); !problems.isEmpty())
        return tr("The task cannot be saved: %1").arg(problems.join(u"; "_s));
    QSqlDatabase db = m_database.connection();
    const std::optional<QString> error = Transaction::run(db, [&]() -> std::optional<QString> {
        QSqlQuery old(db);
        old.prepare(u"SELECT cron, time_zone, next_due_ms FROM tasks WHERE name = ?"_s);
        old.addBindValue(task.name);
        if (!old.exec())
            return old.lastError().text();
        // A changed schedule is planned afresh from the save; an unchanged one keeps its place.
        if (old.next() && old.value(0).toString() == task.cron && old.value(1).toString() == task.timeZone)
            task.nextDueMs = old.value(2).toLongLong();
        else
            task.nextDueMs = 0;
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO tasks (name, kind, cron, time_zone, enabled, on_blackout, on_overlap, on_missed, "
                  "needs_approval, max_retries, retry_backoff_s, timeout_s, settings, owner, updated_ms, next_due_ms) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, cron = excluded.cron, "
                  "time_zone = excluded.time_zone, enabled = excluded.enabled, on_blackout = excluded.on_blackout, "
                  "on_overlap = excluded.on_overlap, on_missed = excluded.on_missed, "
                  "needs_approval = excluded.needs_approval, max_retries = excluded.max_retries, "
                  "retry_backoff_s = excluded.retry_backoff_s, timeout_s = excluded.timeout_s, "
                  "settings = excluded.settings, owner = excluded.owner, updated_ms = excluded.updated_ms, "
                  "next_due_ms = excluded.next_due_ms"_s);
        q.addBindValue(task.name);
        q.addBindValue(TaskDefinition::kindKey(task.kind));
        q.addBindValue(task.cron);
        q.addBindValue(task.timeZone);
        q.addBindValue(task.enabled ? 1 : 0);
        q.addBindValue(blackoutKey(task.onBlackout));
        q.addBindValue(overlapKey(task.onOverlap));
        q.addBindValue(missedKey(task.onMissed));
        q.addBindValue(task.needsApproval ? 1 : 0);
        q.addBindValue(task.maxRetries);
        q.addBindValue(task.retryBackoffSeconds);
        q.addBindValue(task.timeoutSeconds);
        q.addBindValue(QString::fromUtf8(QJsonDocument(task.settings).toJson(QJsonDocument::Compact)));
        q.addBindValue(text(task.owner));
        q.addBindValue(task.updatedMs);
        q.addBindValue(task.nextDueMs);
        if (!q.exec())
            return q.lastError().text();
        QSqlQuery id(db);
        id.prepare(u"SELECT id FROM tasks WHERE name = ?"_s);
        id.addBindValue(task.name);
        if (id.exec() && id.next())
            task.id = id.value(0).toLongLong();
        return std::nullopt;
    });
    if (error)
        return tr("Cannot save the task %1: %2").arg(task.name, *error);
    return std::nullopt;
}

std::optional<QString> TaskRepository::setEnabled(const QString &name, bool enabled, qint64 nowMs)
{
    QSqlQuery q(m_database.connection());
    // Enabling plans afresh: fire times while it was disabled are not "missed".
    q.prepare(u"UPDATE tasks SET enabled = ?, updated_ms = ?, next_due_ms = CASE WHEN ? THEN 0 ELSE next_due_ms END "
              "WHERE name = ?"_s);
    q.addBindValue(enabled ? 1 : 0);
    q.addBindValue(nowMs);
    q.addBindValue(enabled ? 1 : 0);
    q.addBindValue(name);
    if (!q.exec())
        return tr("Cannot change the task %1: %2").arg(name, q.lastError().text());
    if (q.numRowsAffected() == 0)
        return tr("There is no task named %1.").arg(name);
    return std::nullopt;
}

std::optional<QString> TaskRepository::removeTask(const QString &name)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM tasks WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return tr("Cannot remove the task %1: %2").arg(name, q.lastError().text());
    return std::nullopt;
}

std::optional<QString> TaskRepository::installDefaultsOnce(qint64 nowMs)
{
    const QString key = u"tasks.defaults_installed"_s;
    SettingsStore settings(m_database);
    if (settings.value(key).has_value())
        return installDefaultReviewOnce(nowMs);
    TaskDefinition backup;
    backup.name = u"database-backup"_s;
    backup.kind = TaskDefinition::Kind::Backup;
    backup.cron = u"30 2 * * *"_s;
    backup.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!QTimeZone::isTimeZoneIdAvailable(backup.timeZone.toUtf8()))
        backup.timeZone = u"UTC"_s;
    backup.settings = QJsonObject{{u"daily"_s, 7}, {u"weekly"_s, 4}, {u"monthly"_s, 6}};
    backup.maxRetries = 1;
    backup.retryBackoffSeconds = 300;
    backup.updatedMs = nowMs;
    if (!task(backup.name)) {
        if (const std::optional<QString> error = saveTask(backup))
            return error;
    }
    if (const std::optional<QString> error = settings.setValue(key, u"1"_s))
        return error;
    return installDefaultReviewOnce(nowMs);
}

std::optional<QString> TaskRepository::installDefaultReviewOnce(qint64 nowMs)
{
    // A key of its own: databases that had the backup before the review kind existed get it too.
    const QString key = u"tasks.default_review_installed"_s;
    SettingsStore settings(m_database);
    if (settings.value(key).has_value())
        return std::nullopt;
    TaskDefinition review;
    review.name = u"performance-review"_s;
    review.kind = TaskDefinition::Kind::PerformanceReview;
    review.cron = u"0 8 * * MON"_s;
    review.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!QTimeZone::isTimeZoneIdAvailable(review.timeZone.toUtf8()))
        review.timeZone = u"UTC"_s;
    review.timeoutSeconds = 600;
    review.updatedMs = nowMs;
    if (!task(review.name)) {
        if (const std::optional<QString> error = saveTask(review))
            return error;
    }
    return settings.setValue(key, u"1"_s);
}

std::optional<bool> TaskRepository::planFireTime(const QString &taskName, qint64 expectedDueMs, qint64 nextDueMs,
                                                 QList<TaskRun> runs, QString *error)
{
    QSqlDatabase db = m_database.connection();
    bool planned = false;
    const std::optional<QString> failed = Transaction::run(db, [&]() -> std::optional<QString> {
        QSqlQuery q(db);
        q.prepare(u"UPDATE tasks SET next_due_ms = ? WHERE name = ? AND next_due_ms = ? AND enabled = 1"_s);
        q.addBindValue(nextDueMs);
        q.addBindValue(taskName);
        q.addBindValue(expectedDueMs);
        if (!q.exec())
            return q.lastError().text();
        if (q.numRowsAffected() != 1)
            return std::nullopt; // planned by another process meanwhile (or disabled): nothing to do
        for (const TaskRun &run : runs) {
            QString insertError;
            if (!insertRun(db, run, &insertError))
                return insertError;
        }
        planned = true;
        return std::nullopt;
    });
    if (failed) {
        setError(error, tr("Cannot plan the task %1: %2").arg(taskName, *failed));
        return std::nullopt;
    }
    return planned;
}

std::optional<qint64> TaskRepository::addRun(const TaskRun &run, QString *error)
{
    QSqlDatabase db = m_database.connection();
    QString message;
    const std::optional<qint64> id = insertRun(db, run, &message);
    if (!id)
        setError(error, tr("Cannot record a run of %1: %2").arg(run.taskName, message));
    return id;
}

std::optional<TaskRun> TaskRepository::run(qint64 id, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT %1 FROM task_runs WHERE id = ?"_s.arg(runColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        setError(error, tr("Cannot read the run: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return runOf(q);
}

QList<TaskRun> TaskRepository::runs(const QString &taskName, int limit, std::optional<TaskRun::State> state,
                                    QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT %1 FROM task_runs WHERE (? = '' OR task_name = ?) AND (? = '' OR state = ?) "
              "ORDER BY id DESC LIMIT ?"_s.arg(runColumns));
    const QString stateText = state ? TaskRun::stateKey(*state) : u""_s;
    q.addBindValue(text(taskName));
    q.addBindValue(text(taskName));
    q.addBindValue(stateText);
    q.addBindValue(stateText);
    q.addBindValue(limit);
    QList<TaskRun> found;
    if (!q.exec()) {
        setError(error, tr("Cannot read the run history: %1").arg(q.lastError().text()));
        return found;
    }
    while (q.next())
        found.append(runOf(q));
    return found;
}

std::optional<TaskRun> TaskRepository::waitingRun(const QString &taskName, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT %1 FROM task_runs WHERE task_name = ? AND state IN ('pending', 'waiting_approval') "
              "ORDER BY id LIMIT 1"_s.arg(runColumns));
    q.addBindValue(taskName);
    if (!q.exec()) {
        setError(error, tr("Cannot read the runs: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return runOf(q);
}

QList<TaskRun> TaskRepository::runsInState(TaskRun::State state, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT %1 FROM task_runs WHERE state = ? ORDER BY id"_s.arg(runColumns));
    q.addBindValue(TaskRun::stateKey(state));
    QList<TaskRun> found;
    if (!q.exec()) {
        setError(error, tr("Cannot read the runs: %1").arg(q.lastError().text()));
        return found;
    }
    while (q.next())
        found.append(runOf(q));
    return found;
}

std::optional<QString> TaskRepository::updateRun(const TaskRun &run)
{
    QSqlDatabase db = m_database.connection();
    if (const std::optional<QString> error = writeRun(db, run))
        return tr("Cannot record the run of %1: %2").arg(run.taskName, *error);
    return std::nullopt;
}

std::optional<bool> TaskRepository::updateRunIf(const TaskRun &run, TaskRun::State expected, QString *error)
{
    QSqlDatabase db = m_database.connection();
    bool written = false;
    if (const std::optional<QString> failed = writeRun(db, run, expected, &written)) {
        setError(error, tr("Cannot record the run of %1: %2").arg(run.taskName, *failed));
        return std::nullopt;
    }
    return written;
}

std::optional<bool> TaskRepository::approveRun(qint64 runId, const QString &approver, qint64 nowMs, QString *error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE task_runs SET state = 'pending', approved_by = ?, approved_ms = ? "
              "WHERE id = ? AND state = 'waiting_approval'"_s);
    q.addBindValue(approver);
    q.addBindValue(nowMs);
    q.addBindValue(runId);
    if (!q.exec()) {
        setError(error, tr("Cannot record the approval: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    return q.numRowsAffected() == 1;
}

std::optional<bool> TaskRepository::claimRun(const TaskRun &run, const QString &runner, qint64 nowMs, qint64 expiresMs,
                                             const std::function<bool(const QString &, qint64)> &isStale, QString *error)
{
    QSqlDatabase db = m_database.connection();
    bool claimed = false;
    const std::optional<QString> failed = Transaction::run(db, [&]() -> std::optional<QString> {
        QSqlQuery holder(db);
        holder.prepare(u"SELECT runner, expires_ms, run_id FROM task_leases WHERE task_name = ?"_s);
        holder.addBindValue(run.taskName);
        if (!holder.exec())
            return holder.lastError().text();
        if (holder.next()) {
            const QString heldBy = holder.value(0).toString();
            const qint64 heldUntil = holder.value(1).toLongLong();
            if (heldUntil > nowMs && !isStale(heldBy, heldUntil))
                return std::nullopt; // a live runner holds the task
            // The holder is gone: its run, if still "running", was interrupted.
            QSqlQuery interrupted(db);
            interrupted.prepare(u"UPDATE task_runs SET state = 'interrupted', finished_ms = ?, "
                                "note = ? WHERE id = ? AND state = 'running'"_s);
            interrupted.addBindValue(nowMs);
            interrupted.addBindValue(tr("Interrupted: %1, which was running it, ended without finishing it.").arg(heldBy));
            interrupted.addBindValue(holder.value(2).toLongLong());
            if (!interrupted.exec())
                return interrupted.lastError().text();
        }
        QSqlQuery take(db);
        take.prepare(u"UPDATE task_runs SET state = 'running', runner = ?, started_ms = ? WHERE id = ? AND state = 'pending'"_s);
        take.addBindValue(runner);
        take.addBindValue(nowMs);
        take.addBindValue(run.id);
        if (!take.exec())
            return take.lastError().text();
        if (take.numRowsAffected() != 1)
            return std::nullopt; // claimed (or skipped) by another runner meanwhile
        QSqlQuery lease(db);
        lease.prepare(u"INSERT OR REPLACE INTO task_leases (task_name, runner, run_id, acquired_ms, expires_ms) "
                      "VALUES (?, ?, ?, ?, ?)"_s);
        lease.addBindValue(run.taskName);
        lease.addBindValue(runner);
        lease.addBindValue(run.id);
        lease.addBindValue(nowMs);
        lease.addBindValue(expiresMs);
        if (!lease.exec())
            return lease.lastError().text();
        claimed = true;
        return std::nullopt;
    });
    if (failed) {
        setError(error, tr("Cannot start the task %1: %2").arg(run.taskName, *failed));
        return std::nullopt;
    }
    return claimed;
}

std::optional<QString> TaskRepository::finishRun(const TaskRun &run)
{
    QSqlDatabase db = m_database.connection();
    const std::optional<QString> failed = Transaction::run(db, [&]() -> std::optional<QString> {
        if (const std::optional<QString> error = writeRun(db, run))
            return error;
        QSqlQuery release(db);
        release.prepare(u"DELETE FROM task_leases WHERE task_name = ? AND run_id = ?"_s);
        release.addBindValue(run.taskName);
        release.addBindValue(run.id);
        if (!release.exec())
            return release.lastError().text();
        return std::nullopt;
    });
    if (failed)
        return tr("Cannot record the end of the run of %1: %2").arg(run.taskName, *failed);
    return std::nullopt;
}

std::optional<std::pair<QString, qint64>> TaskRepository::lockHolder(const QString &taskName, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT runner, expires_ms FROM task_leases WHERE task_name = ?"_s);
    q.addBindValue(taskName);
    if (!q.exec()) {
        setError(error, tr("Cannot read the task lock: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return std::pair{q.value(0).toString(), q.value(1).toLongLong()};
}

std::optional<int> TaskRepository::markInterrupted(const std::function<bool(const QString &, qint64)> &isStale,
                                                   qint64 nowMs, QString *error)
{
    QSqlDatabase db = m_database.connection();
    int marked = 0;
    const std::optional<QString> failed = Transaction::run(db, [&]() -> std::optional<QString> {
        QSqlQuery running(db);
        running.prepare(u"SELECT r.id, r.task_name, r.runner, l.runner, l.expires_ms FROM task_runs r "
                        "LEFT JOIN task_leases l ON l.task_name = r.task_name AND l.run_id = r.id "
                        "WHERE r.state = 'running'"_s);
        if (!running.exec())
            return running.lastError().text();
        QList<std::pair<qint64, QString>> gone; // run id, runner
        QStringList tasksToRelease;
        while (running.next()) {
            const bool hasLease = !running.value(3).isNull();
            const QString runner = running.value(2).toString();
            if (hasLease && running.value(4).toLongLong() > nowMs && !isStale(running.value(3).toString(), running.value(4).toLongLong()))
                continue;
            gone.append({running.value(0).toLongLong(), runner});
            tasksToRelease << running.value(1).toString();
        }
        for (const auto &[id, runner] : gone) {
            QSqlQuery mark(db);
            mark.prepare(u"UPDATE task_runs SET state = 'interrupted', finished_ms = ?, note = ? WHERE id = ?"_s);
            mark.addBindValue(nowMs);
            mark.addBindValue(tr("Interrupted: %1, which was running it, ended without finishing it.").arg(runner));
            mark.addBindValue(id);
            if (!mark.exec())
                return mark.lastError().text();
            QSqlQuery release(db);
            release.prepare(u"DELETE FROM task_leases WHERE run_id = ?"_s);
            release.addBindValue(id);
            if (!release.exec())
                return release.lastError().text();
            ++marked;
        }
        return std::nullopt;
    });
    if (failed) {
        setError(error, tr("Cannot mark interrupted runs: %1").arg(*failed));
        return std::nullopt;
    }
    return marked;
}

QList<BlackoutWindow> TaskRepository::blackouts(QString *error) const
{
    QSqlQuery q(m_database.connection());
    QList<BlackoutWindow> all;
    if (!q.exec(u"SELECT id, name, days, start_minute, end_minute, time_zone, dates FROM task_blackouts ORDER BY name, id"_s)) {
        setError(error, tr("Cannot read the blackout windows: %1").arg(q.lastError().text()));
        return all;
    }
    while (q.next()) {
        BlackoutWindow window;
        window.id = q.value(0).toLongLong();
        window.name = q.value(1).toString();
        window.days = quint8(q.value(2).toInt());
        window.startMinute = q.value(3).toInt();
        window.endMinute = q.value(4).toInt();
        window.timeZone = q.value(5).toString();
        window.dates = BlackoutWindow::parseDates(q.value(6).toString()).value_or(QList<QDate>{});
        all.append(window);
    }
    return all;
}

std::optional<QString> TaskRepository::saveBlackout(BlackoutWindow &window)
{
    if (const QStringList problems = window.validate(); !problems.isEmpty())
        return tr("The blackout window cannot be saved: %1").arg(problems.join(u"; "_s));
    QSqlQuery q(m_database.connection());
    if (window.id > 0) {
        q.prepare(u"UPDATE task_blackouts SET name = ?, days = ?, start_minute = ?, end_minute = ?, time_zone = ?, "
                  "dates = ? WHERE id = ?"_s);
    } else {
        q.prepare(u"INSERT INTO task_blackouts (name, days, start_minute, end_minute, time_zone, dates) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    }
    q.addBindValue(window.name);
    q.addBindValue(int(window.days));
    q.addBindValue(window.startMinute);
    q.addBindValue(window.endMinute);
    q.addBindValue(window.timeZone);
    q.addBindValue(text(window.datesText()));
    if (window.id > 0)
        q.addBindValue(window.id);
    if (!q.exec())
        return tr("Cannot save the blackout window %1: %2").arg(window.name, q.lastError().text());
    if (window.id <= 0)
        window.id = q.lastInsertId().toLongLong();
    return releaseBlackoutWaits();
}

std::optional<QString> TaskRepository::releaseBlackoutWaits()
{
    // A run waiting for the end of a window that changed or went is due again; the next dispatch
    // holds it anew if it is still inside a window. A retry's wait is its back-off: kept.
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"UPDATE task_runs SET not_before_ms = 0 WHERE state = 'pending' AND trigger <> 'retry' "
                "AND not_before_ms > 0"_s))
        return tr("Cannot release the runs waiting for a blackout window: %1").arg(q.lastError().text());
    return std::nullopt;
}

std::optional<QString> TaskRepository::removeBlackout(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM task_blackouts WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return tr("Cannot remove the blackout window: %1").arg(q.lastError().text());
    return releaseBlackoutWaits();
}

QStringList TaskRepository::knownUsers(QString *error) const
{
    QSqlQuery q(m_database.connection());
    QStringList users;
    if (!q.exec(u"SELECT owner FROM tasks UNION SELECT requested_by FROM task_runs "
                "UNION SELECT approved_by FROM task_runs"_s)) {
        setError(error, tr("Cannot read who uses the tasks: %1").arg(q.lastError().text()));
        return users;
    }
    while (q.next())
        if (const QString user = q.value(0).toString(); !user.isEmpty())
            users << user;
    return users;
}

} // namespace payops
