// IncidentRepository: opening (and joining the active incident of the same service and type), the
// timeline with time and OS user, status changes with time to acknowledge and resolve, the override
// that needs a reason, the wizard's state, the list (active first, filters) — and that every audited
// change reached the hash-chained audit log in the same transaction.
#include "models/consoleschema.h"
#include "models/incidents/incidentrepository.h"
#include "models/security/auditlog.h"
#include "models/storage/database.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace payops;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT0 = 1'780'000'000'000;

QStringList auditActions(Database &database)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!AuditLog(database).exportJsonLines(buffer).ok())
        return {u"<export failed>"_s};
    QStringList actions;
    for (const QByteArray &line : buffer.data().split('\n')) {
        if (!line.isEmpty())
            actions << QJsonDocument::fromJson(line).object().value(u"action"_s).toString();
    }
    return actions;
}

} // namespace

class TestIncidentRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void openWritesTimelineAndAudit();
    void secondOpenJoinsTheActiveIncident();
    void refusesIncompleteIncidents();
    void statusFlowAndDurations();
    void closedIsFinal();
    void overrideNeedsAReasonAndIsAudited();
    void notificationsAndActionsAreAudited();
    void wizardStateRoundTrips();
    void listPutsActiveFirstAndFilters();

private:
    IncidentRepository repository()
    {
        return IncidentRepository(*m_database, [this] { return m_now; }, OsIdentity{u"alice"_s, u"ops-1"_s});
    }
    qint64 openOne(const QString &service = u"payment_backend"_s, const QString &type = u"long-response-time"_s);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_now = kT0;
};

void TestIncidentRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.quickCheck = false;
    m_database = std::make_unique<Database>(options);
    const std::optional<DatabaseError> error = m_database->open(m_dir->filePath(u"payops.db"_s));
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    m_now = kT0;
}

void TestIncidentRepository::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

qint64 TestIncidentRepository::openOne(const QString &service, const QString &type)
{
    IncidentRepository::NewIncident incident;
    incident.services = {service};
    incident.type = type;
    incident.title = u"Slow payments on %1"_s.arg(service);
    const IncidentRepository::OpenResult result = repository().open(incident);
    if (!result.ok())
        qWarning() << result.error;
    return result.id;
}

void TestIncidentRepository::openWritesTimelineAndAudit()
{
    const qint64 id = openOne();
    QVERIFY(id > 0);
    const std::optional<Incident> incident = repository().byId(id);
    QVERIFY(incident);
    QCOMPARE(incident->status, Incident::Status::Open);
    QCOMPARE(incident->service(), u"payment_backend"_s);
    QCOMPARE(incident->type, u"long-response-time"_s);
    QCOMPARE(incident->openedBy, u"operator:alice"_s);
    QCOMPARE(incident->openedMs, kT0);
    QCOMPARE(incident->wizardStep, u"discover"_s);
    QVERIFY(!incident->acknowledgedMs);

    const IncidentRepository::TimelineResult timeline = repository().timeline(id);
    QVERIFY(timeline.ok());
    QCOMPARE(timeline.entries.size(), 1);
    QCOMPARE(timeline.entries.first().kind, IncidentTimelineEntry::Kind::Opened);
    QCOMPARE(timeline.entries.first().actor, u"alice"_s);
    QCOMPARE(timeline.entries.first().timestampMs, kT0);
    QCOMPARE(auditActions(*m_database), QStringList{u"incident.open"_s});
}

void TestIncidentRepository::secondOpenJoinsTheActiveIncident()
{
    const qint64 first = openOne();
    IncidentRepository::NewIncident fromAlert;
    fromAlert.services = {u"payment_backend"_s};
    fromAlert.type = u"long-response-time"_s;
    fromAlert.openedBy = u"alert:HighLatency"_s;
    const IncidentRepository::OpenResult joined = repository().open(fromAlert);
    QVERIFY(joined.ok());
    QVERIFY(joined.joined);
    QCOMPARE(joined.id, first);
    QCOMPARE(repository().timeline(first).entries.size(), 2);
    // Another service or type is another incident.
    QVERIFY(openOne(u"payment_gateway"_s) != first);
    QVERIFY(openOne(u"payment_backend"_s, u"system-downtime"_s) != first);
    // Once resolved, a new alert opens a new incident.
    QVERIFY(!repository().setStatus(first, Incident::Status::Resolved));
    QVERIFY(openOne() != first);
}

void TestIncidentRepository::refusesIncompleteIncidents()
{
    IncidentRepository::NewIncident incident;
    incident.type = u"long-response-time"_s;
    QVERIFY(repository().open(incident).error.contains(u"service"_s));
    incident.services = {u"payment_backend"_s};
    incident.type.clear();
    QVERIFY(repository().open(incident).error.contains(u"type"_s));
    QVERIFY(repository().list().incidents.isEmpty());
}

