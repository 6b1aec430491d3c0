#include "models/tasks/taskdesk.h"

#include "models/storage/database.h"
#include "models/storage/databasewriter.h"
#include "models/tasks/cronschedule.h"
#include "models/tasks/taskengine.h"

#include <QDateTime>

namespace payops {

namespace {

constexpr qint64 weekMs = 7LL * 24 * 60 * 60 * 1000;
constexpr int upcomingLimit = 7 * 24 * 60; // a minutely task: every minute of the week

struct Listing
{
    QList<TaskOverview> tasks;
    QList<BlackoutWindow> blackouts;
    qint64 nowMs = 0;
    QString error;
};

} // namespace

TaskDesk::TaskDesk(Database &database, DatabaseWriter &writer, Clock clock, OsIdentity identity, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_writer(writer)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_identity(std::move(identity))
{
    qRegisterMetaType<TaskOverview>();
}

QList<TaskOverview> TaskDesk::overviews(Database &database, qint64 nowMs, QString *error)
{
    const TaskRepository repository(database);
    QList<TaskOverview> result;
    const QList<TaskDefinition> tasks = repository.tasks(error);
    if (error && !error->isEmpty())
        return result;
    for (const TaskDefinition &task : tasks) {
        TaskOverview overview;
        overview.task = task;
        const QList<TaskRun> last = repository.runs(task.name, 1, {}, error);
        if (!last.isEmpty())
            overview.lastRun = last.constFirst();
        overview.waitingRun = repository.waitingRun(task.name, error);
        if (error && !error->isEmpty())
            return {};
        const CronSchedule::Result schedule = CronSchedule::create(task.cron, task.timeZone);
        if (!schedule.schedule) {
            overview.scheduleError = schedule.error;
        } else if (task.enabled) {
            for (qint64 at : schedule.schedule->nextTimes(nowMs - 1, upcomingLimit)) {
                if (at >= nowMs + weekMs)
                    break;
                overview.upcomingMs << at;
            }
        }
        result << overview;
    }
    return result;
}

void TaskDesk::reload()
{
    Database *database = &m_database;
    m_writer.submit(
        this,
        [database, nowMs = m_clock()](QSqlDatabase &) {
            Listing listing;
            listing.nowMs = nowMs;
            listing.tasks = overviews(*database, nowMs, &listing.error);
            if (listing.error.isEmpty())
                listing.blackouts = TaskRepository(*database).blackouts(&listing.error);
            return listing;
        },
        [this](const Listing &listing) {
            if (!listing.error.isEmpty())
                Q_EMIT problem(tr("Could not read the tasks: %1").arg(listing.error));
            else
                Q_EMIT listed(listing.tasks, listing.blackouts, listing.nowMs);
        });
}

void TaskDesk::loadHistory(const QString &taskName, std::optional<TaskRun::State> state)
{
    Database *database = &m_database;
    m_writer.submit(
        this,
        [database, taskName, state](QSqlDatabase &) {
            QString error;
            QList<TaskRun> runs = TaskRepository(*database).runs(taskName, 500, state, &error);
            return std::make_pair(runs, error);
        },
        [this, taskName](const std::pair<QList<TaskRun>, QString> &result) {
            if (!result.second.isEmpty())
                Q_EMIT problem(tr("Could not read the runs of %1: %2").arg(taskName, result.second));
            else
                Q_EMIT historyLoaded(taskName, result.first);
        });
}

void TaskDesk::change(const QString &taskName, bool wakesScheduler,
                      std::function<std::optional<QString>(TaskEngine &, const QString &who)> change)
{
    Database *database = &m_database;
    m_writer.submit(
        this,
        [database, clock = m_clock, who = m_identity.user, change = std::move(change)](QSqlDatabase &) {
            TaskSchedulerOptions options;
            options.clock = clock;
            TaskEngine engine(*database, options);
            const std::optional<QString> error = change(engine, who);
            QStringList problems = engine.takeAuditProblems();
            if (error)
                problems.prepend(*error);
            return std::make_pair(!error.has_value(), problems);
        },
        [this, taskName, wakesScheduler](const std::pair<bool, QStringList> &result) {
            for (const QString &message : result.second)
                Q_EMIT problem(message);
            if (!result.first)
                return;
            Q_EMIT changed(taskName);
            if (wakesScheduler)
                Q_EMIT runRequested();
        });
    reload();
}

void TaskDesk::save(const TaskDefinition &task)
{
    change(task.name, false, [task](TaskEngine &engine, const QString &who) -> std::optional<QString> {
        TaskDefinition saved = task;
        saved.owner = who;
        if (const std::optional<QString> error = engine.repository().saveTask(saved))
            return error;
        engine.scheduler().recordEdit(task.name, who,
                                      tr("Saved: %1, %2 (%3).").arg(TaskDefinition::kindTitle(task.kind), task.cron, task.timeZone));
        return std::nullopt;
    });
}

void TaskDesk::remove(const QString &taskName)
{
    change(taskName, false, [taskName](TaskEngine &engine, const QString &who) -> std::optional<QString> {
        if (const std::optional<QString> error = engine.repository().removeTask(taskName))
            return error;
        engine.scheduler().recordEdit(taskName, who, tr("Removed."));
        return std::nullopt;
    });
}

void TaskDesk::setEnabled(const QString &taskName, bool enabled)
{
    change(taskName, false, [taskName, enabled](TaskEngine &engine, const QString &who) -> std::optional<QString> {
        if (const std::optional<QString> error = engine.repository().setEnabled(taskName, enabled, engine.scheduler().now()))
            return error;
        engine.scheduler().recordEdit(taskName, who, enabled ? tr("Enabled.") : tr("Disabled."));
        return std::nullopt;
    });
}

void TaskDesk::runNow(const QString &taskName)
{
    change(taskName, true, [taskName](TaskEngine &engine, const QString &who) -> std::optional<QString> {
        QString error;
        if (!engine.scheduler().requestRun(taskName, who, &error))
            return error;
        return std::nullopt;
    });
}

void TaskDesk::approve(qint64 runId)
{
    change({}, true, [runId](TaskEngine &engine, const QString &who) { return engine.scheduler().approve(runId, who); });
}

// A window changes when waiting runs may start: the task thread looks again.
void TaskDesk::saveBlackout(const BlackoutWindow &window)
{
    change({}, true, [window](TaskEngine &engine, const QString &who) {
        BlackoutWindow saved = window;
        return engine.saveBlackout(saved, who);
    });
}

void TaskDesk::removeBlackout(qint64 id)
{
    change({}, true, [id](TaskEngine &engine, const QString &who) { return engine.removeBlackout(id, who); });
}

} // namespace payops
