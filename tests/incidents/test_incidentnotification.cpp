// The wizard's notify step without a window (issue 11): who is reached in which order, the message in
// English and in Chinese (the project's own zh_CN translation, compiled into this test), mailto: links
// whose subject and body cannot add a header (parsed back, not compared as text), no link for a hostile
// address, tel: links, and the escalation reminder rule.
#include "models/contacts/contactdefaults.h"
#include "models/core/safelinks.h"
#include "models/incidents/incidentnotification.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QUrlQuery>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kT0 = 1'780'000'000'000;
constexpr qint64 kMinute = 60'000;

ContactEntry entry(qint64 id, const QString &name, ContactRole role, const QString &service, int order,
                   const QString &phone = {}, const QString &email = {})
{
    ContactEntry e;
    e.id = id;
    e.personId = id;
    e.name = name;
    e.role = role;
    e.service = service;
    e.escalationOrder = order;
    if (!phone.isEmpty())
        e.points.append({ContactPoint::Kind::Phone, phone});
    if (!email.isEmpty())
        e.points.append({ContactPoint::Kind::Email, email});
    return e;
}

QList<qint64> ids(const QList<ContactEntry> &entries)
{
    QList<qint64> list;
    for (const ContactEntry &e : entries)
        list.append(e.id);
    return list;
}

// A directory in no particular order: two gateway owners (order 2 before order 1 here), a backend owner,
// a technical support and a customer service line (directory-wide, not emergency), two emergency contacts.
QList<ContactEntry> directory()
{
    return {
        entry(1, u"Technical Support"_s, ContactRole::TechnicalSupport, {}, 1, {}, u"support@example.com"_s),
        entry(2, u"Dora"_s, ContactRole::ServiceManager, u"payment_gateway"_s, 2, u"222"_s, u"dora@example.com"_s),
        entry(3, u"Zed"_s, ContactRole::EmergencyContact, {}, 2, u"+86 10 9999"_s),
        entry(4, u"Bob"_s, ContactRole::ServiceManager, u"payment_gateway"_s, 1, u"456"_s, u"bob@example.com"_s),
        entry(5, u"Carl"_s, ContactRole::ServiceManager, u"payment_backend"_s, 1, u"789"_s),
        entry(6, u"Emergency Contact"_s, ContactRole::EmergencyContact, {}, 1, {}, u"emergency@example.com"_s),
        entry(7, u"Hotline"_s, ContactRole::CustomerService, {}, 1, u"123-456-7890"_s),
        entry(8, u"alice"_s, ContactRole::TechnicalSupport, u"payment_gateway"_s, 2, u"333"_s),
    };
}

Incident incident()
{
    Incident i;
    i.id = 42;
    i.services = {u"payment_gateway"_s, u"payment_backend"_s};
    i.type = u"transaction-failure"_s;
    i.severity = Incident::Severity::Critical;
    i.status = Incident::Status::Open;
    i.title = u"Failures above 5 %"_s;
    i.openedMs = kT0;
    return i;
}

const QStringList kEvidence{u"failure ratio 7.2 % (critical above 5 %)"_s, u"p95 latency 1.4 s (warning above 800 ms)"_s};

} // namespace

class TestIncidentNotification final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escalationOrder();
    void escalationOfTheShippedDirectory();
    void escalationEmpty();

    void composeInEnglish();
    void composeInChinese();
    void mailtoCannotAddHeaders();
    void hostileAddressGetsNoLink_data();
    void hostileAddressGetsNoLink();
    void hostileTextStaysOnItsLine();
    void phoneLinks();
    void safeLinksLineBreaksOnlyInTheBody_data();
    void safeLinksLineBreaksOnlyInTheBody();

    void adviseNothingBeforeTheTime();
    void adviseNextAfterTheTime();
    void adviseNothingOnceReached();
    void adviseEveryoneNotified();
};

