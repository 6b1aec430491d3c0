// ContactDirectory on a real SQLite file: the knowledge base's defaults imported once, escalation
// order per service (Bob's two numbers), add / edit / delete / restore, duplicates refused, and a
// bad import file that loses nothing. Writes are queued on the writer thread: the results and the
// change signals arrive later, on this thread, in order; the checks answer at once.
#include "models/contacts/contactcsv.h"
#include "models/contacts/contactdefaults.h"
#include "models/contacts/contactdirectory.h"
#include "models/services/targetrepository.h"
#include "tests/contacts/contactstestdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace payops;

namespace {

ContactEntry manager(const QString &name, const QString &service, const QString &phone, int order = 1)
{
    ContactEntry entry;
    entry.name = name;
    entry.role = ContactRole::ServiceManager;
    entry.service = service;
    entry.escalationOrder = order;
    entry.points = {{ContactPoint::Kind::Phone, phone}};
    return entry;
}

QStringList summary(const QList<ContactEntry> &entries)
{
    QStringList lines;
    for (const ContactEntry &entry : entries) {
        QStringList points;
        for (const ContactPoint &point : entry.points)
            points.append(point.value);
        lines.append(QStringLiteral("%1/%2/%3/%4/%5")
                         .arg(entry.name, ContactRoles::key(entry.role), entry.service)
                         .arg(entry.escalationOrder)
                         .arg(points.join(u'+')));
    }
    return lines;
}

} // namespace

class TestContactDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsKnowledgeBaseDefaultsOnce();
    void listsServicesInTheConsolesOrder();
    void answersWhoOwnsAService();
    void contactNumberBelongsToAssignment();
    void addEditRemoveRestore();
    void refusesInvalidAndDuplicateEntries();
    void badImportLosesNothing();
    void importIsAllOrNothing();
    void writesArriveLaterInOrder();
    void checksAnswerAtOnce();

private:
    void importDefaults();

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<ContactDirectory> m_directory;
};

void TestContactDirectory::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    const QString error = m_db->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_directory = std::make_unique<ContactDirectory>(*m_db->database, *m_db->writer);
}

void TestContactDirectory::cleanup()
{
    m_directory.reset();
    m_db.reset();
}

void TestContactDirectory::importDefaults()
{
    const ContactDefaults::Result defaults = ContactDefaults::load();
    QVERIFY2(defaults.ok(), qPrintable(defaults.errors.join(u'\n')));
    const ContactDirectory::BatchResult result = test::importDefaultsOnce(*m_directory, defaults.entries);
    QVERIFY2(result.ok(), qPrintable(result.error));
}

void TestContactDirectory::importsKnowledgeBaseDefaultsOnce()
{
    QSignalSpy reset(m_directory.get(), &ContactDirectory::directoryReset);
    importDefaults();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(summary(m_directory->entries().entries),
             (QStringList{QStringLiteral("Technical Support/technical_support//1/support@example.com"),
                          QStringLiteral("Emergency Contact/emergency_contact//1/emergency@example.com"),
                          QStringLiteral("Customer Service Hotline/customer_service//1/123-456-7890"),
                          QStringLiteral("Bob/service_manager/payment_backend/1/789"),
                          QStringLiteral("Cindy/service_manager/payment_callback/1/101112"),
                          QStringLiteral("Alice/service_manager/payment_frontend/1/123"),
                          QStringLiteral("Bob/service_manager/payment_gateway/1/456")}));

    // The user empties the directory: the defaults do not come back.
    for (const ContactEntry &entry : m_directory->entries().entries)
        QVERIFY(test::remove(*m_directory, entry.id).ok());
    importDefaults();
    QVERIFY(m_directory->entries().entries.isEmpty());
    QSqlQuery people(m_db->database->connection());
    QVERIFY(people.exec(QStringLiteral("SELECT COUNT(*) FROM contact_people")) && people.next());
    QCOMPARE(people.value(0).toInt(), 0); // no orphaned people either
}

