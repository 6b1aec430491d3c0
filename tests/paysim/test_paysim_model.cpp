// Properties of the traffic model itself: determinism, monotonic counters, a daily cycle,
// instances that differ, and the lazy evaluation that makes hundreds of instances cheap.
#include "app/paysim/commandline.h"
#include "tests/paysim/paysimfixture.h"
#include "app/paysim/portmap.h"
#include "app/paysim/randomstream.h"
#include "app/paysim/scenariotimeline.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace payops::sim;
using namespace paysimtest;

class TestPaysimModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameTimeSameBody();
    void bodyDoesNotDependOnScrapeHistory();
    void differentSeedsDiffer();
    void countersAreMonotonic();
    void dailyCycleHasPeaks();
    void latencyRisesWithLoad();
    void instancesDiffer();
    void manyInstancesAreLazy();
    void timelineSegments();
    void normalQuantileIsInverseCdf();
};

void TestPaysimModel::sameSeedSameTimeSameBody()
{
    auto a = makeSimulation(7);
    auto b = makeSimulation(7);
    QVERIFY(a->activate(u"slow-db"_s, {}, startMs()).ok());
    QVERIFY(b->activate(u"slow-db"_s, {}, startMs()).ok());
    const qint64 at = startMs() + 17 * kMinute + 500;
    for (ServiceKind kind : ServiceProfile::allKinds()) {
        QCOMPARE(a->metricsAt(kind, 0, at), b->metricsAt(kind, 0, at));
        QCOMPARE(a->healthAt(kind, 0, at), b->healthAt(kind, 0, at));
    }
}

void TestPaysimModel::bodyDoesNotDependOnScrapeHistory()
{
    auto often = makeSimulation(7);
    auto once = makeSimulation(7);
    for (qint64 t = 0; t < 30 * kMinute; t += 15'000 + t % 7'000)
        often->metricsAt(ServiceKind::Gateway, 0, startMs() + t);
    // A scenario switched at run time is replayed at the same simulated moment for both.
    const qint64 switchAt = startMs() + 30 * kMinute;
    often->metricsAt(ServiceKind::Gateway, 0, switchAt);
    QVERIFY(often->activate(u"gateway-anomaly"_s, {}, switchAt).ok());
    QVERIFY(once->activate(u"gateway-anomaly"_s, {}, switchAt).ok());
    const qint64 at = startMs() + 45 * kMinute;
    QCOMPARE(often->metricsAt(ServiceKind::Gateway, 0, at), once->metricsAt(ServiceKind::Gateway, 0, at));
}

void TestPaysimModel::differentSeedsDiffer()
{
    auto a = makeSimulation(1);
    auto b = makeSimulation(2);
    const qint64 at = startMs() + 5 * kMinute;
    QVERIFY(a->metricsAt(ServiceKind::Frontend, 0, at) != b->metricsAt(ServiceKind::Frontend, 0, at));
}

