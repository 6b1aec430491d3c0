// ContactValidator: phone and e-mail formats (the knowledge base's short extensions are valid),
// required fields and duplicates.
#include "models/contacts/contactvalidator.h"

#include <QTest>

using namespace payops;

namespace {

ContactEntry manager(const QString &name, const QString &service, const QString &phone)
{
    ContactEntry entry;
    entry.name = name;
    entry.role = ContactRole::ServiceManager;
    entry.service = service;
    entry.points = {{ContactPoint::Kind::Phone, phone}};
    return entry;
}

QStringList fields(const QList<ContactValidator::Issue> &issues)
{
    QStringList list;
    for (const ContactValidator::Issue &issue : issues)
        list.append(issue.field);
    return list;
}

} // namespace

class TestContactValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phones_data();
    void phones();
    void emails_data();
    void emails();
    void entryRules_data();
    void entryRules();
    void duplicates();
};

void TestContactValidator::phones_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::newRow("kb extension 123") << QStringLiteral("123") << true;
    QTest::newRow("kb extension 101112") << QStringLiteral("101112") << true;
    QTest::newRow("hotline") << QStringLiteral("123-456-7890") << true;
    QTest::newRow("international") << QStringLiteral("+86 (10) 6552 9988") << true;
    QTest::newRow("two digits") << QStringLiteral("12") << false;
    QTest::newRow("letters") << QStringLiteral("555-CALL") << false;
    QTest::newRow("plus inside") << QStringLiteral("12+34") << false;
    QTest::newRow("unbalanced") << QStringLiteral("(123 456") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestContactValidator::phones()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QCOMPARE(ContactValidator::isValidPhone(number), valid);
}

void TestContactValidator::emails_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("support") << QStringLiteral("support@example.com") << true;
    QTest::newRow("plus and dots") << QStringLiteral("on.call+gw@ops.example.co.uk") << true;
    QTest::newRow("no at") << QStringLiteral("support.example.com") << false;
    QTest::newRow("no domain dot") << QStringLiteral("root@localhost") << false;
    QTest::newRow("double dot") << QStringLiteral("a..b@example.com") << false;
    QTest::newRow("space") << QStringLiteral("a b@example.com") << false;
    QTest::newRow("two ats") << QStringLiteral("a@b@example.com") << false;
    QTest::newRow("apostrophe") << QStringLiteral("o'brien@example.com") << true;
    // Characters that would add headers or parameters to a mailto: link, or break a header line.
    QTest::newRow("query") << QStringLiteral("a@example.com?bcc=all@example.com") << false;
    QTest::newRow("query in local part") << QStringLiteral("a?cc=b@example.com") << false;
    QTest::newRow("ampersand") << QStringLiteral("a&body=x@example.com") << false;
    QTest::newRow("percent") << QStringLiteral("a%0d%0abcc@example.com") << false;
    QTest::newRow("cr lf") << QStringLiteral("a@example.com\r\nBcc: all@example.com") << false;
    QTest::newRow("lf in local part") << QStringLiteral("a\nb@example.com") << false;
    QTest::newRow("angle brackets") << QStringLiteral("<a@example.com>") << false;
    QTest::newRow("hash") << QStringLiteral("a#b@example.com") << false;
    QTest::newRow("equals") << QStringLiteral("a=b@example.com") << false;
    QTest::newRow("slash") << QStringLiteral("a/b@example.com") << false;
}

void TestContactValidator::emails()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(ContactValidator::isValidEmail(address), valid);
}

