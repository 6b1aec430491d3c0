// CSV (RFC 4180) and vCard 4.0 (RFC 6350): round trips with commas, quotes, semicolons,
// backslashes, line breaks and Chinese text; folding at 75 octets; per-row errors on bad files.
#include "models/contacts/contactcsv.h"
#include "models/contacts/contactvcard.h"

#include <QTest>

using namespace payops;

namespace {

QList<ContactEntry> trickyEntries()
{
    ContactEntry lastFirst;
    lastFirst.name = QStringLiteral("Smith, Alice \"Ally\"");
    lastFirst.nameAlt = QString::fromUtf16(u"史密斯，爱丽丝");
    lastFirst.organization = QStringLiteral("Ops; Payments \\ Core");
    lastFirst.role = ContactRole::ServiceManager;
    lastFirst.service = QStringLiteral("payment_frontend");
    lastFirst.escalationOrder = 2;
    lastFirst.points = {{ContactPoint::Kind::Phone, QStringLiteral("+86 (10) 6552 9988")},
                        {ContactPoint::Kind::Phone, QStringLiteral("123")},
                        {ContactPoint::Kind::Email, QStringLiteral("alice@example.com")},
                        {ContactPoint::Kind::Chat, QStringLiteral("xmpp:alice@chat.example.com")}};
    lastFirst.notes = QStringLiteral("Line one,\nline \"two\"; three\\four");

    ContactEntry chinese;
    chinese.name = QString::fromUtf16(u"张伟");
    chinese.nameAlt = QStringLiteral("Zhang Wei");
    chinese.role = ContactRole::EmergencyContact;
    chinese.points = {{ContactPoint::Kind::Email, QStringLiteral("zhang.wei@example.com")},
                      {ContactPoint::Kind::Chat, QStringLiteral("@zhangwei")}};
    // Long enough to be folded several times, with multi-octet characters across the fold points.
    chinese.notes = QString::fromUtf16(u"值班期间请先拨打手机；如无人接听，请发送邮件并在群里说明交易失败的时间范围、错误码和受影响的商户数量。");

    ContactEntry multiline;
    multiline.name = QStringLiteral("Night\nShift");
    multiline.role = ContactRole::CustomerService;
    multiline.points = {{ContactPoint::Kind::Phone, QStringLiteral("123-456-7890")}};
    return {lastFirst, chinese, multiline};
}

QList<ContactEntry> entriesOf(const ContactImportResult &result)
{
    QList<ContactEntry> entries;
    for (const ContactImportResult::Row &row : result.rows)
        entries.append(row.entry);
    return entries;
}

QString allErrors(const ContactImportResult &result)
{
    QStringList lines{result.fileError};
    for (const ContactImportResult::Row &row : result.rows)
        lines.append(QString::number(row.line) + u':' + row.errors.join(u';'));
    return lines.join(u'\n');
}

} // namespace

class TestContactFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvRoundTrip();
    void csvQuotesOnlyWhenNeeded();
    void csvParsesRfc4180();
    void csvReportsRowErrors();
    void csvRejectsFileWithoutHeader();
    void vcardRoundTrip();
    void vcardWritesRfc6350();
    void vcardFoldsAt75OctetsWithoutSplittingCharacters();
    void vcardReadsOtherWriters();
    void vcardReportsCardErrors();
};

void TestContactFormats::csvRoundTrip()
{
    const QList<ContactEntry> entries = trickyEntries();
    const QByteArray csv = ContactCsv::write(entries);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const ContactImportResult read = ContactCsv::read(csv);
    QVERIFY2(read.ok() && read.validCount() == entries.size(), qPrintable(allErrors(read)));
    QCOMPARE(entriesOf(read), entries);
    // The line where each record starts, counting the line break inside "Night\nShift".
    QCOMPARE(read.rows.at(0).line, 2);
    QCOMPARE(read.rows.at(1).line, 4);
    QCOMPARE(read.rows.at(2).line, 5);
}

