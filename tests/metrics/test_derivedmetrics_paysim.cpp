// The derived metrics against the real paysim: each scenario of the knowledge base must move the
// metrics an operator watches for it, relative to a baseline measured just before.
//
// paysim runs accelerated (--speed); the test scrapes every target every half second of real time
// with QNetworkAccessManager + ExpositionParser (as the ScrapeWorker does) and stamps each scrape
// with paysim's simulated time, so rates are per simulated second and the 120 s window holds about
// five scrapes. Nothing sleeps: rounds are driven by a QTimer and awaited with QSignalSpy.
#include "models/metrics/derivedmetriccatalog.h"
#include "models/metrics/expositionparser.h"
#include "models/metrics/metricstore.h"
#include "tests/support/paysimprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <functional>
#include <memory>
#include <vector>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double kSpeed = 60;            // simulated seconds per real second
constexpr int kRoundIntervalMs = 500;    // real: 30 s simulated between scrapes
constexpr qint64 kWindowMs = 120'000;    // simulated: five scrapes
constexpr int kBaselineRounds = 6;
constexpr int kScenarioRounds = 6;       // the window then only sees the scenario

} // namespace

// Scrapes every target once per round, never two rounds at once, and feeds a MetricStore.
class RoundScraper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundScraper)

public:
    using Clock = std::function<qint64()>;

    RoundScraper(MetricStore *store, Clock simNow, QObject *parent = nullptr)
        : QObject(parent)
        , m_store(store)
        , m_simNow(std::move(simNow))
    {
        m_timer.setInterval(kRoundIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, &RoundScraper::startRound);
    }

    void addTarget(int id, const QString &service, const QUrl &url)
    {
        m_targets.push_back(std::make_unique<Target>(Target{id, service, url, ExpositionParser()}));
    }
    void start()
    {
        startRound();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

Q_SIGNALS:
    void roundFinished(qint64 timestampMs);

private:
    struct Target
    {
        int id;
        QString service;
        QUrl url;
        ExpositionParser parser;
    };

    void startRound()
    {
        if (m_pending > 0)
            return; // the previous round is still running: keep each target's scrapes in order
        m_roundMs = m_simNow();
        m_pending = int(m_targets.size());
        for (const std::unique_ptr<Target> &target : m_targets) {
            QNetworkRequest request(target->url);
            request.setTransferTimeout(3000);
            QNetworkReply *reply = m_network.get(request);
            auto started = std::make_shared<QElapsedTimer>();
            started->start();
            Target *t = target.get();
            const qint64 roundMs = m_roundMs;
            connect(reply, &QNetworkReply::finished, this,
                    [this, reply, t, roundMs, started] { finish(reply, *t, roundMs, started->elapsed()); });
        }
    }

    void finish(QNetworkReply *reply, Target &target, qint64 roundMs, qint64 elapsedMs)
    {
        reply->deleteLater();
        ScrapeResult result;
        result.targetId = target.id;
        result.service = target.service;
        result.instance = target.url.authority();
        result.timestampMs = roundMs;
        result.durationSeconds = double(elapsedMs) / 1000.0;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError) {
            result.error = reply->errorString();
        } else if (status != 200) {
            result.error = u"HTTP %1"_s.arg(status);
        } else {
            ParseResult parsed = target.parser.parse(reply->readAll());
            if (parsed.ok()) {
                result.up = true;
                result.families = std::move(parsed.families);
            } else {
                result.error = parsed.error->toString();
            }
        }
        m_store->ingest(result);
        if (--m_pending == 0)
            Q_EMIT roundFinished(roundMs);
    }

    MetricStore *m_store;
    Clock m_simNow;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    std::vector<std::unique_ptr<Target>> m_targets;
    int m_pending = 0;
    qint64 m_roundMs = 0;
};

class TestDerivedMetricsPaysim final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void baselineHasEveryServiceMetric();
    void scenarioMovesMetrics_data();
    void scenarioMovesMetrics();
    void crashTakesServiceDown();

private:
    struct Measured
    {
        MetricsSnapshot baseline;
        MetricsSnapshot during;
    };

    qint64 simNow() const { return m_simAtSync + qint64(kSpeed * double(m_sinceSync.elapsed())); }
    // A fresh store: kBaselineRounds rounds, then the scenario, then kScenarioRounds rounds.
    bool measure(const QString &scenario, const QString &service, Measured &out);
    bool collect(RoundScraper &scraper, int rounds, qint64 &lastRoundMs);

    PaysimProcess m_paysim;
    qint64 m_simAtSync = 0;
    QElapsedTimer m_sinceSync;
};

