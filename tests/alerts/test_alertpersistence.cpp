// The alerts' storage on a real SQLite file: the rules (defaults imported once, import and edit),
// every transition recorded, a restart in the middle of an outage, acknowledgements, silences,
// maintenance windows, and the AlertWorker that ties them together.
#include "models/alerts/alerthistorystore.h"
#include "models/alerts/alertrulejson.h"
#include "models/alerts/alertrulerepository.h"
#include "models/alerts/alertsilencestore.h"
#include "models/alerts/alertworker.h"
#include "models/consoleschema.h"
#include "models/storage/database.h"
#include "tests/alerts/alertsnapshots.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace payops;
using namespace alerttest;
using namespace Qt::Literals::StringLiterals;

namespace {

AlertRule p95Rule()
{
    AlertRule rule;
    rule.name = u"SlowP95"_s;
    rule.metric = DerivedMetricId::LatencyP95;
    rule.threshold = 0.8;
    rule.unit = u"ms"_s;
    rule.forMs = 60'000;
    rule.severity = AlertRule::Severity::Critical;
    rule.summary = u"{service}: p95 {value}"_s;
    return rule;
}

MetricsSnapshot p95At(qint64 t, double value)
{
    return SnapshotBuilder(t).up(u"payment_backend"_s).value(u"latency_p95"_s, u"payment_backend"_s, value);
}

} // namespace

class TestAlertPersistence final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultsImportedOnce();
    void laterShippedFileImportedOnceIntoAnOlderDatabase();
    void saveValidatesAndImportReplacesByName();
    void damagedRowIsReportedAndSkipped();
    void transitionsRecordedAndRestartMidOutage();
    void acknowledgementHoldsUntilResolve();
    void silenceHoldsThenNotifiesWhenItEnds();
    void maintenanceWindowRecordsButDoesNotNotify();

private:
    std::unique_ptr<Database> openDatabase();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_now = kT0;
};

std::unique_ptr<Database> TestAlertPersistence::openDatabase()
{
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.quickCheck = false;
    auto database = std::make_unique<Database>(options);
    const std::optional<DatabaseError> error = database->open(m_dir->filePath(u"payops.db"_s));
    if (error)
        qWarning() << error->message << error->detail;
    return error ? nullptr : std::move(database);
}

void TestAlertPersistence::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = openDatabase();
    QVERIFY(m_database);
    m_now = kT0;
}

void TestAlertPersistence::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestAlertPersistence::defaultsImportedOnce()
{
    AlertRuleRepository repository(*m_database);
    const AlertRuleRepository::ImportResult first = repository.importShippedDefaultsOnce();
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.inserted, 12); // 10 on the services, 2 on the scheduled tasks
    // The operator deletes one; it does not come back.
    QVERIFY(!repository.remove(u"HostMemoryWarning"_s));
    QVERIFY(!repository.remove(u"TaskOverdue"_s));
    const AlertRuleRepository::ImportResult second = repository.importShippedDefaultsOnce();
    QVERIFY(second.ok());
    QCOMPARE(second.inserted, 0);
    const AlertRuleRepository::Listing listing = repository.list();
    QVERIFY(listing.ok());
    QCOMPARE(listing.rules.size(), 10);
    QCOMPARE(listing.rules.constFirst().name, u"FailureRatioWarning"_s);
    QCOMPARE(listing.rules.constFirst().origin, u"default"_s);
    QVERIFY(repository.remove(u"HostMemoryWarning"_s).has_value()); // gone: says so
}

void TestAlertPersistence::laterShippedFileImportedOnceIntoAnOlderDatabase()
{
    // A database from before the task rules shipped: the service rules were imported then.
    AlertRuleRepository repository(*m_database);
    const AlertRuleJson::Result services = AlertRuleJson::load(AlertRuleJson::defaultsPath());
    QVERIFY(services.ok());
    QCOMPARE(repository.importDefaultsOnce(services.rules).inserted, 10);
    QVERIFY(!repository.remove(u"HostMemoryWarning"_s));
    // The next start brings the task rules, and only them: the deleted service rule stays deleted.
    const AlertRuleRepository::ImportResult upgrade = repository.importShippedDefaultsOnce();
    QVERIFY2(upgrade.ok(), qPrintable(upgrade.error));
    QCOMPARE(upgrade.inserted, 2);
    QStringList names;
    for (const AlertRule &rule : repository.list().rules)
        names << rule.name;
    QVERIFY(names.contains(u"TaskFailed"_s) && names.contains(u"TaskOverdue"_s));
    QVERIFY(!names.contains(u"HostMemoryWarning"_s));
    QCOMPARE(repository.importShippedDefaultsOnce().inserted, 0);
}