void TestContactFormats::csvQuotesOnlyWhenNeeded()
{
    QCOMPARE(ContactCsv::formatField(QStringLiteral("Bob")), QStringLiteral("Bob"));
    QCOMPARE(ContactCsv::formatField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(ContactCsv::formatField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(ContactCsv::formatField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    QCOMPARE(ContactCsv::formatField(QString::fromUtf16(u"张伟")), QString::fromUtf16(u"张伟"));
}

void TestContactFormats::csvParsesRfc4180()
{
    const QList<ContactCsv::Record> records = ContactCsv::parse(
        QStringLiteral("a,\"b,c\",\"d\"\"e\"\r\n\r\n\"multi\r\nline\",,last\nx"));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).fields, (QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d\"e")}));
    QCOMPARE(records.at(1).fields, (QStringList{QStringLiteral("multi\r\nline"), QString(), QStringLiteral("last")}));
    QCOMPARE(records.at(1).line, 3);
    QCOMPARE(records.at(2).fields, QStringList{QStringLiteral("x")});
    QCOMPARE(records.at(2).line, 5);
    for (const ContactCsv::Record &record : records)
        QVERIFY(record.error.isEmpty());
}

void TestContactFormats::csvReportsRowErrors()
{
    const QByteArray csv = QByteArrayLiteral(
        "name,role,service,phone,email\n"
        "Alice,service_manager,payment_frontend,123,\n"                  // 2: fine
        "Bob,boss,payment_gateway,456,\n"                                 // 3: unknown role
        "Cindy,Service manager,payment_callback,101112,cindy@\n"          // 4: bad e-mail (validate)
        "Dan,service_manager,,12,\n"                                      // 5: no service, bad phone (validate)
        "Eve \"the\" hacker,technical_support,,,eve@example.com\n"        // 6: stray quote
        "\xE5\xAE\xA2\xE6\x9C\x8D,\xE5\xAE\xA2\xE6\x9C\x8D,,123-456-7890,\n"  // 7: 客服 by Chinese role name
        "\"Unclosed,technical_support,,,x@example.com\n");                // 8: quote never closed
    ContactImportResult result = ContactCsv::read(csv);
    QVERIFY(result.ok());
    result.validate({});
    QCOMPARE(result.rows.size(), 7);
    QStringList summary;
    for (const ContactImportResult::Row &row : result.rows)
        summary.append(QStringLiteral("%1:%2").arg(row.line).arg(row.valid() ? QStringLiteral("ok") : QStringLiteral("bad")));
    QCOMPARE(summary, (QStringList{QStringLiteral("2:ok"), QStringLiteral("3:bad"), QStringLiteral("4:bad"), QStringLiteral("5:bad"),
                                   QStringLiteral("6:bad"), QStringLiteral("7:ok"), QStringLiteral("8:bad")}));
    QVERIFY(result.rows.at(1).errors.join(u' ').contains(QStringLiteral("unknown role \"boss\"")));
    QVERIFY(result.rows.at(2).errors.join(u' ').contains(QStringLiteral("\"cindy@\" is not an e-mail address")));
    QCOMPARE(result.rows.at(3).errors.size(), 2);
    QVERIFY(result.rows.at(4).errors.join(u' ').contains(QStringLiteral("quote")));
    QCOMPARE(result.rows.at(5).entry.role, ContactRole::CustomerService);
    QVERIFY(result.rows.at(6).errors.join(u' ').contains(QStringLiteral("not closed")));
    QCOMPARE(result.validCount(), 2);
}

void TestContactFormats::csvRejectsFileWithoutHeader()
{
    QVERIFY(!ContactCsv::read(QByteArrayLiteral("Alice,service_manager,payment_frontend,123\n")).ok());
    QVERIFY(!ContactCsv::read(QByteArray()).ok());
    QVERIFY(!ContactCsv::read(QByteArrayLiteral("name,role\n\xFF\xFE,x\n")).ok()); // not UTF-8
}

void TestContactFormats::vcardRoundTrip()
{
    const QList<ContactEntry> entries = trickyEntries();
    const ContactImportResult read = ContactVCard::read(ContactVCard::write(entries));
    QVERIFY2(read.ok() && read.validCount() == entries.size(), qPrintable(allErrors(read)));
    QCOMPARE(entriesOf(read), entries);
}

