// The rolling update kind against the real paysim (--instances 3): the update command is curl
// calling paysim's control endpoint, which restarts one instance (its port closed for a second,
// then a new process). Instance by instance the task checks /health, runs the command, waits for
// /health and settles on the metrics against the shipped alert rules. Run through TaskEngine as the
// console and payopsctl run it (the audit log included).
#include "tests/support/paysimprocess.h"

#include "models/alerts/alertrulerepository.h"
#include "models/consoleschema.h"
#include "models/services/targetrepository.h"
#include "models/storage/database.h"
#include "models/tasks/rollingupdatetask.h"
#include "models/tasks/taskengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace payops;

namespace {

const QString kService = u"payment_gateway"_s;

} // namespace

class TestRollingUpdate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void settingsInOperatorWords();
    void dryRunTouchesNothing();
    void updatesEveryInstance();
    void secondFailsThirdUntouched();
    void metricsOutsideTheRulesStop();

private:
    // The service's instances as targets; instance `failing` (0-based) gets label fail=1.
    void storeTargets(int failing = -1);
    QJsonObject settings(bool dryRun = false) const;
    TaskRun runTask(const QJsonObject &settings);
    // restarts by instance index of kService, read from paysim's GET /instances.
    QList<int> restarts();

    PaysimProcess m_paysim;
    QString m_curl;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestRollingUpdate::initTestCase()
{
    m_curl = QStandardPaths::findExecutable(u"curl"_s);
    if (m_curl.isEmpty())
        QSKIP("curl is not installed (./setup.sh installs it)");
    // Real time (the scrapes' rates are per real second: an accelerated paysim's CPU would read as
    // many cores), at the evening peak: a settle time of 4 s holds ~350 gateway transactions, so
    // paysim's normal 1.8 % failure ratio is far (> 4 standard deviations) from the critical 5 %.
    const QString error = m_paysim.start({u"--instances"_s, u"3"_s, u"--seed"_s, u"12"_s,
                                          u"--start-time"_s, u"2024-05-01T20:00:00Z"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_paysim.ports(kService).size(), 3);
}

void TestRollingUpdate::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.quickCheck = false;
    m_database = std::make_unique<Database>(options);
    const std::optional<DatabaseError> error = m_database->open(m_dir->filePath(u"payops.db"_s));
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    const AlertRuleRepository::ImportResult rules = AlertRuleRepository(*m_database).importShippedDefaultsOnce();
    QVERIFY2(rules.ok(), qPrintable(rules.error));
    QVERIFY(rules.inserted > 0);
}

void TestRollingUpdate::cleanup()
{
    QCOMPARE(m_paysim.control("DELETE", u"/scenario"_s), 200);
    // An instance restarted into a failing release is put back for the next test.
    QByteArray body;
    QCOMPARE(m_paysim.control("GET", u"/instances"_s, &body), 200);
    for (const QJsonValue &entry : QJsonDocument::fromJson(body).object().value(u"instances"_s).toArray()) {
        const QJsonObject instance = entry.toObject();
        if (instance.value(u"unhealthy"_s).toBool()) {
            const QString path = u"/instances/%1/%2/restart?downtime=0"_s.arg(instance.value(u"service"_s).toString())
                                     .arg(instance.value(u"index"_s).toInt());
            QCOMPARE(m_paysim.control("POST", path), 200);
        }
    }
    m_database.reset();
    m_dir.reset();
}

void TestRollingUpdate::cleanupTestCase()
{
    m_paysim.stop();
}

void TestRollingUpdate::storeTargets(int failing)
{
    TargetRepository repository(*m_database);
    int index = 0;
    for (ServiceTarget target : m_paysim.targets(u"1s"_s, u"800ms"_s)) {
        target.id = 0;
        if (target.service == kService) {
            target.labels.insert(u"fail"_s, index == failing ? u"1"_s : u"0"_s);
            ++index;
        }
        const TargetRepository::Saved saved = repository.add(target);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
    }
    QCOMPARE(index, 3);
}

