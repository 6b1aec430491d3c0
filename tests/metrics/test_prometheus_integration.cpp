// PrometheusSource against a REAL Prometheus (Debian's /usr/bin/prometheus) scraping the real
// paysim every second, side by side with the console's own direct polling of the same paysim
// (ScrapeWorker every second -> MetricStore): after about 30 s of real time both must show the same
// picture within the tolerances below, history must come back from query_range, a crashed service
// must be Down (not a stale green), and a Prometheus that went away must leave every service Unknown
// with the reason in words. Skipped only when the prometheus binary is not installed.
//
// Nothing sleeps: everything is awaited with QSignalSpy::wait / QTRY_*.
#include "models/core/workerthread.h"
#include "models/metrics/metricstore.h"
#include "models/metrics/prometheussource.h"
#include "models/metrics/scrapethread.h"
#include "tests/support/paysimprocess.h"
#include "tests/support/prometheusprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kScrapeInterval = QStringLiteral("1s"); // both Prometheus and the ScrapeWorker
const QString kScrapeTimeout = QStringLiteral("800ms");
constexpr int kPollIntervalMs = 2000;     // PrometheusSource
constexpr qint64 kRunMs = 65'000;         // real time both run before comparing: full 1 m windows
constexpr int kComparedPolls = 5;         // the comparison averages the last polls

// Tolerances. Both sides see the same counters of the same paysim, but not at the same instants:
// Prometheus scrapes on its own 1 s schedule (with its own offset), the ScrapeWorker on another,
// and the console asks Prometheus at its poll instant, so the two 1-minute rate windows start and
// end up to a second apart and hold one sample more or less (of ~60): a few % on a rate, more
// as paysim's traffic is noisy second by second. While a window is still filling the two differ by
// design (Prometheus' rate() divides by the whole minute, the console rates what it has scraped),
// so the comparison waits until both windows are full. A ratio of rare
// failures moves by a fraction of a point with a second's shift; a p95 interpolated inside a wide
// histogram bucket moves most when a few observations land in another bucket.
// Hence: rates and averages 15 %, ratios 2 percentage points, p95 25 %. Measured on the
// development machine over two runs (mean of the last 5 polls): rates within 0.4-4.0 %, ratios
// within 0.06 pp, latency_avg within 0.3 %, p95 within 1.9 %.
constexpr double kRateTolerance = 0.15;
constexpr double kRatioTolerance = 0.02;
constexpr double kQuantileTolerance = 0.25;

} // namespace

// Receives the source's snapshots on the test's thread and pairs each with the direct polling's
// snapshot at the very same instant.
class SnapshotPairs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotPairs)

public:
    explicit SnapshotPairs(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    void ingest(const payops::ScrapeResult &result) { m_store.ingest(result); }
    void ingestHealth(const payops::HealthStatus &status) { m_store.ingestHealth(status); }
    void onPublished(const payops::MetricsSnapshot &snapshot)
    {
        m_viaPrometheus.append(snapshot);
        m_direct.append(m_store.snapshot(snapshot.timestampMs));
        Q_EMIT paired();
    }
    void onFailed(const QString &message) { m_errors.append(message); }

    QList<MetricsSnapshot> m_viaPrometheus;
    QList<MetricsSnapshot> m_direct;
    QStringList m_errors;

Q_SIGNALS:
    void paired();

private:
    MetricStore m_store;
};

class TestPrometheusIntegration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void agreesWithDirectPolling();
    void historyFromQueryRange();
    void crashedServiceIsDown();
    void prometheusGoneLeavesServicesUnknown();

private:
    // Waits for `count` more snapshot pairs.
    bool waitForPolls(int count);

    PaysimProcess m_paysim;
    PrometheusProcess m_prometheus;
    QList<ServiceTarget> m_targets;

    std::unique_ptr<ScrapeThread> m_scrape;
    std::unique_ptr<WorkerThread<PrometheusSource>> m_source;
    SnapshotPairs m_pairs;
};