void TestContactDirectory::listsServicesInTheConsolesOrder()
{
    // Once the console knows its services (paysim's defaults, in the knowledge base's order), the
    // managers follow that order instead of the alphabet.
    QVERIFY(!TargetRepository(*m_db->database).ensureDefaults());
    importDefaults();
    QStringList services;
    for (const ContactEntry &entry : m_directory->entries().entries) {
        if (!entry.service.isEmpty())
            services.append(entry.service);
    }
    QCOMPARE(services, (QStringList{QStringLiteral("payment_frontend"), QStringLiteral("payment_gateway"),
                                    QStringLiteral("payment_backend"), QStringLiteral("payment_callback")}));
}

void TestContactDirectory::answersWhoOwnsAService()
{
    importDefaults();
    QVERIFY(test::add(*m_directory, manager(QStringLiteral("Dora"), QStringLiteral("payment_gateway"), QStringLiteral("+86 138 0000 0000"), 2)).ok());
    QVERIFY(test::add(*m_directory, manager(QStringLiteral("Aaron"), QStringLiteral("payment_gateway"), QStringLiteral("555"), 3)).ok());

    const ContactDirectory::ListResult owners =
        m_directory->escalation(QStringLiteral("payment_gateway"), ContactDirectory::EscalationScope::Owners);
    QVERIFY(owners.ok());
    QCOMPARE(summary(owners.entries), (QStringList{QStringLiteral("Bob/service_manager/payment_gateway/1/456"),
                                                   QStringLiteral("Dora/service_manager/payment_gateway/2/+86 138 0000 0000"),
                                                   QStringLiteral("Aaron/service_manager/payment_gateway/3/555")}));

    const ContactDirectory::ListResult chain = m_directory->escalation(QStringLiteral("payment_gateway"));
    QCOMPARE(chain.entries.size(), 5);
    QCOMPARE(chain.entries.at(3).role, ContactRole::EmergencyContact);
    QCOMPARE(chain.entries.at(4).role, ContactRole::TechnicalSupport);

    QCOMPARE(summary(m_directory->contactsFor(ContactRole::CustomerService).entries),
             QStringList{QStringLiteral("Customer Service Hotline/customer_service//1/123-456-7890")});
    QVERIFY(m_directory->escalation(QStringLiteral("no_such_service"), ContactDirectory::EscalationScope::Owners).entries.isEmpty());
}

void TestContactDirectory::contactNumberBelongsToAssignment()
{
    importDefaults();
    const ContactEntry gateway = m_directory->escalation(QStringLiteral("payment_gateway"), ContactDirectory::EscalationScope::Owners)
                                     .entries.constFirst();
    const ContactEntry backend = m_directory->escalation(QStringLiteral("payment_backend"), ContactDirectory::EscalationScope::Owners)
                                     .entries.constFirst();
    QCOMPARE(gateway.name, QStringLiteral("Bob"));
    QCOMPARE(backend.name, QStringLiteral("Bob"));
    QCOMPARE(gateway.personId, backend.personId); // one person
    QCOMPARE(gateway.values(ContactPoint::Kind::Phone), QStringList{QStringLiteral("456")});
    QCOMPARE(backend.values(ContactPoint::Kind::Phone), QStringList{QStringLiteral("789")});

    // Renaming the person renames both assignments; the numbers stay with their service.
    QSignalSpy changed(m_directory.get(), &ContactDirectory::entryChanged);
    ContactEntry renamed = gateway;
    renamed.name = QStringLiteral("Robert");
    renamed.nameAlt = QString::fromUtf16(u"罗伯特");
    QVERIFY(test::update(*m_directory, renamed).ok());
    QCOMPARE(changed.size(), 2);
    const ContactEntry backendAfter = *m_directory->entry(backend.id);
    QCOMPARE(backendAfter.name, QStringLiteral("Robert"));
    QCOMPARE(backendAfter.values(ContactPoint::Kind::Phone), QStringList{QStringLiteral("789")});
}