void TestAlertPersistence::saveValidatesAndImportReplacesByName()
{
    AlertRuleRepository repository(*m_database);
    AlertRule rule = p95Rule();
    QVERIFY(!repository.save(rule));
    QVERIFY(rule.id > 0);
    AlertRule duplicate = p95Rule();
    const std::optional<QString> error = repository.save(duplicate);
    QVERIFY(error && error->contains(u"another rule"_s));
    AlertRule bad = p95Rule();
    bad.name = u"Bad"_s;
    bad.summary.clear();
    QVERIFY(repository.save(bad).has_value());
    rule.threshold = 1.5;
    QVERIFY(!repository.save(rule));
    QCOMPARE(repository.list().rules.constFirst().threshold, 1.5);
    AlertRule other = p95Rule();
    other.name = u"Other"_s;
    AlertRule replaced = p95Rule();
    replaced.threshold = 3;
    const AlertRuleRepository::ImportResult imported = repository.importRules({replaced, other});
    QVERIFY(imported.ok());
    QCOMPARE(imported.inserted, 1);
    QCOMPARE(imported.updated, 1);
    const QList<AlertRule> rules = repository.list().rules;
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules[0].threshold, 3.0);
    QCOMPARE(rules[0].id, rule.id);
}

void TestAlertPersistence::damagedRowIsReportedAndSkipped()
{
    AlertRuleRepository repository(*m_database);
    AlertRule rule = p95Rule();
    QVERIFY(!repository.save(rule));
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"INSERT INTO alert_rules (name, position, definition) VALUES ('Broken', 9, '{\"metric\": \"nope\"}')"_s));
    const AlertRuleRepository::Listing listing = repository.list();
    QVERIFY(listing.ok());
    QCOMPARE(listing.rules.size(), 1);
    QCOMPARE(listing.problems.size(), 1);
    QVERIFY(listing.problems[0].contains(u"Broken"_s));
}