void TestIncidentNotification::escalationOrder()
{
    // The gateway's people by order then name (Bob 1; alice and Dora 2, names ignoring case), then the
    // emergency contacts by order; other services, support and the hotline are not in it.
    QCOMPARE(ids(EscalationList::forIncident(directory(), u"payment_gateway"_s)), (QList<qint64>{4, 8, 2, 6, 3}));
    QCOMPARE(ids(EscalationList::forIncident(directory(), u"payment_backend"_s)), (QList<qint64>{5, 6, 3}));
    // A service nobody owns still reaches the emergency contacts.
    QCOMPARE(ids(EscalationList::forIncident(directory(), u"payment_callback"_s)), (QList<qint64>{6, 3}));
    QCOMPARE(ids(EscalationList::forIncident(directory(), QString())), (QList<qint64>{6, 3}));
}

void TestIncidentNotification::escalationOfTheShippedDirectory()
{
    const ContactDefaults::Result shipped = ContactDefaults::load();
    QVERIFY2(shipped.ok(), qPrintable(shipped.errors.join(u'\n')));
    const QList<ContactEntry> order = EscalationList::forIncident(shipped.entries, u"payment_gateway"_s);
    QCOMPARE(order.size(), 2);
    QCOMPARE(order[0].name, u"Bob"_s);
    QCOMPARE(order[0].service, u"payment_gateway"_s);
    QCOMPARE(order[1].role, ContactRole::EmergencyContact);
}

void TestIncidentNotification::escalationEmpty()
{
    QVERIFY(EscalationList::forIncident({}, u"payment_gateway"_s).isEmpty());
    // Only people for other services and no emergency contact: nobody.
    QVERIFY(EscalationList::forIncident({directory()[4], directory()[0]}, u"payment_gateway"_s).isEmpty());
}

void TestIncidentNotification::composeInEnglish()
{
    const ContactEntry bob = directory()[3];
    const IncidentNotification::Message m =
        IncidentNotification::compose(incident(), u"Transaction failure"_s, bob, kEvidence);
    QCOMPARE(m.subject, u"[PayOps] Critical Transaction failure: payment_gateway"_s);
    QVERIFY2(m.body.startsWith(u"Hello Bob,\n"_s), qPrintable(m.body));
    for (const QString &part : {u"What: Transaction failure (Critical)"_s, u"Where: payment_gateway, payment_backend"_s,
                                u"Incident: #42, Open"_s, u"Title: Failures above 5 %"_s, u"Evidence now:"_s,
                                u"  - failure ratio 7.2 % (critical above 5 %)"_s,
                                u"  - p95 latency 1.4 s (warning above 800 ms)"_s})
        QVERIFY2(m.body.contains(QString(part + u'\n')), qPrintable(part + u" in\n"_s + m.body));
    // Since when, in the operator's local time with its offset, so a reader elsewhere can convert it.
    const QString since = QDateTime::fromMSecsSinceEpoch(kT0).toString(u"yyyy-MM-dd HH:mm"_s);
    QVERIFY2(m.body.contains(u"Since: "_s + since + u" UTC"_s), qPrintable(m.body));
    QCOMPARE(m.clipboardText, u"Subject: "_s + m.subject + u"\n\n"_s + m.body);
    QCOMPARE(m.mailLinks.size(), 1);
    QCOMPARE(m.mailLinks[0].path(), u"bob@example.com"_s);
    QCOMPARE(m.phoneLinks, (QList<QUrl>{QUrl(u"tel:456"_s)}));

    // Without evidence it says so; long evidence is cut to a few lines, and what was left out is counted.
    QVERIFY(IncidentNotification::compose(incident(), u"Transaction failure"_s, bob, {})
                .body.contains(u"No evidence has been collected yet."_s));
    QStringList many;
    for (int i = 0; i < IncidentNotification::kMaxEvidenceLines + 3; ++i)
        many << u"check %1 confirmed"_s.arg(i);
    const QString body = IncidentNotification::compose(incident(), u"Transaction failure"_s, bob, many).body;
    QVERIFY(body.contains(u"check %1 confirmed"_s.arg(IncidentNotification::kMaxEvidenceLines - 1)));
    QVERIFY(!body.contains(u"check %1 confirmed"_s.arg(IncidentNotification::kMaxEvidenceLines)));
    QVERIFY2(body.contains(u"(3 more not shown here: see the console)"_s), qPrintable(body));
}

