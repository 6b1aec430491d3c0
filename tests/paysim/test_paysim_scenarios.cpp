// Each scenario moves the series an operator would use to recognise it, compared with the
// baseline at the same simulated time and seed.
#include "tests/paysim/paysimfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace payops::sim;
using namespace paysimtest;

namespace {

const QString kReq = u"payment_request_duration_seconds"_s;
const QString kDb = u"payment_db_query_duration_seconds"_s;
const QString kExt = u"payment_external_call_duration_seconds"_s;

QString svc(ServiceKind kind)
{
    return u"service=\""_s + ServiceProfile::nameOf(kind) + u'"';
}

QString peer(ServiceKind kind, const QString &name)
{
    return svc(kind) + u",peer=\""_s + name + u'"';
}

double failureRatio(const MetricsText &m, ServiceKind kind)
{
    const double failed = m.value(u"payment_transactions_total{"_s + svc(kind) + u",status=\"failed\"}"_s);
    const double ok = m.value(u"payment_transactions_total{"_s + svc(kind) + u",status=\"success\"}"_s);
    return failed + ok > 0 ? failed / (failed + ok) : 0;
}

double code(const MetricsText &m, ServiceKind kind, int httpCode)
{
    return m.value(u"http_requests_total{"_s + svc(kind) + u",code=\""_s + QString::number(httpCode) + u"\"}"_s);
}

QString checkStatus(const QJsonObject &health, const QString &check)
{
    return health.value(u"checks"_s).toObject().value(check).toObject().value(u"status"_s).toString();
}

// The same simulation twice, one with a scenario on from the start; read at `after`.
struct Comparison
{
    MetricsText base;
    MetricsText with;
    QJsonObject baseHealth;
    QJsonObject withHealth;
};

Comparison compare(const QString &scenario, const QString &service, ServiceKind observed,
                   qint64 after = 20 * kMinute)
{
    auto baseline = makeSimulation();
    auto scenarioSim = makeSimulation();
    const ScenarioResult r = scenarioSim->activate(scenario, service, startMs());
    if (!r.ok())
        qWarning() << r.error;
    const qint64 at = startMs() + after;
    return {MetricsText(baseline->metricsAt(observed, 0, at)), MetricsText(scenarioSim->metricsAt(observed, 0, at)),
            baseline->healthAt(observed, 0, at), scenarioSim->healthAt(observed, 0, at)};
}

} // namespace

class TestPaysimScenarios final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogListsEveryScenario();
    void baselineIsHealthy();
    void networkDelay();
    void gatewayAnomaly();
    void resourceExhaustion();
    void slowDb();
    void slowExternal();
    void crashRefuses();
    void crashHangs();
    void ddos();
    void accountTheft();
    void runtimeSwitchChangesOnlyLaterSteps();
    void unknownNamesAreErrors();
};

void TestPaysimScenarios::catalogListsEveryScenario()
{
    const QString listing = ScenarioCatalog::listing();
    for (const char *name : {"network-delay", "gateway-anomaly", "resource-exhaustion", "slow-db", "slow-external",
                             "crash", "crash-hang", "ddos", "account-theft"}) {
        QVERIFY2(listing.contains(QLatin1StringView(name) + u' '), name);
        QVERIFY(ScenarioCatalog::kindFromName(QString::fromLatin1(name)).has_value());
    }
    QCOMPARE(ScenarioCatalog::all().size(), 9);
}

void TestPaysimScenarios::baselineIsHealthy()
{
    auto sim = makeSimulation();
    for (ServiceKind kind : ServiceProfile::allKinds()) {
        const qint64 at = startMs() + 10 * kMinute;
        const MetricsText m(sim->metricsAt(kind, 0, at));
        QVERIFY(failureRatio(m, kind) < 0.05);
        QCOMPARE(code(m, kind, 429), 0.0);
        QCOMPARE(sim->healthAt(kind, 0, at).value(u"status"_s).toString(), u"ok"_s);
    }
}

