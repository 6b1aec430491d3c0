// Cron expressions and their fire times in IANA zones: every field form, invalid expressions with
// their messages, leap years, the 31st, and daylight saving (gap and overlap) on both hemispheres.
#include "models/tasks/cronschedule.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 instant(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (!at.isValid())
        qFatal("bad ISO time in the test: %s", qPrintable(iso));
    return at.toMSecsSinceEpoch();
}

QString show(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate);
}

} // namespace

class TestCronSchedule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fireTimes_data();
    void fireTimes();
    void invalid_data();
    void invalid();
    void dailyRunsOnceEveryDayAcrossAYearOfClockChanges_data();
    void dailyRunsOnceEveryDayAcrossAYearOfClockChanges();
    void namesAreCaseInsensitiveAndSundayIsZeroOrSeven();
};

void TestCronSchedule::fireTimes_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("expected");

    const QString utc = u"UTC"_s;
    const QString jan1 = u"2026-01-01T00:00:00Z"_s; // a Thursday
    // Field forms.
    QTest::newRow("every minute") << u"* * * * *"_s << utc << jan1
                                  << QStringList{u"2026-01-01T00:01:00Z"_s, u"2026-01-01T00:02:00Z"_s, u"2026-01-01T00:03:00Z"_s};
    QTest::newRow("value") << u"5 * * * *"_s << utc << jan1
                           << QStringList{u"2026-01-01T00:05:00Z"_s, u"2026-01-01T01:05:00Z"_s, u"2026-01-01T02:05:00Z"_s};
    QTest::newRow("list") << u"0,30 9 * * *"_s << utc << jan1
                          << QStringList{u"2026-01-01T09:00:00Z"_s, u"2026-01-01T09:30:00Z"_s, u"2026-01-02T09:00:00Z"_s};
    QTest::newRow("range") << u"10-12 8 * * *"_s << utc << jan1
                           << QStringList{u"2026-01-01T08:10:00Z"_s, u"2026-01-01T08:11:00Z"_s, u"2026-01-01T08:12:00Z"_s,
                                          u"2026-01-02T08:10:00Z"_s};
    QTest::newRow("star step") << u"*/20 * * * *"_s << utc << jan1
                               << QStringList{u"2026-01-01T00:20:00Z"_s, u"2026-01-01T00:40:00Z"_s, u"2026-01-01T01:00:00Z"_s};
    QTest::newRow("range step") << u"10-30/10 6 * * *"_s << utc << jan1
                                << QStringList{u"2026-01-01T06:10:00Z"_s, u"2026-01-01T06:20:00Z"_s, u"2026-01-01T06:30:00Z"_s,
                                               u"2026-01-02T06:10:00Z"_s};
    QTest::newRow("start step") << u"50/5 3 * * *"_s << utc << jan1
                                << QStringList{u"2026-01-01T03:50:00Z"_s, u"2026-01-01T03:55:00Z"_s, u"2026-01-02T03:50:00Z"_s};
    QTest::newRow("list of ranges and steps") << u"0 1-2,20-22/2 * * *"_s << utc << jan1
                                              << QStringList{u"2026-01-01T01:00:00Z"_s, u"2026-01-01T02:00:00Z"_s,
                                                             u"2026-01-01T20:00:00Z"_s, u"2026-01-01T22:00:00Z"_s,
                                                             u"2026-01-02T01:00:00Z"_s};
    QTest::newRow("weekday names range") << u"0 12 * * MON-FRI"_s << utc << jan1
                                         << QStringList{u"2026-01-01T12:00:00Z"_s, u"2026-01-02T12:00:00Z"_s, u"2026-01-05T12:00:00Z"_s};
    QTest::newRow("weekday names list") << u"0 12 * * sat,SUN"_s << utc << jan1
                                        << QStringList{u"2026-01-03T12:00:00Z"_s, u"2026-01-04T12:00:00Z"_s, u"2026-01-10T12:00:00Z"_s};
    QTest::newRow("sunday as 7") << u"0 0 * * 7"_s << utc << jan1
                                 << QStringList{u"2026-01-04T00:00:00Z"_s, u"2026-01-11T00:00:00Z"_s};
    QTest::newRow("weekday range to 7") << u"0 0 * * 6-7"_s << utc << jan1
                                        << QStringList{u"2026-01-03T00:00:00Z"_s, u"2026-01-04T00:00:00Z"_s, u"2026-01-10T00:00:00Z"_s};
    QTest::newRow("month names") << u"0 0 1 JAN-MAR *"_s << utc << jan1
                                 << QStringList{u"2026-02-01T00:00:00Z"_s, u"2026-03-01T00:00:00Z"_s, u"2027-01-01T00:00:00Z"_s};
    QTest::newRow("day of month OR weekday") << u"0 0 13 * FRI"_s << utc << jan1
                                             << QStringList{u"2026-01-02T00:00:00Z"_s, u"2026-01-09T00:00:00Z"_s,
                                                            u"2026-01-13T00:00:00Z"_s, u"2026-01-16T00:00:00Z"_s};
    QTest::newRow("stepped day of month with weekday is still OR")
        << u"0 0 */10 * MON"_s << utc << jan1
        << QStringList{u"2026-01-05T00:00:00Z"_s, u"2026-01-11T00:00:00Z"_s, u"2026-01-12T00:00:00Z"_s};
    QTest::newRow("@hourly") << u"@hourly"_s << utc << jan1 << QStringList{u"2026-01-01T01:00:00Z"_s, u"2026-01-01T02:00:00Z"_s};
    QTest::newRow("@daily") << u"@daily"_s << utc << jan1 << QStringList{u"2026-01-02T00:00:00Z"_s, u"2026-01-03T00:00:00Z"_s};
    QTest::newRow("@midnight") << u"@midnight"_s << utc << jan1 << QStringList{u"2026-01-02T00:00:00Z"_s};
    QTest::newRow("@weekly") << u"@weekly"_s << utc << jan1 << QStringList{u"2026-01-04T00:00:00Z"_s, u"2026-01-11T00:00:00Z"_s};
    QTest::newRow("@monthly") << u"@monthly"_s << utc << jan1 << QStringList{u"2026-02-01T00:00:00Z"_s, u"2026-03-01T00:00:00Z"_s};
    QTest::newRow("@yearly") << u"@yearly"_s << utc << jan1 << QStringList{u"2027-01-01T00:00:00Z"_s, u"2028-01-01T00:00:00Z"_s};
    QTest::newRow("@annually") << u"@ANNUALLY"_s << utc << jan1 << QStringList{u"2027-01-01T00:00:00Z"_s};
    QTest::newRow("extra spaces") << u"  0   6  * *  * "_s << utc << jan1 << QStringList{u"2026-01-01T06:00:00Z"_s};
    QTest::newRow("strictly after from") << u"0 0 * * *"_s << utc << jan1 << QStringList{u"2026-01-02T00:00:00Z"_s};

    // Leap years and short months.
    QTest::newRow("29 February") << u"0 0 29 2 *"_s << utc << jan1
                                 << QStringList{u"2028-02-29T00:00:00Z"_s, u"2032-02-29T00:00:00Z"_s};
    QTest::newRow("29 February skips 2100") << u"0 0 29 2 *"_s << utc << u"2096-03-01T00:00:00Z"_s
                                            << QStringList{u"2104-02-29T00:00:00Z"_s};
    QTest::newRow("the 31st") << u"0 0 31 * *"_s << utc << jan1
                              << QStringList{u"2026-01-31T00:00:00Z"_s, u"2026-03-31T00:00:00Z"_s, u"2026-05-31T00:00:00Z"_s,
                                             u"2026-07-31T00:00:00Z"_s, u"2026-08-31T00:00:00Z"_s, u"2026-10-31T00:00:00Z"_s};
    QTest::newRow("the 30th skips February") << u"0 0 30 * *"_s << utc << jan1
                                             << QStringList{u"2026-01-30T00:00:00Z"_s, u"2026-03-30T00:00:00Z"_s};
    QTest::newRow("28th to 1st crosses leap February") << u"0 0 28-31,1 2,3 *"_s << utc << u"2028-02-27T00:00:00Z"_s
                                                       << QStringList{u"2028-02-28T00:00:00Z"_s, u"2028-02-29T00:00:00Z"_s,
                                                                      u"2028-03-01T00:00:00Z"_s, u"2028-03-28T00:00:00Z"_s};

    // Northern hemisphere: Europe/Berlin (CET/CEST), America/New_York (EST/EDT).
    const QString berlin = u"Europe/Berlin"_s;
    QTest::newRow("Berlin gap: 02:30 runs at 03:00") << u"30 2 * * *"_s << berlin << u"2026-03-28T12:00:00+01:00"_s
                                                     << QStringList{u"2026-03-29T03:00:00+02:00"_s, u"2026-03-30T02:30:00+02:00"_s};
    QTest::newRow("Berlin gap: several skipped times run once")
        << u"*/15 2 * * *"_s << berlin << u"2026-03-29T00:00:00+01:00"_s
        << QStringList{u"2026-03-29T03:00:00+02:00"_s, u"2026-03-30T02:00:00+02:00"_s, u"2026-03-30T02:15:00+02:00"_s};
    QTest::newRow("Berlin gap: hourly") << u"0 * * * *"_s << berlin << u"2026-03-29T00:30:00+01:00"_s
                                        << QStringList{u"2026-03-29T01:00:00+01:00"_s, u"2026-03-29T03:00:00+02:00"_s,
                                                       u"2026-03-29T04:00:00+02:00"_s};
    QTest::newRow("Berlin overlap: 02:30 runs once") << u"30 2 * * *"_s << berlin << u"2026-10-24T12:00:00+02:00"_s
                                                     << QStringList{u"2026-10-25T02:30:00+02:00"_s, u"2026-10-26T02:30:00+01:00"_s};
    QTest::newRow("Berlin overlap: half-hourly") << u"*/30 * * * *"_s << berlin << u"2026-10-25T01:45:00+02:00"_s
                                                 << QStringList{u"2026-10-25T02:00:00+02:00"_s, u"2026-10-25T02:30:00+02:00"_s,
                                                                u"2026-10-25T03:00:00+01:00"_s, u"2026-10-25T03:30:00+01:00"_s};
    QTest::newRow("Berlin overlap: from inside the repeated hour") << u"45 2 * * *"_s << berlin << u"2026-10-25T02:10:00+01:00"_s
                                                                   << QStringList{u"2026-10-26T02:45:00+01:00"_s};
    const QString newYork = u"America/New_York"_s;
    QTest::newRow("New York gap") << u"30 2 * * *"_s << newYork << u"2026-03-07T12:00:00-05:00"_s
                                  << QStringList{u"2026-03-08T03:00:00-04:00"_s, u"2026-03-09T02:30:00-04:00"_s};
    QTest::newRow("New York overlap") << u"30 1 * * *"_s << newYork << u"2026-10-31T12:00:00-04:00"_s
                                      << QStringList{u"2026-11-01T01:30:00-04:00"_s, u"2026-11-02T01:30:00-05:00"_s};

    // Southern hemisphere: clocks go forward in September/October and back in April.
    const QString sydney = u"Australia/Sydney"_s;
    QTest::newRow("Sydney gap") << u"30 2 * * *"_s << sydney << u"2026-10-03T12:00:00+10:00"_s
                                << QStringList{u"2026-10-04T03:00:00+11:00"_s, u"2026-10-05T02:30:00+11:00"_s};
    QTest::newRow("Sydney overlap") << u"30 2 * * *"_s << sydney << u"2026-04-04T12:00:00+11:00"_s
                                    << QStringList{u"2026-04-05T02:30:00+11:00"_s, u"2026-04-06T02:30:00+10:00"_s};
    const QString auckland = u"Pacific/Auckland"_s;
    QTest::newRow("Auckland gap, weekly") << u"15 2 * * SUN"_s << auckland << u"2026-09-20T12:00:00+12:00"_s
                                          << QStringList{u"2026-09-27T03:00:00+13:00"_s, u"2026-10-04T02:15:00+13:00"_s};
    QTest::newRow("Auckland overlap") << u"0 2 * * *"_s << auckland << u"2026-04-04T12:00:00+13:00"_s
                                      << QStringList{u"2026-04-05T02:00:00+13:00"_s, u"2026-04-06T02:00:00+12:00"_s};
    const QString santiago = u"America/Santiago"_s;
    QTest::newRow("Santiago gap at midnight: @daily runs at 01:00")
        << u"@daily"_s << santiago << u"2026-09-05T12:00:00-04:00"_s
        << QStringList{u"2026-09-06T01:00:00-03:00"_s, u"2026-09-07T00:00:00-03:00"_s};
    QTest::newRow("Santiago overlap before midnight") << u"30 23 * * *"_s << santiago << u"2026-04-04T12:00:00-03:00"_s
                                                      << QStringList{u"2026-04-04T23:30:00-03:00"_s, u"2026-04-05T23:30:00-04:00"_s};
}

