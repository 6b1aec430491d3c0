// ContactDirectory on a real SQLite file: the knowledge base's defaults imported once, escalation
// order per service (Bob's two numbers), add / edit / delete / restore, duplicates refused, and a
// bad import file that loses nothing.
#include "contacts/contactcsv.h"
#include "contacts/contactdefaults.h"
#include "contacts/contactdirectory.h"
#include "contactstestdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

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
    void answersWhoOwnsAService();
    void contactNumberBelongsToAssignment();
    void addEditRemoveRestore();
    void refusesInvalidAndDuplicateEntries();
    void badImportLosesNothing();
    void importIsAllOrNothing();

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
    m_directory = std::make_unique<ContactDirectory>(*m_db->database);
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
    const ContactDirectory::BatchResult result = m_directory->importDefaultsOnce(defaults.entries);
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
        QVERIFY(m_directory->remove(entry.id).ok());
    importDefaults();
    QVERIFY(m_directory->entries().entries.isEmpty());
    QSqlQuery people(m_db->database->connection());
    QVERIFY(people.exec(QStringLiteral("SELECT COUNT(*) FROM contact_people")) && people.next());
    QCOMPARE(people.value(0).toInt(), 0); // no orphaned people either
}

void TestContactDirectory::answersWhoOwnsAService()
{
    importDefaults();
    QVERIFY(m_directory->add(manager(QStringLiteral("Dora"), QStringLiteral("payment_gateway"), QStringLiteral("+86 138 0000 0000"), 2)).ok());
    QVERIFY(m_directory->add(manager(QStringLiteral("Aaron"), QStringLiteral("payment_gateway"), QStringLiteral("555"), 3)).ok());

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
    QVERIFY(m_directory->update(renamed).ok());
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
    const ContactDirectory::WriteResult add = m_directory->add(entry);
    QVERIFY2(add.ok(), qPrintable(add.message()));
    QCOMPARE(added.size(), 1);
    const ContactEntry stored = *m_directory->entry(add.id);
    QVERIFY(stored.sameContent(entry));

    ContactEntry edited = stored;
    edited.points = {{ContactPoint::Kind::Chat, QStringLiteral("@zhangwei")}};
    edited.escalationOrder = 2;
    QVERIFY(m_directory->update(edited).ok());
    QCOMPARE(*m_directory->entry(add.id), edited);

    QVERIFY(m_directory->remove(add.id).ok());
    QCOMPARE(removed.size(), 1);
    QVERIFY(!m_directory->entry(add.id));
    QVERIFY(!m_directory->remove(add.id).ok());

    QVERIFY(m_directory->restore(edited).ok());
    QCOMPARE(*m_directory->entry(add.id), edited); // same ids, same points
    QVERIFY(!m_directory->restore(edited).ok());   // not twice
}

void TestContactDirectory::refusesInvalidAndDuplicateEntries()
{
    importDefaults();
    const int before = int(m_directory->entries().entries.size());
    const ContactDirectory::WriteResult duplicate =
        m_directory->add(manager(QStringLiteral("BOB"), QStringLiteral("payment_gateway"), QStringLiteral("999")));
    QVERIFY(!duplicate.ok());
    QVERIFY(duplicate.message().contains(QStringLiteral("already listed for payment_gateway")));
    const ContactDirectory::WriteResult badPhone =
        m_directory->add(manager(QStringLiteral("Eve"), QStringLiteral("payment_gateway"), QStringLiteral("call me")));
    QCOMPARE(badPhone.issues.size(), 1);
    QCOMPARE(badPhone.issues.constFirst().field, QStringLiteral("phone"));

    // Renaming Alice to Bob would merge two people: refused.
    ContactEntry alice = m_directory->escalation(QStringLiteral("payment_frontend"), ContactDirectory::EscalationScope::Owners)
                             .entries.constFirst();
    alice.name = QStringLiteral("bob");
    const ContactDirectory::WriteResult merge = m_directory->update(alice);
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
    const ContactDirectory::BatchResult imported = m_directory->addAll(result.validEntries());
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
        m_directory->addAll({manager(QStringLiteral("Gina"), QStringLiteral("payment_callback"), QStringLiteral("321"), 2),
                             manager(QStringLiteral("Cindy"), QStringLiteral("payment_callback"), QStringLiteral("000"))});
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QStringLiteral("Contact 2 (Cindy)")));
    QCOMPARE(summary(m_directory->entries().entries), before); // Gina rolled back too
}

QTEST_GUILESS_MAIN(TestContactDirectory)
#include "test_contactdirectory.moc"
