#include "app/payopsctl/taskscommands.h"

#include "app/payopsctl/ctlcommandline.h"
#include "app/payopsctl/ctldatabase.h"
#include "app/payopsctl/ctloutput.h"
#include "models/security/auditlog.h"
#include "models/security/osidentity.h"
#include "models/tasks/cronschedule.h"
#include "models/tasks/backuprestore.h"
#include "models/tasks/taskengine.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

QString iso(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate) : QString();
}

QString whoRuns()
{
    return OsIdentity::current().user;
}

QJsonObject runJson(const TaskRun &run)
{
    return QJsonObject{{u"id"_s, run.id},
                       {u"task"_s, run.taskName},
                       {u"trigger"_s, TaskRun::triggerKey(run.trigger)},
                       {u"attempt"_s, run.attempt},
                       {u"state"_s, TaskRun::stateKey(run.state)},
                       {u"scheduled"_s, iso(run.scheduledMs)},
                       {u"started"_s, iso(run.startedMs)},
                       {u"finished"_s, iso(run.finishedMs)},
                       {u"durationMs"_s, run.durationMs()},
                       {u"runner"_s, run.runner},
                       {u"requestedBy"_s, run.requestedBy},
                       {u"approvedBy"_s, run.approvedBy},
                       {u"summary"_s, run.summary},
                       {u"note"_s, run.note},
                       {u"artifact"_s, run.artifact},
                       {u"output"_s, run.output}};
}

QString runLine(const TaskRun &run)
{
    QString line = u"#%1  %2  %3  %4  %5"_s.arg(run.id)
                       .arg(iso(run.startedMs > 0 ? run.startedMs : run.scheduledMs), run.taskName,
                            TaskRun::stateTitle(run.state), TaskRun::triggerTitle(run.trigger));
    if (run.durationMs() > 0)
        line += u"  "_s + TasksHistoryCommand::tr("%1 s").arg(double(run.durationMs()) / 1000.0, 0, 'f', 1);
    if (!run.summary.isEmpty())
        line += u"  "_s + run.summary;
    if (!run.note.isEmpty())
        line += u"  ("_s + run.note + u')';
    return line;
}

// The database and the scheduler, as the console builds them (TaskEngine: runs are audited).
struct CtlScheduler
{
    std::unique_ptr<Database> database;
    std::unique_ptr<TaskEngine> engine;
    TaskRepository *repository = nullptr;
    TaskScheduler *scheduler = nullptr;

    static std::optional<CtlScheduler> open(const QString &path, CtlDatabase::Mode mode, CtlOutput &out)
    {
        CtlScheduler built;
        built.database = CtlDatabase::open(path, mode, out);
        if (!built.database)
            return std::nullopt;
        built.engine = std::make_unique<TaskEngine>(*built.database);
        built.repository = &built.engine->repository();
        built.scheduler = &built.engine->scheduler();
        if (mode == CtlDatabase::Mode::LikeConsole) {
            if (const std::optional<QString> error = built.repository->installDefaultsOnce(QDateTime::currentMSecsSinceEpoch()))
                out.error(*error);
        }
        return built;
    }
};

} // namespace

// --- tasks list

QStringList TasksListCommand::words() const
{
    return {u"tasks"_s, u"list"_s};
}

QString TasksListCommand::summary() const
{
    return tr("Lists the scheduled tasks with their next run and last result.");
}

int TasksListCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(u"payopsctl tasks list [--db PATH] [--json]"_s,
                        tr("Lists every task: kind, schedule and zone, whether it is enabled, its next run and the "
                           "result of its last run."));
    line.addDatabaseOption();
    line.addJsonOption();
    if (const std::optional<int> done = line.parse(arguments, out))
        return *done;
    std::optional<CtlScheduler> ctl = CtlScheduler::open(line.databasePath(), CtlDatabase::Mode::LikeConsole, out);
    if (!ctl)
        return Failure;
    QString error;
    const QList<TaskDefinition> tasks = ctl->repository->tasks(&error);
    if (!error.isEmpty()) {
        out.error(error);
        return Failure;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray array;
    QStringList lines;
    for (const TaskDefinition &task : tasks) {
        const CronSchedule::Result schedule = CronSchedule::create(task.cron, task.timeZone);
        const qint64 next = !task.enabled || !schedule.schedule ? 0
            : task.nextDueMs > 0                                 ? task.nextDueMs
                                                                 : schedule.schedule->nextAfter(now).value_or(0);
        const QList<TaskRun> last = ctl->repository->runs(task.name, 1);
        const QString nextLocal = next > 0 && schedule.schedule
            ? QDateTime::fromMSecsSinceEpoch(next, schedule.schedule->zone()).toString(Qt::ISODate)
            : QString();
        if (line.json()) {
            array.append(QJsonObject{{u"name"_s, task.name},
                                     {u"kind"_s, TaskDefinition::kindKey(task.kind)},
                                     {u"cron"_s, task.cron},
                                     {u"tz"_s, task.timeZone},
                                     {u"enabled"_s, task.enabled},
                                     {u"needsApproval"_s, task.needsApproval},
                                     {u"next"_s, nextLocal},
                                     {u"last"_s, last.isEmpty() ? QJsonValue() : QJsonValue(runJson(last.constFirst()))}});
            continue;
        }
        lines << u"%1  %2  %3 (%4)  %5  %6  %7"_s.arg(
            task.name, TaskDefinition::kindTitle(task.kind), task.cron, task.timeZone,
            task.enabled ? tr("enabled") : tr("disabled"),
            nextLocal.isEmpty() ? tr("no next run") : tr("next %1").arg(nextLocal),
            last.isEmpty() ? tr("never ran") : tr("last: %1").arg(TaskRun::stateTitle(last.constFirst().state)));
    }
    if (line.json()) {
        out.json(QJsonObject{{u"tasks"_s, array}});
        return Ok;
    }
    out.print(lines.isEmpty() ? tr("No tasks.") : lines.join(u'\n'));
    return Ok;
}

// --- tasks history

QStringList TasksHistoryCommand::words() const
{
    return {u"tasks"_s, u"history"_s};
}

QString TasksHistoryCommand::summary() const
{
    return tr("Shows the runs of the tasks, newest first.");
}

int TasksHistoryCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(u"payopsctl tasks history [NAME] [--db PATH] [--result STATE] [--limit N] [--log] [--json]"_s,
                        tr("Shows the runs (and the fire times skipped, with why), newest first: when, how it was "
                           "triggered, the result, the duration. NAME limits it to one task."));
    line.addDatabaseOption();
    line.addJsonOption();
    const QCommandLineOption resultOption(u"result"_s,
                                          tr("Only runs in this state: succeeded, failed, skipped, interrupted, running, "
                                             "pending, waiting_approval."),
                                          tr("STATE"));
    const QCommandLineOption limitOption(u"limit"_s, tr("At most N runs (default 50)."), tr("N"), u"50"_s);
    const QCommandLineOption logOption(u"log"_s, tr("Also print each run's output."));
    line.parser().addOptions({resultOption, limitOption, logOption});
    if (const std::optional<int> done = line.parse(arguments, out, 0, 1))
        return *done;
    bool ok = false;
    const int limit = line.parser().value(limitOption).toInt(&ok);
    if (!ok || limit < 1)
        return line.usageError(tr("--limit needs a whole number of at least 1."), out);
    std::optional<TaskRun::State> state;
    if (line.parser().isSet(resultOption)) {
        state = TaskRun::stateFromKey(line.parser().value(resultOption));
        if (!state)
            return line.usageError(tr("Unknown result \"%1\".").arg(line.parser().value(resultOption)), out);
    }
    std::optional<CtlScheduler> ctl = CtlScheduler::open(line.databasePath(), CtlDatabase::Mode::LikeConsole, out);
    if (!ctl)
        return Failure;
    QString error;
    const QList<TaskRun> runs = ctl->repository->runs(line.parser().positionalArguments().value(0), limit, state, &error);
    if (!error.isEmpty()) {
        out.error(error);
        return Failure;
    }
    if (line.json()) {
        QJsonArray array;
        for (const TaskRun &run : runs)
            array.append(runJson(run));
        out.json(QJsonObject{{u"runs"_s, array}});
        return Ok;
    }
    QStringList lines;
    for (const TaskRun &run : runs) {
        lines << runLine(run);
        if (line.parser().isSet(logOption) && !run.output.isEmpty())
            lines << run.output;
    }
    out.print(lines.isEmpty() ? tr("No runs recorded.") : lines.join(u'\n'));
    return Ok;
}

