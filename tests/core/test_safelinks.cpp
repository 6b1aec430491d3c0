// SafeLinks, the one allow-list for links handed to the desktop (issue 9, finding 3): which links
// pass and why the others do not, mailto: links built with percent-encoding, and the contact
// points that become links only when they are safe.
#include "models/contacts/contactpoint.h"
#include "models/core/safelinks.h"

#include <QTest>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

class TestSafeLinks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowList_data();
    void allowList();
    void refusalNamesTheScheme();
    void mailtoIsPercentEncoded_data();
    void mailtoIsPercentEncoded();
    void contactPointLinks_data();
    void contactPointLinks();
};

void TestSafeLinks::allowList_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("mailto") << u"mailto:support@example.com"_s << true;
    QTest::newRow("mailto subject") << u"mailto:support@example.com?subject=Incident%20123"_s << true;
    QTest::newRow("mailto bcc") << u"mailto:support@example.com?bcc=all@example.com"_s << false;
    QTest::newRow("mailto attach") << u"mailto:support@example.com?attach=/etc/shadow"_s << false;
    QTest::newRow("mailto header in the query") << u"mailto:a@example.com?subject=x&cc=b@example.com"_s << false;
    QTest::newRow("tel") << u"tel:+86-10-1234"_s << true;
    QTest::newRow("sip") << u"sip:alice@voip.example.com"_s << true;
    QTest::newRow("sips") << u"sips:alice@voip.example.com"_s << true;
    QTest::newRow("https") << u"https://status.example.com/payments"_s << true;
    QTest::newRow("https upper case") << u"HTTPS://status.example.com/"_s << true;
    QTest::newRow("xmpp") << u"xmpp:alice@chat.example.com"_s << true;
    QTest::newRow("matrix") << u"matrix:u/alice:example.com"_s << true;
    QTest::newRow("https without host") << u"https:/etc/passwd"_s << false;
    QTest::newRow("https with user") << u"https://bank.example@evil.example/"_s << false;
    QTest::newRow("https with a line break") << u"https://status.example.com/%0d%0aX"_s << false;
    QTest::newRow("http") << u"http://status.example.com/"_s << false;
    QTest::newRow("file") << u"file:///home/alice/.local/share/applications/x.desktop"_s << false;
    QTest::newRow("smb") << u"smb://attacker.example/share"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("data") << u"data:text/html,hello"_s << false;
    QTest::newRow("ftp") << u"ftp://files.example.com/"_s << false;
    QTest::newRow("custom handler") << u"steam://run/123"_s << false;
    QTest::newRow("relative") << u"other-article.md"_s << false;
    QTest::newRow("absolute path") << u"/etc/passwd"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSafeLinks::allowList()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const std::optional<QString> refusal = SafeLinks::refusal(QUrl(url));
    QCOMPARE(!refusal.has_value(), allowed);
    QCOMPARE(SafeLinks::isAllowed(QUrl(url)), allowed);
    if (refusal)
        QVERIFY(!refusal->isEmpty());
}

void TestSafeLinks::refusalNamesTheScheme()
{
    const QString why = *SafeLinks::refusal(QUrl(u"smb://attacker.example/share"_s));
    QVERIFY2(why.contains(u"\"smb:\""_s), qPrintable(why));
    QVERIFY2(why.contains(u"mailto:, tel:, sip:, sips:, https:, xmpp:, matrix:"_s), qPrintable(why));
    // Control characters never reach the message.
    const QString control = *SafeLinks::refusal(QUrl(u"javascript:a%0Ab"_s));
    QVERIFY(!control.contains(u'\n'));
}

void TestSafeLinks::mailtoIsPercentEncoded_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("plain") << u"support@example.com"_s << QByteArray("mailto:support@example.com");
    QTest::newRow("plus") << u"on.call+gw@example.com"_s << QByteArray("mailto:on.call+gw@example.com");
    QTest::newRow("query") << u"a@example.com?bcc=all@example.com"_s << QByteArray("mailto:a@example.com%3Fbcc=all@example.com");
    QTest::newRow("percent") << u"a%0D%0Ab@example.com"_s << QByteArray("mailto:a%250D%250Ab@example.com");
    QTest::newRow("line break") << u"a@example.com\r\nBcc: x"_s << QByteArray("mailto:a@example.com%0D%0ABcc:%20x");
    QTest::newRow("fragment") << u"a#b@example.com"_s << QByteArray("mailto:a%23b@example.com");
}

void TestSafeLinks::mailtoIsPercentEncoded()
{
    QFETCH(QString, address);
    QFETCH(QByteArray, encoded);
    const QUrl url = SafeLinks::mailto(address);
    QCOMPARE(url.toEncoded(), encoded);
    QVERIFY(!url.hasQuery());
    QVERIFY(!url.hasFragment());
    QCOMPARE(url.path(QUrl::FullyDecoded), address); // the mail program gets the address as written
}

void TestSafeLinks::contactPointLinks_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("link"); // empty: shown as text, never opened
    QTest::newRow("phone") << int(ContactPoint::Kind::Phone) << u"+86 (10) 1234"_s << u"tel:+86101234"_s;
    QTest::newRow("email") << int(ContactPoint::Kind::Email) << u"support@example.com"_s << u"mailto:support@example.com"_s;
    QTest::newRow("email with headers") << int(ContactPoint::Kind::Email) << u"a@example.com?bcc=all@example.com"_s << QString();
    QTest::newRow("chat xmpp") << int(ContactPoint::Kind::Chat) << u"xmpp:alice@chat.example.com"_s
                               << u"xmpp:alice@chat.example.com"_s;
    QTest::newRow("chat handle") << int(ContactPoint::Kind::Chat) << u"@alice"_s << QString();
    QTest::newRow("chat file") << int(ContactPoint::Kind::Chat) << u"file:///home/alice/x.desktop"_s << QString();
    QTest::newRow("chat smb") << int(ContactPoint::Kind::Chat) << u"smb://attacker.example/share"_s << QString();
    QTest::newRow("chat http") << int(ContactPoint::Kind::Chat) << u"http://chat.example.com/"_s << QString();
}

void TestSafeLinks::contactPointLinks()
{
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(QString, link);
    const ContactPoint point{ContactPoint::Kind(kind), value};
    QCOMPARE(point.url().toString(), link);
}

QTEST_GUILESS_MAIN(TestSafeLinks)
#include "test_safelinks.moc"