void TestContactFormats::vcardWritesRfc6350()
{
    const QString card = QString::fromUtf8(ContactVCard::write({trickyEntries().constFirst()}));
    const QStringList lines = card.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(0), QStringLiteral("BEGIN:VCARD"));
    QCOMPARE(lines.at(1), QStringLiteral("VERSION:4.0"));
    QVERIFY(lines.contains(QStringLiteral("FN:Smith\\, Alice \"Ally\"")));
    QVERIFY(lines.contains(QStringLiteral("N:\"Ally\";Smith\\, Alice;;;")));
    QVERIFY(lines.contains(QStringLiteral("ORG:Ops\\; Payments \\\\ Core")));
    QVERIFY(lines.contains(QStringLiteral("ROLE:Service manager")));
    QVERIFY(lines.contains(QStringLiteral("X-PAYOPS-ROLE:service_manager")));
    QVERIFY(lines.contains(QStringLiteral("X-PAYOPS-SERVICE:payment_frontend")));
    QVERIFY(lines.contains(QStringLiteral("TEL;TYPE=\"work,voice\":123")));
    QVERIFY(lines.contains(QStringLiteral("EMAIL;TYPE=work:alice@example.com")));
    QVERIFY(lines.contains(QStringLiteral("IMPP:xmpp:alice@chat.example.com")));
    QVERIFY(lines.contains(QStringLiteral("NOTE:Line one\\,\\nline \"two\"\\; three\\\\four")));
    QCOMPARE(lines.at(lines.size() - 2), QStringLiteral("END:VCARD"));
    QVERIFY(card.endsWith(QStringLiteral("\r\n")));
}

void TestContactFormats::vcardFoldsAt75OctetsWithoutSplittingCharacters()
{
    const QByteArray data = ContactVCard::write(trickyEntries());
    const QList<QByteArray> lines = data.split('\n');
    int continuations = 0;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        QVERIFY2(line.size() <= 75, line.constData());
        // Every physical line is valid UTF-8 by itself: no character was cut in half.
        QCOMPARE(QString::fromUtf8(line).toUtf8(), line);
        if (line.startsWith(' '))
            ++continuations;
    }
    QVERIFY(continuations >= 2);
    // Folding and unfolding of one long line.
    const QByteArray longLine = QByteArray("NOTE:") + QByteArray(200, 'x');
    const QByteArray folded = ContactVCard::fold(longLine);
    QCOMPARE(folded.count("\r\n "), 2);
    QCOMPARE(QByteArray(folded).replace("\r\n ", ""), longLine);
}

void TestContactFormats::vcardReadsOtherWriters()
{
    const QByteArray data = QByteArrayLiteral(
        "BEGIN:VCARD\n"
        "VERSION:3.0\n"
        "N:Li;Na;;;\n"
        "ROLE:Technical support\n"
        "item1.TEL;TYPE=WORK;TYPE=VOICE:tel:+86-10-1234\n"
        " -5678\n"
        "EMAIL;TYPE=INTERNET:li.na@exa\n"
        "\tmple.com\n"
        "PHOTO;VALUE=uri:https://example.com/li.jpg\n"
        "END:VCARD\n");
    const ContactImportResult read = ContactVCard::read(data);
    QVERIFY2(read.ok() && read.validCount() == 1, qPrintable(allErrors(read)));
    const ContactEntry &entry = read.rows.constFirst().entry;
    QCOMPARE(entry.name, QStringLiteral("Na Li"));
    QCOMPARE(entry.role, ContactRole::TechnicalSupport);
    QCOMPARE(entry.values(ContactPoint::Kind::Phone), QStringList{QStringLiteral("+86-10-1234-5678")});
    QCOMPARE(entry.values(ContactPoint::Kind::Email), QStringList{QStringLiteral("li.na@example.com")});
}

void TestContactFormats::vcardReportsCardErrors()
{
    const QByteArray data = QByteArrayLiteral(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ok\r\nX-PAYOPS-ROLE:emergency_contact\r\nEMAIL:ok@example.com\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:No Role\r\nEMAIL:x@example.com\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Old\r\nX-PAYOPS-ROLE:technical_support\r\nEND:VCARD\r\n"
        "garbage line\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Cut\r\nX-PAYOPS-ROLE:technical_support\r\n");
    const ContactImportResult read = ContactVCard::read(data);
    QVERIFY(read.ok());
    QCOMPARE(read.rows.size(), 5);
    QVERIFY(read.rows.at(0).valid());
    QVERIFY(read.rows.at(1).errors.join(u' ').contains(QStringLiteral("no role")));
    QVERIFY(read.rows.at(2).errors.join(u' ').contains(QStringLiteral("version 2.1")));
    QCOMPARE(read.rows.at(3).line, 17);
    QVERIFY(read.rows.at(3).errors.join(u' ').contains(QStringLiteral("outside")));
    QVERIFY(read.rows.at(4).errors.join(u' ').contains(QStringLiteral("not closed")));
    QVERIFY(!ContactVCard::read(QByteArrayLiteral("hello\n")).validCount());
    QVERIFY(!ContactVCard::read(QByteArray()).ok());
}

QTEST_GUILESS_MAIN(TestContactFormats)
#include "test_contactformats.moc"