void TestPaysimModel::countersAreMonotonic()
{
    auto sim = makeSimulation(3);
    const ServiceKind kind = ServiceKind::Frontend;
    QHash<QString, double> previous;
    for (int i = 1; i <= 24; ++i) {
        const qint64 at = startMs() + i * 10 * kMinute;
        // Scenarios come and go on the way; counters must still only grow (no crash here).
        if (i == 6)
            sim->activate(u"ddos"_s, {}, at);
        if (i == 12)
            sim->clearScenarios(at);
        const MetricsText m(sim->metricsAt(kind, 0, at));
        for (auto it = m.samples().cbegin(); it != m.samples().cend(); ++it) {
            const QString &key = it.key();
            const bool cumulative = key.contains(u"_total"_s) || key.contains(u"_bucket{"_s)
                                    || key.contains(u"_count{"_s) || key.contains(u"_sum{"_s);
            if (cumulative && previous.contains(key))
                QVERIFY2(it.value() >= previous.value(key), qPrintable(key));
            if (cumulative)
                previous.insert(key, it.value());
        }
        // Buckets are cumulative in `le` and end at _count.
        const QString labels = u"service=\"payment_frontend\""_s;
        double last = 0;
        for (const char *le : {"0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "+Inf"}) {
            const double v = m.value(u"payment_request_duration_seconds_bucket{"_s + labels + u",le=\""_s
                                     + QLatin1StringView(le) + u"\"}"_s);
            QVERIFY(v >= last);
            last = v;
        }
        QCOMPARE(last, m.value(u"payment_request_duration_seconds_count{"_s + labels + u'}'));
    }
}

void TestPaysimModel::dailyCycleHasPeaks()
{
    auto sim = makeSimulation(5);
    const ServiceKind kind = ServiceKind::Gateway;
    const auto tps = [&](qint64 fromMs) {
        const double a = MetricsText(sim->metricsAt(kind, 0, fromMs)).sum(u"payment_transactions_total"_s);
        const double b = MetricsText(sim->metricsAt(kind, 0, fromMs + 10 * kMinute)).sum(u"payment_transactions_total"_s);
        return (b - a) / 600.0;
    };
    // The fixture starts at 10:00 UTC with a UTC day: the morning peak, dawn, the evening peak.
    const double morning = tps(startMs() + 20 * kMinute);
    const double dawn = tps(startMs() + 18 * 60 * kMinute);  // 04:00 next day
    const double evening = tps(startMs() + 34 * 60 * kMinute); // 20:00 next day
    QVERIFY2(morning > 2.5 * dawn, qPrintable(u"%1 %2"_s.arg(morning).arg(dawn)));
    QVERIFY(evening > morning);
}

void TestPaysimModel::latencyRisesWithLoad()
{
    auto sim = makeSimulation(5);
    const QString labels = u"service=\"payment_backend\""_s;
    const auto meanOver = [&](qint64 fromMs) {
        const MetricsText a(sim->metricsAt(ServiceKind::Backend, 0, fromMs));
        const MetricsText b(sim->metricsAt(ServiceKind::Backend, 0, fromMs + 20 * kMinute));
        const QString sum = u"payment_request_duration_seconds_sum{"_s + labels + u'}';
        const QString count = u"payment_request_duration_seconds_count{"_s + labels + u'}';
        return (b.value(sum) - a.value(sum)) / (b.value(count) - a.value(count));
    };
    const double peak = meanOver(startMs() + 10 * 60 * kMinute); // 20:00
    const double night = meanOver(startMs() + 18 * 60 * kMinute); // 04:00
    QVERIFY(peak > night);
}

void TestPaysimModel::instancesDiffer()
{
    auto sim = makeSimulation(9, 3);
    const qint64 at = startMs() + 5 * kMinute;
    const QByteArray i0 = sim->metricsAt(ServiceKind::Callback, 0, at);
    const QByteArray i1 = sim->metricsAt(ServiceKind::Callback, 1, at);
    QVERIFY(!i0.isEmpty());
    QVERIFY(i0 != i1);
    QVERIFY(sim->metricsAt(ServiceKind::Callback, 3, at).isEmpty()); // out of range
}

void TestPaysimModel::manyInstancesAreLazy()
{
    // 500 instances of each service, as load tests use: construction computes nothing, and
    // every instance answers once asked.
    auto sim = makeSimulation(11, 500);
    QCOMPARE(sim->instanceCount(), 500);
    const qint64 at = startMs() + 2 * kMinute;
    int distinct = 0;
    QByteArray previous;
    for (ServiceKind kind : ServiceProfile::allKinds()) {
        for (int i = 0; i < 500; ++i) {
            const QByteArray body = sim->metricsAt(kind, i, at);
            QVERIFY(body.contains("payment_transactions_total"));
            distinct += body != previous ? 1 : 0;
            previous = body;
        }
    }
    QCOMPARE(distinct, 2000);
}

void TestPaysimModel::timelineSegments()
{
    ScenarioTimeline timeline;
    QVERIFY(timeline.current().isEmpty());
    ScenarioSet slow;
    slow.add(ScenarioKind::SlowDb, ServiceKind::Backend, 1000);
    timeline.append(1000, slow);
    timeline.append(5000, ScenarioSet());
    QVERIFY(timeline.setOf(timeline.segmentAt(999)).isEmpty());
    QVERIFY(timeline.setOf(timeline.segmentAt(1000)).isActive(ScenarioKind::SlowDb, ServiceKind::Backend));
    QVERIFY(timeline.setOf(timeline.segmentAt(4999)).isActive(ScenarioKind::SlowDb, ServiceKind::Backend));
    QVERIFY(timeline.setOf(timeline.segmentAt(5000)).isEmpty());
    QCOMPARE(timeline.endOf(timeline.segmentAt(1000)), 5000);
    // Going back in time lands on the latest change instead.
    timeline.append(10, slow);
    QVERIFY(timeline.current().isActive(ScenarioKind::SlowDb, ServiceKind::Backend));
    QVERIFY(timeline.setOf(timeline.segmentAt(4000)).isActive(ScenarioKind::SlowDb, ServiceKind::Backend));
}

void TestPaysimModel::normalQuantileIsInverseCdf()
{
    for (double p : {0.001, 0.02, 0.1, 0.5, 0.8, 0.975, 0.999})
        QVERIFY(qAbs(RandomStream::normalCdf(RandomStream::normalQuantile(p)) - p) < 1e-6);
    RandomStream a(RandomStream::key({1, 2, 3}));
    RandomStream b(RandomStream::key({1, 2, 3}));
    QCOMPARE(a.next(), b.next());
    QVERIFY(RandomStream::key({1, 2, 3}) != RandomStream::key({1, 2, 4}));
}

QTEST_GUILESS_MAIN(TestPaysimModel)
#include "test_paysim_model.moc"
