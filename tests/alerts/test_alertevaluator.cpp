// AlertEvaluator with hand-made snapshots: the snapshot's time is the clock, so every step is exact
// and nothing sleeps.
#include "models/alerts/alertevaluator.h"
#include "models/alerts/alertrulejson.h"
#include "models/alerts/notificationpolicy.h"
#include "models/alerts/shippedruletexts.h"
#include "tests/alerts/alertsnapshots.h"

#include <QTest>
#include <QTranslator>

using namespace payops;
using namespace alerttest;
using namespace Qt::Literals::StringLiterals;

namespace {

AlertRule p95Rule(qint64 forMs, std::optional<double> clear = std::nullopt, qint64 keepMs = 0)
{
    AlertRule rule;
    rule.name = u"SlowP95"_s;
    rule.metric = DerivedMetricId::LatencyP95;
    rule.scope = AlertRule::Scope::EachService;
    rule.comparison = AlertRule::Comparison::Greater;
    rule.threshold = 0.8;
    rule.clearThreshold = clear;
    rule.unit = u"ms"_s;
    rule.forMs = forMs;
    rule.keepFiringForMs = keepMs;
    rule.severity = AlertRule::Severity::Warning;
    rule.summary = u"{service}: p95 {value} above {threshold}"_s;
    return rule;
}

MetricsSnapshot p95At(qint64 t, double value, const QString &service = u"payment_backend"_s)
{
    return SnapshotBuilder(t).up(service).value(u"latency_p95"_s, service, value);
}

QString states(const QList<AlertTransition> &transitions)
{
    QStringList out;
    for (const AlertTransition &t : transitions)
        out.append(AlertStates::key(t.to));
    return out.join(u',');
}

} // namespace

class TestAlertEvaluator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsLoad();
    void shippedTextsInTheOperatorsLanguage();
    void badRulesAreReportedOneByOne();
    void pendingExactlyFor();
    void noFireOnShorterBreach();
    void forZeroFiresAtOnce();
    void hysteresis_data();
    void hysteresis();
    void keepFiringFor();
    void noDataWhenTargetDown();
    void noDataIsAGapNotARecovery();
    void eachServiceAndTotal();
    void restoreContinuesFiring();
    void flappingHoldsNotifications();
};