void TestCronSchedule::fireTimes()
{
    QFETCH(QString, expression);
    QFETCH(QString, zone);
    QFETCH(QString, from);
    QFETCH(QStringList, expected);

    const CronSchedule::Result created = CronSchedule::create(expression, zone);
    QVERIFY2(created.schedule, qPrintable(created.error));
    const QTimeZone tz(zone.toUtf8());
    QStringList actual;
    for (const qint64 ms : created.schedule->nextTimes(instant(from), int(expected.size())))
        actual << show(ms, tz);
    QStringList wanted;
    for (const QString &iso : expected)
        wanted << show(instant(iso), tz);
    QCOMPARE(actual, wanted);
}

void TestCronSchedule::invalid_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("message");

    const QString utc = u"UTC"_s;
    QTest::newRow("empty") << u"  "_s << utc << u"The expression is empty"_s;
    QTest::newRow("four fields") << u"* * * *"_s << utc << u"five fields (minute hour day-of-month month day-of-week); this one has 4"_s;
    QTest::newRow("six fields") << u"0 * * * * *"_s << utc << u"Seconds and years are not supported"_s;
    QTest::newRow("minute 60") << u"60 * * * *"_s << utc << u"60 is outside the minute field's range 0–59"_s;
    QTest::newRow("hour 24") << u"0 24 * * *"_s << utc << u"24 is outside the hour field's range 0–23"_s;
    QTest::newRow("day 0") << u"0 0 0 * *"_s << utc << u"0 is outside the day-of-month field's range 1–31"_s;
    QTest::newRow("month 13") << u"0 0 * 13 *"_s << utc << u"13 is outside the month field's range 1–12"_s;
    QTest::newRow("weekday 8") << u"0 0 * * 8"_s << utc << u"8 is outside the day-of-week field's range 0–7"_s;
    QTest::newRow("unknown month name") << u"0 0 * FOO *"_s << utc << u"\"FOO\" in the month field is not a number or a name such as JAN"_s;
    QTest::newRow("unknown weekday name") << u"0 0 * * MONDAY"_s << utc << u"\"MONDAY\" in the day-of-week field is not a number or a name such as SUN"_s;
    QTest::newRow("letters in minutes") << u"a * * * *"_s << utc << u"\"a\" in the minute field is not a number"_s;
    QTest::newRow("step 0") << u"*/0 * * * *"_s << utc << u"The step \"0\" in the minute field must be a whole number from 1 to 60"_s;
    QTest::newRow("step too big") << u"0 */25 * * *"_s << utc << u"The step \"25\" in the hour field must be a whole number from 1 to 24"_s;
    QTest::newRow("two steps") << u"*/5/2 * * * *"_s << utc << u"has more than one '/'"_s;
    QTest::newRow("step without base") << u"/5 * * * *"_s << utc << u"has nothing before the '/'"_s;
    QTest::newRow("backwards range") << u"0 22-2 * * *"_s << utc << u"The range 22-2 in the hour field runs backwards; write it as two ranges, e.g. 22-23,0-2"_s;
    QTest::newRow("three-part range") << u"1-2-3 * * * *"_s << utc << u"\"1-2-3\" in the minute field is not a value or a range"_s;
    QTest::newRow("negative") << u"-5 * * * *"_s << utc << u"is not a value or a range"_s;
    QTest::newRow("empty list item") << u"1,,2 * * * *"_s << utc << u"The minute field \"1,,2\" has an empty item in its list"_s;
    QTest::newRow("30 February") << u"0 0 30 2 *"_s << utc << u"This expression never runs: none of the chosen months has a day 30"_s;
    QTest::newRow("31 April and June") << u"0 0 31 APR,JUN *"_s << utc << u"none of the chosen months has a day 31"_s;
    QTest::newRow("@reboot") << u"@reboot"_s << utc << u"@reboot is not a time"_s;
    QTest::newRow("unknown shortcut") << u"@often"_s << utc << u"Unknown shortcut \"@often\""_s;
    QTest::newRow("unknown zone") << u"@daily"_s << u"Mars/Olympus"_s << u"Unknown time zone \"Mars/Olympus\""_s;
    QTest::newRow("no zone") << u"@daily"_s << u""_s << u"No time zone given"_s;
}