void TestContactDirectory::addEditRemoveRestore()
{
    QSignalSpy added(m_directory.get(), &ContactDirectory::entryAdded);
    QSignalSpy removed(m_directory.get(), &ContactDirectory::entryRemoved);
    ContactEntry entry = manager(QString::fromUtf16(u"张伟"), QStringLiteral("payment_backend"), QStringLiteral("(010) 6552-9988"));
    entry.nameAlt = QStringLiteral("Zhang Wei");
    entry.points.append({ContactPoint::Kind::Email, QStringLiteral("zhang.wei@example.com")});
    entry.notes = QStringLiteral("Weekdays only");
    const ContactDirectory::WriteResult add = test::add(*m_directory, entry);
    QVERIFY2(add.ok(), qPrintable(add.message()));
    QCOMPARE(added.size(), 1);
    const ContactEntry stored = *m_directory->entry(add.id);
    QVERIFY(stored.sameContent(entry));

    ContactEntry edited = stored;
    edited.points = {{ContactPoint::Kind::Chat, QStringLiteral("@zhangwei")}};
    edited.escalationOrder = 2;
    QVERIFY(test::update(*m_directory, edited).ok());
    QCOMPARE(*m_directory->entry(add.id), edited);

    QVERIFY(test::remove(*m_directory, add.id).ok());
    QCOMPARE(removed.size(), 1);
    QVERIFY(!m_directory->entry(add.id));
    QVERIFY(!test::remove(*m_directory, add.id).ok());

    QVERIFY(test::restore(*m_directory, edited).ok());
    QCOMPARE(*m_directory->entry(add.id), edited); // same ids, same points
    QVERIFY(!test::restore(*m_directory, edited).ok());   // not twice
}

void TestContactDirectory::refusesInvalidAndDuplicateEntries()
{
    importDefaults();
    const int before = int(m_directory->entries().entries.size());
    const ContactDirectory::WriteResult duplicate =
        test::add(*m_directory, manager(QStringLiteral("BOB"), QStringLiteral("payment_gateway"), QStringLiteral("999")));
    QVERIFY(!duplicate.ok());
    QVERIFY(duplicate.message().contains(QStringLiteral("already listed for payment_gateway")));
    const ContactDirectory::WriteResult badPhone =
        test::add(*m_directory, manager(QStringLiteral("Eve"), QStringLiteral("payment_gateway"), QStringLiteral("call me")));
    QCOMPARE(badPhone.issues.size(), 1);
    QCOMPARE(badPhone.issues.constFirst().field, QStringLiteral("phone"));

    // Renaming Alice to Bob would merge two people: refused.
    ContactEntry alice = m_directory->escalation(QStringLiteral("payment_frontend"), ContactDirectory::EscalationScope::Owners)
                             .entries.constFirst();
    alice.name = QStringLiteral("bob");
    const ContactDirectory::WriteResult merge = test::update(*m_directory, alice);
    QVERIFY(!merge.ok());
    QCOMPARE(merge.issues.constFirst().field, QStringLiteral("name"));
    QCOMPARE(int(m_directory->entries().entries.size()), before);
}

void TestContactDirectory::badImportLosesNothing()
{
    importDefaults();
    const QStringList before = summary(m_directory->entries().entries);
    const QByteArray csv = QByteArrayLiteral(
        "name,role,service,escalation_order,phone,email\r\n"
        "Dora,service_manager,payment_gateway,2,+86 138 0000 0000,\r\n" // valid
        "Bob,service_manager,payment_gateway,1,000,\r\n"                // duplicate of the stored Bob
        "Eve,service_manager,payment_gateway,x,555,\r\n"                // bad order
        "Dora,service_manager,payment_gateway,3,556,\r\n"               // duplicate of row 2
        "\"Frank,technical_support,,1,,frank@example.com\r\n");         // unclosed quote
    ContactImportResult result = ContactCsv::read(csv);
    QVERIFY(result.ok());
    result.validate(m_directory->entries().entries);
    QCOMPARE(result.rows.size(), 5);
    QCOMPARE(result.validCount(), 1);
    QVERIFY(result.rows.at(1).errors.join(u' ').contains(QStringLiteral("already listed")));
    QVERIFY(result.rows.at(3).errors.join(u' ').contains(QStringLiteral("already listed")));

    // "Import nothing": the directory is untouched.
    QCOMPARE(summary(m_directory->entries().entries), before);
    // "Import the valid rows": only Dora is added, nothing stored is lost.
    const ContactDirectory::BatchResult imported = test::addAll(*m_directory, result.validEntries());
    QVERIFY(imported.ok());
    QCOMPARE(imported.ids.size(), 1);
    const QStringList after = summary(m_directory->entries().entries);
    for (const QString &line : before)
        QVERIFY(after.contains(line));
    QCOMPARE(after.size(), before.size() + 1);
}

