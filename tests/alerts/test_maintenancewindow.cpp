// MaintenanceWindow across daylight-saving changes, and silence matchers.
#include "models/alerts/maintenancewindow.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

MaintenanceWindow sundayNight(const QString &zone)
{
    MaintenanceWindow window;
    window.name = u"Sunday maintenance"_s;
    window.days = MaintenanceWindow::dayBit(Qt::Sunday);
    window.startMinute = 2 * 60;
    window.endMinute = 4 * 60;
    window.timeZone = zone;
    return window;
}

} // namespace

class TestMaintenanceWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contains_data();
    void contains();
    void occurrencesAcrossDst();
    void crossesMidnight();
    void validate();
    void matcher();
};

void TestMaintenanceWindow::contains_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("instant"); // UTC
    QTest::addColumn<bool>("inside");

    // An ordinary Sunday in Berlin (CEST, UTC+2): 02:00-04:00 local = 00:00-02:00 UTC.
    QTest::newRow("before") << u"Europe/Berlin"_s << u"2024-05-05T23:59:59Z"_s << false;
    QTest::newRow("start") << u"Europe/Berlin"_s << u"2024-05-05T00:00:00Z"_s << true;
    QTest::newRow("last second") << u"Europe/Berlin"_s << u"2024-05-05T01:59:59Z"_s << true;
    QTest::newRow("end") << u"Europe/Berlin"_s << u"2024-05-05T02:00:00Z"_s << false;
    QTest::newRow("a Monday") << u"Europe/Berlin"_s << u"2024-05-06T00:30:00Z"_s << false;
    // Spring forward, Sunday 2024-03-31: 02:00 CET does not exist, clocks jump to 03:00 CEST at
    // 01:00 UTC. The window is 03:00-04:00 CEST = 01:00-02:00 UTC.
    QTest::newRow("spring: 01:59 CET") << u"Europe/Berlin"_s << u"2024-03-31T00:59:59Z"_s << false;
    QTest::newRow("spring: 03:00 CEST") << u"Europe/Berlin"_s << u"2024-03-31T01:00:00Z"_s << true;
    QTest::newRow("spring: 03:59 CEST") << u"Europe/Berlin"_s << u"2024-03-31T01:59:00Z"_s << true;
    QTest::newRow("spring: 04:00 CEST") << u"Europe/Berlin"_s << u"2024-03-31T02:00:00Z"_s << false;
    // Fall back, Sunday 2024-10-27: 02:00-03:00 happens twice (CEST, then CET). The window runs
    // from the first 02:00 CEST (00:00 UTC) to 04:00 CET (03:00 UTC): three hours.
    QTest::newRow("fall: 01:59 CEST") << u"Europe/Berlin"_s << u"2024-10-26T23:59:59Z"_s << false;
    QTest::newRow("fall: first 02:00") << u"Europe/Berlin"_s << u"2024-10-27T00:00:00Z"_s << true;
    QTest::newRow("fall: second 02:30") << u"Europe/Berlin"_s << u"2024-10-27T01:30:00Z"_s << true;
    QTest::newRow("fall: 03:59 CET") << u"Europe/Berlin"_s << u"2024-10-27T02:59:59Z"_s << true;
    QTest::newRow("fall: 04:00 CET") << u"Europe/Berlin"_s << u"2024-10-27T03:00:00Z"_s << false;
    // New York's spring forward is at 02:00 local too (2024-03-10): 03:00-04:00 EDT = 07:00-08:00 UTC.
    QTest::newRow("NY spring") << u"America/New_York"_s << u"2024-03-10T07:30:00Z"_s << true;
    QTest::newRow("NY spring before") << u"America/New_York"_s << u"2024-03-10T06:59:00Z"_s << false;
    // A zone without DST.
    QTest::newRow("Shanghai") << u"Asia/Shanghai"_s << u"2024-05-04T18:30:00Z"_s << true; // 02:30 Sunday
}

void TestMaintenanceWindow::contains()
{
    QFETCH(QString, zone);
    QFETCH(QString, instant);
    QFETCH(bool, inside);
    QCOMPARE(sundayNight(zone).contains(utc(instant.toLatin1().constData())), inside);
}

void TestMaintenanceWindow::occurrencesAcrossDst()
{
    const MaintenanceWindow window = sundayNight(u"Europe/Berlin"_s);
    const auto spring = window.occurrenceAt(utc("2024-03-31T01:30:00Z"));
    QVERIFY(spring);
    QCOMPARE(spring->second - spring->first, qint64(3'600'000)); // one hour
    const auto fall = window.occurrenceAt(utc("2024-10-27T01:30:00Z"));
    QVERIFY(fall);
    QCOMPARE(fall->first, utc("2024-10-27T00:00:00Z"));
    QCOMPARE(fall->second - fall->first, qint64(3 * 3'600'000)); // three hours
    const auto normal = window.occurrenceAt(utc("2024-05-05T01:00:00Z"));
    QVERIFY(normal);
    QCOMPARE(normal->second - normal->first, qint64(2 * 3'600'000));
}

void TestMaintenanceWindow::crossesMidnight()
{
    MaintenanceWindow window;
    window.name = u"night"_s;
    window.days = MaintenanceWindow::dayBit(Qt::Saturday);
    window.startMinute = 22 * 60;
    window.endMinute = 2 * 60;
    window.timeZone = u"UTC"_s;
    QVERIFY(window.contains(utc("2024-05-04T23:00:00Z")));  // Saturday 23:00
    QVERIFY(window.contains(utc("2024-05-05T01:59:00Z")));  // Sunday 01:59, the same occurrence
    QVERIFY(!window.contains(utc("2024-05-05T22:30:00Z"))); // Sunday night is not Saturday
    window.endMinute = 1440;
    QVERIFY(window.contains(utc("2024-05-04T23:59:59Z")));
    QVERIFY(!window.contains(utc("2024-05-05T00:00:00Z")));
}

void TestMaintenanceWindow::validate()
{
    MaintenanceWindow window = sundayNight(u"Mars/Olympus_Mons"_s);
    window.days = 0;
    const QStringList problems = window.validate();
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems[1].contains(u"Mars/Olympus_Mons"_s));
    QVERIFY(sundayNight(u"Europe/Berlin"_s).validate().isEmpty());
}

void TestMaintenanceWindow::matcher()
{
    AlertMatcher matcher;
    QVERIFY(matcher.isEmpty());
    QVERIFY(matcher.matches(u"A"_s, u"s"_s, AlertRule::Severity::Warning));
    matcher.service = u"payment_backend"_s;
    QVERIFY(matcher.matches(u"A"_s, u"payment_backend"_s, AlertRule::Severity::Critical));
    QVERIFY(!matcher.matches(u"A"_s, u"payment_gateway"_s, AlertRule::Severity::Critical));
    matcher.severity = AlertRule::Severity::Warning;
    QVERIFY(!matcher.matches(u"A"_s, u"payment_backend"_s, AlertRule::Severity::Critical));
    matcher.ruleName = u"B"_s;
    QVERIFY(!matcher.matches(u"A"_s, u"payment_backend"_s, AlertRule::Severity::Warning));
    QVERIFY(matcher.matches(u"B"_s, u"payment_backend"_s, AlertRule::Severity::Warning));
}

QTEST_GUILESS_MAIN(TestMaintenanceWindow)
#include "test_maintenancewindow.moc"