void TestPaysimScenarios::networkDelay()
{
    const Comparison c = compare(u"network-delay"_s, {}, ServiceKind::Frontend);
    const ServiceKind f = ServiceKind::Frontend;
    QVERIFY(c.with.mean(kExt, peer(f, u"risk_engine"_s)) > c.base.mean(kExt, peer(f, u"risk_engine"_s)) + 0.2);
    QVERIFY(c.with.mean(kReq, svc(f)) > 2 * c.base.mean(kReq, svc(f)));
    QVERIFY(c.with.quantile(0.95, kReq, svc(f)) > c.base.quantile(0.95, kReq, svc(f)));
    QVERIFY(failureRatio(c.with, f) > failureRatio(c.base, f) + 0.03);
    QVERIFY(code(c.with, f, 504) > 5 * std::max(1.0, code(c.base, f, 504)));
}

void TestPaysimScenarios::gatewayAnomaly()
{
    const ServiceKind g = ServiceKind::Gateway;
    const Comparison c = compare(u"gateway-anomaly"_s, {}, g);
    QVERIFY(failureRatio(c.with, g) > 0.25);
    QVERIFY(failureRatio(c.with, g) > 5 * failureRatio(c.base, g));
    for (int httpCode : {500, 503})
        QVERIFY(code(c.with, g, httpCode) > 10 * std::max(1.0, code(c.base, g, httpCode)));
    QCOMPARE(checkStatus(c.withHealth, u"transactions"_s), u"degraded"_s);
    QCOMPARE(c.withHealth.value(u"status"_s).toString(), u"degraded"_s);

    // The gateway's callers see it as a failing dependency.
    const Comparison front = compare(u"gateway-anomaly"_s, {}, ServiceKind::Frontend);
    QCOMPARE(checkStatus(front.baseHealth, u"external:gateway"_s), u"ok"_s);
    QCOMPARE(checkStatus(front.withHealth, u"external:gateway"_s), u"degraded"_s);
    QVERIFY(code(front.with, ServiceKind::Frontend, 502) > 10 * std::max(1.0, code(front.base, ServiceKind::Frontend, 502)));
}

void TestPaysimScenarios::resourceExhaustion()
{
    const ServiceKind b = ServiceKind::Backend;
    const Comparison c = compare(u"resource-exhaustion"_s, {}, b);
    const double limit = ServiceProfile::of(b).cpuCoresLimit;
    const double seconds = 20 * 60;
    QVERIFY(c.with.value(u"process_cpu_seconds_total"_s) >= 0.9 * limit * seconds);
    QVERIFY(c.with.value(u"process_cpu_seconds_total"_s) <= limit * seconds);
    QVERIFY(c.with.value(u"process_cpu_seconds_total"_s) > 2 * c.base.value(u"process_cpu_seconds_total"_s));
    QVERIFY(c.with.value(u"process_resident_memory_bytes"_s) > 2 * c.base.value(u"process_resident_memory_bytes"_s));
    QVERIFY(c.with.mean(kReq, svc(b)) > 1.3 * c.base.mean(kReq, svc(b)));
    QCOMPARE(checkStatus(c.withHealth, u"capacity"_s), u"degraded"_s);

    // Memory keeps climbing while the scenario lasts.
    auto sim = makeSimulation();
    sim->activate(u"resource-exhaustion"_s, {}, startMs());
    const double early = MetricsText(sim->metricsAt(b, 0, startMs() + 5 * kMinute)).value(u"process_resident_memory_bytes"_s);
    const double late = MetricsText(sim->metricsAt(b, 0, startMs() + 15 * kMinute)).value(u"process_resident_memory_bytes"_s);
    QVERIFY(late > early);
}

