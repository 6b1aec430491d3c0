// The command kind with real processes: exit status to result, output kept, placeholders per
// argument (a refused value runs nothing), "success when the output file exists and is non-empty",
// and a program that ignores SIGTERM and forks a child ended with its whole group at the timeout.
#include "models/tasks/commandtask.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <signal.h>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

TaskDefinition command(const QString &program, const QStringList &arguments)
{
    TaskDefinition task;
    task.name = u"dump"_s;
    task.kind = TaskDefinition::Kind::Command;
    task.timeZone = u"UTC"_s;
    task.settings = QJsonObject{{u"program"_s, program}, {u"arguments"_s, QJsonArray::fromStringList(arguments)}};
    return task;
}

bool processExists(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0;
}

} // namespace

class TestCommandTask final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitStatusAndOutput();
    void placeholdersPerArgument();
    void refusedPlaceholderRunsNothing();
    void successFileMustExistAndHoldData();
    void timeoutEndsTheWholeGroup();
    void missingProgram();
};

void TestCommandTask::exitStatusAndOutput()
{
    const TaskOutcome ok = CommandTask::run(command(u"/bin/echo"_s, {u"hello"_s}), TaskRun{}, 0);
    QVERIFY(ok.succeeded);
    QCOMPARE(ok.output, u"hello\n"_s);
    const TaskOutcome failed = CommandTask::run(command(u"/bin/sh"_s, {u"-c"_s, u"echo oops >&2; exit 3"_s}), TaskRun{}, 0);
    QVERIFY(!failed.succeeded);
    QVERIFY2(failed.summary.contains(u"3"_s), qPrintable(failed.summary));
    QVERIFY2(failed.output.contains(u"oops"_s), qPrintable(failed.output));
}

void TestCommandTask::placeholdersPerArgument()
{
    TaskRun run;
    run.id = 42;
    // 1 June 2026 02:30 UTC is 10:30 in Shanghai.
    TaskDefinition task = command(u"/bin/echo"_s, {u"{task}"_s, u"run-{run}"_s, u"{date}T{time}"_s, u"{utc}"_s, u"a;b $(x)"_s});
    task.timeZone = u"Asia/Shanghai"_s;
    const qint64 at = QDateTime(QDate(2026, 6, 1), QTime(2, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    const TaskOutcome outcome = CommandTask::run(task, run, at);
    QVERIFY2(outcome.succeeded, qPrintable(outcome.summary));
    // No shell: ';' and '$(x)' are text in one argument.
    QCOMPARE(outcome.output, u"dump run-42 2026-06-01T103000 20260601T023000Z a;b $(x)\n"_s);
}

void TestCommandTask::refusedPlaceholderRunsNothing()
{
    QTemporaryDir dir;
    const QString marker = dir.filePath(u"ran"_s);
    TaskDefinition task = command(u"/usr/bin/touch"_s, {marker, u"{task}"_s});
    task.name = u"--help"_s; // a task name that would become an option
    const TaskOutcome outcome = CommandTask::run(task, TaskRun{}, 0);
    QVERIFY(!outcome.succeeded);
    QVERIFY2(outcome.summary.startsWith(u"Not run:"_s), qPrintable(outcome.summary));
    QVERIFY(!QFile::exists(marker));
}

void TestCommandTask::successFileMustExistAndHoldData()
{
    QTemporaryDir dir;
    TaskDefinition task = command(u"/usr/bin/touch"_s, {dir.filePath(u"dump-{date}.sql"_s)});
    task.settings.insert(u"successFile"_s, dir.filePath(u"dump-{date}.sql"_s));
    const qint64 at = QDateTime(QDate(2026, 6, 1), QTime(2, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    const TaskOutcome empty = CommandTask::run(task, TaskRun{}, at);
    QVERIFY(!empty.succeeded); // exit 0, but the file is empty
    QVERIFY2(empty.summary.contains(u"missing or empty"_s), qPrintable(empty.summary));
    task.settings.insert(u"program"_s, u"/bin/sh"_s);
    task.settings.insert(u"arguments"_s, QJsonArray{u"-c"_s, u"echo data > \"$1\""_s, u"sh"_s, dir.filePath(u"dump-{date}.sql"_s)});
    const TaskOutcome written = CommandTask::run(task, TaskRun{}, at);
    QVERIFY2(written.succeeded, qPrintable(written.summary));
    QCOMPARE(written.artifact, QDir(dir.path()).filePath(u"dump-2026-06-01.sql"_s));
}

void TestCommandTask::timeoutEndsTheWholeGroup()
{
    QTemporaryDir dir;
    const QString childPid = dir.filePath(u"child.pid"_s);
    // The leader ignores SIGTERM and starts a child that ignores it too, then both wait forever.
    TaskDefinition task = command(u"/bin/sh"_s, {u"-c"_s, u"trap '' TERM; sh -c 'trap \"\" TERM; echo $$ > \"$1\"; "
                                                         u"while :; do sleep 1; done' sh \"$1\" & while :; do sleep 1; done"_s,
                                                 u"sh"_s, childPid});
    task.timeoutSeconds = 2;
    QElapsedTimer clock;
    clock.start();
    const TaskOutcome outcome = CommandTask::run(task, TaskRun{}, 0);
    QVERIFY(!outcome.succeeded);
    QVERIFY2(outcome.summary.contains(u"timed out"_s), qPrintable(outcome.summary));
    QVERIFY(clock.elapsed() < 20000);
    QFile file(childPid);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const qint64 child = file.readAll().trimmed().toLongLong();
    QVERIFY(child > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(child), 10000);
}

void TestCommandTask::missingProgram()
{
    const TaskOutcome none = CommandTask::run(command(u""_s, {}), TaskRun{}, 0);
    QVERIFY(!none.succeeded);
    QVERIFY2(none.summary.contains(u"names no program"_s), qPrintable(none.summary));
    const TaskOutcome absent = CommandTask::run(command(u"/nonexistent/pg_dump"_s, {}), TaskRun{}, 0);
    QVERIFY(!absent.succeeded);
    QVERIFY(!absent.summary.isEmpty());
}

QTEST_GUILESS_MAIN(TestCommandTask)
#include "test_commandtask.moc"
