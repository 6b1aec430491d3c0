// The wizard's models without a window: RecoveryWatch (the proof of recovery: hold time, relapse,
// silence restarts the countdown, which checks are watched) and ActionCommand (placeholders filled
// per argument from the service's target, hostile values refused, the command shown as it runs),
// with one command run for real to show that the argument vector stays literal.
#include "models/core/commandrunner.h"
#include "models/incidents/actioncommand.h"
#include "models/incidents/recoverywatch.h"

#include <QSignalSpy>
#include <QTest>

using namespace payops;
using namespace Qt::StringLiterals;

namespace {

PlaybookCheck latencyCheck()
{
    PlaybookCheck check;
    check.id = u"db-slow"_s;
    check.type = PlaybookCheck::Type::Metric;
    check.service = u"affected"_s;
    check.metric = u"db_latency_p95"_s;
    check.comparison = PlaybookCheck::Comparison::Greater;
    check.threshold = 100;
    check.unit = u"ms"_s;
    check.canonicalThreshold = 0.1;
    return check;
}

MetricsSnapshot snapshotAt(qint64 ms, std::optional<double> dbLatency)
{
    MetricsSnapshot snapshot;
    snapshot.timestampMs = ms;
    snapshot.services = {ServiceState{u"payment_backend"_s, ServiceState::State::Up, {}, ms, 1, 1}};
    if (dbLatency)
        snapshot.values = {MetricValue{u"db_latency_p95"_s, u"payment_backend"_s, {}, *dbLatency, ms}};
    return snapshot;
}

ServiceTarget backendTarget()
{
    ServiceTarget target;
    target.service = u"payment_backend"_s;
    target.metricsUrl = QUrl(u"http://10.0.0.7:9103/metrics"_s);
    return target;
}

} // namespace

class TestWizardModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void provenAfterTheHoldTime();
    void relapseEndsTheWatch();
    void notRecoveredAfterWaitingTheHoldTime();
    void silenceRestartsTheCountdown();
    void watchesTheMetricChecksThatConfirmed();
    void healthyWhileIsTheOppositeSide();
    void commandFillsPlaceholdersPerArgument();
    void hostileValuesAreRefused_data();
    void hostileValuesAreRefused();
    void argumentsReachTheProgramLiterally();
    void onlyCommandActionsRun();
};

