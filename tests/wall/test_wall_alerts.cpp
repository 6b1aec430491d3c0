// Alerts drive the wall (issue 13): a real console database in a temporary folder holds the rules,
// an alert that was firing (and acknowledged) before the wall started, and the services' owners; the
// wall reads it read-only, evaluates live snapshots fed on an injected clock, focuses the firing
// services together with the rule, the value against the threshold, since when and who acknowledged,
// returns to its rotation when they resolve, keeps a service that is down on screen after its alert
// ends, follows a rule edited meanwhile, lists the firing alerts and the open incidents on their pages,
// and leaves the database file as it was.
#include "models/alerts/alerthistorystore.h"
#include "models/alerts/alertrulerepository.h"
#include "models/consoleschema.h"
#include "models/contacts/contactdirectory.h"
#include "models/incidents/incidentrepository.h"
#include "models/storage/database.h"
#include "models/storage/databasewriter.h"
#include "widgets/dashboard/servicepalette.h"
#include "widgets/wall/wallalertfocus.h"
#include "widgets/wall/walllistpage.h"
#include "widgets/wall/wallfocuspage.h"
#include "widgets/wall/walltile.h"
#include "widgets/wall/wallwindow.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace payops;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kStart = 1'760'000'000'000;
constexpr qint64 kBackendFiredAt = kStart - 10 * 60'000;

// Every known service up, failure ratio 1.2 % unless given; `down` is down (no current values).
MetricsSnapshot snapshotAt(qint64 ms, const QHash<QString, double> &failures = {}, const QString &down = {})
{
    MetricsSnapshot snapshot;
    snapshot.timestampMs = ms;
    for (const QString &service : ServicePalette::knownServices()) {
        if (service == down) {
            snapshot.services.append({service, ServiceState::State::Down, u"connection refused"_s, ms - 7000, 0, 2});
            continue;
        }
        snapshot.services.append({service, ServiceState::State::Up, QString(), ms, 2, 2});
        snapshot.values.append({u"tps"_s, service, {}, 1200.0, ms});
        snapshot.values.append({u"failure_ratio"_s, service, {}, failures.value(service, 0.012), ms});
        snapshot.values.append({u"latency_p95"_s, service, {}, 0.245, ms});
    }
    return snapshot;
}

AlertRule failureRule(const QString &name, const QString &service, AlertRule::Severity severity)
{
    AlertRule rule;
    rule.name = name;
    rule.metric = DerivedMetricId::FailureRatio;
    rule.scope = AlertRule::Scope::Service;
    rule.service = service;
    rule.comparison = AlertRule::Comparison::Greater;
    rule.threshold = 0.05;
    rule.forMs = 0;
    rule.severity = severity;
    rule.summary = u"Failure ratio of {service} is {value}"_s;
    return rule;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString hhmm(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), u"HH:mm"_s);
}

} // namespace

class TestWallAlerts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firingAlertsFocusTheWallTogetherAndResolve();
    void downAndFiringStaysShownWhileDown();
    void databaseIsNotModified();
    void ruleEditsReachTheWall();
    void incidentsPageListsTheOpenOnes();

private:
    QString writeDatabase();
    void feed(const MetricsSnapshot &snapshot);

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_now = kStart;
    std::unique_ptr<WallWindow> m_wall;
    std::unique_ptr<WallAlertFocus> m_alerts;
};