QJsonObject TestRollingUpdate::settings(bool dryRun) const
{
    const QString restart = u"http://127.0.0.1:%1/instances/{service}/{index}/restart?downtime=1&fail={label_fail}"_s.arg(
        m_paysim.controlUrl(u"/"_s).port());
    return {{u"service"_s, kService},
            {u"program"_s, m_curl},
            {u"arguments"_s, QJsonArray{u"-fsS"_s, u"-X"_s, u"POST"_s, u"-H"_s, u"Content-Type: application/json"_s, restart}},
            {u"settleSeconds"_s, 4},
            {u"healthTimeoutSeconds"_s, 6},
            {u"commandTimeoutSeconds"_s, 20},
            // Critical rules only: the warning line of the failure ratio (2 %) is close to paysim's
            // normal 1.8 %, and a few seconds of traffic cross it by chance.
            {u"minSeverity"_s, u"critical"_s},
            {u"dryRun"_s, dryRun}};
}

TaskRun TestRollingUpdate::runTask(const QJsonObject &settings)
{
    TaskEngine engine(*m_database);
    TaskDefinition task;
    task.name = u"gateway-update"_s;
    task.kind = TaskDefinition::Kind::RollingUpdate;
    task.cron = u"0 3 * * *"_s;
    task.owner = u"alice"_s;
    task.timeoutSeconds = 300;
    task.settings = settings;
    if (const std::optional<QString> error = engine.repository().saveTask(task)) {
        qWarning() << "saveTask:" << *error;
        return {};
    }
    QString error;
    if (!engine.scheduler().requestRun(task.name, u"alice"_s, &error)) {
        qWarning() << "requestRun:" << error;
        return {};
    }
    const TaskScheduler::Report report = engine.scheduler().dispatch(task.name);
    if (!report.problems.isEmpty())
        qWarning() << report.problems;
    if (report.runs.isEmpty())
        return {};
    const TaskRun run = report.runs.constLast();
    qDebug().noquote() << run.summary << '\n' << run.output;
    return run;
}

QList<int> TestRollingUpdate::restarts()
{
    QByteArray body;
    if (m_paysim.control("GET", u"/instances"_s, &body) != 200)
        return {};
    QList<int> result(3, -1);
    for (const QJsonValue &entry : QJsonDocument::fromJson(body).object().value(u"instances"_s).toArray()) {
        const QJsonObject instance = entry.toObject();
        if (instance.value(u"service"_s).toString() == kService)
            result[instance.value(u"index"_s).toInt()] = instance.value(u"restarts"_s).toInt();
    }
    return result;
}

void TestRollingUpdate::settingsInOperatorWords()
{
    QStringList problems = RollingUpdateTask::validate({});
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.at(0).contains(u"service"_s), qPrintable(problems.join(u"; "_s)));
    QVERIFY2(problems.at(1).contains(u"program"_s), qPrintable(problems.join(u"; "_s)));

    QJsonObject bad = settings();
    bad.insert(u"settleSeconds"_s, 0);
    bad.insert(u"minSeverity"_s, u"info"_s);
    bad.insert(u"arguments"_s, QJsonArray{1});
    problems = RollingUpdateTask::validate(bad);
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.join(u"; "_s).contains(u"settle time must be a whole number of seconds from 1 to 3600"_s));

    // TaskDefinition::validate says the same: such a task is not saved.
    TaskDefinition task;
    task.name = u"update"_s;
    task.kind = TaskDefinition::Kind::RollingUpdate;
    task.settings = bad;
    QCOMPARE(task.validate().size(), 3);
    task.settings = settings();
    QVERIFY2(task.validate().isEmpty(), qPrintable(task.validate().join(u"; "_s)));

    // No instances: not run, and why.
    const TaskRun run = runTask(settings());
    QCOMPARE(run.state, TaskRun::State::Failed);
    QVERIFY2(run.summary.contains(u"has no instances"_s), qPrintable(run.summary));
}