// --- tasks run NAME

QStringList TasksRunCommand::words() const
{
    return {u"tasks"_s, u"run"_s};
}

QString TasksRunCommand::summary() const
{
    return tr("Runs one task now (after approval when it needs one).");
}

int TasksRunCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(u"payopsctl tasks run NAME [--db PATH] [--by USER] [--json]"_s,
                        tr("Runs the task now and waits for its end. A task that needs approval waits for it: the "
                           "run's number is printed, and another operator approves it with payopsctl tasks approve. "
                           "Blackout windows do not hold a run you start yourself; a run of the same task in progress "
                           "does (the run then waits for the next run-due)."));
    line.addDatabaseOption();
    line.addJsonOption();
    const QCommandLineOption byOption(u"by"_s, tr("Who asks for the run (default: the account payopsctl runs as)."), tr("USER"));
    line.parser().addOption(byOption);
    if (const std::optional<int> done = line.parse(arguments, out, 1, 1))
        return *done;
    std::optional<CtlScheduler> ctl = CtlScheduler::open(line.databasePath(), CtlDatabase::Mode::LikeConsole, out);
    if (!ctl)
        return Failure;
    const QString name = line.parser().positionalArguments().constFirst();
    const QString by = line.parser().isSet(byOption) ? line.parser().value(byOption) : whoRuns();
    QString error;
    const std::optional<qint64> id = ctl->scheduler->requestRun(name, by, &error);
    if (!id) {
        out.error(error);
        return Failure;
    }
    ctl->scheduler->recoverInterrupted();
    const TaskScheduler::Report report = ctl->scheduler->dispatch(name);
    for (const QString &problem : report.problems)
        out.error(problem);
    const std::optional<TaskRun> run = ctl->repository->run(*id);
    if (!run) {
        out.error(tr("The run was not recorded."));
        return Failure;
    }
    if (line.json())
        out.json(runJson(*run));
    else
        out.print(runLine(*run) + (run->output.isEmpty() ? QString() : u'\n' + run->output));
    return run->state == TaskRun::State::Succeeded || run->state == TaskRun::State::WaitingApproval
            || run->state == TaskRun::State::Pending
        ? Ok
        : Failure;
}

// --- tasks run-due

QStringList TasksRunDueCommand::words() const
{
    return {u"tasks"_s, u"run-due"_s};
}

QString TasksRunDueCommand::summary() const
{
    return tr("Runs what is due and exits (the systemd timer calls it every minute).");
}

int TasksRunDueCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(u"payopsctl tasks run-due [--db PATH] [--json]"_s,
                        tr("Marks runs left behind by a crashed process as interrupted, plans the fire times that "
                           "have come, and runs what is due, then exits. Safe to run every minute while the console "
                           "runs: the database's lock row lets only one of them run a task at a time, and each fire "
                           "time is planned once. Exit status 1 when a run failed or something could not be done."));
    line.addDatabaseOption();
    line.addJsonOption();
    if (const std::optional<int> done = line.parse(arguments, out))
        return *done;
    std::optional<CtlScheduler> ctl = CtlScheduler::open(line.databasePath(), CtlDatabase::Mode::LikeConsole, out);
    if (!ctl)
        return Failure;
    TaskScheduler::Report report = ctl->scheduler->runDue();
    report.problems += ctl->engine->takeAuditProblems();
    bool failed = !report.problems.isEmpty();
    QJsonArray array;
    QStringList lines;
    for (const TaskRun &run : report.runs) {
        failed = failed || run.state == TaskRun::State::Failed || run.state == TaskRun::State::Interrupted;
        if (line.json())
            array.append(runJson(run));
        else
            lines << runLine(run);
    }
    for (const QString &problem : report.problems)
        out.error(problem);
    if (line.json())
        out.json(QJsonObject{{u"runs"_s, array}, {u"problems"_s, QJsonArray::fromStringList(report.problems)}});
    else if (!lines.isEmpty())
        out.print(lines.join(u'\n'));
    return failed ? Failure : Ok;
}