void TestIncidentNotification::composeInChinese()
{
    // The project's own translation, as the console installs it (models/core/translations.h).
    QTranslator translator;
    QVERIFY(translator.load(QLocale(u"zh_CN"_s), u"payops"_s, u"_"_s, u":/i18n"_s));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    ContactEntry bob = directory()[3];
    bob.nameAlt = u"鲍勃"_s;
    const IncidentNotification::Message m = IncidentNotification::compose(incident(), u"交易失败"_s, bob, kEvidence);
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(m.subject, u"[PayOps] 严重 交易失败：payment_gateway"_s);
    QVERIFY2(m.body.startsWith(u"Bob（鲍勃），您好：\n"_s), qPrintable(m.body));
    for (const QString &part : {u"现象：交易失败（严重）"_s, u"位置：payment_gateway, payment_backend"_s,
                                u"故障：#42，未解决"_s, u"当前证据："_s, u"请回复或回电，确认您已收到此消息。"_s})
        QVERIFY2(m.body.contains(part), qPrintable(part + u" in\n"_s + m.body));
    QVERIFY(m.clipboardText.startsWith(u"主题：[PayOps] 严重"_s));
    // The Chinese text survives the mailto: link byte for byte.
    QCOMPARE(m.mailLinks.size(), 1);
    const QUrlQuery query(m.mailLinks[0]);
    QCOMPARE(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded), m.subject);
    QCOMPARE(query.queryItemValue(u"body"_s, QUrl::FullyDecoded), QString(m.body).replace(u"\n"_s, u"\r\n"_s));
}

void TestIncidentNotification::mailtoCannotAddHeaders()
{
    // Title and evidence full of what could end a field or start a header in a naive mail link.
    Incident hostile = incident();
    hostile.title = u"x&cc=all@example.com?bcc=boss@example.com#frag %0D%0ABcc: y@example.com"_s;
    const QStringList evidence{u"a=b&bcc=evil@example.com"_s, u"100%25 sure? #yes"_s};
    const IncidentNotification::Message m =
        IncidentNotification::compose(hostile, u"Type & more=1"_s, directory()[3], evidence);
    QCOMPARE(m.mailLinks.size(), 1);
    const QUrl url = m.mailLinks[0];
    QVERIFY(SafeLinks::isAllowed(url));
    QCOMPARE(url.scheme(), u"mailto"_s);
    QCOMPARE(url.path(QUrl::FullyDecoded), u"bob@example.com"_s);
    QVERIFY(!url.hasFragment());

    // Parsed back: exactly two fields, holding exactly the subject and the body.
    const QUrlQuery query(url);
    const QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].first, u"subject"_s);
    QCOMPARE(items[0].second, m.subject);
    QCOMPARE(items[1].first, u"body"_s);
    QCOMPARE(items[1].second, QString(m.body).replace(u"\n"_s, u"\r\n"_s));
    QVERIFY(m.body.contains(u"a=b&bcc=evil@example.com"_s));
    QVERIFY(m.body.contains(u"100%25 sure? #yes"_s));

    // On the wire: no raw delimiters or line breaks from the text, line breaks as %0D%0A.
    const QByteArray wire = url.toEncoded();
    QVERIFY2(wire.startsWith("mailto:bob@example.com?subject="), wire.constData());
    QCOMPARE(wire.count('?'), 1);
    QCOMPARE(wire.count('&'), 1); // the one between subject and body
    QVERIFY(!wire.contains('#'));
    QVERIFY(!wire.contains('\n') && !wire.contains('\r') && !wire.contains(' '));
    QVERIFY(wire.contains("%0D%0A"));
    QVERIFY(!wire.contains("&cc=") && !wire.contains("&bcc="));
}

