// The alert → incident rule: a critical firing opens an incident for its service and its rule's
// playbook, a second critical firing joins it, the resolve goes into its timeline, a warning or a rule
// without a playbook opens nothing. Run directly (the writer's job), and once through IncidentDesk on
// the DatabaseWriter, waiting for the writer, never sleeping.
#include "models/consoleschema.h"
#include "models/incidents/incidentdesk.h"
#include "models/incidents/incidentrepository.h"
#include "models/storage/database.h"
#include "models/storage/databasewriter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace payops;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT0 = 1'780'000'000'000;

AlertTransition transition(const QString &rule, const QString &service, AlertRule::Severity severity, AlertState to)
{
    AlertTransition t;
    t.ruleName = rule;
    t.service = service;
    t.severity = severity;
    t.from = to == AlertState::Firing ? AlertState::Pending : AlertState::Firing;
    t.to = to;
    t.atMs = kT0;
    t.value = 2.5;
    t.threshold = 1.0;
    t.summary = u"%1 on %2"_s.arg(rule, service);
    return t;
}

} // namespace

class TestAlertIncidents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void criticalOpensSecondJoinsWarningDoesNot();
    void resolveGoesToTheTimeline();
    void deskRecordsOnTheWriter();

private:
    IncidentRepository repository() { return IncidentRepository(*m_database, [] { return kT0; }, OsIdentity{u"alice"_s, u"ops-1"_s}); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    const QHash<QString, QString> m_playbooks{{u"latency_critical"_s, u"long-response-time"_s},
                                              {u"latency_p99_critical"_s, u"long-response-time"_s},
                                              {u"latency_warning"_s, u"long-response-time"_s}};
};

void TestAlertIncidents::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.quickCheck = false;
    m_database = std::make_unique<Database>(options);
    const std::optional<DatabaseError> error = m_database->open(m_dir->filePath(u"payops.db"_s));
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
}

void TestAlertIncidents::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestAlertIncidents::criticalOpensSecondJoinsWarningDoesNot()
{
    IncidentRepository repo = repository();
    const auto warning = IncidentDesk::recordAlertTransitions(
        repo, {transition(u"latency_warning"_s, u"payment_backend"_s, AlertRule::Severity::Warning, AlertState::Firing)}, m_playbooks);
    QVERIFY(warning.opened.isEmpty() && warning.joined.isEmpty() && warning.touched.isEmpty());
    const auto noPlaybook = IncidentDesk::recordAlertTransitions(
        repo, {transition(u"unknown_rule"_s, u"payment_backend"_s, AlertRule::Severity::Critical, AlertState::Firing)}, m_playbooks);
    QVERIFY(noPlaybook.opened.isEmpty());
    QCOMPARE(repo.list().incidents.size(), 0);

    const auto first = IncidentDesk::recordAlertTransitions(
        repo, {transition(u"latency_critical"_s, u"payment_backend"_s, AlertRule::Severity::Critical, AlertState::Firing)}, m_playbooks);
    QVERIFY2(first.errors.isEmpty(), qPrintable(first.errors.join(u'\n')));
    QCOMPARE(first.opened.size(), 1);
    const auto second = IncidentDesk::recordAlertTransitions(
        repo, {transition(u"latency_p99_critical"_s, u"payment_backend"_s, AlertRule::Severity::Critical, AlertState::Firing)}, m_playbooks);
    QCOMPARE(second.opened.size(), 0);
    QCOMPARE(second.joined, first.opened);
    // Another service is another incident.
    const auto other = IncidentDesk::recordAlertTransitions(
        repo, {transition(u"latency_critical"_s, u"payment_gateway"_s, AlertRule::Severity::Critical, AlertState::Firing)}, m_playbooks);
    QCOMPARE(other.opened.size(), 1);
    QVERIFY(other.opened.first() != first.opened.first());

    const QList<Incident> incidents = repo.list().incidents;
    QCOMPARE(incidents.size(), 2);
    const std::optional<Incident> incident = repo.byId(first.opened.first());
    QVERIFY(incident);
    QCOMPARE(incident->openedBy, u"alert:latency_critical"_s);
    QCOMPARE(incident->type, u"long-response-time"_s);
    QCOMPARE(incident->service(), u"payment_backend"_s);
    QCOMPARE(incident->severity, Incident::Severity::Critical);
    QStringList kinds;
    for (const IncidentTimelineEntry &entry : repo.timeline(incident->id).entries)
        kinds << IncidentTimelineEntry::kindName(entry.kind) + u':' + entry.text;
    QCOMPARE(kinds.size(), 4); // opened, firing, joined, firing
    QVERIFY2(kinds.at(1).contains(u"latency_critical"_s) && kinds.at(1).contains(u"firing"_s), qPrintable(kinds.join(u'\n')));
    QVERIFY2(kinds.at(3).contains(u"latency_p99_critical"_s), qPrintable(kinds.join(u'\n')));
}

void TestAlertIncidents::resolveGoesToTheTimeline()
{
    IncidentRepository repo = repository();
    // A resolve with no incident open records nothing.
    const auto orphan = IncidentDesk::recordAlertTransitions(
        repo, {transition(u"latency_critical"_s, u"payment_backend"_s, AlertRule::Severity::Critical, AlertState::Resolved)}, m_playbooks);
    QVERIFY(orphan.touched.isEmpty());
    const auto firing = IncidentDesk::recordAlertTransitions(
        repo, {transition(u"latency_critical"_s, u"payment_backend"_s, AlertRule::Severity::Critical, AlertState::Firing),
               transition(u"latency_critical"_s, u"payment_backend"_s, AlertRule::Severity::Critical, AlertState::Resolved)},
        m_playbooks);
    QCOMPARE(firing.opened.size(), 1);
    QCOMPARE(firing.touched, firing.opened);
    const QList<IncidentTimelineEntry> entries = repo.timeline(firing.opened.first()).entries;
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.last().kind, IncidentTimelineEntry::Kind::Alert);
    QVERIFY(entries.last().text.contains(u"resolved"_s));
    QCOMPARE(entries.last().actor, u"alice"_s);
    // The resolve of the alert does not resolve the incident: the operator proves recovery.
    QCOMPARE(repo.byId(firing.opened.first())->status, Incident::Status::Open);
}

void TestAlertIncidents::deskRecordsOnTheWriter()
{
    DatabaseWriter writer(*m_database);
    IncidentDesk desk(*m_database, writer, [] { return kT0; }, OsIdentity{u"alice"_s, u"ops-1"_s});
    AlertRule rule;
    rule.name = u"latency_critical"_s;
    rule.playbookId = u"long-response-time"_s;
    desk.setRules({rule});
    QSignalSpy listed(&desk, &IncidentDesk::listed);
    desk.recordTransitions({transition(u"latency_critical"_s, u"payment_backend"_s, AlertRule::Severity::Critical, AlertState::Firing)});
    QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty(), 20000);
    const auto incidents = listed.last().at(0).value<QList<Incident>>();
    QCOMPARE(incidents.size(), 1);
    QCOMPARE(incidents.first().openedBy, u"alert:latency_critical"_s);
}

QTEST_GUILESS_MAIN(TestAlertIncidents)
#include "test_alertincidents.moc"