void TestContactDirectory::importIsAllOrNothing()
{
    importDefaults();
    const QStringList before = summary(m_directory->entries().entries);
    const ContactDirectory::BatchResult result =
        test::addAll(*m_directory, {manager(QStringLiteral("Gina"), QStringLiteral("payment_callback"), QStringLiteral("321"), 2),
                             manager(QStringLiteral("Cindy"), QStringLiteral("payment_callback"), QStringLiteral("000"))});
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QStringLiteral("Contact 2 (Cindy)")));
    QCOMPARE(summary(m_directory->entries().entries), before); // Gina rolled back too
}

void TestContactDirectory::writesArriveLaterInOrder()
{
    QSignalSpy added(m_directory.get(), &ContactDirectory::entryAdded);
    QSignalSpy removed(m_directory.get(), &ContactDirectory::entryRemoved);
    QObject context;
    QList<QString> order;
    QThread *callbackThread = nullptr;
    const ContactEntry dora = manager(QStringLiteral("Dora"), QStringLiteral("payment_gateway"), QStringLiteral("222"));
    const ContactDirectory::StoredEntries stored = ContactDirectory::makeStored();
    m_directory->add(dora, &context, [&](const ContactDirectory::WriteResult &result) {
        QVERIFY(result.ok());
        QCOMPARE(added.size(), 1); // the signal comes first, so models already have the row
        callbackThread = QThread::currentThread();
        order.append(QStringLiteral("add"));
    }, stored);
    // Queued right behind the add, before its result is known here: removes the row the add made.
    m_directory->removeStored(stored, &context, [&](const ContactDirectory::BatchResult &result) {
        QVERIFY(result.ok());
        QCOMPARE(result.ids.size(), 1);
        order.append(QStringLiteral("remove"));
    });
    QVERIFY(order.isEmpty());
    QCOMPARE(added.size(), 0); // nothing written on this thread
    QVERIFY(m_db->drain());
    QCOMPARE(order, (QStringList{QStringLiteral("add"), QStringLiteral("remove")}));
    QCOMPARE(callbackThread, QThread::currentThread());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.constFirst().constFirst().toLongLong(), added.constFirst().constFirst().toLongLong());
    QVERIFY(m_directory->entries().entries.isEmpty());

    // A destroyed context gets no result; the write still happens.
    bool called = false;
    auto gone = std::make_unique<QObject>();
    m_directory->add(dora, gone.get(), [&called](const ContactDirectory::WriteResult &) { called = true; });
    gone.reset();
    QVERIFY(m_db->drain());
    QVERIFY(!called);
    QCOMPARE(m_directory->entries().entries.size(), 1);
}

void TestContactDirectory::checksAnswerAtOnce()
{
    importDefaults();
    QSignalSpy changed(m_directory.get(), &ContactDirectory::entryChanged);
    const ContactDirectory::WriteResult duplicate =
        m_directory->checkAdd(manager(QStringLiteral("bob "), QStringLiteral("payment_gateway"), QStringLiteral("999")));
    QVERIFY(!duplicate.ok());
    QVERIFY(duplicate.message().contains(QStringLiteral("already listed for payment_gateway")));
    QVERIFY(m_directory->checkAdd(manager(QStringLiteral("Dora"), QStringLiteral("payment_gateway"), QStringLiteral("222"))).ok());

    ContactEntry alice = m_directory->escalation(QStringLiteral("payment_frontend"), ContactDirectory::EscalationScope::Owners)
                             .entries.constFirst();
    alice.name = QStringLiteral("Cindy");
    QCOMPARE(m_directory->checkUpdate(alice).issues.constFirst().field, QStringLiteral("name"));
    alice.id = 9999;
    QVERIFY(!m_directory->checkUpdate(alice).error.isEmpty()); // no longer exists

    const ContactDirectory::BatchResult batch =
        m_directory->checkAddAll({manager(QStringLiteral("Gina"), QStringLiteral("payment_callback"), QStringLiteral("321"), 2),
                                  manager(QStringLiteral("Gina"), QStringLiteral("payment_callback"), QStringLiteral("322"), 3)});
    QVERIFY(batch.error.contains(QStringLiteral("Contact 2 (Gina)")));
    QVERIFY(m_db->drain());
    QCOMPARE(changed.size(), 0); // checks write nothing
}

QTEST_GUILESS_MAIN(TestContactDirectory)
#include "test_contactdirectory.moc"