void TestIncidentNotification::hostileAddressGetsNoLink_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("query") << u"a@b.c?bcc=x@evil.example"_s;
    QTest::newRow("ampersand") << u"a@example.com&bcc=x@evil.example"_s;
    QTest::newRow("line break") << u"a@example.com\r\nBcc: x@evil.example"_s;
    QTest::newRow("percent") << u"a%0D%0ABcc@example.com"_s;
    QTest::newRow("fragment") << u"a#b@example.com"_s;
    QTest::newRow("no domain") << u"not an address"_s;
}

void TestIncidentNotification::hostileAddressGetsNoLink()
{
    QFETCH(QString, address);
    const ContactEntry mallory = entry(9, u"Mallory"_s, ContactRole::ServiceManager, u"payment_gateway"_s, 1, u"555"_s, address);
    const IncidentNotification::Message m = IncidentNotification::compose(incident(), u"Transaction failure"_s, mallory, kEvidence);
    QVERIFY(m.mailLinks.isEmpty());
    QCOMPARE(m.phoneLinks, (QList<QUrl>{QUrl(u"tel:555"_s)})); // the rest of the entry still works
    QVERIFY(!m.clipboardText.isEmpty());
}

void TestIncidentNotification::hostileTextStaysOnItsLine()
{
    // A name or evidence line cannot forge lines of the message (or reorder it with bidi controls).
    ContactEntry eve = entry(10, u"Eve\nSubject: pay now"_s, ContactRole::ServiceManager, u"payment_gateway"_s, 1, u"777"_s);
    const IncidentNotification::Message m = IncidentNotification::compose(
        incident(), u"Transaction failure"_s, eve, {u"ok\r\nWhere: elsewhere"_s, u"\u202Ereversed"_s, QString(500, u'x')});
    QVERIFY2(m.body.startsWith(u"Hello Eve Subject: pay now,\n"_s), qPrintable(m.body));
    QVERIFY(m.body.contains(u"  - ok Where: elsewhere\n"_s));
    QVERIFY(!m.body.contains(QChar(0x202E)));
    QCOMPARE(m.body.count(u"Where: "_s), 2); // the real line and the flattened evidence
    for (const QString &line : m.body.split(u'\n'))
        QVERIFY(line.size() <= IncidentNotification::kMaxLineLength + 4);
}

void TestIncidentNotification::phoneLinks()
{
    ContactEntry zed = directory()[2]; // "+86 10 9999"
    zed.points.append({ContactPoint::Kind::Phone, u"(010) 1234-567"_s});
    zed.points.append({ContactPoint::Kind::Phone, u"call the front desk"_s}); // not a number: no link
    const IncidentNotification::Message m = IncidentNotification::compose(incident(), u"Transaction failure"_s, zed, {});
    QCOMPARE(m.phoneLinks, (QList<QUrl>{QUrl(u"tel:+86109999"_s), QUrl(u"tel:0101234-567"_s)}));
    QVERIFY(m.mailLinks.isEmpty());
}

void TestIncidentNotification::safeLinksLineBreaksOnlyInTheBody_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("body with CRLF") << u"mailto:a@example.com?subject=Hi&body=line%201%0D%0Aline%202"_s << true;
    QTest::newRow("body with LF") << u"mailto:a@example.com?body=line%201%0Aline%202"_s << true;
    QTest::newRow("subject with CRLF") << u"mailto:a@example.com?subject=Hi%0D%0ABcc:%20x@example.com"_s << false;
    QTest::newRow("body with another control") << u"mailto:a@example.com?body=bell%07"_s << false;
    QTest::newRow("address with CRLF") << u"mailto:a@example.com%0D%0ABcc:x@example.com"_s << false;
    QTest::newRow("user name with a line break") << u"xmpp://us%0Aer@chat.example.com"_s << false;
    QTest::newRow("user name without") << u"xmpp://user@chat.example.com"_s << true;
    QTest::newRow("body then a header") << u"mailto:a@example.com?body=x%0D%0A&bcc=x@example.com"_s << false;
}

void TestIncidentNotification::safeLinksLineBreaksOnlyInTheBody()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(SafeLinks::isAllowed(QUrl(url)), allowed);
}

// ---- the reminder ----------------------------------------------------------------------------------

