// Alerts end to end against the real paysim: the console's scrape code (ScrapeWorker), its metrics
// (MetricsPublisher/MetricStore) and the AlertEvaluator, as the alerts thread runs them. Each of the
// knowledge base's scenarios raises the alert an operator would expect on the affected service
// within `for` + two scrape intervals (+ the rate window the metric needs to move), and resolves
// after the scenario is cleared; normal traffic raises nothing.
//
// paysim runs accelerated (--speed 30); scrapes are stamped with paysim's simulated time (the
// ScrapeWorker's and the publisher's injected clock), so rates, windows and the rules' `for` are in
// simulated seconds: a 1 s (real) scrape interval is 30 s simulated. Nothing sleeps: transitions
// are awaited with QSignalSpy / QTRY_*.
#include "models/alerts/alertevaluator.h"
#include "models/alerts/alertrulejson.h"
#include "models/metrics/metricspublisher.h"
#include "models/metrics/scrapeworker.h"
#include "tests/support/paysimprocess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double kSpeed = 30;
constexpr qint64 kIntervalSimMs = 30'000;  // 1 s real
constexpr qint64 kWindowSimMs = 120'000;   // the rate window: four scrapes
constexpr qint64 kForSimMs = 60'000;

} // namespace

// Scrape -> snapshot -> evaluation, on the test's thread; every transition is kept and signalled.
class AlertPipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertPipeline)

public:
    AlertPipeline(std::function<qint64()> simNow, QList<ServiceTarget> targets, QList<AlertRule> rules)
        : m_worker(simNow, ScrapeWorker::Options())
        , m_publisher(config(), 1000, simNow)
    {
        m_evaluator.setRules(rules);
        connect(&m_worker, &ScrapeWorker::scraped, &m_publisher, &MetricsPublisher::ingest);
        connect(&m_worker, &ScrapeWorker::healthChecked, &m_publisher, &MetricsPublisher::ingestHealth);
        connect(&m_publisher, &MetricsPublisher::published, this, [this](const MetricsSnapshot &snapshot) {
            last = snapshot;
            for (const AlertTransition &t : m_evaluator.evaluate(snapshot).transitions) {
                transitions.append(t);
                qInfo().noquote() << QDateTime::fromMSecsSinceEpoch(t.atMs, QTimeZone::utc()).toString(Qt::ISODate)
                                  << t.ruleName << t.service << AlertStates::key(t.from) << "->" << AlertStates::key(t.to)
                                  << t.value;
                Q_EMIT transitioned(t);
            }
        });
        m_worker.start();
        m_worker.setTargets(targets);
        m_publisher.start();
    }
    ~AlertPipeline() override { m_worker.stop(); }

    // The first transition of rule/service to `state` at or after `sinceMs` (simulated).
    std::optional<AlertTransition> find(const QString &rule, const QString &service, AlertState state, qint64 sinceMs) const
    {
        for (const AlertTransition &t : transitions) {
            if (t.ruleName == rule && t.service == service && t.to == state && t.atMs >= sinceMs)
                return t;
        }
        return std::nullopt;
    }
    QList<AlertTransition> firings(qint64 sinceMs) const
    {
        QList<AlertTransition> out;
        for (const AlertTransition &t : transitions) {
            if (t.to == AlertState::Firing && t.atMs >= sinceMs)
                out.append(t);
        }
        return out;
    }

    QList<AlertTransition> transitions;
    MetricsSnapshot last;

Q_SIGNALS:
    void transitioned(const payops::AlertTransition &transition);

private:
    static MetricStore::Config config()
    {
        MetricStore::Config c;
        c.rateWindowMs = kWindowSimMs;
        return c;
    }

    ScrapeWorker m_worker;
    MetricsPublisher m_publisher;
    AlertEvaluator m_evaluator;
};

class TestAlertsPaysim final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void normalTrafficIsQuiet();
    void scenarioRaisesAndResolves_data();
    void scenarioRaisesAndResolves();

private:
    qint64 simNow() const { return m_simAtSync + qint64(kSpeed * double(m_sinceSync.elapsed())); }
    bool waitFor(AlertPipeline &pipeline, const std::function<bool()> &done, int realMs);
    // The test rules: the knowledge base's, with a short `for` (60 s simulated) and keep_firing_for.
    static QList<AlertRule> shortRules();

    PaysimProcess m_paysim;
    QList<ServiceTarget> m_targets;
    qint64 m_simAtSync = 0;
    QElapsedTimer m_sinceSync;
};