void TestPaysimScenarios::slowDb()
{
    const ServiceKind b = ServiceKind::Backend;
    const Comparison c = compare(u"slow-db"_s, {}, b);
    QVERIFY(c.with.mean(kDb, svc(b)) > 10 * c.base.mean(kDb, svc(b)));
    QVERIFY(c.with.quantile(0.95, kReq, svc(b)) > 3 * c.base.quantile(0.95, kReq, svc(b)));
    QCOMPARE(checkStatus(c.baseHealth, u"database"_s), u"ok"_s);
    QCOMPARE(checkStatus(c.withHealth, u"database"_s), u"degraded"_s);
    QVERIFY(c.withHealth.value(u"checks"_s).toObject().value(u"database"_s).toObject().value(u"latency_ms"_s).toDouble()
            > 50);
}

void TestPaysimScenarios::slowExternal()
{
    const ServiceKind g = ServiceKind::Gateway;
    const Comparison c = compare(u"slow-external"_s, {}, g);
    QVERIFY(c.with.mean(kExt, peer(g, u"card_network"_s)) > 5 * c.base.mean(kExt, peer(g, u"card_network"_s)));
    // Only the slow peer: the other one keeps its latency.
    QVERIFY(c.with.mean(kExt, peer(g, u"bank"_s)) < 1.2 * c.base.mean(kExt, peer(g, u"bank"_s)));
    QVERIFY(c.with.mean(kReq, svc(g)) > 2 * c.base.mean(kReq, svc(g)));
    QCOMPARE(checkStatus(c.withHealth, u"external:card_network"_s), u"degraded"_s);
}

void TestPaysimScenarios::crashRefuses()
{
    auto sim = makeSimulation();
    const ServiceKind g = ServiceKind::Gateway;
    const qint64 t0 = startMs() + 10 * kMinute;
    const MetricsText before(sim->metricsAt(g, 0, t0));
    QVERIFY(sim->activate(u"crash"_s, {}, t0).ok());
    QCOMPARE(sim->crashMode(g), CrashMode::Refuse);
    QCOMPARE(sim->crashMode(ServiceKind::Frontend), CrashMode::None);

    // A dead process counts nothing...
    const MetricsText during(sim->metricsAt(g, 0, t0 + 5 * kMinute));
    QCOMPARE(during.sum(u"payment_transactions_total"_s), before.sum(u"payment_transactions_total"_s));
    // ...and its callers fail on it.
    const QJsonObject frontHealth = sim->healthAt(ServiceKind::Frontend, 0, t0 + 5 * kMinute);
    QCOMPARE(checkStatus(frontHealth, u"external:gateway"_s), u"down"_s);

    // After recovery the restarted process counts from zero again, with a new start time.
    sim->clearScenarios(t0 + 6 * kMinute);
    QCOMPARE(sim->crashMode(g), CrashMode::None);
    const MetricsText after(sim->metricsAt(g, 0, t0 + 7 * kMinute));
    QVERIFY(after.sum(u"payment_transactions_total"_s) > 0);
    QVERIFY(after.sum(u"payment_transactions_total"_s) < before.sum(u"payment_transactions_total"_s));
    QVERIFY(after.value(u"process_start_time_seconds"_s) > before.value(u"process_start_time_seconds"_s));
}

void TestPaysimScenarios::crashHangs()
{
    auto sim = makeSimulation();
    QVERIFY(sim->activate(u"crash-hang"_s, u"payment_gateway"_s, startMs()).ok());
    QCOMPARE(sim->crashMode(ServiceKind::Gateway), CrashMode::Hang);
    // Callers wait for their timeout: the latency of calls to the gateway explodes.
    const Comparison c = compare(u"crash-hang"_s, {}, ServiceKind::Frontend);
    const QString gw = peer(ServiceKind::Frontend, u"gateway"_s);
    QVERIFY(c.with.mean(kExt, gw) > 10 * c.base.mean(kExt, gw));
    QCOMPARE(checkStatus(c.withHealth, u"external:gateway"_s), u"down"_s);

    // Refuse wins when both are on.
    QVERIFY(sim->activate(u"crash"_s, u"payment_gateway"_s).ok());
    QCOMPARE(sim->crashMode(ServiceKind::Gateway), CrashMode::Refuse);
}