void TestIncidentNotification::adviseNothingBeforeTheTime()
{
    const QList<ContactEntry> order = EscalationList::forIncident(directory(), u"payment_gateway"_s);
    // Nobody notified yet: the step asks for that itself.
    QVERIFY(!EscalationReminder::advise(order, {}, kT0 + 60 * kMinute, 10 * kMinute).remind);
    // Notified 9:59 ago, 10 minutes to wait.
    const QList<EscalationReminder::Contacted> contacted{{4, kT0, false, 0}};
    const EscalationReminder::Advice advice = EscalationReminder::advise(order, contacted, kT0 + 10 * kMinute - 1000, 10 * kMinute);
    QVERIFY(!advice.remind);
    QVERIFY(advice.text.isEmpty());
    QVERIFY(!advice.nextContactId);
}

void TestIncidentNotification::adviseNextAfterTheTime()
{
    const QList<ContactEntry> order = EscalationList::forIncident(directory(), u"payment_gateway"_s); // 4, 8, 2, 6, 3
    QList<EscalationReminder::Contacted> contacted{{4, kT0, false, 0}};
    EscalationReminder::Advice advice = EscalationReminder::advise(order, contacted, kT0 + 10 * kMinute, 10 * kMinute);
    QVERIFY(advice.remind);
    QCOMPARE(advice.nextContactId, std::optional<qint64>(8));
    QCOMPARE(advice.sinceMs, kT0);
    QCOMPARE(advice.text, u"Nobody has been reached 10 min after the last notification: escalate to alice "
                          u"(Technical support)."_s);

    // Escalated to alice 3 minutes later: the clock restarts from that notification.
    contacted.append({8, kT0 + 13 * kMinute, false, 0});
    QVERIFY(!EscalationReminder::advise(order, contacted, kT0 + 20 * kMinute, 10 * kMinute).remind);
    advice = EscalationReminder::advise(order, contacted, kT0 + 24 * kMinute, 10 * kMinute);
    QVERIFY(advice.remind);
    QCOMPARE(advice.nextContactId, std::optional<qint64>(2)); // Dora
    QCOMPARE(advice.sinceMs, kT0 + 13 * kMinute);
    QVERIFY2(advice.text.contains(u"11 min"_s) && advice.text.contains(u"Dora"_s), qPrintable(advice.text));

    // Someone notified out of order (the emergency contact first) is skipped when naming the next.
    advice = EscalationReminder::advise(order, {{6, kT0, false, 0}}, kT0 + 10 * kMinute, 10 * kMinute);
    QCOMPARE(advice.nextContactId, std::optional<qint64>(4));
}

void TestIncidentNotification::adviseNothingOnceReached()
{
    const QList<ContactEntry> order = EscalationList::forIncident(directory(), u"payment_gateway"_s);
    const QList<EscalationReminder::Contacted> contacted{{4, kT0, false, 0}, {8, kT0 + kMinute, true, kT0 + 2 * kMinute}};
    const EscalationReminder::Advice advice = EscalationReminder::advise(order, contacted, kT0 + 90 * kMinute, 10 * kMinute);
    QVERIFY(!advice.remind);
    QVERIFY(advice.text.isEmpty());
}

void TestIncidentNotification::adviseEveryoneNotified()
{
    const QList<ContactEntry> order = EscalationList::forIncident(directory(), u"payment_backend"_s); // 5, 6, 3
    const QList<EscalationReminder::Contacted> contacted{{5, kT0, false, 0}, {6, kT0, false, 0}, {3, kT0 + kMinute, false, 0}};
    const EscalationReminder::Advice advice = EscalationReminder::advise(order, contacted, kT0 + 31 * kMinute, 10 * kMinute);
    QVERIFY(advice.remind);
    QVERIFY(!advice.nextContactId);
    QCOMPARE(advice.text, u"Nobody has been reached 30 min after the last notification, and everyone in the "
                          u"escalation order has been notified: call them again."_s);
}

QTEST_GUILESS_MAIN(TestIncidentNotification)
#include "test_incidentnotification.moc"