void TestDerivedMetricsPaysim::initTestCase()
{
    const QString error = m_paysim.start({u"--seed"_s, u"7"_s, u"--speed"_s, QString::number(kSpeed),
                                          u"--start-time"_s, u"2024-05-01T12:00:00Z"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_paysim.services().size(), 4);

    // Map real time to paysim's simulated time once; both clocks are steady.
    QByteArray body;
    QCOMPARE(m_paysim.control("GET", u"/scenarios"_s, &body), 200);
    const QJsonObject state = QJsonDocument::fromJson(body).object();
    m_simAtSync = qint64(state.value(u"simulated_time_ms"_s).toDouble());
    m_sinceSync.start();
    QVERIFY(m_simAtSync > 0);
}

void TestDerivedMetricsPaysim::cleanupTestCase()
{
    m_paysim.stop();
}

bool TestDerivedMetricsPaysim::collect(RoundScraper &scraper, int rounds, qint64 &lastRoundMs)
{
    QSignalSpy finished(&scraper, &RoundScraper::roundFinished);
    while (finished.count() < rounds) {
        if (!finished.wait(15'000))
            return false;
    }
    lastRoundMs = finished.constLast().constFirst().toLongLong();
    return true;
}

bool TestDerivedMetricsPaysim::measure(const QString &scenario, const QString &service, Measured &out)
{
    if (m_paysim.control("DELETE", u"/scenario"_s) != 200)
        return false;

    MetricStore::Config config;
    config.rateWindowMs = kWindowMs;
    MetricStore store(config);
    RoundScraper scraper(&store, [this] { return simNow(); });
    int id = 0;
    for (const QString &name : m_paysim.services())
        scraper.addTarget(++id, name, QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(m_paysim.port(name))));
    scraper.start();

    qint64 lastRoundMs = 0;
    if (!collect(scraper, kBaselineRounds, lastRoundMs))
        return false;
    out.baseline = store.snapshot(lastRoundMs);

    QString path = u"/scenario/"_s + scenario;
    if (!service.isEmpty())
        path += u"?service="_s + service;
    if (m_paysim.control("PUT", path) != 200)
        return false;
    if (!collect(scraper, kScenarioRounds, lastRoundMs))
        return false;
    out.during = store.snapshot(lastRoundMs);
    scraper.stop();
    return m_paysim.control("DELETE", u"/scenario"_s) == 200;
}

void TestDerivedMetricsPaysim::baselineHasEveryServiceMetric()
{
    Measured m;
    // The baseline of a scenario that only touches another service is a plain baseline.
    QVERIFY(measure(u"account-theft"_s, u"payment_frontend"_s, m));
    const MetricsSnapshot &s = m.baseline;
    QCOMPARE(s.services.size(), 4);
    for (const ServiceState &state : s.services) {
        QCOMPARE(state.state, ServiceState::State::Up);
        QCOMPARE(state.instancesUp, 1);
    }
    const QStringList perService = {u"tps"_s,
                                    u"failure_ratio"_s,
                                    u"latency_avg"_s,
                                    u"latency_p50"_s,
                                    u"latency_p95"_s,
                                    u"latency_p99"_s,
                                    u"db_latency_avg"_s,
                                    u"db_latency_p95"_s,
                                    u"external_latency_avg"_s,
                                    u"external_latency_p95"_s,
                                    u"cpu_percent"_s,
                                    u"memory_bytes"_s,
                                    u"open_fds"_s,
                                    u"request_rate"_s,
                                    u"rejection_ratio"_s,
                                    u"login_failure_rate"_s,
                                    u"suspicious_rate"_s,
                                    u"availability"_s,
                                    u"up"_s,
                                    u"scrape_duration"_s};
    for (const QString &service : m_paysim.services()) {
        for (const QString &metric : perService) {
            QVERIFY2(s.value(metric, service).has_value(), qPrintable(metric + u" of "_s + service));
            QVERIFY2(s.value(metric).has_value(), qPrintable(metric + u" in total"_s));
        }
    }
    QVERIFY(s.value(u"external_latency_p95"_s, u"payment_gateway"_s, u"card_network"_s).has_value());
    QVERIFY(s.value(u"external_latency_p95"_s, u"payment_backend"_s, u"bank"_s).has_value());
    for (const MetricValue &v : s.values) {
        QVERIFY2(std::isfinite(v.value) && v.value >= 0, qPrintable(v.metric + u" of "_s + v.service));
        QVERIFY(DerivedMetricCatalog::contains(v.metric));
    }
    // Sanity of magnitudes: a payment service at midday.
    QVERIFY(*s.value(u"tps"_s) > 10);
    QVERIFY(*s.value(u"failure_ratio"_s) < 0.1);
    QVERIFY(*s.value(u"latency_p95"_s) > 0.01 && *s.value(u"latency_p95"_s) < 5);
    QCOMPARE(*s.value(u"up"_s), 1.0);
    QCOMPARE(*s.value(u"availability"_s), 1.0);
}

void TestDerivedMetricsPaysim::scenarioMovesMetrics_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("service");   // where the scenario is put; empty: its default services
    QTest::addColumn<QStringList>("checks"); // "metric|service|peer|factor": during >= factor x baseline

    QTest::newRow("slow-db") << u"slow-db"_s << QString()
                             << QStringList{u"db_latency_p95|payment_backend||5"_s,
                                            u"db_latency_avg|payment_backend||5"_s,
                                            u"latency_p95|payment_backend||2"_s,
                                            u"latency_avg|payment_backend||2"_s};
    QTest::newRow("slow-external") << u"slow-external"_s << QString()
                                   << QStringList{u"external_latency_p95|payment_gateway|card_network|3"_s,
                                                  u"external_latency_p95|payment_gateway||2"_s,
                                                  u"external_latency_avg|payment_gateway||2"_s,
                                                  u"latency_p95|payment_gateway||1.5"_s};
    QTest::newRow("network-delay") << u"network-delay"_s << QString()
                                   << QStringList{u"latency_p95|||1.5"_s,
                                                  u"latency_avg|||1.5"_s,
                                                  u"external_latency_avg|||1.5"_s,
                                                  u"failure_ratio|||1.5"_s,
                                                  u"failure_ratio|payment_gateway||1.5"_s};
    QTest::newRow("gateway-anomaly") << u"gateway-anomaly"_s << QString()
                                     << QStringList{u"failure_ratio|payment_gateway||3"_s,
                                                    u"rejection_ratio|payment_gateway||3"_s};
    QTest::newRow("resource-exhaustion") << u"resource-exhaustion"_s << QString()
                                         << QStringList{u"cpu_percent|payment_backend||1.5"_s,
                                                        u"memory_bytes|payment_backend||1.2"_s,
                                                        u"latency_avg|payment_backend||1.1"_s};
    QTest::newRow("ddos") << u"ddos"_s << QString()
                          << QStringList{u"request_rate|payment_frontend||3"_s,
                                         u"rejection_ratio|payment_frontend||3"_s,
                                         u"cpu_percent|payment_frontend||1.2"_s};
    QTest::newRow("account-theft") << u"account-theft"_s << QString()
                                   << QStringList{u"login_failure_rate|payment_frontend||3"_s,
                                                  u"suspicious_rate|payment_frontend||3"_s};
}

void TestDerivedMetricsPaysim::scenarioMovesMetrics()
{
    QFETCH(QString, scenario);
    QFETCH(QString, service);
    QFETCH(QStringList, checks);

    Measured m;
    QVERIFY(measure(scenario, service, m));
    for (const QString &check : std::as_const(checks)) {
        const QStringList f = check.split(u'|');
        QCOMPARE(f.size(), 4);
        const std::optional<double> before = m.baseline.value(f[0], f[1], f[2]);
        const std::optional<double> after = m.during.value(f[0], f[1], f[2]);
        QVERIFY2(before.has_value(), qPrintable(u"no baseline "_s + check));
        QVERIFY2(after.has_value(), qPrintable(u"no value during the scenario: "_s + check));
        const double factor = f[3].toDouble();
        const QString message = u"%1: baseline %2, during %3 (wanted x%4)"_s.arg(check)
                                    .arg(*before, 0, 'g', 4)
                                    .arg(*after, 0, 'g', 4)
                                    .arg(factor);
        QVERIFY2(*after > *before && *after >= factor * *before, qPrintable(message));
        qInfo().noquote() << message;
    }
    for (const ServiceState &state : m.during.services)
        QVERIFY2(state.instancesUp == 1, qPrintable(state.service)); // nothing crashed
}

void TestDerivedMetricsPaysim::crashTakesServiceDown()
{
    Measured m;
    QVERIFY(measure(u"crash"_s, u"payment_gateway"_s, m));
    QCOMPARE(*m.baseline.value(u"up"_s, u"payment_gateway"_s), 1.0);
    QVERIFY(m.baseline.value(u"tps"_s, u"payment_gateway"_s).has_value());

    const MetricsSnapshot &s = m.during;
    const ServiceState *gateway = s.serviceState(u"payment_gateway"_s);
    QVERIFY(gateway);
    QCOMPARE(gateway->state, ServiceState::State::Down);
    QCOMPARE(gateway->instancesUp, 0);
    QVERIFY(!gateway->reason.isEmpty());
    qInfo().noquote() << "payment_gateway down:" << gateway->reason;
    QCOMPARE(*s.value(u"up"_s, u"payment_gateway"_s), 0.0);
    QVERIFY(*s.value(u"availability"_s, u"payment_gateway"_s) < 1.0);
    QCOMPARE(*s.value(u"up"_s), 0.75);
    // no current value from a target that is down; the last ones are kept apart, with their time
    QVERIFY(!s.value(u"tps"_s, u"payment_gateway"_s).has_value());
    QVERIFY(!s.value(u"latency_p95"_s, u"payment_gateway"_s).has_value());
    const std::optional<MetricValue> stale = s.staleValue(u"tps"_s, u"payment_gateway"_s);
    QVERIFY(stale.has_value());
    QCOMPARE(stale->timestampMs, gateway->lastSuccessMs);
    QVERIFY(stale->timestampMs < s.timestampMs);
    // the others stay up, and the callers feel it: the frontend's calls to the gateway fail
    QCOMPARE(s.serviceState(u"payment_frontend"_s)->state, ServiceState::State::Up);
    QVERIFY(*s.value(u"failure_ratio"_s, u"payment_frontend"_s) > *m.baseline.value(u"failure_ratio"_s, u"payment_frontend"_s));
}

QTEST_GUILESS_MAIN(TestDerivedMetricsPaysim)
#include "test_derivedmetrics_paysim.moc"