void TestCronSchedule::invalid()
{
    QFETCH(QString, expression);
    QFETCH(QString, zone);
    QFETCH(QString, message);

    const CronSchedule::Result created = CronSchedule::create(expression, zone);
    QVERIFY(!created.schedule);
    QVERIFY2(created.error.contains(message), qPrintable(u"got: "_s + created.error));
}

void TestCronSchedule::dailyRunsOnceEveryDayAcrossAYearOfClockChanges_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("expression");
    for (const char *zone : {"Europe/Berlin", "America/New_York", "Australia/Sydney", "Pacific/Auckland", "America/Santiago"}) {
        // The minutes each zone's clock change touches, and one it does not.
        QTest::newRow(qPrintable(u"%1 02:30"_s.arg(QLatin1String(zone)))) << QString::fromLatin1(zone) << u"30 2 * * *"_s;
        QTest::newRow(qPrintable(u"%1 01:30"_s.arg(QLatin1String(zone)))) << QString::fromLatin1(zone) << u"30 1 * * *"_s;
        QTest::newRow(qPrintable(u"%1 midnight"_s.arg(QLatin1String(zone)))) << QString::fromLatin1(zone) << u"@daily"_s;
        QTest::newRow(qPrintable(u"%1 23:30"_s.arg(QLatin1String(zone)))) << QString::fromLatin1(zone) << u"30 23 * * *"_s;
    }
}

