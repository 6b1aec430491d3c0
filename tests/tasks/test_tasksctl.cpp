// payopsctl tasks as an operator (and the systemd timer) runs it: a process per call, real
// database, real commands. Several `tasks run-due` loops at once never run a task twice; a run left
// behind by a killed payopsctl is marked interrupted by the next one.
#include "models/consoleschema.h"
#include "models/storage/database.h"
#include "models/tasks/taskrepository.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QString ctlPath()
{
    return QStringLiteral(PAYOPS_BINARY_DIR "/app/payopsctl/payopsctl");
}

QProcessEnvironment ctlEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"en_US.UTF-8"_s);
    environment.insert(u"LANG"_s, u"en_US.UTF-8"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home);
    return environment;
}

} // namespace

class TestTasksCtl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void next();
    void nextRefusesBadInput_data();
    void nextRefusesBadInput();
    void listShowsTheDefaultBackup();
    void runBackupNow();
    void restoreBringsBackTheBackupAndKeepsTheCurrentAside();
    void runDueLoopsNeverRunATaskTwice();
    void killedRunIsMarkedInterrupted();
    void blackoutsAddListRemove();

private:
    Run ctl(const QStringList &arguments, int timeoutMs = 60'000);
    QString db() const { return m_dir->filePath(u"payops.db"_s); }
    void withRepository(const std::function<void(TaskRepository &, Database &)> &body);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTasksCtl::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Run TestTasksCtl::ctl(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(ctlEnvironment(m_dir->filePath(u"data"_s)));
    process.start(ctlPath(), arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = "payopsctl did not finish in time";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestTasksCtl::withRepository(const std::function<void(TaskRepository &, Database &)> &body)
{
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.quickCheck = false;
    Database database(options);
    const std::optional<DatabaseError> error = database.open(db());
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    TaskRepository repository(database);
    body(repository, database);
}

void TestTasksCtl::next()
{
    const Run run = ctl({u"tasks"_s, u"next"_s, u"--cron"_s, u"30 2 * * *"_s, u"--tz"_s, u"Europe/Berlin"_s, u"--from"_s,
                         u"2026-03-28T12:00:00+01:00"_s, u"--count"_s, u"3"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("2026-03-29T03:00:00+02:00\n2026-03-30T02:30:00+02:00\n2026-03-31T02:30:00+02:00\n"));
    const Run json = ctl({u"tasks"_s, u"next"_s, u"--cron"_s, u"@daily"_s, u"--tz"_s, u"America/Santiago"_s, u"--from"_s,
                          u"2026-09-05T12:00:00-04:00"_s, u"--count"_s, u"1"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject first = json.json().value(u"times"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"local"_s).toString(), u"2026-09-06T01:00:00-03:00"_s);
    QCOMPARE(first.value(u"utc"_s).toString(), u"2026-09-06T04:00:00Z"_s);
}

void TestTasksCtl::nextRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad field") << QStringList{u"--cron"_s, u"61 * * * *"_s, u"--tz"_s, u"UTC"_s}
                               << u"61 is outside the minute field's range 0–59"_s;
    QTest::newRow("bad zone") << QStringList{u"--cron"_s, u"@daily"_s, u"--tz"_s, u"Europe/Atlantis"_s}
                              << u"Unknown time zone \"Europe/Atlantis\""_s;
    QTest::newRow("bad from") << QStringList{u"--cron"_s, u"@daily"_s, u"--from"_s, u"yesterday"_s}
                              << u"--from \"yesterday\" is not an ISO 8601 time"_s;
    QTest::newRow("no cron") << QStringList{u"--tz"_s, u"UTC"_s} << u"--cron is required"_s;
    QTest::newRow("count") << QStringList{u"--cron"_s, u"@daily"_s, u"--count"_s, u"0"_s} << u"--count needs"_s;
}

void TestTasksCtl::nextRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = ctl(QStringList{u"tasks"_s, u"next"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

void TestTasksCtl::listShowsTheDefaultBackup()
{
    const Run run = ctl({u"tasks"_s, u"list"_s, u"--db"_s, db(), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray tasks = run.json().value(u"tasks"_s).toArray();
    QCOMPARE(tasks.size(), 2); // the daily backup and the weekly performance review
    const QJsonObject backup = tasks.at(0).toObject();
    QCOMPARE(backup.value(u"name"_s).toString(), u"database-backup"_s);
    QCOMPARE(backup.value(u"kind"_s).toString(), u"backup"_s);
    QCOMPARE(backup.value(u"cron"_s).toString(), u"30 2 * * *"_s);
    QVERIFY(backup.value(u"next"_s).toString().contains(u"T02:30:00"_s));
    const QJsonObject review = tasks.at(1).toObject();
    QCOMPARE(review.value(u"name"_s).toString(), u"performance-review"_s);
    QCOMPARE(review.value(u"kind"_s).toString(), u"performance_review"_s);
    QCOMPARE(review.value(u"cron"_s).toString(), u"0 8 * * MON"_s);
    // Removed by the operator, they do not come back.
    withRepository([](TaskRepository &repository, Database &) {
        QVERIFY(!repository.removeTask(u"database-backup"_s));
        QVERIFY(!repository.removeTask(u"performance-review"_s));
    });
    QCOMPARE(ctl({u"tasks"_s, u"list"_s, u"--db"_s, db(), u"--json"_s}).json().value(u"tasks"_s).toArray().size(), 0);
}

void TestTasksCtl::runBackupNow()
{
    const Run run = ctl({u"tasks"_s, u"run"_s, u"database-backup"_s, u"--db"_s, db(), u"--by"_s, u"alice"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject result = run.json();
    QCOMPARE(result.value(u"state"_s).toString(), u"succeeded"_s);
    QCOMPARE(result.value(u"trigger"_s).toString(), u"manual"_s);
    QCOMPARE(result.value(u"requestedBy"_s).toString(), u"alice"_s);
    const QString artifact = result.value(u"artifact"_s).toString();
    QVERIFY2(QFile::exists(artifact), qPrintable(artifact));
    QVERIFY(QFile::exists(artifact + u".sha256"_s));
    QCOMPARE(QFileInfo(artifact).absolutePath(), QFileInfo(m_dir->filePath(u"backups"_s)).absoluteFilePath());
    QVERIFY2(result.value(u"summary"_s).toString().startsWith(u"Verified backup payops-"_s), qPrintable(result.value(u"summary"_s).toString()));
    const Run history = ctl({u"tasks"_s, u"history"_s, u"database-backup"_s, u"--db"_s, db(), u"--result"_s, u"succeeded"_s});
    QCOMPARE(history.exitCode, 0);
    QVERIFY(history.out.contains("database-backup  succeeded  run now"));

    // The run is in the audit log, in order, and the chain holds.
    const Run audit = ctl({u"audit"_s, u"export"_s, u"--db"_s, db(), u"-"_s});
    QCOMPARE(audit.exitCode, 0);
    QStringList actions;
    for (const QByteArray &line : audit.out.split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (entry.value(u"action"_s).toString().startsWith(u"task."_s)) {
            actions << entry.value(u"action"_s).toString();
            QCOMPARE(entry.value(u"detail"_s).toObject().value(u"task"_s).toString(), u"database-backup"_s);
        }
    }
    QCOMPARE(actions, QStringList({u"task.requested"_s, u"task.started"_s, u"task.finished"_s}));
    QCOMPARE(ctl({u"audit"_s, u"verify"_s, u"--db"_s, db()}).exitCode, 0);
    QCOMPARE(ctl({u"tasks"_s, u"run"_s, u"nothing"_s, u"--db"_s, db()}).exitCode, 1);
    QCOMPARE(ctl({u"tasks"_s, u"history"_s, u"--db"_s, db(), u"--result"_s, u"great"_s}).exitCode, 2);
}

void TestTasksCtl::restoreBringsBackTheBackupAndKeepsTheCurrentAside()
{
    const Run backup = ctl({u"tasks"_s, u"run"_s, u"database-backup"_s, u"--db"_s, db(), u"--json"_s});
    QVERIFY2(backup.exitCode == 0, backup.err.constData());
    const QString artifact = backup.json().value(u"artifact"_s).toString();
    // After the backup: one more task the backup does not have.
    withRepository([](TaskRepository &repository, Database &) {
        TaskDefinition task;
        task.name = u"added-after-the-backup"_s;
        task.settings = {{u"program"_s, u"true"_s}};
        QVERIFY(!repository.saveTask(task));
    });
    const auto names = [this] {
        QStringList names;
        for (const QJsonValue &task : ctl({u"tasks"_s, u"list"_s, u"--db"_s, db(), u"--json"_s}).json().value(u"tasks"_s).toArray())
            names << task.toObject().value(u"name"_s).toString();
        return names;
    };
    QVERIFY(names().contains(u"added-after-the-backup"_s));

    // Without --yes nothing happens and it says what would.
    const Run asked = ctl({u"tasks"_s, u"restore"_s, artifact, u"--db"_s, db()});
    QCOMPARE(asked.exitCode, 2);
    QVERIFY2(asked.err.contains("--yes"), asked.err.constData());
    QVERIFY(names().contains(u"added-after-the-backup"_s));
    // A file that is not a database is refused before anything is touched.
    QFile junk(m_dir->filePath(u"junk.db"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a database at all, just some bytes that are long enough to look like a header......");
    junk.close();
    QCOMPARE(ctl({u"tasks"_s, u"restore"_s, junk.fileName(), u"--db"_s, db(), u"--yes"_s}).exitCode, 1);
    QVERIFY(names().contains(u"added-after-the-backup"_s));

    const Run restored = ctl({u"tasks"_s, u"restore"_s, artifact, u"--db"_s, db(), u"--yes"_s});
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    QVERIFY(!names().contains(u"added-after-the-backup"_s));
    const QStringList kept = QDir(m_dir->path()).entryList({u"payops.before-restore-*.db"_s}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    {
        Database aside(ConsoleSchema::databaseOptions());
        QVERIFY(!aside.open(m_dir->filePath(kept.constFirst())));
        QVERIFY(TaskRepository(aside).task(u"added-after-the-backup"_s).has_value());
    }
    // The restore is the audit log's next entry and the chain holds.
    const Run audit = ctl({u"audit"_s, u"export"_s, u"--db"_s, db(), u"-"_s});
    QVERIFY(audit.out.contains("database.restored"));
    QCOMPARE(ctl({u"audit"_s, u"verify"_s, u"--db"_s, db()}).exitCode, 0);
}

void TestTasksCtl::runDueLoopsNeverRunATaskTwice()
{
    // Twelve tasks, each due now, each a command that appends "<task> start" and "<task> end" to
    // a shared log around a short sleep. Three run-due loops race for them.
    const QString log = m_dir->filePath(u"runs.log"_s);
    constexpr int taskCount = 12;
    withRepository([&](TaskRepository &repository, Database &database) {
        QVERIFY(!repository.installDefaultsOnce(0));
        QVERIFY(!repository.removeTask(u"database-backup"_s));
        QVERIFY(!repository.removeTask(u"performance-review"_s));
        for (int i = 0; i < taskCount; ++i) {
            TaskDefinition task;
            task.name = u"task-%1"_s.arg(i, 2, 10, QChar(u'0'));
            task.kind = TaskDefinition::Kind::Command;
            task.cron = u"0 0 1 1 *"_s; // once a year: each task has exactly one fire time in this test
            task.timeZone = u"UTC"_s;
            task.settings = QJsonObject{
                {u"program"_s, u"/bin/sh"_s},
                {u"arguments"_s, QJsonArray{u"-c"_s, u"echo \"$1 start\" >> \"$2\"; sleep 0.3; echo \"$1 end\" >> \"$2\""_s,
                                            u"sh"_s, u"{task}"_s, log}}};
            QVERIFY(!repository.saveTask(task));
        }
        // Planned, with the fire time one second ago.
        QSqlQuery due(database.connection());
        QVERIFY(due.exec(u"UPDATE tasks SET next_due_ms = %1"_s.arg(QDateTime::currentMSecsSinceEpoch() - 1000)));
    });

    QList<QProcess *> loops;
    QElapsedTimer clock;
    clock.start();
    // Each loop: run-due again and again for 8 s (as if the timer fired much more often than once a minute).
    const auto startOne = [&](QProcess *process) {
        process->setProcessEnvironment(ctlEnvironment(m_dir->filePath(u"data"_s)));
        process->start(ctlPath(), {u"tasks"_s, u"run-due"_s, u"--db"_s, db()});
    };
    for (int i = 0; i < 3; ++i) {
        auto *process = new QProcess(this);
        loops << process;
        connect(process, &QProcess::finished, this, [&, process](int exitCode) {
            QVERIFY2(exitCode == 0, process->readAllStandardError().constData());
            if (clock.elapsed() < 8000)
                startOne(process);
        });
        startOne(process);
    }
    QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() > 8000
                                 && std::all_of(loops.cbegin(), loops.cend(),
                                                [](QProcess *p) { return p->state() == QProcess::NotRunning; }),
                             60000);
    qDeleteAll(loops);

    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), taskCount * 2);
    QHash<QString, int> starts;
    QSet<QString> running;
    for (const QString &line : lines) {
        const QString task = line.section(u' ', 0, 0);
        if (line.endsWith(u" start"_s)) {
            QVERIFY2(!running.contains(task), qPrintable(u"two runs of %1 at once"_s.arg(task)));
            running.insert(task);
            ++starts[task];
        } else {
            running.remove(task);
        }
    }
    QCOMPARE(starts.size(), taskCount);
    for (auto it = starts.cbegin(); it != starts.cend(); ++it)
        QCOMPARE(it.value(), 1);
    const Run history = ctl({u"tasks"_s, u"history"_s, u"--db"_s, db(), u"--json"_s});
    const QJsonArray runs = history.json().value(u"runs"_s).toArray();
    QCOMPARE(runs.size(), taskCount);
    QSet<QString> runners;
    for (const QJsonValue &run : runs) {
        QCOMPARE(run.toObject().value(u"state"_s).toString(), u"succeeded"_s);
        runners.insert(run.toObject().value(u"runner"_s).toString());
    }
    qInfo() << "runs shared among" << runners.size() << "run-due processes";
}

void TestTasksCtl::killedRunIsMarkedInterrupted()
{
    withRepository([&](TaskRepository &repository, Database &) {
        TaskDefinition task;
        task.name = u"slow"_s;
        task.kind = TaskDefinition::Kind::Command;
        task.cron = u"@yearly"_s;
        task.settings = QJsonObject{{u"program"_s, u"/bin/sleep"_s}, {u"arguments"_s, QJsonArray{u"3"_s}}};
        QVERIFY(!repository.saveTask(task));
    });
    QProcess running;
    running.setProcessEnvironment(ctlEnvironment(m_dir->filePath(u"data"_s)));
    running.start(ctlPath(), {u"tasks"_s, u"run"_s, u"slow"_s, u"--db"_s, db()});
    QVERIFY(running.waitForStarted());
    // Wait until it holds the task, then kill it without a chance to clean up.
    QTRY_VERIFY_WITH_TIMEOUT(ctl({u"tasks"_s, u"history"_s, u"slow"_s, u"--db"_s, db(), u"--result"_s, u"running"_s, u"--json"_s})
                                     .json().value(u"runs"_s).toArray().size() == 1,
                             20000);
    running.kill();
    QVERIFY(running.waitForFinished());
    const Run due = ctl({u"tasks"_s, u"run-due"_s, u"--db"_s, db(), u"--json"_s});
    QCOMPARE(due.exitCode, 1); // an interrupted run is a failure to report
    const QJsonArray handled = due.json().value(u"runs"_s).toArray();
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).toObject().value(u"state"_s).toString(), u"interrupted"_s);
    QVERIFY(handled.at(0).toObject().value(u"note"_s).toString().contains(u"ended without finishing it"_s));
    // The lock is free again: the task runs.
    const Run again = ctl({u"tasks"_s, u"run"_s, u"slow"_s, u"--db"_s, db(), u"--json"_s});
    QCOMPARE(again.json().value(u"state"_s).toString(), u"succeeded"_s);
}

QTEST_GUILESS_MAIN(TestTasksCtl)
void TestTasksCtl::blackoutsAddListRemove()
{
    const Run added = ctl({u"tasks"_s, u"blackouts"_s, u"add"_s, u"Peak hours"_s, u"--from"_s, u"11:00"_s, u"--to"_s,
                           u"14:00"_s, u"--days"_s, u"mon,tue,wed,thu,fri"_s, u"--tz"_s, u"Asia/Shanghai"_s, u"--db"_s, db()});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY2(added.out.contains("Mon Tue Wed Thu Fri, 11:00–14:00 (Asia/Shanghai)"), added.out.constData());
    const Run dated = ctl({u"tasks"_s, u"blackouts"_s, u"add"_s, u"Year end"_s, u"--from"_s, u"00:00"_s, u"--to"_s,
                           u"24:00"_s, u"--dates"_s, u"2026-12-31"_s, u"--tz"_s, u"UTC"_s, u"--db"_s, db()});
    QVERIFY2(dated.exitCode == 0, dated.err.constData());

    // Bad input is refused in words, and nothing is added.
    const Run badDay = ctl({u"tasks"_s, u"blackouts"_s, u"add"_s, u"X"_s, u"--from"_s, u"11:00"_s, u"--to"_s, u"12:00"_s,
                            u"--days"_s, u"funday"_s, u"--db"_s, db()});
    QCOMPARE(badDay.exitCode, 2);
    QVERIFY2(badDay.err.contains("Unknown day \"funday\""), badDay.err.constData());
    const Run badZone = ctl({u"tasks"_s, u"blackouts"_s, u"add"_s, u"X"_s, u"--from"_s, u"11:00"_s, u"--to"_s, u"12:00"_s,
                             u"--tz"_s, u"Mars/Olympus"_s, u"--db"_s, db()});
    QCOMPARE(badZone.exitCode, 1);
    QVERIFY2(badZone.err.contains("Mars/Olympus"), badZone.err.constData());

    const Run listed = ctl({u"tasks"_s, u"blackouts"_s, u"--db"_s, db(), u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray windows = listed.json().value(u"blackouts"_s).toArray();
    QCOMPARE(windows.size(), 2);
    const QJsonObject peak = windows.at(0).toObject();
    QCOMPARE(peak.value(u"name"_s).toString(), u"Peak hours"_s);
    QCOMPARE(peak.value(u"days"_s).toArray(), (QJsonArray{1, 2, 3, 4, 5}));
    QCOMPARE(peak.value(u"startMinute"_s).toInt(), 660);
    QCOMPARE(windows.at(1).toObject().value(u"dates"_s).toArray(), QJsonArray{u"2026-12-31"_s});
    QCOMPARE(windows.at(1).toObject().value(u"endMinute"_s).toInt(), 1440);

    const QString id = QString::number(peak.value(u"id"_s).toInteger());
    const Run removed = ctl({u"tasks"_s, u"blackouts"_s, u"remove"_s, id, u"--db"_s, db()});
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    const Run again = ctl({u"tasks"_s, u"blackouts"_s, u"remove"_s, id, u"--db"_s, db()});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("no blackout window"), again.err.constData());
    QCOMPARE(ctl({u"tasks"_s, u"blackouts"_s, u"--db"_s, db(), u"--json"_s}).json().value(u"blackouts"_s).toArray().size(), 1);

    // Each change is in the audit log, by the user who ran payopsctl.
    withRepository([](TaskRepository &, Database &database) {
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(u"SELECT json_extract(detail, '$.text') FROM audit_log WHERE action = 'task.edited' ORDER BY id"_s));
        QStringList texts;
        while (q.next())
            texts << q.value(0).toString();
        QCOMPARE(texts.size(), 3);
        QVERIFY2(texts.at(0).contains(u"\"Peak hours\" added"_s), qPrintable(texts.at(0)));
        QVERIFY2(texts.at(2).contains(u"\"Peak hours\" removed"_s), qPrintable(texts.at(2)));
    });
}

#include "test_tasksctl.moc"