// --- tasks approve RUN

QStringList TasksApproveCommand::words() const
{
    return {u"tasks"_s, u"approve"_s};
}

QString TasksApproveCommand::summary() const
{
    return tr("Approves a run that waits for approval.");
}

int TasksApproveCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(u"payopsctl tasks approve RUN-ID [--db PATH] [--by USER]"_s,
                        tr("Approves the run (its number from tasks history). The operator who requested it cannot "
                           "approve it when more than one operator uses the tasks. It runs at the next run-due."));
    line.addDatabaseOption();
    const QCommandLineOption byOption(u"by"_s, tr("Who approves (default: the account payopsctl runs as)."), tr("USER"));
    line.parser().addOption(byOption);
    if (const std::optional<int> done = line.parse(arguments, out, 1, 1))
        return *done;
    bool ok = false;
    const qint64 id = line.parser().positionalArguments().constFirst().toLongLong(&ok);
    if (!ok || id < 1)
        return line.usageError(tr("RUN-ID is the number of a run, e.g. 42."), out);
    std::optional<CtlScheduler> ctl = CtlScheduler::open(line.databasePath(), CtlDatabase::Mode::LikeConsole, out);
    if (!ctl)
        return Failure;
    const QString by = line.parser().isSet(byOption) ? line.parser().value(byOption) : whoRuns();
    if (const std::optional<QString> error = ctl->scheduler->approve(id, by)) {
        out.error(*error);
        return Failure;
    }
    out.print(tr("Run %1 approved by %2.").arg(id).arg(by));
    return Ok;
}

// --- tasks restore BACKUP

QStringList TasksRestoreCommand::words() const
{
    return {u"tasks"_s, u"restore"_s};
}

QString TasksRestoreCommand::summary() const
{
    return tr("Replaces the console database with a verified backup (the current content is kept aside).");
}

int TasksRestoreCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(u"payopsctl tasks restore BACKUP-FILE [--db PATH] --yes"_s,
                        tr("Checks the backup (integrity_check), copies the database's current content to a file "
                           "beside it named <name>.before-restore-<UTC time>.db, then replaces the content with the "
                           "backup's, through SQLite, so a console that has it open sees the restored data. Nothing "
                           "is replaced without --yes."));
    line.addDatabaseOption();
    const QCommandLineOption yesOption(u"yes"_s, tr("Really replace the database's content."));
    line.parser().addOption(yesOption);
    if (const std::optional<int> done = line.parse(arguments, out, 1, 1))
        return *done;
    const QString backup = QFileInfo(line.parser().positionalArguments().constFirst()).absoluteFilePath();
    const QString database = QFileInfo(line.databasePath()).absoluteFilePath();
    if (!QFileInfo::exists(backup))
        return line.usageError(tr("There is no backup file %1.").arg(backup), out);
    if (!QFileInfo::exists(database))
        return line.usageError(tr("There is no database %1 to restore into.").arg(database), out);
    const QString keepAside = BackupRestore::keepAsidePath(database, QDateTime::currentDateTimeUtc());
    if (!line.parser().isSet(yesOption))
        return line.usageError(tr("This replaces every table of %1 with the content of %2; the current content would "
                                  "be kept at %3. Run again with --yes to do it.")
                                   .arg(database, backup, keepAside),
                               out);
    const BackupRestore::Result restored = BackupRestore::run(backup, database, whoRuns());
    if (!restored.ok()) {
        out.error(restored.error);
        return Failure;
    }
    if (!restored.auditError.isEmpty())
        out.error(restored.auditError);
    out.print(tr("Restored %1 from %2. The content it had is kept at %3.").arg(database, backup, restored.keptAsidePath));
    return Ok;
}