void TestWizardModels::provenAfterTheHoldTime()
{
    RecoveryWatch watch({{latencyCheck(), u"payment_backend"_s}}, 10'000);
    watch.start(1'000);
    // The fix takes a rate window to show: still slow is waiting, not a relapse.
    RecoveryWatch::Reading reading = watch.update(snapshotAt(3'000, 0.4));
    QCOMPARE(reading.state, RecoveryWatch::State::Waiting);
    QCOMPARE(reading.remainingMs, 8'000);
    QCOMPARE(reading.checks.first().verdict, CheckVerdict::Verdict::Confirmed);
    // The countdown starts with the first snapshot in range.
    reading = watch.update(snapshotAt(5'000, 0.02));
    QCOMPARE(reading.state, RecoveryWatch::State::Watching);
    QCOMPARE(reading.remainingMs, 10'000);
    QCOMPARE(reading.checks.size(), 1);
    QCOMPARE(reading.checks.first().verdict, CheckVerdict::Verdict::RuledOut);
    reading = watch.update(snapshotAt(14'999, 0.05));
    QCOMPARE(reading.state, RecoveryWatch::State::Watching);
    QCOMPARE(reading.remainingMs, 1);
    reading = watch.update(snapshotAt(15'000, 0.05));
    QCOMPARE(reading.state, RecoveryWatch::State::Proven);
    QVERIFY(reading.text.contains(u"10 s"_s));
    // Proven stays proven, whatever comes later, until started again.
    QCOMPARE(watch.update(snapshotAt(16'000, 0.5)).state, RecoveryWatch::State::Proven);
    watch.start(16'000);
    QCOMPARE(watch.update(snapshotAt(17'000, 0.5)).state, RecoveryWatch::State::Waiting);
}

void TestWizardModels::relapseEndsTheWatch()
{
    RecoveryWatch watch({{latencyCheck(), u"payment_backend"_s}}, 10'000);
    watch.start(0);
    QCOMPARE(watch.update(snapshotAt(1'000, 0.09)).state, RecoveryWatch::State::Watching);
    QCOMPARE(watch.update(snapshotAt(9'000, 0.09)).state, RecoveryWatch::State::Watching);
    const RecoveryWatch::Reading relapse = watch.update(snapshotAt(9'500, 0.42));
    QCOMPARE(relapse.state, RecoveryWatch::State::Relapsed);
    QVERIFY2(relapse.text.contains(u"420 ms"_s), qPrintable(relapse.text));
    QCOMPARE(watch.update(snapshotAt(30'000, 0.01)).state, RecoveryWatch::State::Relapsed);
}

void TestWizardModels::notRecoveredAfterWaitingTheHoldTime()
{
    RecoveryWatch watch({{latencyCheck(), u"payment_backend"_s}}, 10'000);
    watch.start(0);
    QCOMPARE(watch.update(snapshotAt(9'999, 0.3)).state, RecoveryWatch::State::Waiting);
    const RecoveryWatch::Reading reading = watch.update(snapshotAt(10'000, 0.3));
    QCOMPARE(reading.state, RecoveryWatch::State::NotRecovered);
    QVERIFY2(reading.text.contains(u"300 ms"_s), qPrintable(reading.text));
    QCOMPARE(watch.update(snapshotAt(11'000, 0.01)).state, RecoveryWatch::State::NotRecovered);
}

void TestWizardModels::silenceRestartsTheCountdown()
{
    RecoveryWatch watch({{latencyCheck(), u"payment_backend"_s}}, 10'000);
    watch.start(0);
    QCOMPARE(watch.update(snapshotAt(0, 0.01)).remainingMs, 10'000);
    QCOMPARE(watch.update(snapshotAt(8'000, 0.01)).remainingMs, 2'000);
    const RecoveryWatch::Reading silent = watch.update(snapshotAt(9'000, std::nullopt));
    QCOMPARE(silent.state, RecoveryWatch::State::Watching);
    QCOMPARE(silent.remainingMs, 10'000);
    QCOMPARE(silent.checks.first().verdict, CheckVerdict::Verdict::Unanswered);
    QCOMPARE(watch.update(snapshotAt(18'000, 0.01)).state, RecoveryWatch::State::Watching);
    QCOMPARE(watch.update(snapshotAt(19'000, 0.01)).state, RecoveryWatch::State::Proven);
}

void TestWizardModels::watchesTheMetricChecksThatConfirmed()
{
    Playbook playbook;
    playbook.id = u"long-response-time"_s;
    PlaybookCause slow;
    slow.id = u"slow-database"_s;
    PlaybookCheck health;
    health.id = u"db-health"_s;
    health.type = PlaybookCheck::Type::Health;
    PlaybookCheck cpu = latencyCheck();
    cpu.id = u"cpu-high"_s;
    cpu.metric = u"cpu_percent"_s;
    slow.checks = {latencyCheck(), health, cpu};
    PlaybookCause other;
    other.id = u"slow-external"_s;
    PlaybookCheck external = latencyCheck();
    external.id = u"external-slow"_s;
    other.checks = {external};
    playbook.causes = {slow, other};

    const auto verdict = [](const QString &cause, const QString &check, PlaybookCheck::Type type, CheckVerdict::Verdict v) {
        CheckVerdict verdict;
        verdict.playbookId = u"long-response-time"_s;
        verdict.causeId = cause;
        verdict.checkId = check;
        verdict.type = type;
        verdict.verdict = v;
        return verdict;
    };
    Diagnosis diagnosis;
    diagnosis.service = u"payment_backend"_s;
    CauseAssessment confirmed;
    confirmed.playbookId = u"long-response-time"_s;
    confirmed.causeId = u"slow-database"_s;
    confirmed.confirmed = 2;
    confirmed.checks = {verdict(u"slow-database"_s, u"db-slow"_s, PlaybookCheck::Type::Metric, CheckVerdict::Verdict::Confirmed),
                        verdict(u"slow-database"_s, u"db-health"_s, PlaybookCheck::Type::Health, CheckVerdict::Verdict::Confirmed),
                        verdict(u"slow-database"_s, u"cpu-high"_s, PlaybookCheck::Type::Metric, CheckVerdict::Verdict::RuledOut)};
    CauseAssessment ruledOut;
    ruledOut.playbookId = u"long-response-time"_s;
    ruledOut.causeId = u"slow-external"_s;
    ruledOut.ruledOut = 1;
    ruledOut.checks = {verdict(u"slow-external"_s, u"external-slow"_s, PlaybookCheck::Type::Metric, CheckVerdict::Verdict::RuledOut)};
    diagnosis.causes = {confirmed, ruledOut};

    const QList<RecoveryWatch::Condition> conditions = RecoveryWatch::conditionsFrom(diagnosis, {playbook});
    QCOMPARE(conditions.size(), 1); // the confirming metric check only: not health, not what ruled out
    QCOMPARE(conditions.first().check.id, u"db-slow"_s);
    QCOMPARE(conditions.first().service, u"payment_backend"_s); // "affected" resolved
}

void TestWizardModels::healthyWhileIsTheOppositeSide()
{
    QCOMPARE(RecoveryWatch::healthyWhile(latencyCheck()), u"≤ 100 ms"_s);
    PlaybookCheck low = latencyCheck();
    low.comparison = PlaybookCheck::Comparison::Less;
    low.unit = u"tx/s"_s;
    low.threshold = 5;
    QCOMPARE(RecoveryWatch::healthyWhile(low), u"≥ 5 tx/s"_s);
}

void TestWizardModels::commandFillsPlaceholdersPerArgument()
{
    PlaybookAction action;
    action.type = PlaybookAction::Type::Command;
    action.program = u"tracepath"_s;
    action.arguments = {u"-p"_s, u"{port}"_s, u"{host}"_s, u"unit={service}.service"_s};
    const auto prepared = ActionCommand::prepare(action, u"payment_backend"_s, {backendTarget()}, std::chrono::seconds(5));
    QVERIFY(std::holds_alternative<CommandSpec>(prepared));
    const CommandSpec spec = std::get<CommandSpec>(prepared);
    QCOMPARE(spec.program, u"tracepath"_s);
    QCOMPARE(spec.arguments, (QStringList{u"-p"_s, u"9103"_s, u"10.0.0.7"_s, u"unit=payment_backend.service"_s}));
    QCOMPARE(spec.timeout, std::chrono::milliseconds(5000));
    QCOMPARE(ActionCommand::shown(spec), u"tracepath -p 9103 10.0.0.7 unit=payment_backend.service"_s);

    // A value the target does not give refuses the command instead of running it half-filled.
    const auto noTarget = ActionCommand::prepare(action, u"payment_backend"_s, {});
    QVERIFY(std::holds_alternative<QString>(noTarget));
    QVERIFY(std::get<QString>(noTarget).contains(u"{port}"_s));
}

void TestWizardModels::hostileValuesAreRefused_data()
{
    QTest::addColumn<QString>("service");
    QTest::newRow("option") << u"--output=/etc/passwd"_s;
    QTest::newRow("dash") << u"-rf"_s;
    QTest::newRow("newline") << u"svc\nrm -rf /"_s;
    QTest::newRow("escape") << u"svc\x1b[2J"_s;
    QTest::newRow("long") << QString(5000, u'a');
}

void TestWizardModels::hostileValuesAreRefused()
{
    QFETCH(QString, service);
    PlaybookAction action;
    action.type = PlaybookAction::Type::Command;
    action.program = u"journalctl"_s;
    action.arguments = {u"-u"_s, u"{service}"_s};
    const auto prepared = ActionCommand::prepare(action, service, {});
    QVERIFY(std::holds_alternative<QString>(prepared));
    QVERIFY(!std::get<QString>(prepared).isEmpty());
}

void TestWizardModels::argumentsReachTheProgramLiterally()
{
    // Shell syntax in a value is text: printf prints each argument on its own line, unexpanded.
    const QStringList hostile{u"a; touch pwned"_s, u"$(id)"_s, u"`id`"_s, u"x | cat /etc/passwd"_s, u"it's \"quoted\""_s};
    PlaybookAction action;
    action.type = PlaybookAction::Type::Command;
    action.program = u"printf"_s;
    action.arguments = {u"%s\\n"_s, u"{service}"_s};
    for (const QString &value : hostile) {
        const auto prepared = ActionCommand::prepare(action, value, {});
        QVERIFY2(std::holds_alternative<CommandSpec>(prepared), qPrintable(value));
        const CommandSpec spec = std::get<CommandSpec>(prepared);
        CommandRunner runner;
        QSignalSpy finished(&runner, &CommandRunner::finished);
        QVERIFY(runner.start(spec));
        QVERIFY(finished.wait(10'000));
        const CommandResult result = finished.first().first().value<CommandResult>();
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        QCOMPARE(QString::fromUtf8(result.standardOutput), value + u'\n');
        // What the operator confirmed names the value as one argument.
        QVERIFY(ActionCommand::shown(spec).endsWith(value.contains(u' ') || value.contains(u'"') || value.contains(u'\'')
                                                        ? u"'"_s : value));
    }
}

void TestWizardModels::onlyCommandActionsRun()
{
    PlaybookAction contact;
    contact.type = PlaybookAction::Type::Contact;
    QVERIFY(std::holds_alternative<QString>(ActionCommand::prepare(contact, u"payment_backend"_s, {})));
    PlaybookAction none;
    QVERIFY(std::holds_alternative<QString>(ActionCommand::prepare(none, u"payment_backend"_s, {})));
}

QTEST_GUILESS_MAIN(TestWizardModels)
#include "test_wizardmodels.moc"