void TestAlertsPaysim::initTestCase()
{
    const QString error = m_paysim.start({u"--seed"_s, u"11"_s, u"--speed"_s, QString::number(kSpeed),
                                          u"--start-time"_s, u"2024-05-01T10:00:00Z"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QByteArray body;
    QCOMPARE(m_paysim.control("GET", u"/scenarios"_s, &body), 200);
    m_simAtSync = qint64(QJsonDocument::fromJson(body).object().value(u"simulated_time_ms"_s).toDouble());
    m_sinceSync.start();
    QVERIFY(m_simAtSync > 0);
    m_targets = m_paysim.targets(u"1s"_s, u"800ms"_s);
    QCOMPARE(m_targets.size(), 4);
}

void TestAlertsPaysim::cleanupTestCase()
{
    m_paysim.stop();
}

QList<AlertRule> TestAlertsPaysim::shortRules()
{
    QList<AlertRule> rules = AlertRuleJson::load(AlertRuleJson::defaultsPath()).rules;
    for (AlertRule &rule : rules) {
        rule.forMs = kForSimMs;
        rule.keepFiringForMs = kIntervalSimMs;
    }
    return rules;
}

bool TestAlertsPaysim::waitFor(AlertPipeline &pipeline, const std::function<bool()> &done, int realMs)
{
    QElapsedTimer timer;
    timer.start();
    QSignalSpy spy(&pipeline, &AlertPipeline::transitioned);
    while (!done()) {
        const qint64 left = realMs - timer.elapsed();
        if (left <= 0)
            return false;
        spy.wait(int(std::min<qint64>(left, 1000)));
    }
    return true;
}

void TestAlertsPaysim::normalTrafficIsQuiet()
{
    // The knowledge base's rules as shipped (their pending periods) over 15 simulated minutes of
    // normal midday traffic: nothing fires, and nothing has no data once the rate window is full.
    QCOMPARE(m_paysim.control("DELETE", u"/scenario"_s), 200);
    const QList<AlertRule> defaults = AlertRuleJson::load(AlertRuleJson::defaultsPath()).rules;
    AlertPipeline pipeline([this] { return simNow(); }, m_targets, defaults);
    const qint64 start = simNow();
    const qint64 end = start + 15 * 60'000;
    QTRY_VERIFY_WITH_TIMEOUT(simNow() >= end && pipeline.last.timestampMs >= end, 60'000);
    // Nothing at all: paysim's backend no longer sits on the CPU warning line in normal traffic
    // (serviceprofile.cpp; test_alerts_normalday replays a whole simulated day).
    for (const AlertTransition &t : pipeline.firings(0))
        QFAIL(qPrintable(t.ruleName + u' ' + t.service + u": "_s + t.summary));
    for (const AlertTransition &t : std::as_const(pipeline.transitions))
        QVERIFY2(t.to != AlertState::NoData || t.atMs - start < kWindowSimMs,
                 qPrintable(t.ruleName + u' ' + t.service + u": no data in normal traffic"_s));
}

void TestAlertsPaysim::scenarioRaisesAndResolves_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("service");

    QTest::newRow("slow-db: p95 on the backend") << u"slow-db"_s << u"ResponseTimeP95Warning"_s << u"payment_backend"_s;
    QTest::newRow("crash: the gateway down") << u"crash"_s << u"ServiceDown"_s << u"payment_gateway"_s;
    QTest::newRow("ddos: rejections on the frontend") << u"ddos"_s << u"RejectionRatioWarning"_s << u"payment_frontend"_s;
}

void TestAlertsPaysim::scenarioRaisesAndResolves()
{
    QFETCH(QString, scenario);
    QFETCH(QString, rule);
    QFETCH(QString, service);

    QCOMPARE(m_paysim.control("DELETE", u"/scenario"_s), 200);
    AlertPipeline pipeline([this] { return simNow(); }, m_targets, shortRules());
    // A baseline: the rate window full of normal traffic, and that alert quiet.
    const qint64 baselineEnd = simNow() + kWindowSimMs + kIntervalSimMs;
    QTRY_VERIFY_WITH_TIMEOUT(pipeline.last.timestampMs >= baselineEnd, 30'000);
    QVERIFY(!pipeline.find(rule, service, AlertState::Firing, 0));

    const qint64 injected = simNow();
    QCOMPARE(m_paysim.control("PUT", u"/scenario/"_s + scenario + u"?service="_s + service), 200);
    // Budget: the metric crosses the line within the rate window, then `for`, then two intervals.
    const qint64 budget = kWindowSimMs + kForSimMs + 2 * kIntervalSimMs;
    QVERIFY2(waitFor(pipeline, [&] { return pipeline.find(rule, service, AlertState::Firing, injected).has_value(); },
                     int(2 * budget / kSpeed) + 5000),
             qPrintable(rule + u" did not fire on "_s + service));
    const AlertTransition fired = *pipeline.find(rule, service, AlertState::Firing, injected);
    qInfo().noquote() << scenario << "->" << rule << "on" << service << "fired after"
                      << (fired.atMs - injected) / 1000 << "simulated s (budget" << budget / 1000 << "s):" << fired.summary;
    QVERIFY2(fired.atMs - injected <= budget, qPrintable(u"fired %1 s after the scenario"_s.arg((fired.atMs - injected) / 1000)));
    QVERIFY(fired.atMs - fired.activeSinceMs >= kForSimMs); // a full pending period
    // The affected service raises it first; callers may follow (they wait for it), never lead.
    for (const AlertTransition &t : pipeline.firings(injected)) {
        if (t.ruleName == rule && t.service != service)
            qInfo().noquote() << "also:" << t.ruleName << "on" << t.service;
        QVERIFY2(t.ruleName != rule || t.atMs >= fired.atMs, qPrintable(t.ruleName + u" fired first on "_s + t.service));
    }

    const qint64 cleared = simNow();
    QCOMPARE(m_paysim.control("DELETE", u"/scenario"_s), 200);
    QVERIFY2(waitFor(pipeline, [&] { return pipeline.find(rule, service, AlertState::Resolved, cleared).has_value(); },
                     int(4 * budget / kSpeed) + 10'000),
             qPrintable(rule + u" did not resolve on "_s + service));
    const AlertTransition resolved = *pipeline.find(rule, service, AlertState::Resolved, cleared);
    qInfo().noquote() << scenario << "cleared:" << rule << "resolved after" << (resolved.atMs - cleared) / 1000
                      << "simulated s";
}

QTEST_GUILESS_MAIN(TestAlertsPaysim)
#include "test_alerts_paysim.moc"