void TestPrometheusIntegration::initTestCase()
{
    if (!PrometheusProcess::isInstalled())
        QSKIP("prometheus is not installed (Debian package \"prometheus\")");

    // paysim in real time: Prometheus stamps samples with its own clock.
    const QString error = m_paysim.start({u"--seed"_s, u"7"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_targets = m_paysim.targets(kScrapeInterval, kScrapeTimeout);
    QCOMPARE(m_targets.size(), 4);

    // Prometheus scraping the four services every second, each with its service label. The direct
    // polling starts when Prometheus has scraped every service once (start() waits for that), so both
    // rate windows begin within a second. (Started together, Prometheus' windows would hold ~5 s less
    // data for the first minute, and rate() divides by the whole window: every rate ~13 % lower.)
    const QString started = m_prometheus.start(m_targets, kScrapeInterval, kScrapeTimeout);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    m_scrape = std::make_unique<ScrapeThread>();
    connect(m_scrape->worker(), &ScrapeWorker::scraped, &m_pairs, &SnapshotPairs::ingest);
    connect(m_scrape->worker(), &ScrapeWorker::healthChecked, &m_pairs, &SnapshotPairs::ingestHealth);
    m_scrape->start(m_targets);

    PrometheusSourceConfig sourceConfig;
    sourceConfig.baseUrl = m_prometheus.url();
    sourceConfig.intervalMs = kPollIntervalMs;
    sourceConfig.timeoutMs = 5000;
    QVERIFY2(sourceConfig.validate().isEmpty(), qPrintable(sourceConfig.validate().join(u"; "_s)));
    m_source = std::make_unique<WorkerThread<PrometheusSource>>(u"prometheus"_s, sourceConfig,
                                                                 PrometheusSource::Clock());
    connect(m_source->worker(), &PrometheusSource::published, &m_pairs, &SnapshotPairs::onPublished);
    connect(m_source->worker(), &PrometheusSource::failed, &m_pairs, &SnapshotPairs::onFailed);
    QMetaObject::invokeMethod(m_source->worker(), &PrometheusSource::start);
}

void TestPrometheusIntegration::cleanupTestCase()
{
    m_source.reset();
    m_scrape.reset();
    m_prometheus.stop();
    m_paysim.stop();
}

bool TestPrometheusIntegration::waitForPolls(int count)
{
    QSignalSpy paired(&m_pairs, &SnapshotPairs::paired);
    while (paired.size() < count) {
        if (!paired.wait(20'000))
            return false;
    }
    return true;
}

void TestPrometheusIntegration::agreesWithDirectPolling()
{
    QElapsedTimer running;
    running.start();
    while (running.elapsed() < kRunMs)
        QVERIFY(waitForPolls(1));
    QVERIFY(waitForPolls(kComparedPolls));

    const qsizetype n = m_pairs.m_viaPrometheus.size();
    const MetricsSnapshot &last = m_pairs.m_viaPrometheus.constLast();
    QCOMPARE(last.services.size(), 4);
    for (const ServiceState &state : last.services) {
        QVERIFY2(state.state == ServiceState::State::Up, qPrintable(state.service + u": "_s + state.reason));
        QCOMPARE(state.instancesUp, 1);
        QCOMPARE(state.instances, 1);
    }
    QCOMPARE(last.value(u"up"_s), std::optional<double>(1.0));
    QCOMPARE(last.value(u"availability"_s), std::optional<double>(1.0));
    QVERIFY(last.value(u"external_latency_p95"_s, u"payment_gateway"_s, u"card_network"_s).has_value());
    QVERIFY(last.value(u"external_latency_p95"_s, QString(), u"bank"_s).has_value());
    QVERIFY(last.value(u"scrape_duration"_s).has_value());
    QVERIFY(last.value(u"memory_bytes"_s, u"payment_gateway"_s).has_value());
    QVERIFY2(m_pairs.m_errors.isEmpty(), qPrintable(m_pairs.m_errors.join(u'\n')));

    struct Check
    {
        QString metric;
        double tolerance;
        bool absolute;
    };
    const QList<Check> checks = {
        {u"tps"_s, kRateTolerance, false},
        {u"request_rate"_s, kRateTolerance, false},
        {u"failure_ratio"_s, kRatioTolerance, true},
        {u"rejection_ratio"_s, kRatioTolerance, true},
        {u"latency_avg"_s, kRateTolerance, false},
        {u"latency_p95"_s, kQuantileTolerance, false},
    };
    QStringList services{QString()};
    for (const ServiceTarget &target : std::as_const(m_targets))
        services.append(target.service);
    for (const Check &check : checks) {
        for (const QString &service : std::as_const(services)) {
            // Mean over the last polls of each side, at the same instants.
            double viaPrometheus = 0, direct = 0;
            for (qsizetype i = n - kComparedPolls; i < n; ++i) {
                const std::optional<double> p = m_pairs.m_viaPrometheus.at(i).value(check.metric, service);
                const std::optional<double> d = m_pairs.m_direct.at(i).value(check.metric, service);
                const QString what = check.metric + u" of "_s + (service.isEmpty() ? u"all"_s : service);
                QVERIFY2(p.has_value(), qPrintable(what + u" missing via Prometheus"_s));
                QVERIFY2(d.has_value(), qPrintable(what + u" missing from direct polling"_s));
                viaPrometheus += *p / kComparedPolls;
                direct += *d / kComparedPolls;
            }
            const double deviation = check.absolute ? std::abs(viaPrometheus - direct)
                                                    : std::abs(viaPrometheus - direct) / std::max(std::abs(direct), 1e-12);
            const QString message = u"%1 of %2: via Prometheus %3, direct %4, deviation %5%6 (allowed %7%6)"_s
                                        .arg(check.metric, service.isEmpty() ? u"all"_s : service)
                                        .arg(viaPrometheus, 0, 'g', 5)
                                        .arg(direct, 0, 'g', 5)
                                        .arg(check.absolute ? deviation * 100 : deviation * 100, 0, 'f', 2)
                                        .arg(check.absolute ? u" pp"_s : u" %"_s)
                                        .arg(check.tolerance * 100);
            qInfo().noquote() << message;
            QVERIFY2(deviation <= check.tolerance, qPrintable(message));
        }
    }
}

void TestPrometheusIntegration::historyFromQueryRange()
{
    const QStringList series = {u"tps"_s,
                                u"tps{service=\"payment_gateway\"}"_s,
                                u"latency_p95{service=\"payment_backend\"}"_s,
                                u"external_latency_p95{peer=\"card_network\",service=\"payment_gateway\"}"_s,
                                u"up{service=\"payment_frontend\"}"_s,
                                u"availability"_s};
    const qint64 toMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 fromMs = toMs - 60'000;
    PrometheusSource *source = m_source->worker();
    QSignalSpy loaded(source, &PrometheusSource::loaded);
    QList<SeriesKey> keys;
    for (const QString &name : series)
        keys.append(*SeriesKey::parse(name));
    QMetaObject::invokeMethod(source, [source, keys, fromMs, toMs] { source->load(42, {keys, fromMs, toMs, {}}); });
    QVERIFY(loaded.wait(30'000));
    const QList<QVariant> answer = loaded.takeFirst();
    QCOMPARE(answer.at(0).toULongLong(), quint64(42));
    QCOMPARE(answer.at(1).value<QList<SeriesKey>>(), keys);
    const QList<HistoryRead> reads = answer.at(2).value<QList<HistoryRead>>();
    QCOMPARE(reads.size(), series.size());
    const double lastTps = *m_pairs.m_viaPrometheus.constLast().value(u"tps"_s);
    for (qsizetype i = 0; i < reads.size(); ++i) {
        const HistoryRead &read = reads.at(i);
        QVERIFY2(!read.error, qPrintable(series.at(i) + u": "_s + read.error.value_or(QString())));
        // ~30 s of data at a 1 s step (a minute asked for, the first seconds before any scrape).
        QVERIFY2(read.points.size() >= 20, qPrintable(series.at(i) + u": %1 points"_s.arg(read.points.size())));
        for (qsizetype p = 1; p < read.points.size(); ++p)
            QVERIFY(read.points.at(p).timestampMs - read.points.at(p - 1).timestampMs >= 1000);
        QVERIFY(read.points.constFirst().timestampMs >= fromMs - 1000);
        QVERIFY(read.points.constLast().timestampMs <= toMs);
        for (const SeriesPoint &point : read.points)
            QVERIFY(std::isfinite(point.value) && point.value >= 0);
    }
    QCOMPARE(reads.at(4).points.constLast().value, 1.0); // up
    const double historyTps = reads.at(0).points.constLast().value;
    qInfo().noquote() << "history:" << reads.at(0).points.size() << "points of tps, last" << historyTps
                      << "; last polled tps" << lastTps;
    QVERIFY(std::abs(historyTps - lastTps) <= kRateTolerance * lastTps);
}

void TestPrometheusIntegration::crashedServiceIsDown()
{
    QCOMPARE(m_paysim.control("PUT", u"/scenario/crash?service=payment_gateway"_s), 200);
    // Prometheus notices at its next scrape; the source at its next poll.
    QSignalSpy paired(&m_pairs, &SnapshotPairs::paired);
    const auto gatewayDown = [this] {
        const ServiceState *state = m_pairs.m_viaPrometheus.constLast().serviceState(u"payment_gateway"_s);
        return state && state->state == ServiceState::State::Down;
    };
    QTRY_VERIFY_WITH_TIMEOUT(gatewayDown(), 30'000);
    const MetricsSnapshot s = m_pairs.m_viaPrometheus.constLast();
    const ServiceState *gateway = s.serviceState(u"payment_gateway"_s);
    qInfo().noquote() << "payment_gateway:" << gateway->reason;
    QVERIFY(gateway->reason.contains(m_targets.at(1).instance()));
    QCOMPARE(gateway->instancesUp, 0);
    QCOMPARE(s.value(u"up"_s, u"payment_gateway"_s), std::optional<double>(0.0));
    QCOMPARE(s.value(u"up"_s), std::optional<double>(0.75));
    QVERIFY(!s.value(u"tps"_s, u"payment_gateway"_s).has_value()); // never a number of a service down
    const std::optional<MetricValue> stale = s.staleValue(u"tps"_s, u"payment_gateway"_s);
    QVERIFY(stale.has_value());
    QCOMPARE(stale->timestampMs, gateway->lastSuccessMs);
    QVERIFY(stale->timestampMs < s.timestampMs);
    QCOMPARE(s.serviceState(u"payment_frontend"_s)->state, ServiceState::State::Up);
    QCOMPARE(m_paysim.control("DELETE", u"/scenario"_s), 200);
}

void TestPrometheusIntegration::prometheusGoneLeavesServicesUnknown()
{
    m_prometheus.stop();
    const auto allUnknown = [this] {
        const MetricsSnapshot &s = m_pairs.m_viaPrometheus.constLast();
        return s.services.size() == 4 && std::all_of(s.services.cbegin(), s.services.cend(), [](const ServiceState &state) {
                   return state.state == ServiceState::State::Unknown;
               });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allUnknown(), 30'000);
    const MetricsSnapshot &s = m_pairs.m_viaPrometheus.constLast();
    QCOMPARE(s.services.at(0).reason, u"Prometheus could not be asked: connection refused"_s);
    QVERIFY(s.values.isEmpty());
    QVERIFY(!m_pairs.m_errors.isEmpty());
    qInfo().noquote() << m_pairs.m_errors.constLast().left(200);
}

QTEST_GUILESS_MAIN(TestPrometheusIntegration)
#include "test_prometheus_integration.moc"