void TestAlertEvaluator::defaultsLoad()
{
    const AlertRuleJson::Result defaults = AlertRuleJson::load(AlertRuleJson::defaultsPath());
    QVERIFY2(defaults.ok(), qPrintable(defaults.errors.join(u'\n')));
    QCOMPARE(defaults.rules.size(), 10);
    QHash<QString, AlertRule> byName;
    for (const AlertRule &rule : defaults.rules)
        byName.insert(rule.name, rule);
    // The knowledge base's thresholds, in canonical units.
    QCOMPARE(byName[u"FailureRatioWarning"_s].threshold, 0.02);
    QCOMPARE(byName[u"FailureRatioWarning"_s].forMs, qint64(300'000));
    QCOMPARE(byName[u"FailureRatioCritical"_s].threshold, 0.05);
    QCOMPARE(byName[u"FailureRatioCritical"_s].forMs, qint64(120'000));
    QCOMPARE(byName[u"ResponseTimeP95Warning"_s].threshold, 0.8);
    QCOMPARE(byName[u"ResponseTimeP95Critical"_s].threshold, 2.0);
    QCOMPARE(byName[u"ProcessCpuWarning"_s].forMs, qint64(600'000));
    QCOMPARE(byName[u"ProcessCpuCritical"_s].threshold, 95.0);
    QCOMPARE(byName[u"HostMemoryCritical"_s].threshold, 95.0);
    QCOMPARE(byName[u"ServiceDown"_s].comparison, AlertRule::Comparison::Equal);
    QCOMPARE(byName[u"ServiceDown"_s].forMs, qint64(60'000));
    QCOMPARE(byName[u"ServiceDown"_s].severity, AlertRule::Severity::Critical);
    // Round trip: written as read (thresholds in the unit they were written in).
    const AlertRuleJson::Result again = AlertRuleJson::parse(AlertRuleJson::toJson(defaults.rules));
    QVERIFY2(again.ok(), qPrintable(again.errors.join(u'\n')));
    QCOMPARE(again.rules, defaults.rules);
    QVERIFY(AlertRuleJson::toJson(defaults.rules).contains("\"threshold\": 800"));
}

void TestAlertEvaluator::badRulesAreReportedOneByOne()
{
    const QByteArray json = R"({"format": 1, "rules": [
        {"name": "Good", "metric": "failure_ratio", "comparison": ">", "threshold": 2, "unit": "%",
         "severity": "warning", "summary": "s"},
        {"name": "NoMetric", "metric": "latency_p97", "comparison": ">", "threshold": 1, "severity": "warning", "summary": "s"},
        {"name": "BadUnit", "metric": "latency_p95", "comparison": ">", "threshold": 1, "unit": "%", "severity": "warning", "summary": "s"},
        {"name": "BadFor", "metric": "latency_p95", "comparison": ">", "threshold": 1, "for": "5 minutes", "severity": "warning", "summary": "s"},
        {"name": "WrongSide", "metric": "latency_p95", "comparison": ">", "threshold": 1, "clearThreshold": 2, "severity": "warning", "summary": "s"},
        {"name": "Good", "metric": "failure_ratio", "comparison": ">", "threshold": 2, "unit": "%", "severity": "warning", "summary": "s"},
        {"name": "bad name!", "metric": "up", "comparison": "=<", "threshold": 0, "severity": "fatal", "summary": ""}
    ]})";
    const AlertRuleJson::Result result = AlertRuleJson::parse(json);
    QCOMPARE(result.rules.size(), 1);
    QCOMPARE(result.rules.constFirst().name, u"Good"_s);
    QCOMPARE(result.errors.size(), 6);
    QVERIFY2(result.errors[0].contains(u"rule #2 (NoMetric)"_s) && result.errors[0].contains(u"latency_p97"_s),
             qPrintable(result.errors[0]));
    QVERIFY2(result.errors[1].contains(u"BadUnit"_s) && result.errors[1].contains(u"s, ms"_s), qPrintable(result.errors[1]));
    QVERIFY2(result.errors[2].contains(u"5 minutes"_s), qPrintable(result.errors[2]));
    QVERIFY2(result.errors[3].contains(u"quiet side"_s), qPrintable(result.errors[3]));
    QVERIFY2(result.errors[4].contains(u"same name"_s), qPrintable(result.errors[4]));
    QVERIFY2(result.errors[5].contains(u"=<"_s) && result.errors[5].contains(u"fatal"_s)
                 && result.errors[5].contains(u"summary"_s),
             qPrintable(result.errors[5]));
    QVERIFY(!AlertRuleJson::parse("{").ok());
}

void TestAlertEvaluator::pendingExactlyFor()
{
    AlertEvaluator evaluator;
    evaluator.setRules({p95Rule(300'000)});
    QCOMPARE(states(evaluator.evaluate(p95At(kT0 - 15'000, 0.5)).transitions), QString());
    QCOMPARE(states(evaluator.evaluate(p95At(kT0, 1.2)).transitions), u"pending"_s);
    for (qint64 t = kT0 + 15'000; t < kT0 + 300'000; t += 15'000)
        QCOMPARE(states(evaluator.evaluate(p95At(t, 1.2)).transitions), QString());
    const AlertEvaluator::Cycle fired = evaluator.evaluate(p95At(kT0 + 300'000, 1.2));
    QCOMPARE(states(fired.transitions), u"firing"_s);
    const AlertTransition &t = fired.transitions.constFirst();
    QCOMPARE(t.service, u"payment_backend"_s);
    QCOMPARE(t.activeSinceMs, kT0);
    QCOMPARE(t.firedAtMs, kT0 + 300'000);
    QCOMPARE(t.value, 1.2);
    QCOMPARE(t.threshold, 0.8);
    QCOMPARE(t.summary, u"payment_backend: p95 1.20 s above 800 ms"_s);
}

void TestAlertEvaluator::noFireOnShorterBreach()
{
    AlertEvaluator evaluator;
    evaluator.setRules({p95Rule(300'000)});
    QStringList seen;
    for (qint64 t = kT0; t < kT0 + 285'000; t += 15'000)
        seen.append(states(evaluator.evaluate(p95At(t, 1.5)).transitions));
    seen.append(states(evaluator.evaluate(p95At(kT0 + 285'000, 0.3)).transitions));
    for (qint64 t = kT0 + 300'000; t < kT0 + 900'000; t += 15'000)
        seen.append(states(evaluator.evaluate(p95At(t, 0.3)).transitions));
    seen.removeAll(QString());
    QCOMPARE(seen, (QStringList{u"pending"_s, u"inactive"_s}));
    QVERIFY(evaluator.states().isEmpty());
    // A new breach starts the pending period afresh.
    evaluator.evaluate(p95At(kT0 + 900'000, 1.5));
    QCOMPARE(evaluator.states().constFirst().activeSinceMs, kT0 + 900'000);
}

void TestAlertEvaluator::forZeroFiresAtOnce()
{
    AlertEvaluator evaluator;
    evaluator.setRules({p95Rule(0)});
    QCOMPARE(states(evaluator.evaluate(p95At(kT0, 0.9)).transitions), u"firing"_s);
    QCOMPARE(states(evaluator.evaluate(p95At(kT0 + 1000, 0.1)).transitions), u"resolved"_s);
    QCOMPARE(states(evaluator.evaluate(p95At(kT0 + 2000, 0.1)).transitions), QString()); // stays resolved
    QCOMPARE(states(evaluator.evaluate(p95At(kT0 + 3000, 0.9)).transitions), u"firing"_s);
}

void TestAlertEvaluator::hysteresis_data()
{
    QTest::addColumn<double>("clear");     // NaN: none
    QTest::addColumn<QString>("expected"); // transitions over the oscillation
    QTest::addColumn<int>("notifications");

    // 0.78 / 0.82 around the 0.8 line every 10 s for 10 minutes, then 0.5.
    QTest::newRow("clear threshold 0.7") << 0.7 << u"firing,resolved"_s << 2;
    // Without a clear threshold it flaps: each crossing is a transition, and once flapping is
    // detected (the 7th change in 10 min) notifications are held: 6 rather than 60.
    QTest::newRow("no clear threshold") << qQNaN() << u"flapping"_s << 6;
}

void TestAlertEvaluator::hysteresis()
{
    QFETCH(double, clear);
    QFETCH(QString, expected);
    QFETCH(int, notifications);

    AlertEvaluator evaluator;
    evaluator.setRules({p95Rule(0, std::isnan(clear) ? std::nullopt : std::optional<double>(clear))});
    NotificationPolicy policy;
    int sent = 0;
    QStringList all;
    bool sawFlapping = false;
    const auto cycle = [&](qint64 t, double value) {
        const AlertEvaluator::Cycle c = evaluator.evaluate(p95At(t, value));
        if (!c.transitions.isEmpty())
            all.append(states(c.transitions));
        sawFlapping = sawFlapping || evaluator.isFlapping(u"SlowP95"_s, u"payment_backend"_s);
        sent += int(policy
                        .due(evaluator.states(), [](const QString &) { return AlertRule::Severity::Warning; },
                             [&](const QString &r, const QString &s) { return evaluator.isFlapping(r, s); },
                             [](const AlertInstanceState &s) { return s.ruleName; }, t)
                        .size());
    };
    qint64 t = kT0;
    for (int i = 0; i < 60; ++i, t += 10'000)
        cycle(t, i % 2 ? 0.78 : 0.82);
    for (int i = 0; i < 90; ++i, t += 10'000)
        cycle(t, 0.5);
    if (expected == u"flapping"_s) {
        QVERIFY(sawFlapping);
        QVERIFY2(all.size() > 20, qPrintable(all.join(u' ')));
        QVERIFY(!evaluator.isFlapping(u"SlowP95"_s, u"payment_backend"_s)); // settled in the quiet part
    } else {
        QVERIFY(!sawFlapping);
        QCOMPARE(all.join(u','), expected);
    }
    QCOMPARE(sent, notifications);
}

void TestAlertEvaluator::keepFiringFor()
{
    AlertEvaluator evaluator;
    evaluator.setRules({p95Rule(0, std::nullopt, 60'000)});
    QCOMPARE(states(evaluator.evaluate(p95At(kT0, 0.9)).transitions), u"firing"_s);
    QCOMPARE(states(evaluator.evaluate(p95At(kT0 + 10'000, 0.5)).transitions), QString());
    QCOMPARE(states(evaluator.evaluate(p95At(kT0 + 50'000, 0.9)).transitions), QString()); // back: count again
    QCOMPARE(states(evaluator.evaluate(p95At(kT0 + 60'000, 0.5)).transitions), QString());
    QCOMPARE(states(evaluator.evaluate(p95At(kT0 + 110'000, 0.5)).transitions), QString());
    QCOMPARE(states(evaluator.evaluate(p95At(kT0 + 120'000, 0.5)).transitions), u"resolved"_s);
}

void TestAlertEvaluator::noDataWhenTargetDown()
{
    AlertRule down;
    down.name = u"ServiceDown"_s;
    down.metric = DerivedMetricId::Up;
    down.comparison = AlertRule::Comparison::Equal;
    down.threshold = 0;
    down.forMs = 60'000;
    down.severity = AlertRule::Severity::Critical;
    down.summary = u"{service} is down"_s;
    AlertEvaluator evaluator;
    evaluator.setRules({p95Rule(0), down});
    evaluator.evaluate(SnapshotBuilder(kT0).up(u"payment_gateway"_s).value(u"latency_p95"_s, u"payment_gateway"_s, 0.2));
    QVERIFY(evaluator.states().isEmpty());
    const auto downAt = [](qint64 t) {
        return SnapshotBuilder(t).down(u"payment_gateway"_s).value(u"latency_p95"_s, u"payment_gateway"_s, 0.2).build();
    };
    AlertEvaluator::Cycle c = evaluator.evaluate(downAt(kT0 + 1000));
    // p95 has no current value: no data (never "ok"); up = 0 is a value: pending.
    QCOMPARE(c.transitions.size(), 2);
    QCOMPARE(c.transitions[0].ruleName, u"SlowP95"_s);
    QCOMPARE(c.transitions[0].to, AlertState::NoData);
    QCOMPARE(c.transitions[1].ruleName, u"ServiceDown"_s);
    QCOMPARE(c.transitions[1].to, AlertState::Pending);
    c = evaluator.evaluate(downAt(kT0 + 61'000));
    QCOMPARE(states(c.transitions), u"firing"_s);
    QCOMPARE(c.transitions[0].summary, u"payment_gateway is down"_s);
}

void TestAlertEvaluator::noDataIsAGapNotARecovery()
{
    AlertEvaluator evaluator;
    evaluator.setRules({p95Rule(60'000)});
    evaluator.evaluate(p95At(kT0, 1.0));
    evaluator.evaluate(p95At(kT0 + 60'000, 1.0));
    QCOMPARE(evaluator.states().constFirst().state, AlertState::Firing);
    // A gap (no p95: no traffic, or two scrapes not yet there) ...
    QCOMPARE(states(evaluator.evaluate(SnapshotBuilder(kT0 + 70'000).up(u"payment_backend"_s)).transitions), u"no_data"_s);
    // ... and the alert is firing since its real start again, without a new pending period.
    const AlertEvaluator::Cycle back = evaluator.evaluate(p95At(kT0 + 80'000, 1.0));
    QCOMPARE(states(back.transitions), u"firing"_s);
    QCOMPARE(back.transitions[0].firedAtMs, kT0 + 60'000);
    QCOMPARE(back.transitions[0].activeSinceMs, kT0);
}

void TestAlertEvaluator::eachServiceAndTotal()
{
    AlertRule total = p95Rule(0);
    total.name = u"TotalP95"_s;
    total.scope = AlertRule::Scope::Total;
    AlertRule one = p95Rule(0);
    one.name = u"GatewayP95"_s;
    one.scope = AlertRule::Scope::Service;
    one.service = u"payment_gateway"_s;
    AlertRule memory = p95Rule(0);
    memory.name = u"HostMemory"_s;
    memory.metric = DerivedMetricId::HostMemoryPercent;
    memory.unit = u"%"_s;
    memory.threshold = 85;
    AlertEvaluator evaluator;
    evaluator.setRules({p95Rule(0), total, one, memory});
    const AlertEvaluator::Cycle c = evaluator.evaluate(SnapshotBuilder(kT0)
                                                           .up(u"payment_backend"_s)
                                                           .up(u"payment_gateway"_s)
                                                           .value(u"latency_p95"_s, u"payment_backend"_s, 1.5)
                                                           .value(u"latency_p95"_s, u"payment_gateway"_s, 0.3)
                                                           .value(u"latency_p95"_s, QString(), 0.9));
    QStringList fired;
    for (const AlertTransition &t : c.transitions)
        fired.append(t.ruleName + u'/' + t.service);
    // No host-memory alerts: no service has the metric (no node_exporter). The gateway is quiet.
    QCOMPARE(fired, (QStringList{u"SlowP95/payment_backend"_s, u"TotalP95/"_s}));
    QCOMPARE(evaluator.lastEvaluatedCount(), qsizetype(4)); // SlowP95 x2, TotalP95, GatewayP95
}

void TestAlertEvaluator::restoreContinuesFiring()
{
    AlertEvaluator before;
    before.setRules({p95Rule(120'000)});
    before.evaluate(p95At(kT0, 1.0));
    before.evaluate(p95At(kT0 + 120'000, 1.0));
    const QList<AlertInstanceState> saved = before.states();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved[0].state, AlertState::Firing);

    // The console restarts ten minutes later, still in the outage.
    AlertEvaluator after;
    after.setRules({p95Rule(120'000)});
    after.restore(saved);
    const AlertEvaluator::Cycle c = after.evaluate(p95At(kT0 + 720'000, 1.0));
    QVERIFY(c.transitions.isEmpty());
    QCOMPARE(after.states().constFirst().state, AlertState::Firing);
    QCOMPARE(after.states().constFirst().firedAtMs, kT0 + 120'000);
    // A changed rule does not keep the old state.
    AlertRule changed = p95Rule(120'000);
    changed.threshold = 2;
    after.setRules({changed});
    QVERIFY(after.states().isEmpty());
}

void TestAlertEvaluator::flappingHoldsNotifications()
{
    AlertEvaluator::Options options;
    options.flapThreshold = 4;
    options.flapWindowMs = 60'000;
    AlertEvaluator evaluator(options);
    evaluator.setRules({p95Rule(0)});
    qint64 t = kT0;
    int flapChanges = 0;
    for (int i = 0; i < 6; ++i, t += 5'000)
        flapChanges += int(evaluator.evaluate(p95At(t, i % 2 ? 0.5 : 0.9)).flappingChanged.size());
    QCOMPARE(flapChanges, 1);
    QVERIFY(evaluator.isFlapping(u"SlowP95"_s, u"payment_backend"_s));
    NotificationPolicy policy;
    QVERIFY(policy.holdReason(u"SlowP95"_s, u"payment_backend"_s, AlertRule::Severity::Warning, true, t)
                .contains(u"flapping"_s));
}

void TestAlertEvaluator::shippedTextsInTheOperatorsLanguage()
{
    // Every text of every shipped rule is listed for translation (so the list cannot drift)…
    QList<AlertRule> shipped;
    for (const QString &path : {AlertRuleJson::defaultsPath(), AlertRuleJson::taskDefaultsPath()})
        shipped += AlertRuleJson::load(path).rules;
    QCOMPARE(shipped.size(), 12);
    for (const AlertRule &rule : std::as_const(shipped)) {
        QVERIFY2(ShippedRuleTexts::contains(rule.summary), qPrintable(rule.summary));
        QVERIFY2(rule.description.isEmpty() || ShippedRuleTexts::contains(rule.description), qPrintable(rule.description));
    }
    // …and shown in Chinese with the Chinese translation installed; a text the operator wrote stays as written.
    QTranslator chinese;
    QVERIFY(chinese.load(QLocale(QLocale::Chinese, QLocale::China), u"payops"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&chinese);
    const AlertRule &down = *std::find_if(shipped.cbegin(), shipped.cend(), [](const AlertRule &r) { return r.name == u"ServiceDown"_s; });
    const QString summary = down.expand(down.summary, u"payment_gateway"_s, 0);
    AlertRule own = down;
    own.summary = u"{service} is gone"_s;
    const QString ownSummary = own.expand(own.summary, u"payment_gateway"_s, 0);
    QCoreApplication::removeTranslator(&chinese);
    QVERIFY2(summary.startsWith(u"payment_gateway"_s) && summary != u"payment_gateway is down"_s, qPrintable(summary));
    QCOMPARE(ownSummary, u"payment_gateway is gone"_s);
    QCOMPARE(down.expand(down.summary, u"payment_gateway"_s, 0), u"payment_gateway is down"_s);
}

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "test_alertevaluator.moc"