QString TestWallAlerts::writeDatabase()
{
    // What the recording console left: two rules, the backend's alert firing for ten minutes and
    // acknowledged, and the gateway's owner in the contact directory.
    Database database(ConsoleSchema::databaseOptions());
    if (const std::optional<DatabaseError> error = database.open(m_path))
        return error->message;
    AlertRuleRepository rules(database);
    AlertRule gateway = failureRule(u"gateway_failures"_s, u"payment_gateway"_s, AlertRule::Severity::Critical);
    AlertRule backend = failureRule(u"backend_failures"_s, u"payment_backend"_s, AlertRule::Severity::Warning);
    if (const std::optional<QString> error = rules.save(gateway))
        return *error;
    if (const std::optional<QString> error = rules.save(backend))
        return *error;
    AlertHistoryStore history(database);
    AlertTransition fired;
    fired.ruleName = backend.name;
    fired.service = backend.service;
    fired.from = AlertState::Inactive;
    fired.to = AlertState::Firing;
    fired.atMs = kBackendFiredAt;
    fired.value = 0.08;
    fired.threshold = 0.05;
    fired.activeSinceMs = kBackendFiredAt;
    fired.firedAtMs = kBackendFiredAt;
    if (const std::optional<QString> error = history.record({fired}))
        return *error;
    if (const std::optional<QString> error = history.acknowledge(backend.name, backend.service, kBackendFiredAt,
                                                                 {u"Li Wei"_s, kBackendFiredAt + 60'000, u"on it"_s}))
        return *error;

    DatabaseWriter writer(database);
    ContactDirectory directory(database, writer);
    ContactEntry owner;
    owner.name = u"Zhang Wei"_s;
    owner.role = ContactRole::ServiceManager;
    owner.service = u"payment_gateway"_s;
    owner.points = {{ContactPoint::Kind::Phone, u"+86 10 5555 0101"_s}};
    std::optional<ContactDirectory::WriteResult> added;
    QObject context;
    directory.add(owner, &context, [&added](const ContactDirectory::WriteResult &result) { added = result; });
    if (!QTest::qWaitFor([&added] { return added.has_value(); }, 10'000))
        return u"the contact was not written in time"_s;
    return added->ok() ? QString() : added->message();
}

void TestWallAlerts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"payops.db"_s);
    const QString error = writeDatabase();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestWallAlerts::init()
{
    m_now = kStart;
    WallConfig config;
    config.pages = {u"dashboard"_s, u"services"_s};
    m_wall = std::make_unique<WallWindow>(config, [this] { return m_now; });
    m_wall->setServices(ServicePalette::knownServices());
    m_wall->resize(1920, 1080);
    m_wall->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wall.get()));
    m_alerts = std::make_unique<WallAlertFocus>(*m_wall);
    QSignalSpy loaded(m_alerts.get(), &WallAlertFocus::loaded);
    QSignalSpy problem(m_alerts.get(), &WallAlertFocus::problem);
    m_alerts->start(m_path);
    QVERIFY(loaded.wait(10'000));
    QVERIFY2(problem.isEmpty(), problem.isEmpty() ? "" : qPrintable(problem.first().first().toString()));
    QCOMPARE(m_alerts->evaluator().rules().size(), 2);
}

void TestWallAlerts::cleanup()
{
    m_alerts.reset();
    m_wall.reset();
}

void TestWallAlerts::feed(const MetricsSnapshot &snapshot)
{
    // As WallConsole connects them: the window first, then the alerts.
    m_wall->applySnapshot(snapshot);
    m_alerts->evaluate(snapshot);
}

void TestWallAlerts::firingAlertsFocusTheWallTogetherAndResolve()
{
    // Before any live data the persisted firing is not shown as current.
    QVERIFY(m_wall->focusedServices().isEmpty());

    // The backend still fails: firing since its real start (before the wall), acknowledged.
    feed(snapshotAt(m_now, {{u"payment_backend"_s, 0.08}}));
    QCOMPARE(m_wall->focusedServices(), QStringList{u"payment_backend"_s});
    QCOMPARE(m_wall->currentPage(), u"focus"_s);
    const QString backend = m_wall->focusPage()->reasonText(u"payment_backend"_s);
    QVERIFY2(backend.contains(u"backend_failures"_s), qPrintable(backend));
    QVERIFY2(backend.contains(u"since "_s + hhmm(kBackendFiredAt)), qPrintable(backend));
    QVERIFY2(backend.contains(u"acknowledged by Li Wei"_s), qPrintable(backend));
    QVERIFY2(backend.contains(u"Failure ratio 8.0 % > 5.0 %"_s), qPrintable(backend));

    // The gateway's failure ratio crosses 5 % (for 0 s): it joins, shown together, not acknowledged,
    // with its owner.
    m_now += 5000;
    feed(snapshotAt(m_now, {{u"payment_backend"_s, 0.08}, {u"payment_gateway"_s, 0.072}}));
    QCOMPARE(m_wall->focusedServices(), (QStringList{u"payment_backend"_s, u"payment_gateway"_s}));
    QVERIFY(m_wall->focusPage()->tile(u"payment_backend"_s));
    QVERIFY(m_wall->focusPage()->tile(u"payment_gateway"_s));
    const QString gateway = m_wall->focusPage()->reasonText(u"payment_gateway"_s);
    QVERIFY2(gateway.contains(u"gateway_failures"_s), qPrintable(gateway));
    QVERIFY2(gateway.contains(u"Critical"_s, Qt::CaseInsensitive), qPrintable(gateway));
    QVERIFY2(gateway.contains(u"Failure ratio 7.2 % > 5.0 %"_s), qPrintable(gateway));
    QVERIFY2(gateway.contains(u"since "_s + hhmm(m_now)), qPrintable(gateway));
    QVERIFY2(gateway.contains(u"not acknowledged"_s), qPrintable(gateway));
    QVERIFY2(m_wall->focusPage()->ownerText(u"payment_gateway"_s).contains(u"Zhang Wei"_s),
             qPrintable(m_wall->focusPage()->ownerText(u"payment_gateway"_s)));
    QVERIFY(m_wall->focusPage()->ownerText(u"payment_gateway"_s).contains(u"+86 10 5555 0101"_s));
    QCOMPARE(m_wall->focusPage()->ownerText(u"payment_backend"_s), u"No owner in the contact directory"_s);
    // The alerts page lists both: the critical one first, each with where, what, since and who acknowledged.
    QCOMPARE(m_wall->alertsPage()->rowCount(), 2);
    const QStringList first = m_wall->alertsPage()->rowTexts(0);
    const QStringList second = m_wall->alertsPage()->rowTexts(1);
    QCOMPARE(first.value(1), u"payment_gateway"_s);
    QCOMPARE(first.value(2), u"Failure ratio of payment_gateway is 7.2 %"_s);
    QCOMPARE(first.value(4), u"not acknowledged"_s);
    QCOMPARE(second.value(1), u"payment_backend"_s);
    QCOMPARE(second.value(3), u"since "_s + hhmm(kBackendFiredAt));
    QCOMPARE(second.value(4), u"acknowledged by Li Wei"_s);

    // It stays while it fires, past any rotation.
    m_now += 60'000;
    feed(snapshotAt(m_now, {{u"payment_backend"_s, 0.08}, {u"payment_gateway"_s, 0.09}}));
    QCOMPARE(m_wall->currentPage(), u"focus"_s);
    QVERIFY2(m_wall->focusPage()->reasonText(u"payment_gateway"_s).contains(u"9.0 % > 5.0 %"_s),
             qPrintable(m_wall->focusPage()->reasonText(u"payment_gateway"_s)));
    // The moving value reaches the alerts page's row in place.
    QCOMPARE(m_wall->alertsPage()->rowTexts(0).value(2), u"Failure ratio of payment_gateway is 9.0 %"_s);
    const QList<QLabel *> shown = m_wall->alertsPage()->findChildren<QLabel *>();
    QVERIFY(std::any_of(shown.cbegin(), shown.cend(),
                        [](const QLabel *label) { return label->text() == u"Failure ratio of payment_gateway is 9.0 %"_s; }));

    // The gateway resolves: released; the backend stays.
    m_now += 5000;
    feed(snapshotAt(m_now, {{u"payment_backend"_s, 0.08}}));
    QCOMPARE(m_wall->focusedServices(), QStringList{u"payment_backend"_s});
    // The backend resolves too: back to the rotation, at its first page.
    m_now += 5000;
    feed(snapshotAt(m_now));
    QVERIFY(m_wall->focusedServices().isEmpty());
    QCOMPARE(m_wall->alertsPage()->rowCount(), 0);
    QCOMPARE(m_wall->currentPage(), u"dashboard"_s);
    m_now += 21'000;
    m_wall->tick();
    QCOMPARE(m_wall->currentPage(), u"services"_s);
}

void TestWallAlerts::downAndFiringStaysShownWhileDown()
{
    feed(snapshotAt(m_now));
    m_now += 5000;
    feed(snapshotAt(m_now, {{u"payment_gateway"_s, 0.3}}));
    QCOMPARE(m_wall->focusedServices(), QStringList{u"payment_gateway"_s});
    QVERIFY(m_wall->focusPage()->reasonText(u"payment_gateway"_s).contains(u"gateway_failures"_s));

    // It goes down: its values are no longer current, so the alert has no data and ends, but the
    // wall goes on showing the service, now DOWN with the reason, without a round through the rotation.
    m_now += 5000;
    feed(snapshotAt(m_now, {}, u"payment_gateway"_s));
    QCOMPARE(m_wall->focusedServices(), QStringList{u"payment_gateway"_s});
    QCOMPARE(m_wall->currentPage(), u"focus"_s);
    QVERIFY2(m_wall->focusPage()->reasonText(u"payment_gateway"_s).contains(u"connection refused"_s),
             qPrintable(m_wall->focusPage()->reasonText(u"payment_gateway"_s)));
    QCOMPARE(m_wall->focusPage()->tile(u"payment_gateway"_s)->shown(), WallTile::Shown::Down);

    // Back up and healthy: released.
    m_now += 5000;
    feed(snapshotAt(m_now));
    QVERIFY(m_wall->focusedServices().isEmpty());
    QCOMPARE(m_wall->currentPage(), u"dashboard"_s);

    // Down first, then an alert of the same service fires when it is back: the alert's words replace
    // the state's, and its end releases it.
    m_now += 5000;
    feed(snapshotAt(m_now, {}, u"payment_gateway"_s));
    QCOMPARE(m_wall->focusedServices(), QStringList{u"payment_gateway"_s});
    m_now += 5000;
    feed(snapshotAt(m_now, {{u"payment_gateway"_s, 0.3}}));
    QCOMPARE(m_wall->focusedServices(), QStringList{u"payment_gateway"_s});
    QVERIFY(m_wall->focusPage()->reasonText(u"payment_gateway"_s).contains(u"gateway_failures"_s));
    m_now += 5000;
    feed(snapshotAt(m_now));
    QVERIFY(m_wall->focusedServices().isEmpty());
}

void TestWallAlerts::databaseIsNotModified()
{
    const QByteArray before = fileHash(m_path);
    const QDateTime modified = QFileInfo(m_path).lastModified();
    QVERIFY(!before.isEmpty());
    feed(snapshotAt(m_now, {{u"payment_gateway"_s, 0.3}}));
    const QString reason = m_wall->focusPage()->reasonText(u"payment_gateway"_s);
    QVERIFY(reason.contains(u"gateway_failures"_s));
    // The minutely reload of unchanged rules keeps the alert as it was (same start, still shown).
    QSignalSpy loaded(m_alerts.get(), &WallAlertFocus::loaded);
    m_alerts->reload();
    QVERIFY(loaded.wait(10'000));
    m_now += 65'000;
    feed(snapshotAt(m_now, {{u"payment_gateway"_s, 0.3}}));
    QCOMPARE(m_wall->focusPage()->reasonText(u"payment_gateway"_s), reason);
    m_now += 5000;
    feed(snapshotAt(m_now));
    QVERIFY(m_wall->focusedServices().isEmpty());
    QCOMPARE(fileHash(m_path), before);
    QCOMPARE(QFileInfo(m_path).lastModified(), modified);
    // A WAL reader may keep an empty log beside the file; nothing was written to it.
    const QFileInfo wal(m_path + u"-wal"_s);
    QVERIFY(!wal.exists() || wal.size() == 0);
}

void TestWallAlerts::ruleEditsReachTheWall()
{
    // An operator console raises the gateway's threshold to 50 % while the wall runs.
    {
        Database database(ConsoleSchema::databaseOptions());
        QVERIFY(!database.open(m_path));
        AlertRuleRepository rules(database);
        const AlertRuleRepository::Listing listing = rules.list();
        QVERIFY(listing.ok());
        for (AlertRule rule : listing.rules) {
            if (rule.name == u"gateway_failures"_s) {
                rule.threshold = 0.5;
                QVERIFY(!rules.save(rule));
            }
        }
    }
    QSignalSpy loaded(m_alerts.get(), &WallAlertFocus::loaded);
    m_alerts->reload();
    QVERIFY(loaded.wait(10'000));
    feed(snapshotAt(m_now, {{u"payment_gateway"_s, 0.3}}));
    QVERIFY(m_wall->focusedServices().isEmpty());
    m_now += 5000;
    feed(snapshotAt(m_now, {{u"payment_gateway"_s, 0.6}}));
    QCOMPARE(m_wall->focusedServices(), QStringList{u"payment_gateway"_s});
    QVERIFY2(m_wall->focusPage()->reasonText(u"payment_gateway"_s).contains(u"60.0 % > 50.0 %"_s),
             qPrintable(m_wall->focusPage()->reasonText(u"payment_gateway"_s)));
}

void TestWallAlerts::incidentsPageListsTheOpenOnes()
{
    QCOMPARE(m_wall->incidentsPage()->rowCount(), 0);
    // An operator console opens two incidents and resolves one while the wall runs.
    {
        Database database(ConsoleSchema::databaseOptions());
        QVERIFY(!database.open(m_path));
        IncidentRepository incidents(database);
        const IncidentRepository::OpenResult slow =
            incidents.open({{u"payment_backend"_s}, u"long-response-time"_s, Incident::Severity::Critical, u"Checkout is slow"_s, {}});
        const IncidentRepository::OpenResult old =
            incidents.open({{u"payment_gateway"_s}, u"transaction-failure"_s, Incident::Severity::Warning, u"Refunds fail"_s, {}});
        QVERIFY2(slow.ok() && old.ok(), qPrintable(slow.error + old.error));
        QVERIFY(!incidents.setStatus(old.id, Incident::Status::Resolved, u"fixed"_s));
    }
    QSignalSpy loaded(m_alerts.get(), &WallAlertFocus::loaded);
    m_alerts->reload();
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(m_wall->incidentsPage()->rowCount(), 1); // the resolved one is not shown
    const QStringList row = m_wall->incidentsPage()->rowTexts(0);
    QCOMPARE(row.value(1), u"payment_backend"_s);
    QVERIFY2(row.value(2).endsWith(u"Checkout is slow"_s), qPrintable(row.value(2)));
    QCOMPARE(row.value(3), Incident::statusTitle(Incident::Status::Open));
    QCOMPARE(row.value(5), u"not acknowledged"_s);
}

QTEST_MAIN(TestWallAlerts)
#include "test_wall_alerts.moc"