void TestContactValidator::entryRules_data()
{
    QTest::addColumn<ContactEntry>("entry");
    QTest::addColumn<QStringList>("expectedFields");
    QTest::newRow("valid") << manager(QStringLiteral("Alice"), QStringLiteral("payment_frontend"), QStringLiteral("123"))
                           << QStringList();
    QTest::newRow("no name") << manager(QStringLiteral("  "), QStringLiteral("payment_frontend"), QStringLiteral("123"))
                             << QStringList{QStringLiteral("name")};
    QTest::newRow("manager without service") << manager(QStringLiteral("Alice"), QString(), QStringLiteral("123"))
                                             << QStringList{QStringLiteral("service")};
    QTest::newRow("bad service") << manager(QStringLiteral("Alice"), QStringLiteral("payment gateway"), QStringLiteral("123"))
                                 << QStringList{QStringLiteral("service")};
    QTest::newRow("bad phone") << manager(QStringLiteral("Alice"), QStringLiteral("payment_frontend"), QStringLiteral("12"))
                               << QStringList{QStringLiteral("phone")};
    ContactEntry noPoints = manager(QStringLiteral("Alice"), QStringLiteral("payment_frontend"), QString());
    noPoints.points.clear();
    QTest::newRow("no contact point") << noPoints << QStringList{QStringLiteral("points")};
    ContactEntry badMail = manager(QStringLiteral("Alice"), QStringLiteral("payment_frontend"), QStringLiteral("123"));
    badMail.points.append({ContactPoint::Kind::Email, QStringLiteral("alice@")});
    QTest::newRow("bad email") << badMail << QStringList{QStringLiteral("email")};
    ContactEntry order = manager(QStringLiteral("Alice"), QStringLiteral("payment_frontend"), QStringLiteral("123"));
    order.escalationOrder = 0;
    QTest::newRow("bad order") << order << QStringList{QStringLiteral("order")};
    // Chat handles are plain text or a link of a kind the console opens; nothing else.
    const auto chat = [](const QString &value) {
        ContactEntry entry = manager(QStringLiteral("Alice"), QStringLiteral("payment_frontend"), QStringLiteral("123"));
        entry.points.append({ContactPoint::Kind::Chat, value});
        return entry;
    };
    QTest::newRow("chat handle") << chat(QStringLiteral("@alice")) << QStringList();
    QTest::newRow("chat xmpp") << chat(QStringLiteral("xmpp:alice@chat.example.com")) << QStringList();
    QTest::newRow("chat https") << chat(QStringLiteral("https://chat.example.com/alice")) << QStringList();
    QTest::newRow("chat file") << chat(QStringLiteral("file:///home/alice/.local/share/applications/x.desktop"))
                               << QStringList{QStringLiteral("chat")};
    QTest::newRow("chat smb") << chat(QStringLiteral("smb://attacker.example/share")) << QStringList{QStringLiteral("chat")};
    QTest::newRow("chat javascript") << chat(QStringLiteral("javascript:alert(1)")) << QStringList{QStringLiteral("chat")};
    QTest::newRow("chat http") << chat(QStringLiteral("http://chat.example.com/alice")) << QStringList{QStringLiteral("chat")};
    ContactEntry support;
    support.name = QStringLiteral("Technical Support");
    support.role = ContactRole::TechnicalSupport;
    support.points = {{ContactPoint::Kind::Email, QStringLiteral("support@example.com")}};
    QTest::newRow("directory-wide role needs no service") << support << QStringList();
}

void TestContactValidator::entryRules()
{
    QFETCH(ContactEntry, entry);
    QFETCH(QStringList, expectedFields);
    const QList<ContactValidator::Issue> issues = ContactValidator::validate(entry);
    QCOMPARE(fields(issues), expectedFields);
    for (const ContactValidator::Issue &issue : issues)
        QVERIFY(!issue.message.isEmpty());
}

void TestContactValidator::duplicates()
{
    ContactEntry bobGateway = manager(QStringLiteral("Bob"), QStringLiteral("payment_gateway"), QStringLiteral("456"));
    bobGateway.id = 5;
    const QList<ContactEntry> existing{bobGateway};
    // Bob for another service, with another number: fine (the number belongs to the assignment).
    QVERIFY(ContactValidator::validate(manager(QStringLiteral("Bob"), QStringLiteral("payment_backend"), QStringLiteral("789")),
                                       existing)
                .isEmpty());
    // Bob twice for the gateway, whatever the case and spacing of the name: refused.
    const QList<ContactValidator::Issue> twice =
        ContactValidator::validate(manager(QStringLiteral(" bob "), QStringLiteral("payment_gateway"), QStringLiteral("999")), existing);
    QCOMPARE(fields(twice), QStringList{QStringLiteral("service")});
    QVERIFY(twice.constFirst().message.contains(QStringLiteral("already listed for payment_gateway")));
    // Editing the stored entry itself does not collide with it.
    ContactEntry edited = bobGateway;
    edited.points = {{ContactPoint::Kind::Phone, QStringLiteral("4567")}};
    QVERIFY(ContactValidator::validate(edited, existing).isEmpty());
}

QTEST_GUILESS_MAIN(TestContactValidator)
#include "test_contactvalidator.moc"