void TestIncidentRepository::statusFlowAndDurations()
{
    const qint64 id = openOne();
    m_now = kT0 + 90'000;
    QVERIFY(!repository().acknowledge(id));
    m_now = kT0 + 120'000;
    QVERIFY(!repository().acknowledge(id)); // the first one counts
    m_now = kT0 + 600'000;
    QVERIFY(!repository().setStatus(id, Incident::Status::Mitigated, u"failed over to the replica"_s));
    m_now = kT0 + 900'000;
    QVERIFY(!repository().setStatus(id, Incident::Status::Resolved));
    std::optional<Incident> incident = repository().byId(id);
    QCOMPARE(incident->timeToAcknowledgeMs(), std::optional<qint64>(90'000));
    QCOMPARE(incident->timeToResolveMs(), std::optional<qint64>(900'000));
    QCOMPARE(incident->durationMs(kT0 + 5'000'000), 900'000);

    // A relapse reopens it: not resolved any more.
    m_now = kT0 + 1'000'000;
    QVERIFY(!repository().setStatus(id, Incident::Status::Open, u"relapse"_s));
    incident = repository().byId(id);
    QVERIFY(!incident->resolvedMs);
    QCOMPARE(incident->durationMs(kT0 + 1'200'000), 1'200'000);
    QVERIFY(repository().setStatus(id, Incident::Status::Open)->contains(u"already"_s));

    const QList<IncidentTimelineEntry> entries = repository().timeline(id).entries;
    QCOMPARE(entries.size(), 5); // opened, acknowledged, mitigated, resolved, reopened
    QVERIFY(entries.at(2).text.contains(u"failed over to the replica"_s));
    QCOMPARE(auditActions(*m_database), (QStringList{u"incident.open"_s, u"incident.acknowledge"_s, u"incident.status"_s,
                                                     u"incident.status"_s, u"incident.status"_s}));
    QVERIFY(AuditLog(*m_database).verify().ok());
}

void TestIncidentRepository::closedIsFinal()
{
    const qint64 id = openOne();
    QVERIFY(!repository().setStatus(id, Incident::Status::Closed));
    const std::optional<Incident> incident = repository().byId(id);
    QVERIFY(incident->closedMs);
    QVERIFY(incident->resolvedMs); // closing an unresolved incident resolves it then
    const std::optional<QString> error = repository().setStatus(id, Incident::Status::Open);
    QVERIFY(error);
    QVERIFY(error->contains(u"closed"_s));
    QVERIFY(repository().setStatus(4242, Incident::Status::Resolved)->contains(u"no incident 4242"_s));
}

void TestIncidentRepository::overrideNeedsAReasonAndIsAudited()
{
    const qint64 id = openOne();
    QVERIFY(repository().resolveWithOverride(id, u"  "_s)->contains(u"reason"_s));
    QCOMPARE(repository().byId(id)->status, Incident::Status::Open);
    QVERIFY(!repository().resolveWithOverride(id, u"the database team confirmed the fix; metrics lag"_s,
                                               {{u"confirmed"_s, u"db_latency_p95 420 ms > 100 ms"_s}}));
    QCOMPARE(repository().byId(id)->status, Incident::Status::Resolved);
    const QList<IncidentTimelineEntry> entries = repository().timeline(id).entries;
    QCOMPARE(entries.at(1).kind, IncidentTimelineEntry::Kind::Override);
    QVERIFY(entries.at(1).text.contains(u"metrics lag"_s));
    QCOMPARE(auditActions(*m_database), (QStringList{u"incident.open"_s, u"incident.override"_s}));
}

void TestIncidentRepository::notificationsAndActionsAreAudited()
{
    const qint64 id = openOne();
    QVERIFY(!repository().addEntry(id, IncidentTimelineEntry::Kind::Note, u"looking at the DB"_s));
    QVERIFY(!repository().addEntry(id, IncidentTimelineEntry::Kind::Notification, u"mailed Wang Wei"_s,
                                   {{u"channel"_s, u"mailto"_s}}));
    QVERIFY(!repository().addEntry(id, IncidentTimelineEntry::Kind::Action, u"ran ping -c 4 127.0.0.1"_s,
                                   {{u"exitCode"_s, 0}}));
    QVERIFY(!repository().addEntry(id, IncidentTimelineEntry::Kind::Check, u"db_latency_p95 420 ms > 100 ms"_s));
    QCOMPARE(auditActions(*m_database),
             (QStringList{u"incident.open"_s, u"incident.notification"_s, u"incident.action"_s}));
    QCOMPARE(repository().timeline(id).entries.size(), 5);
}

void TestIncidentRepository::wizardStateRoundTrips()
{
    const qint64 id = openOne();
    const QJsonObject state{{u"answers"_s, QJsonObject{{u"slow-database/recent-change"_s, true}}}};
    QVERIFY(!repository().saveWizard(id, u"locate"_s, state));
    const std::optional<Incident> incident = repository().byId(id);
    QCOMPARE(incident->wizardStep, u"locate"_s);
    QCOMPARE(incident->wizardState, state);
}

void TestIncidentRepository::listPutsActiveFirstAndFilters()
{
    const qint64 old = openOne(u"payment_gateway"_s, u"system-downtime"_s);
    QVERIFY(!repository().setStatus(old, Incident::Status::Resolved));
    m_now += 1000;
    const qint64 mitigated = openOne(u"payment_backend"_s);
    QVERIFY(!repository().setStatus(mitigated, Incident::Status::Mitigated));
    m_now += 1000;
    const qint64 open = openOne(u"payment_frontend"_s, u"security-issues"_s);

    QList<qint64> ids;
    for (const Incident &incident : repository().list().incidents)
        ids << incident.id;
    QCOMPARE(ids, (QList<qint64>{open, mitigated, old}));

    IncidentRepository::Filter filter;
    filter.activeOnly = true;
    QCOMPARE(repository().list(filter).incidents.size(), 2);
    filter = {};
    filter.service = u"payment_gateway"_s;
    QCOMPARE(repository().list(filter).incidents.size(), 1);
    filter = {};
    filter.type = u"security-issues"_s;
    QCOMPARE(repository().list(filter).incidents.constFirst().id, open);
    filter = {};
    filter.text = u"BACKEND"_s;
    QCOMPARE(repository().list(filter).incidents.constFirst().id, mitigated);
}

QTEST_GUILESS_MAIN(TestIncidentRepository)
#include "test_incidentrepository.moc"