void TestCronSchedule::dailyRunsOnceEveryDayAcrossAYearOfClockChanges()
{
    QFETCH(QString, zone);
    QFETCH(QString, expression);
    const CronSchedule::Result created = CronSchedule::create(expression, zone);
    QVERIFY(created.schedule);
    const QTimeZone tz(zone.toUtf8());
    const QDate first(2026, 1, 1);
    const qint64 from = first.startOfDay(tz).toMSecsSinceEpoch() - 1;
    const QList<qint64> times = created.schedule->nextTimes(from, 365);
    QCOMPARE(times.size(), 365);
    // Exactly one run on each calendar day of 2026 in the zone, in order.
    for (int i = 0; i < times.size(); ++i) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(times.at(i), tz);
        QVERIFY2(local.date() == first.addDays(i),
                 qPrintable(u"run %1 at %2"_s.arg(i).arg(local.toString(Qt::ISODate))));
        if (i > 0)
            QVERIFY(times.at(i) > times.at(i - 1));
    }
}

void TestCronSchedule::namesAreCaseInsensitiveAndSundayIsZeroOrSeven()
{
    const qint64 from = instant(u"2026-01-01T00:00:00Z"_s);
    const QList<qint64> a = CronSchedule::create(u"0 6 * jan sun"_s, u"UTC"_s).schedule->nextTimes(from, 5);
    const QList<qint64> b = CronSchedule::create(u"0 6 * 1 7"_s, u"UTC"_s).schedule->nextTimes(from, 5);
    const QList<qint64> c = CronSchedule::create(u"0 6 * Jan 0"_s, u"UTC"_s).schedule->nextTimes(from, 5);
    QCOMPARE(a.size(), 5); // the four Sundays of January 2026, then the first of January 2027
    QCOMPARE(a.constLast(), instant(u"2027-01-03T06:00:00Z"_s));
    QCOMPARE(a, b);
    QCOMPARE(a, c);
}

QTEST_GUILESS_MAIN(TestCronSchedule)
#include "test_cronschedule.moc"