// --- tasks blackouts [add|remove]

QStringList TasksBlackoutsCommand::words() const
{
    return {u"tasks"_s, u"blackouts"_s};
}

QString TasksBlackoutsCommand::summary() const
{
    return tr("Lists the blackout windows, in which scheduled runs do not start.");
}

int TasksBlackoutsCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(u"payopsctl tasks blackouts [--db PATH] [--json]"_s,
                        tr("Lists the blackout windows: id, name, when and in which time zone. Change them with "
                           "\"tasks blackouts add\" and \"tasks blackouts remove\"."));
    line.addDatabaseOption();
    line.addJsonOption();
    if (const std::optional<int> done = line.parse(arguments, out))
        return *done;
    std::optional<CtlScheduler> ctl = CtlScheduler::open(line.databasePath(), CtlDatabase::Mode::LikeConsole, out);
    if (!ctl)
        return Failure;
    QString error;
    const QList<BlackoutWindow> windows = ctl->repository->blackouts(&error);
    if (!error.isEmpty()) {
        out.error(error);
        return Failure;
    }
    if (line.json()) {
        QJsonArray array;
        for (const BlackoutWindow &window : windows) {
            QJsonArray days;
            for (int day = 0; day < 7 && window.dates.isEmpty(); ++day) {
                if (window.days & (1u << day))
                    days.append(day + 1);
            }
            array.append(QJsonObject{{u"id"_s, window.id},
                                     {u"name"_s, window.name},
                                     {u"days"_s, days},
                                     {u"dates"_s, QJsonArray::fromStringList(window.datesText().split(u',', Qt::SkipEmptyParts))},
                                     {u"startMinute"_s, window.startMinute},
                                     {u"endMinute"_s, window.endMinute},
                                     {u"tz"_s, window.timeZone}});
        }
        out.json(QJsonObject{{u"blackouts"_s, array}});
        return Ok;
    }
    QStringList lines;
    for (const BlackoutWindow &window : windows)
        lines << u"%1  %2  %3"_s.arg(window.id).arg(window.name, window.describe(QLocale::c()));
    out.print(lines.isEmpty() ? tr("No blackout windows.") : lines.join(u'\n'));
    return Ok;
}

QStringList TasksBlackoutAddCommand::words() const
{
    return {u"tasks"_s, u"blackouts"_s, u"add"_s};
}

QString TasksBlackoutAddCommand::summary() const
{
    return tr("Adds a blackout window (weekly on some days, or on listed dates).");
}

int TasksBlackoutAddCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(u"payopsctl tasks blackouts add NAME --from HH:MM --to HH:MM [--days mon,tue,…|--dates "
                        u"YYYY-MM-DD,…] [--tz ZONE] [--db PATH]"_s,
                        tr("Adds a window in which scheduled runs do not start: a run due inside it waits for its end "
                           "or is skipped, as its task says. Times are wall-clock in the zone (the system's by "
                           "default); an end at or before the start runs into the next day. Without --days or "
                           "--dates it is every day."));
    line.addDatabaseOption();
    const QCommandLineOption fromOption(u"from"_s, tr("Start, HH:MM."), tr("HH:MM"));
    const QCommandLineOption toOption(u"to"_s, tr("End, HH:MM."), tr("HH:MM"));
    const QCommandLineOption daysOption(u"days"_s, tr("Weekdays, e.g. mon,tue,wed,thu,fri."), tr("DAYS"));
    const QCommandLineOption datesOption(u"dates"_s, tr("Dates instead of weekdays, e.g. 2026-12-24,2026-12-31."),
                                         tr("DATES"));
    const QCommandLineOption zoneOption(u"tz"_s, tr("IANA time zone, e.g. Asia/Shanghai."), tr("ZONE"),
                                        QString::fromLatin1(QTimeZone::systemTimeZoneId()));
    line.parser().addOptions({fromOption, toOption, daysOption, datesOption, zoneOption});
    if (const std::optional<int> done = line.parse(arguments, out, 1, 1))
        return *done;
    const auto minuteOf = [](const QString &text) -> std::optional<int> {
        const QTime time = QTime::fromString(text, u"HH:mm"_s);
        if (text == u"24:00"_s)
            return 1440;
        return time.isValid() ? std::optional<int>(time.hour() * 60 + time.minute()) : std::nullopt;
    };
    const std::optional<int> start = minuteOf(line.parser().value(fromOption));
    const std::optional<int> end = minuteOf(line.parser().value(toOption));
    if (!start || !end)
        return line.usageError(tr("--from and --to need a time as HH:MM, e.g. --from 11:00 --to 14:00."), out);
    BlackoutWindow window;
    window.name = line.parser().positionalArguments().constFirst();
    window.startMinute = *start;
    window.endMinute = *end;
    window.timeZone = line.parser().value(zoneOption);
    if (line.parser().isSet(daysOption) && line.parser().isSet(datesOption))
        return line.usageError(tr("Give --days or --dates, not both."), out);
    if (line.parser().isSet(daysOption)) {
        static const QStringList names{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
        window.days = 0;
        for (const QString &day : line.parser().value(daysOption).split(u',', Qt::SkipEmptyParts)) {
            const qsizetype index = names.indexOf(day.trimmed().left(3).toLower());
            if (index < 0)
                return line.usageError(tr("Unknown day \"%1\": use mon, tue, wed, thu, fri, sat, sun.").arg(day), out);
            window.days |= quint8(1u << index);
        }
    }
    if (line.parser().isSet(datesOption)) {
        const std::optional<QList<QDate>> dates = BlackoutWindow::parseDates(line.parser().value(datesOption));
        if (!dates || dates->isEmpty())
            return line.usageError(tr("--dates needs dates as YYYY-MM-DD, separated by commas."), out);
        window.dates = *dates;
    }
    std::optional<CtlScheduler> ctl = CtlScheduler::open(line.databasePath(), CtlDatabase::Mode::LikeConsole, out);
    if (!ctl)
        return Failure;
    if (const std::optional<QString> error = ctl->engine->saveBlackout(window, whoRuns())) {
        out.error(*error);
        return Failure;
    }
    for (const QString &problem : ctl->engine->takeAuditProblems())
        out.error(problem);
    out.print(tr("Blackout window %1 added: %2").arg(window.id).arg(window.describe(QLocale::c())));
    return Ok;
}

QStringList TasksBlackoutRemoveCommand::words() const
{
    return {u"tasks"_s, u"blackouts"_s, u"remove"_s};
}

QString TasksBlackoutRemoveCommand::summary() const
{
    return tr("Removes a blackout window by its id.");
}

int TasksBlackoutRemoveCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(u"payopsctl tasks blackouts remove ID [--db PATH]"_s,
                        tr("Removes the blackout window with this id (see \"tasks blackouts\"). Runs that wait for "
                           "its end start at the next pass."));
    line.addDatabaseOption();
    if (const std::optional<int> done = line.parse(arguments, out, 1, 1))
        return *done;
    bool ok = false;
    const qint64 id = line.parser().positionalArguments().constFirst().toLongLong(&ok);
    if (!ok || id <= 0)
        return line.usageError(tr("ID must be the number \"tasks blackouts\" lists."), out);
    std::optional<CtlScheduler> ctl = CtlScheduler::open(line.databasePath(), CtlDatabase::Mode::LikeConsole, out);
    if (!ctl)
        return Failure;
    if (const std::optional<QString> error = ctl->engine->removeBlackout(id, whoRuns())) {
        out.error(*error);
        return Failure;
    }
    for (const QString &problem : ctl->engine->takeAuditProblems())
        out.error(problem);
    out.print(tr("Blackout window %1 removed.").arg(id));
    return Ok;
}

} // namespace payops