void TestAlertPersistence::transitionsRecordedAndRestartMidOutage()
{
    AlertRule rule = p95Rule();
    QVERIFY(!AlertRuleRepository(*m_database).save(rule));
    {
        AlertWorker worker(*m_database, [this] { return m_now; });
        QSignalSpy transitioned(&worker, &AlertWorker::transitioned);
        QSignalSpy notified(&worker, &AlertWorker::notify);
        worker.start();
        worker.evaluate(p95At(kT0, 1.2));
        worker.evaluate(p95At(kT0 + 60'000, 1.3));
        QCOMPARE(transitioned.count(), 2);
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified[0][0].value<AlertNotification>().kind, AlertNotification::Kind::Firing);
    }
    // History: pending at T0, firing at T0 + 60 s, with values.
    AlertHistoryStore history(*m_database);
    const QList<AlertTransition> events = history.history({});
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].to, AlertState::Pending);
    QCOMPARE(events[0].atMs, kT0);
    QCOMPARE(events[0].value, 1.2);
    QCOMPARE(events[1].to, AlertState::Firing);
    QCOMPARE(events[1].firedAtMs, kT0 + 60'000);
    QCOMPARE(events[1].summary, u"payment_backend: p95 1.30 s"_s);

    // Restart (a new database object, a new worker) 20 minutes later, still in the outage; the
    // first snapshots have no p95 yet (rates need two scrapes).
    m_database.reset();
    m_database = openDatabase();
    QVERIFY(m_database);
    m_now = kT0 + 1'200'000;
    AlertWorker worker(*m_database, [this] { return m_now; });
    QSignalSpy changed(&worker, &AlertWorker::alertsChanged);
    QSignalSpy renotified(&worker, &AlertWorker::notify);
    worker.start();
    QCOMPARE(changed.count(), 1);
    QList<ActiveAlert> alerts = changed[0][0].value<QList<ActiveAlert>>();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts[0].state.state, AlertState::Firing);
    QCOMPARE(alerts[0].state.firedAtMs, kT0 + 60'000);
    worker.evaluate(SnapshotBuilder(m_now).up(u"payment_backend"_s));
    worker.evaluate(p95At(m_now + 1000, 1.4));
    alerts = worker.activeAlerts();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts[0].state.state, AlertState::Firing);
    QCOMPARE(alerts[0].state.firedAtMs, kT0 + 60'000); // since its real start
    // It was notified before the restart (alert_notified): not again.
    QCOMPARE(renotified.count(), 0);
    // Its resolve is notified, once, and forgotten.
    for (int i = 0; i < 20; ++i)
        worker.evaluate(p95At(m_now + 2000 + i * 60'000, 0.2));
    QCOMPARE(renotified.count(), 1);
    QCOMPARE(renotified[0][0].value<AlertNotification>().kind, AlertNotification::Kind::Resolved);
    QVERIFY(AlertHistoryStore(*m_database).notifiedFiring().isEmpty());
}

void TestAlertPersistence::acknowledgementHoldsUntilResolve()
{
    AlertRule rule = p95Rule();
    rule.forMs = 0;
    QVERIFY(!AlertRuleRepository(*m_database).save(rule));
    AlertWorker worker(*m_database, [this] { return m_now; }, AlertEvaluator::Options(), u"alice"_s);
    QSignalSpy problems(&worker, &AlertWorker::problem);
    worker.start();
    worker.acknowledge(u"SlowP95"_s, u"payment_backend"_s, u"on it"_s); // nothing firing yet
    QCOMPARE(problems.count(), 1);
    worker.evaluate(p95At(kT0, 1.2));
    m_now = kT0 + 5000;
    worker.acknowledge(u"SlowP95"_s, u"payment_backend"_s, u"looking at the database"_s);
    QCOMPARE(problems.count(), 1);
    QList<ActiveAlert> alerts = worker.activeAlerts();
    QVERIFY(alerts[0].acknowledgement.has_value());
    QCOMPARE(alerts[0].acknowledgement->byUser, u"alice"_s);
    QCOMPARE(alerts[0].acknowledgement->atMs, kT0 + 5000);
    QCOMPARE(alerts[0].acknowledgement->comment, u"looking at the database"_s);
    // Survives a restart of the worker.
    QCOMPARE(AlertHistoryStore(*m_database).acknowledgements().size(), 1);
    worker.evaluate(p95At(kT0 + 10'000, 0.2)); // resolves
    QCOMPARE(AlertHistoryStore(*m_database).acknowledgements().size(), 0);
    worker.evaluate(p95At(kT0 + 20'000, 1.2)); // a new firing: not acknowledged
    alerts = worker.activeAlerts();
    QCOMPARE(alerts[0].state.state, AlertState::Firing);
    QVERIFY(!alerts[0].acknowledgement.has_value());
}

void TestAlertPersistence::silenceHoldsThenNotifiesWhenItEnds()
{
    AlertRule rule = p95Rule();
    rule.forMs = 0;
    AlertRule other = rule;
    other.name = u"Other"_s;
    other.severity = AlertRule::Severity::Warning;
    QVERIFY(!AlertRuleRepository(*m_database).importRules({rule, other}).error.size());
    AlertWorker worker(*m_database, [this] { return m_now; });
    QSignalSpy notified(&worker, &AlertWorker::notify);
    QSignalSpy problems(&worker, &AlertWorker::problem);
    worker.start();
    AlertSilence silence;
    silence.matcher.ruleName = u"SlowP95"_s;
    silence.matcher.service = u"payment_backend"_s;
    silence.startsMs = kT0;
    silence.endsMs = kT0 + 600'000;
    silence.reason = u"database migration"_s;
    worker.addSilence(silence);
    AlertSilence everything;
    everything.reason = u"x"_s;
    everything.startsMs = kT0;
    everything.endsMs = kT0 + 1;
    worker.addSilence(everything); // matches everything: refused
    QCOMPARE(problems.count(), 1);
    QCOMPARE(AlertSilenceStore(*m_database).silences(kT0).size(), 1);

    for (qint64 t = kT0; t < kT0 + 600'000; t += 60'000) {
        m_now = t;
        worker.evaluate(p95At(t, 1.2));
    }
    // Recorded, shown as held, and only the unsilenced rule notified.
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified[0][0].value<AlertNotification>().ruleName, u"Other"_s);
    QList<ActiveAlert> alerts = worker.activeAlerts();
    QCOMPARE(alerts.size(), 2);
    QVERIFY(alerts[0].heldBecause.contains(u"database migration"_s));
    AlertHistoryStore::HistoryQuery slowP95;
    slowP95.ruleName = u"SlowP95"_s;
    QCOMPARE(AlertHistoryStore(*m_database).history(slowP95).size(), 1);
    // The silence ends with the alert still firing: it notifies then.
    m_now = kT0 + 600'000;
    worker.evaluate(p95At(m_now, 1.2));
    QCOMPARE(notified.count(), 2);
    QCOMPARE(notified[1][0].value<AlertNotification>().ruleName, u"SlowP95"_s);
    QCOMPARE(notified[1][0].value<AlertNotification>().firedAtMs, kT0);
    // Expiring a silence early works the same way.
    silence.startsMs = m_now;
    silence.endsMs = m_now + 3'600'000;
    silence.matcher = {};
    silence.matcher.severity = AlertRule::Severity::Warning;
    worker.addSilence(silence);
    worker.evaluate(p95At(m_now + 1000, 0.1)); // both resolve; Other's resolve is held
    QCOMPARE(notified.count(), 3);
    const QList<AlertSilence> running = AlertSilenceStore(*m_database).silences(m_now);
    QCOMPARE(running.size(), 1);
    m_now += 2000;
    worker.expireSilence(running[0].id);
    worker.evaluate(p95At(m_now, 0.1));
    QCOMPARE(notified.count(), 4);
    QCOMPARE(notified[3][0].value<AlertNotification>().kind, AlertNotification::Kind::Resolved);
    QCOMPARE(notified[3][0].value<AlertNotification>().ruleName, u"Other"_s);
    QCOMPARE(AlertSilenceStore(*m_database).silences(m_now).size(), 0);
    QCOMPARE(AlertSilenceStore(*m_database).silences(m_now, true).size(), 2);
}

void TestAlertPersistence::maintenanceWindowRecordsButDoesNotNotify()
{
    AlertRule rule = p95Rule();
    rule.forMs = 0;
    QVERIFY(!AlertRuleRepository(*m_database).save(rule));
    AlertWorker worker(*m_database, [this] { return m_now; });
    QSignalSpy notified(&worker, &AlertWorker::notify);
    worker.start();
    // kT0 is Wednesday 2024-05-01 12:00 UTC = 14:00 in Berlin.
    MaintenanceWindow window;
    window.name = u"Wednesday deploys"_s;
    window.days = MaintenanceWindow::dayBit(Qt::Wednesday);
    window.startMinute = 13 * 60 + 30;
    window.endMinute = 14 * 60 + 30;
    window.timeZone = u"Europe/Berlin"_s;
    window.matcher.service = u"payment_backend"_s;
    worker.addWindow(window);
    QCOMPARE(AlertSilenceStore(*m_database).windows().size(), 1);
    worker.evaluate(p95At(kT0, 1.2));
    QCOMPARE(notified.count(), 0);
    QCOMPARE(AlertHistoryStore(*m_database).history({}).size(), 1);
    m_now = kT0 + 29 * 60'000;
    worker.evaluate(p95At(m_now, 1.2));
    QCOMPARE(notified.count(), 0);
    m_now = kT0 + 30 * 60'000; // 14:30 Berlin: over
    worker.evaluate(p95At(m_now, 1.2));
    QCOMPARE(notified.count(), 1);
}

QTEST_GUILESS_MAIN(TestAlertPersistence)
#include "test_alertpersistence.moc"