void TestRollingUpdate::dryRunTouchesNothing()
{
    storeTargets(1);
    const QList<int> before = restarts();
    QCOMPARE(before.size(), 3);
    const TaskRun run = runTask(settings(true));
    QCOMPARE(run.state, TaskRun::State::Succeeded);
    QVERIFY2(run.summary.contains(u"Dry run"_s), qPrintable(run.summary));
    // The plan names every instance in order, with its command, and the rules.
    const QList<quint16> ports = m_paysim.ports(kService);
    qsizetype at = 0;
    for (int i = 0; i < 3; ++i) {
        const qsizetype found = run.output.indexOf(u"127.0.0.1:%1"_s.arg(ports.at(i)), at);
        QVERIFY2(found > at, qPrintable(run.output));
        at = found;
    }
    QVERIFY2(run.output.contains(u"/instances/payment_gateway/1/restart?downtime=1&fail=1"_s), qPrintable(run.output));
    QVERIFY2(run.output.contains(u"FailureRatioCritical"_s), qPrintable(run.output));
    QVERIFY2(!run.output.contains(u"FailureRatioWarning"_s), qPrintable(run.output));
    QCOMPARE(restarts(), before);
}

void TestRollingUpdate::updatesEveryInstance()
{
    storeTargets();
    const QList<int> before = restarts();
    QCOMPARE(before.size(), 3);
    const TaskRun run = runTask(settings());
    QVERIFY2(run.state == TaskRun::State::Succeeded, qPrintable(run.summary + u'\n' + run.output));
    QVERIFY2(run.summary.contains(u"Updated 3 instance(s) of payment_gateway"_s), qPrintable(run.summary));
    const QList<int> after = restarts();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(after.at(i), before.at(i) + 1);
    QVERIFY2(run.output.count(u"settled:"_s) == 3, qPrintable(run.output));
}

void TestRollingUpdate::secondFailsThirdUntouched()
{
    storeTargets(1);
    const QList<int> before = restarts();
    QCOMPARE(before.size(), 3);
    const TaskRun run = runTask(settings());
    QCOMPARE(run.state, TaskRun::State::Failed);
    const QList<quint16> ports = m_paysim.ports(kService);
    const QString second = u"127.0.0.1:%1"_s.arg(ports.at(1));
    const QString third = u"127.0.0.1:%1"_s.arg(ports.at(2));
    QVERIFY2(run.summary.startsWith(u"Stopped at instance 2 of 3 (%1)"_s.arg(second)), qPrintable(run.summary));
    QVERIFY2(run.summary.contains(u"did not come back healthy within 6 s"_s), qPrintable(run.summary));
    QVERIFY2(run.summary.contains(u"startup down"_s), qPrintable(run.summary));
    QVERIFY2(run.summary.contains(u"Left untouched: %1"_s.arg(third)), qPrintable(run.summary));
    const QList<int> after = restarts();
    QCOMPARE(after.at(0), before.at(0) + 1); // updated
    QCOMPARE(after.at(1), before.at(1) + 1); // restarted into a release that does not come up
    QCOMPARE(after.at(2), before.at(2));     // untouched
}

void TestRollingUpdate::metricsOutsideTheRulesStop()
{
    // A bad gateway (a third of its transactions fail): /health is degraded, not down, so the
    // instance is up; the failure ratio over the settle time breaks the critical rule.
    storeTargets();
    QCOMPARE(m_paysim.control("PUT", u"/scenario/gateway-anomaly?service=payment_gateway"_s), 200);
    const QList<int> before = restarts();
    const TaskRun run = runTask(settings());
    QCOMPARE(run.state, TaskRun::State::Failed);
    QVERIFY2(run.summary.startsWith(u"Stopped at instance 1 of 3"_s), qPrintable(run.summary));
    QVERIFY2(run.summary.contains(u"FailureRatioCritical"_s), qPrintable(run.summary));
    QVERIFY2(run.summary.contains(u"Updated before it: none"_s), qPrintable(run.summary));
    const QList<int> after = restarts();
    QCOMPARE(after.at(0), before.at(0) + 1);
    QCOMPARE(after.at(1), before.at(1));
    QCOMPARE(after.at(2), before.at(2));
}

QTEST_GUILESS_MAIN(TestRollingUpdate)
#include "test_rollingupdate.moc"