void TestPaysimScenarios::ddos()
{
    const ServiceKind f = ServiceKind::Frontend;
    const Comparison c = compare(u"ddos"_s, {}, f);
    const double baseRequests = c.base.sum(u"http_requests_total"_s);
    const double requests = c.with.sum(u"http_requests_total"_s);
    QVERIFY2(requests > 9 * baseRequests, qPrintable(u"%1 vs %2"_s.arg(requests).arg(baseRequests)));
    QCOMPARE(code(c.base, f, 429), 0.0);
    QVERIFY(code(c.with, f, 429) > 0);
    QVERIFY(code(c.with, f, 503) > 0);
    QVERIFY((code(c.with, f, 429) + code(c.with, f, 503)) / requests > 0.5);
    QVERIFY(c.with.value(u"process_cpu_seconds_total"_s) > 2 * c.base.value(u"process_cpu_seconds_total"_s));
    QVERIFY(c.with.value(u"process_open_fds"_s) > c.base.value(u"process_open_fds"_s));
}

void TestPaysimScenarios::accountTheft()
{
    const ServiceKind f = ServiceKind::Frontend;
    const Comparison c = compare(u"account-theft"_s, {}, f);
    const QString logins = u"payment_login_failures_total{"_s + svc(f) + u'}';
    const QString suspicious = u"payment_suspicious_transactions_total{"_s + svc(f) + u'}';
    QVERIFY(c.base.value(logins) > 0);
    QVERIFY(c.with.value(logins) > 10 * c.base.value(logins));
    QVERIFY(c.with.value(suspicious) > 10 * std::max(1.0, c.base.value(suspicious)));
    QVERIFY(code(c.with, f, 401) > 10 * code(c.base, f, 401));
}

void TestPaysimScenarios::runtimeSwitchChangesOnlyLaterSteps()
{
    auto baseline = makeSimulation();
    auto switched = makeSimulation();
    const ServiceKind b = ServiceKind::Backend;
    const qint64 t1 = startMs() + 10 * kMinute;
    // Nobody scraped before the switch: the history is replayed with the right set per step.
    QVERIFY(switched->activate(u"slow-db"_s, {}, t1).ok());
    const MetricsText baseAtT1(baseline->metricsAt(b, 0, t1));
    const MetricsText baseLater(baseline->metricsAt(b, 0, t1 + 10 * kMinute));
    const MetricsText withLater(switched->metricsAt(b, 0, t1 + 10 * kMinute));
    auto copy = makeSimulation();
    const MetricsText copyAtT1(copy->metricsAt(b, 0, t1));
    QCOMPARE(copyAtT1.samples(), baseAtT1.samples());
    const double baseWindow = baseLater.value(kDb + u"_sum{"_s + svc(b) + u'}') - baseAtT1.value(kDb + u"_sum{"_s + svc(b) + u'}');
    const double withWindow = withLater.value(kDb + u"_sum{"_s + svc(b) + u'}') - baseAtT1.value(kDb + u"_sum{"_s + svc(b) + u'}');
    QVERIFY(withWindow > 10 * baseWindow);
}

void TestPaysimScenarios::unknownNamesAreErrors()
{
    auto sim = makeSimulation();
    QVERIFY(!sim->activate(u"meteor-strike"_s).ok());
    QVERIFY(!sim->activate(u"slow-db"_s, u"payment_nowhere"_s).ok());
    QVERIFY(!sim->deactivate(u"meteor-strike"_s).ok());
    QVERIFY(sim->scenarios().isEmpty());
    QVERIFY(sim->activate(u"slow-db"_s, u"all"_s).ok());
    QCOMPARE(sim->scenarios().entries().size(), 4);
    QVERIFY(sim->deactivate(u"slow-db"_s, u"backend"_s).ok());
    QCOMPARE(sim->scenarios().entries().size(), 3);
    QCOMPARE(sim->deactivate(u"slow-db"_s).changed.size(), 3);
    QVERIFY(sim->scenarios().isEmpty());
}

QTEST_GUILESS_MAIN(TestPaysimScenarios)
#include "test_paysim_scenarios.moc"
