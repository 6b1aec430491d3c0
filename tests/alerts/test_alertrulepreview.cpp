// The rule editor's preview: the last hour of values replayed through the real evaluator.
#include "models/alerts/alertrulejson.h"
#include "models/alerts/alertrulepreview.h"

#include "alertsnapshots.h"

#include <QTest>

using namespace payops;
using namespace alerttest;
using namespace Qt::Literals::StringLiterals;

class TestAlertRulePreview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsFiringsAndTime();
    void shortBreachDoesNotFire();
    void stillFiringCountsToTheEnd();
    void invalidRuleSaysWhy();

private:
    static AlertRule p95Warning(); // > 800 ms for 5 min, shipped
};

AlertRule TestAlertRulePreview::p95Warning()
{
    for (const AlertRule &rule : AlertRuleJson::load(AlertRuleJson::defaultsPath()).rules) {
        if (rule.name == u"ResponseTimeP95Warning"_s)
            return rule;
    }
    return {};
}

namespace {

// An hour of 15 s samples: `breach` (seconds from the start, [from, to)) at 1.2 s, else 0.2 s.
QList<SeriesPoint> hour(const QList<std::pair<int, int>> &breaches)
{
    QList<SeriesPoint> points;
    for (int s = 0; s <= 3600; s += 15) {
        const bool high = std::any_of(breaches.cbegin(), breaches.cend(),
                                      [s](const auto &b) { return s >= b.first && s < b.second; });
        points.append({kT0 + s * 1000LL, high ? 1.2 : 0.2});
    }
    return points;
}

} // namespace

void TestAlertRulePreview::countsFiringsAndTime()
{
    // Two breaches of 20 min and 10 min: each fires after 5 min pending and keeps firing 1 min after
    // it clears (the shipped rule's keep_firing_for), so 16 + 6 = 22 min firing.
    QHash<QString, QList<SeriesPoint>> series;
    series.insert(u"payment_backend"_s, hour({{600, 1800}, {2400, 3000}}));
    series.insert(u"payment_gateway"_s, hour({}));
    const AlertRulePreview::Result result = AlertRulePreview::run(p95Warning(), series, kT0, kT0 + 3600'000);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.fired, 2);
    QCOMPARE(result.servicesFired, 1);
    QCOMPARE(result.firingMs, 22 * 60'000LL);
    QVERIFY2(result.text().contains(u"2"_s) && result.text().contains(u"22 min"_s), qPrintable(result.text()));
}

void TestAlertRulePreview::shortBreachDoesNotFire()
{
    QHash<QString, QList<SeriesPoint>> series;
    series.insert(u"payment_backend"_s, hour({{600, 840}})); // 4 min: shorter than `for`
    const AlertRulePreview::Result result = AlertRulePreview::run(p95Warning(), series, kT0, kT0 + 3600'000);
    QCOMPARE(result.fired, 0);
    QCOMPARE(result.firingMs, 0);
    QVERIFY(result.text().contains(u"not"_s));
}

void TestAlertRulePreview::stillFiringCountsToTheEnd()
{
    QHash<QString, QList<SeriesPoint>> series;
    series.insert(u"payment_backend"_s, hour({{3000, 3700}})); // fires at 3300 s, still at 3600 s
    const AlertRulePreview::Result result = AlertRulePreview::run(p95Warning(), series, kT0, kT0 + 3600'000);
    QCOMPARE(result.fired, 1);
    QCOMPARE(result.firingMs, 5 * 60'000LL);
}

void TestAlertRulePreview::invalidRuleSaysWhy()
{
    AlertRule rule = p95Warning();
    rule.name = u"not a name"_s;
    const AlertRulePreview::Result result = AlertRulePreview::run(rule, {}, kT0, kT0 + 3600'000);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(result.text(), result.error);
}

QTEST_GUILESS_MAIN(TestAlertRulePreview)
#include "test_alertrulepreview.moc"
