// MetricStore and DerivedMetricCatalog: every derived metric against hand-computed values.
//
// Unless a test says otherwise, targets are scraped every 15 s at T0, T0+15 s, ..., T0+60 s and the
// snapshot is taken at T0+60 s with the default 60 s window. The range [now-60 s, now] then starts
// and ends exactly on a scrape, so PromQL's rate() extrapolates nothing:
//   rate = (last - first + counter-reset corrections) / 60 s.
#include "models/metrics/derivedmetriccatalog.h"
#include "models/metrics/expositionparser.h"
#include "models/metrics/metricstore.h"
#include "models/services/healthstatus.h"

#include <QFile>
#include <QLocale>
#include <QTest>

#include <cmath>
#include <map>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 T0 = 1'700'000'000'000;
constexpr qint64 kStepMs = 15'000;
constexpr int kScrapes = 5; // k = 0..4: T0 .. T0+60 s

qint64 at(int k)
{
    return T0 + k * kStepMs;
}

// Exposition text built line by line.
class Exposition
{
public:
    Exposition &type(const char *name, const char *type)
    {
        m_text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        return *this;
    }
    Exposition &sample(const char *name, const QByteArray &labels, double value)
    {
        m_text.append(name);
        if (!labels.isEmpty())
            m_text.append('{').append(labels).append('}');
        m_text.append(' ').append(QByteArray::number(value, 'g', 17)).append('\n');
        return *this;
    }
    // A histogram whose cumulative bucket counts, sum and count are given for one scrape.
    Exposition &histogram(const char *name, const QByteArray &labels, const QList<QByteArray> &bounds,
                          const QList<double> &cumulative, double sum, double count)
    {
        const QByteArray prefix = labels.isEmpty() ? QByteArray() : QByteArray(labels + ',');
        const QByteArray bucket = QByteArray(name).append("_bucket");
        for (qsizetype i = 0; i < bounds.size(); ++i)
            sample(bucket.constData(), QByteArray(prefix + "le=\"" + bounds.at(i) + '"'), cumulative.at(i));
        sample(QByteArray(name).append("_sum").constData(), labels, sum);
        sample(QByteArray(name).append("_count").constData(), labels, count);
        return *this;
    }
    QByteArray text() const { return m_text; }

private:
    QByteArray m_text;
};

// Feeds a store like the ScrapeWorker does: one parser per target.
class Feeder
{
public:
    explicit Feeder(MetricStore &store)
        : m_store(store)
    {
    }

    void up(int target, const QString &service, qint64 timestampMs, const QByteArray &text, double duration = 0.05)
    {
        ParseResult parsed = m_parsers[target].parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->toString() : QString()));
        ScrapeResult r;
        r.targetId = target;
        r.service = service;
        r.instance = u"10.0.0.%1:9100"_s.arg(target);
        r.timestampMs = timestampMs;
        r.up = true;
        r.durationSeconds = duration;
        r.families = std::move(parsed.families);
        m_store.ingest(r);
    }

    void down(int target, const QString &service, qint64 timestampMs, const QString &error, double duration = 3.0)
    {
        ScrapeResult r;
        r.targetId = target;
        r.service = service;
        r.instance = u"10.0.0.%1:9100"_s.arg(target);
        r.timestampMs = timestampMs;
        r.up = false;
        r.durationSeconds = duration;
        r.error = error;
        m_store.ingest(r);
    }

private:
    MetricStore &m_store;
    std::map<int, ExpositionParser> m_parsers;
};

// payment_transactions_total growing at `success`/s and `failed`/s from the given bases.
QByteArray transactions(int k, double success, double failed, double successBase = 0, double failedBase = 0)
{
    const double seconds = double(k) * 15;
    return Exposition()
        .type("payment_transactions_total", "counter")
        .sample("payment_transactions_total", "status=\"success\"", successBase + success * seconds)
        .sample("payment_transactions_total", "status=\"failed\"", failedBase + failed * seconds)
        .text();
}

const QList<QByteArray> kBounds = {"0.1", "0.5", "1", "+Inf"};

// A request-duration histogram whose buckets grow at the given per-second rates.
QByteArray requestHistogram(const char *name, int k, const QList<double> &bucketRates, double sumRate,
                            double countRate, const QByteArray &labels = {})
{
    const double seconds = double(k) * 15;
    QList<double> cumulative;
    for (double rate : bucketRates)
        cumulative.append(rate * seconds);
    return Exposition()
        .type(name, "histogram")
        .histogram(name, labels, kBounds, cumulative, sumRate * seconds, countRate * seconds)
        .text();
}

QString processCpu(double cpuSeconds, double memory, double fds)
{
    return QString::fromLatin1(Exposition()
                                   .type("process_cpu_seconds_total", "counter")
                                   .sample("process_cpu_seconds_total", {}, cpuSeconds)
                                   .type("process_resident_memory_bytes", "gauge")
                                   .sample("process_resident_memory_bytes", {}, memory)
                                   .type("process_open_fds", "gauge")
                                   .sample("process_open_fds", {}, fds)
                                   .text());
}

bool near(double actual, double expected)
{
    return std::fabs(actual - expected) <= 1e-9 * std::max(1.0, std::fabs(expected));
}

// Two scrapes of a real node_exporter capture, 15 s apart (at T0 and T0 + 15 s): per CPU idle
// +9 s, user +4 s, system +2 s in between.
void ingestNodeExporter(MetricStore &store, int targetId, const QString &service, const QString &instance)
{
    QFile file(QStringLiteral(PAYOPS_TEST_DATA_DIR "/exposition/node_exporter.prom"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray capture = file.readAll();
    ExpositionParser parser;
    ParseResult first = parser.parse(capture);
    QVERIFY(first.ok());
    ParseResult second = parser.parse(capture);
    for (MetricFamily &family : second.families) {
        if (family.name != u"node_cpu_seconds_total")
            continue;
        for (Sample &sample : family.samples) {
            const QString mode = sample.labelValue(u"mode");
            sample.value += mode == u"idle" ? 9 : mode == u"user" ? 4 : mode == u"system" ? 2 : 0;
        }
    }
    ScrapeResult r;
    r.targetId = targetId;
    r.service = service;
    r.instance = instance;
    r.up = true;
    r.timestampMs = T0;
    r.families = first.families;
    store.ingest(r);
    r.timestampMs = T0 + 15'000;
    r.families = second.families;
    store.ingest(r);
}

} // namespace

#define COMPARE_VALUE(snapshot, metric, service, expected)                                                       \
    do {                                                                                                         \
        const std::optional<double> actual_ = (snapshot).value(QStringLiteral(metric), service);                 \
        QVERIFY2(actual_.has_value(), qPrintable(QStringLiteral(metric " of ") + QString(service)               \
                                                 + QStringLiteral(": no value")));                              \
        QVERIFY2(near(*actual_, expected),                                                                       \
                 qPrintable(QStringLiteral(metric " of ") + QString(service) + QStringLiteral(": ")             \
                            + QString::number(*actual_, 'g', 12) + QStringLiteral(" != ")                        \
                            + QString::number(expected, 'g', 12)));                                             \
    } while (false)

#define VERIFY_NO_VALUE(snapshot, metric, service)                                                               \
    QVERIFY2(!(snapshot).value(QStringLiteral(metric), service).has_value(),                                     \
             qPrintable(QStringLiteral(metric " of ") + QString(service) + QStringLiteral(" should have no value")))

class TestMetricStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogNames();
    void catalogFormats_data();
    void catalogFormats();

    void tpsAndFailureRatioPerServiceAndTotal();
    void ratesRightAfterStartCoverWhatWasScraped();
    void counterReset();
    void latencyQuantilesFromSummedBucketRates();
    void onlyInfBucketIsNoValue();
    void zeroTrafficHasNoRatios();
    void dbAndExternalLatencyPerPeer();
    void processCpuMemoryAndFds();
    void requestsRejectionsLoginsSuspicious();
    void hostCpuAndMemoryFromNodeExporter();
    void nodeExporterServesEveryServiceOnItsHost();
    void peersPerServiceAreCapped();
    void availabilityOverWindow();
    void failedTargetIsDownAtOnceWithStaleValues();
    void partlyDownServiceIsDegraded();
    void unscrapedTargetGoesDown();
    void healthDegradesService();
    void ringStaysBoundedByWindow();
    void windowWidensToTwoScrapes();
    void changingExpositionKeepsSeriesApart();
};

void TestMetricStore::catalogNames()
{
    const QStringList expected = {u"tps"_s, u"failure_ratio"_s, u"latency_avg"_s, u"latency_p50"_s,
                                  u"latency_p95"_s, u"latency_p99"_s, u"db_latency_avg"_s, u"db_latency_p95"_s,
                                  u"external_latency_avg"_s, u"external_latency_p95"_s, u"cpu_percent"_s,
                                  u"memory_bytes"_s, u"open_fds"_s, u"host_cpu_percent"_s, u"host_memory_percent"_s,
                                  u"request_rate"_s, u"rejection_ratio"_s, u"login_failure_rate"_s,
                                  u"suspicious_rate"_s, u"availability"_s, u"up"_s, u"scrape_duration"_s,
                                  u"task_failed"_s, u"task_overdue"_s};
    QStringList names;
    for (const DerivedMetric &m : DerivedMetricCatalog::all()) {
        names << m.name();
        QVERIFY(!m.title().isEmpty());
        QCOMPARE(DerivedMetricCatalog::metric(m.id()).name(), m.name());
        QCOMPARE(DerivedMetricCatalog::find(m.name())->id(), m.id());
        QCOMPARE(m.perPeer(), m.name().startsWith(u"external_"));
        QCOMPARE(m.isScraped(), !m.name().startsWith(u"task_"));
    }
    QCOMPARE(names, expected);
    QVERIFY(!DerivedMetricCatalog::contains(u"no_such_metric"));
    QCOMPARE(DerivedMetricCatalog::title(u"latency_p95"), u"95th percentile response time"_s);
    QCOMPARE(DerivedMetricCatalog::metric(DerivedMetricId::Tps).unit(), u"tx/s"_s);
    QCOMPARE(DerivedMetricCatalog::metric(DerivedMetricId::OpenFds).unit(), QString());
}

void TestMetricStore::catalogFormats_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    const QString en = u"en_US"_s;
    QTest::newRow("rate") << u"tps"_s << 1234.5 << en << u"1,234.5 tx/s"_s;
    QTest::newRow("small rate") << u"login_failure_rate"_s << 0.25 << en << u"0.25 /s"_s;
    QTest::newRow("zero rate") << u"request_rate"_s << 0.0 << en << u"0.0 req/s"_s;
    QTest::newRow("ratio") << u"failure_ratio"_s << 0.123 << en << u"12.3 %"_s;
    QTest::newRow("tiny ratio") << u"rejection_ratio"_s << 0.00042 << en << u"0.04 %"_s;
    QTest::newRow("up") << u"up"_s << 1.0 << en << u"100.0 %"_s;
    QTest::newRow("percent") << u"cpu_percent"_s << 12.34 << en << u"12.3 %"_s;
    QTest::newRow("ms") << u"latency_p95"_s << 0.245 << en << u"245 ms"_s;
    QTest::newRow("few ms") << u"db_latency_avg"_s << 0.0045 << en << u"4.5 ms"_s;
    QTest::newRow("sub-ms") << u"db_latency_p95"_s << 0.00045 << en << u"0.45 ms"_s;
    QTest::newRow("seconds") << u"latency_p99"_s << 1.25 << en << u"1.25 s"_s;
    QTest::newRow("long") << u"scrape_duration"_s << 119.0 << en << u"119 s"_s;
    QTest::newRow("minutes") << u"task_overdue"_s << 1860.0 << en << u"31 min"_s;
    QTest::newRow("hours") << u"task_overdue"_s << 9000.0 << en << u"2.5 h"_s;
    QTest::newRow("MiB") << u"memory_bytes"_s << 512.0 * 1024 * 1024 << en << u"512 MiB"_s;
    QTest::newRow("GiB") << u"memory_bytes"_s << 1.5 * 1024 * 1024 * 1024 << en << u"1.50 GiB"_s;
    QTest::newRow("bytes") << u"memory_bytes"_s << 900.0 << en << u"900 B"_s;
    QTest::newRow("count") << u"open_fds"_s << 1234.0 << en << u"1,234"_s;
    QTest::newRow("no value") << u"latency_p95"_s << std::nan("") << en << u"\u2014"_s;
    QTest::newRow("german rate") << u"tps"_s << 1234.5 << u"de_DE"_s << u"1.234,5 tx/s"_s;
    QTest::newRow("german percent") << u"host_memory_percent"_s << 45.67 << u"de_DE"_s << u"45,7 %"_s;
}

void TestMetricStore::catalogFormats()
{
    QFETCH(QString, metric);
    QFETCH(double, value);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(DerivedMetricCatalog::format(metric, value, QLocale(locale)), expected);
}

void TestMetricStore::tpsAndFailureRatioPerServiceAndTotal()
{
    MetricStore store;
    Feeder feed(store);
    for (int k = 0; k < kScrapes; ++k) {
        // gateway instance 1: success 100 -> 340 (4/s), failed 10 -> 22 (0.2/s)
        feed.up(1, u"payment_gateway"_s, at(k), transactions(k, 4, 0.2, 100, 10));
        // gateway instance 2: success 0 -> 240 (4/s), failed 0 -> 12 (0.2/s)
        feed.up(2, u"payment_gateway"_s, at(k), transactions(k, 4, 0.2));
        // backend: success 0 -> 600 (10/s), failed stays 5 (0/s)
        feed.up(3, u"payment_backend"_s, at(k), transactions(k, 10, 0, 0, 5));
    }
    const MetricsSnapshot s = store.snapshot(at(4));
    QCOMPARE(s.timestampMs, at(4));
    // gateway: tps = (4 + 0.2) + (4 + 0.2) = 8.4; failure ratio = 0.4 / 8.4
    COMPARE_VALUE(s, "tps", u"payment_gateway"_s, 8.4);
    COMPARE_VALUE(s, "failure_ratio", u"payment_gateway"_s, 0.4 / 8.4);
    // backend: tps = 10 + 0 = 10; failure ratio 0 / 10 = 0
    COMPARE_VALUE(s, "tps", u"payment_backend"_s, 10.0);
    COMPARE_VALUE(s, "failure_ratio", u"payment_backend"_s, 0.0);
    // all services: tps = 8.4 + 10 = 18.4; failure ratio = (0.4 + 0) / 18.4 (ratio of sums)
    COMPARE_VALUE(s, "tps", QString(), 18.4);
    COMPARE_VALUE(s, "failure_ratio", QString(), 0.4 / 18.4);

    QCOMPARE(s.services.size(), 2);
    const ServiceState *gateway = s.serviceState(u"payment_gateway"_s);
    QVERIFY(gateway);
    QCOMPARE(gateway->state, ServiceState::State::Up);
    QCOMPARE(gateway->instances, 2);
    QCOMPARE(gateway->instancesUp, 2);
    QCOMPARE(gateway->lastSuccessMs, at(4));
    COMPARE_VALUE(s, "up", u"payment_gateway"_s, 1.0);
    COMPARE_VALUE(s, "availability", QString(), 1.0);
    COMPARE_VALUE(s, "scrape_duration", QString(), 0.05);
    for (const MetricValue &v : s.values) {
        QVERIFY2(std::isfinite(v.value), qPrintable(v.metric));
        QCOMPARE(v.timestampMs, at(4));
        QVERIFY(DerivedMetricCatalog::contains(v.metric));
    }
    QVERIFY(s.staleValues.isEmpty());
}

void TestMetricStore::ratesRightAfterStartCoverWhatWasScraped()
{
    MetricStore store;
    Feeder feed(store);
    // The console has just started: two scrapes 15 s apart, 4 tx/s, in a 60 s window. PromQL would
    // divide the 60 transactions by the whole window: 1/s, a quarter of the traffic. Until the window
    // is filled the rate is taken over what was scraped: 60 over 15 s = 4/s.
    feed.up(1, u"payment_backend"_s, at(0), transactions(0, 4, 0));
    feed.up(1, u"payment_backend"_s, at(1), transactions(1, 4, 0));
    const MetricsSnapshot s = store.snapshot(at(1));
    COMPARE_VALUE(s, "tps", u"payment_backend"_s, 4.0);
}

void TestMetricStore::counterReset()
{
    MetricStore store;
    Feeder feed(store);
    // success: 100, 160, 20 (the process restarted), 80, 140.
    // increase = 140 - 100 + 160 (the value lost at the reset) = 200 -> rate = 200 / 60 = 3.3333/s;
    // failed stays 0.
    const double success[kScrapes] = {100, 160, 20, 80, 140};
    for (int k = 0; k < kScrapes; ++k) {
        feed.up(1, u"payment_backend"_s, at(k),
                Exposition()
                    .type("payment_transactions_total", "counter")
                    .sample("payment_transactions_total", "status=\"success\"", success[k])
                    .sample("payment_transactions_total", "status=\"failed\"", 0)
                    .text());
    }
    const MetricsSnapshot s = store.snapshot(at(4));
    COMPARE_VALUE(s, "tps", u"payment_backend"_s, 200.0 / 60.0);
    COMPARE_VALUE(s, "failure_ratio", u"payment_backend"_s, 0.0);
}

void TestMetricStore::latencyQuantilesFromSummedBucketRates()
{
    MetricStore store;
    Feeder feed(store);
    const char *name = "payment_request_duration_seconds";
    for (int k = 0; k < kScrapes; ++k) {
        // gateway (target 1): bucket rates le 0.1/0.5/1/+Inf = 1, 1.5, 2, 2 /s; sum 0.5/s, count 2/s
        feed.up(1, u"payment_gateway"_s, at(k), requestHistogram(name, k, {1, 1.5, 2, 2}, 0.5, 2));
        // backend (target 2): bucket rates 0, 1, 2, 2 /s; sum 1/s, count 2/s
        feed.up(2, u"payment_backend"_s, at(k), requestHistogram(name, k, {0, 1, 2, 2}, 1, 2));
    }
    const MetricsSnapshot s = store.snapshot(at(4));

    // gateway alone: avg = 0.5 / 2 = 0.25.
    // p50: rank 0.5*2 = 1 falls in le=0.1 (count 1): 0 + 0.1 * 1/1 = 0.1
    // p95: rank 1.9 in le=1 (1.5 -> 2): 0.5 + 0.5 * (1.9-1.5)/(2-1.5) = 0.9
    // p99: rank 1.98: 0.5 + 0.5 * 0.48/0.5 = 0.98
    COMPARE_VALUE(s, "latency_avg", u"payment_gateway"_s, 0.25);
    COMPARE_VALUE(s, "latency_p50", u"payment_gateway"_s, 0.1);
    COMPARE_VALUE(s, "latency_p95", u"payment_gateway"_s, 0.9);
    COMPARE_VALUE(s, "latency_p99", u"payment_gateway"_s, 0.98);
    // backend alone: avg = 1 / 2 = 0.5; p50: rank 1 in le=0.5 (0 -> 1): 0.1 + 0.4 * 1/1 = 0.5
    COMPARE_VALUE(s, "latency_avg", u"payment_backend"_s, 0.5);
    COMPARE_VALUE(s, "latency_p50", u"payment_backend"_s, 0.5);

    // all: summed bucket rates 1, 2.5, 4, 4; avg = (0.5 + 1) / (2 + 2) = 0.375
    // p50: rank 2 in le=0.5 (1 -> 2.5): 0.1 + 0.4 * (2-1)/1.5 = 0.3666667 (not the mean of 0.1 and 0.5)
    // p95: rank 3.8 in le=1 (2.5 -> 4): 0.5 + 0.5 * 1.3/1.5 = 0.9333333
    // p99: rank 3.96: 0.5 + 0.5 * 1.46/1.5 = 0.9866667
    COMPARE_VALUE(s, "latency_avg", QString(), 0.375);
    COMPARE_VALUE(s, "latency_p50", QString(), 0.1 + 0.4 / 1.5);
    COMPARE_VALUE(s, "latency_p95", QString(), 0.5 + 0.5 * 1.3 / 1.5);
    COMPARE_VALUE(s, "latency_p99", QString(), 0.5 + 0.5 * 1.46 / 1.5);
}

void TestMetricStore::onlyInfBucketIsNoValue()
{
    MetricStore store;
    Feeder feed(store);
    for (int k = 0; k < kScrapes; ++k) {
        // Only a +Inf bucket: histogram_quantile is NaN; the average still exists.
        // sum 0 -> 12 (0.2/s), count 0 -> 60 (1/s): avg = 0.2 / 1 = 0.2 s
        const double seconds = double(k) * 15;
        feed.up(1, u"payment_callback"_s, at(k),
                Exposition()
                    .type("payment_request_duration_seconds", "histogram")
                    .histogram("payment_request_duration_seconds", {}, {"+Inf"}, {seconds}, 0.2 * seconds, seconds)
                    .text());
    }
    const MetricsSnapshot s = store.snapshot(at(4));
    COMPARE_VALUE(s, "latency_avg", u"payment_callback"_s, 0.2);
    VERIFY_NO_VALUE(s, "latency_p50", u"payment_callback"_s);
    VERIFY_NO_VALUE(s, "latency_p95", u"payment_callback"_s);
    VERIFY_NO_VALUE(s, "latency_p99", u"payment_callback"_s);
    VERIFY_NO_VALUE(s, "latency_p95", QString());
    for (const MetricValue &v : s.values)
        QVERIFY2(std::isfinite(v.value), qPrintable(v.metric));
}

void TestMetricStore::zeroTrafficHasNoRatios()
{
    MetricStore store;
    Feeder feed(store);
    for (int k = 0; k < kScrapes; ++k) {
        // Counters that do not move: rates 0, so ratios and averages are 0/0: no value.
        feed.up(1, u"payment_callback"_s, at(k),
                transactions(0, 0, 0, 50, 5) + requestHistogram("payment_request_duration_seconds", 0, {0, 0, 0, 0}, 0, 0)
                    + Exposition()
                          .type("http_requests_total", "counter")
                          .sample("http_requests_total", "code=\"200\"", 10)
                          .text());
    }
    const MetricsSnapshot s = store.snapshot(at(4));
    COMPARE_VALUE(s, "tps", u"payment_callback"_s, 0.0);
    VERIFY_NO_VALUE(s, "failure_ratio", u"payment_callback"_s);
    VERIFY_NO_VALUE(s, "failure_ratio", QString());
    VERIFY_NO_VALUE(s, "latency_avg", u"payment_callback"_s);
    VERIFY_NO_VALUE(s, "latency_p95", u"payment_callback"_s);
    COMPARE_VALUE(s, "request_rate", u"payment_callback"_s, 0.0);
    VERIFY_NO_VALUE(s, "rejection_ratio", u"payment_callback"_s);
    for (const MetricValue &v : s.values)
        QVERIFY2(std::isfinite(v.value), qPrintable(v.metric));
}

void TestMetricStore::dbAndExternalLatencyPerPeer()
{
    MetricStore store;
    Feeder feed(store);
    for (int k = 0; k < kScrapes; ++k) {
        // db: bucket rates 2, 4, 4, 4 /s; sum 0.4/s; count 4/s.
        // external bank: 0, 0, 1, 1 /s, sum 0.8/s, count 1/s; card_network: 3, 3, 3, 3 /s, sum 0.15/s, count 3/s
        feed.up(1, u"payment_gateway"_s, at(k),
                requestHistogram("payment_db_query_duration_seconds", k, {2, 4, 4, 4}, 0.4, 4)
                    + requestHistogram("payment_external_call_duration_seconds", k, {0, 0, 1, 1}, 0.8, 1,
                                       "peer=\"bank\"")
                    + Exposition()
                          .histogram("payment_external_call_duration_seconds", "peer=\"card_network\"", kBounds,
                                     {3.0 * k * 15, 3.0 * k * 15, 3.0 * k * 15, 3.0 * k * 15}, 0.15 * k * 15,
                                     3.0 * k * 15)
                          .text());
    }
    const MetricsSnapshot s = store.snapshot(at(4));
    const QString gw = u"payment_gateway"_s;
    // db: avg 0.4/4 = 0.1; p95: rank 3.8 in le=0.5 (2 -> 4): 0.1 + 0.4 * 1.8/2 = 0.46
    COMPARE_VALUE(s, "db_latency_avg", gw, 0.1);
    COMPARE_VALUE(s, "db_latency_p95", gw, 0.46);
    // bank: avg 0.8; p95: rank 0.95 in le=1 (0 -> 1): 0.5 + 0.5 * 0.95 = 0.975
    QVERIFY(near(*s.value(u"external_latency_avg"_s, gw, u"bank"_s), 0.8));
    QVERIFY(near(*s.value(u"external_latency_p95"_s, gw, u"bank"_s), 0.975));
    // card_network: avg 0.15/3 = 0.05; p95: rank 2.85 in le=0.1 (0 -> 3): 0.1 * 2.85/3 = 0.095
    QVERIFY(near(*s.value(u"external_latency_avg"_s, gw, u"card_network"_s), 0.05));
    QVERIFY(near(*s.value(u"external_latency_p95"_s, gw, u"card_network"_s), 0.095));
    // all peers: buckets 3, 3, 4, 4; avg (0.8 + 0.15) / 4 = 0.2375;
    // p95: rank 3.8 in le=1 (3 -> 4): 0.5 + 0.5 * 0.8/1 = 0.9
    COMPARE_VALUE(s, "external_latency_avg", gw, 0.2375);
    COMPARE_VALUE(s, "external_latency_p95", gw, 0.9);
    // the same per peer over all services
    QVERIFY(near(*s.value(u"external_latency_p95"_s, QString(), u"bank"_s), 0.975));
    COMPARE_VALUE(s, "external_latency_p95", QString(), 0.9);
}

void TestMetricStore::processCpuMemoryAndFds()
{
    MetricStore store;
    Feeder feed(store);
    constexpr double MiB = 1024.0 * 1024.0;
    for (int k = 0; k < kScrapes; ++k) {
        // instance 1: cpu 0.2 s/s (0 -> 12 s), memory ends at 100 MiB, 40 fds
        // instance 2: cpu 0.3 s/s (5 -> 23 s), memory ends at 200 MiB, 60 fds
        feed.up(1, u"payment_backend"_s, at(k),
                processCpu(0.2 * k * 15, (90 + 2.5 * k) * MiB, 40).toLatin1());
        feed.up(2, u"payment_backend"_s, at(k),
                processCpu(5 + 0.3 * k * 15, (150 + 12.5 * k) * MiB, 60).toLatin1());
    }
    const MetricsSnapshot s = store.snapshot(at(4));
    // cpu % = (0.2 + 0.3) * 100 = 50 (the sum over instances: 100 % = one core)
    COMPARE_VALUE(s, "cpu_percent", u"payment_backend"_s, 50.0);
    // memory = newest 100 MiB + 200 MiB; fds = 40 + 60
    COMPARE_VALUE(s, "memory_bytes", u"payment_backend"_s, 300 * MiB);
    COMPARE_VALUE(s, "open_fds", u"payment_backend"_s, 100.0);
    COMPARE_VALUE(s, "memory_bytes", QString(), 300 * MiB);
}

void TestMetricStore::requestsRejectionsLoginsSuspicious()
{
    MetricStore store;
    Feeder feed(store);
    for (int k = 0; k < kScrapes; ++k) {
        const double t = double(k) * 15;
        // codes per second: 200: 10, 404: 0.5, 429: 1, 500: 0.25, 503: 0.25; logins 0.5/s; suspicious 0.05/s
        feed.up(1, u"payment_frontend"_s, at(k),
                Exposition()
                    .type("http_requests_total", "counter")
                    .sample("http_requests_total", "code=\"200\"", 10 * t)
                    .sample("http_requests_total", "code=\"404\"", 0.5 * t)
                    .sample("http_requests_total", "code=\"429\"", 1 * t)
                    .sample("http_requests_total", "code=\"500\"", 0.25 * t)
                    .sample("http_requests_total", "code=\"503\"", 0.25 * t)
                    .type("payment_login_failures_total", "counter")
                    .sample("payment_login_failures_total", {}, 0.5 * t)
                    .type("payment_suspicious_transactions_total", "counter")
                    .sample("payment_suspicious_transactions_total", {}, 0.05 * t)
                    .text());
    }
    const MetricsSnapshot s = store.snapshot(at(4));
    const QString fe = u"payment_frontend"_s;
    // request rate = 10 + 0.5 + 1 + 0.25 + 0.25 = 12/s; rejected (429, 5xx) = 1.5/s -> 0.125
    COMPARE_VALUE(s, "request_rate", fe, 12.0);
    COMPARE_VALUE(s, "rejection_ratio", fe, 0.125);
    COMPARE_VALUE(s, "login_failure_rate", fe, 0.5);
    COMPARE_VALUE(s, "suspicious_rate", fe, 0.05);
    COMPARE_VALUE(s, "rejection_ratio", QString(), 0.125);
}

void TestMetricStore::hostCpuAndMemoryFromNodeExporter()
{
    MetricStore store;
    ingestNodeExporter(store, 7, u"host"_s, u"db-host:9100"_s);
    // A payment service beside it, to show the host does not add to its process metrics.
    Feeder feed(store);
    feed.up(1, u"payment_backend"_s, T0, processCpu(0, 1000, 10).toLatin1());
    feed.up(1, u"payment_backend"_s, T0 + 15'000, processCpu(3, 1000, 10).toLatin1());

    const MetricsSnapshot s = store.snapshot(T0 + 15'000);
    // Both increments are extrapolated alike (the range starts 45 s before the first scrape), so
    // host CPU % = 100 * (1 - idle/all) = 100 * (1 - 18 / (18 + 8 + 4)) = 40 %.
    COMPARE_VALUE(s, "host_cpu_percent", u"host"_s, 40.0);
    COMPARE_VALUE(s, "host_cpu_percent", QString(), 40.0);
    // host memory % = 100 * (1 - 24896499712 / 25276518400) = 1.5034455378 %
    COMPARE_VALUE(s, "host_memory_percent", u"host"_s, 100 * (1 - 24896499712.0 / 25276518400.0));
    // node_exporter's own process_* series are not a service's
    VERIFY_NO_VALUE(s, "cpu_percent", u"host"_s);
    VERIFY_NO_VALUE(s, "memory_bytes", u"host"_s);
    VERIFY_NO_VALUE(s, "open_fds", u"host"_s);
    COMPARE_VALUE(s, "memory_bytes", QString(), 1000.0);
    COMPARE_VALUE(s, "open_fds", QString(), 10.0);
    VERIFY_NO_VALUE(s, "host_cpu_percent", u"payment_backend"_s);
    COMPARE_VALUE(s, "up", u"host"_s, 1.0);
    QCOMPARE(s.serviceState(u"host"_s)->state, ServiceState::State::Up);
}

void TestMetricStore::nodeExporterServesEveryServiceOnItsHost()
{
    // One node_exporter on 10.0.0.1, imported as a target of payment_gateway; payment_backend runs
    // on the same host, payment_callback on another.
    MetricStore store;
    ingestNodeExporter(store, 9, u"payment_gateway"_s, u"10.0.0.1:9200"_s);
    Feeder feed(store);
    for (const qint64 t : {T0, T0 + 15'000}) {
        feed.up(1, u"payment_backend"_s, t, processCpu(0, 1000, 10).toLatin1()); // 10.0.0.1
        feed.up(2, u"payment_callback"_s, t, processCpu(0, 1000, 10).toLatin1()); // 10.0.0.2
    }
    const MetricsSnapshot s = store.snapshot(T0 + 15'000);
    // The value itself is checked by hostCpuAndMemoryFromNodeExporter; here: who gets it.
    const std::optional<double> own = s.value(u"host_cpu_percent"_s, u"payment_gateway"_s);
    QVERIFY(own.has_value());
    QCOMPARE(s.value(u"host_cpu_percent"_s, u"payment_backend"_s), own);
    QCOMPARE(s.value(u"host_cpu_percent"_s), own); // the host counts once in the total
    QVERIFY(!s.value(u"host_cpu_percent"_s, u"payment_callback"_s).has_value());
    QVERIFY(s.value(u"host_memory_percent"_s, u"payment_backend"_s).has_value());
    VERIFY_NO_VALUE(s, "cpu_percent", u"payment_gateway"_s); // the exporter's own process is not the gateway's
}

void TestMetricStore::peersPerServiceAreCapped()
{
    MetricStore::Config config;
    config.maxPeersPerService = 3;
    MetricStore store(config);
    Feeder feed(store);
    const auto exposition = [](int scrape) {
        QByteArray text = "# TYPE payment_external_call_duration_seconds histogram\n";
        for (int peer = 0; peer < 5; ++peer) {
            const QByteArray labels = "peer=\"p" + QByteArray::number(peer) + "\"";
            const QByteArray n = QByteArray::number(scrape * 10);
            text += "payment_external_call_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " + n + "\n"
                    + "payment_external_call_duration_seconds_sum{" + labels + "} " + n + "\n"
                    + "payment_external_call_duration_seconds_count{" + labels + "} " + n + "\n";
        }
        return text;
    };
    for (int scrape = 0; scrape < 3; ++scrape) {
        feed.up(1, u"payment_backend"_s, T0 + scrape * 15'000, exposition(scrape));
        feed.up(2, u"payment_gateway"_s, T0 + scrape * 15'000, exposition(scrape)); // its own allowance
    }
    const QStringList notices = store.takeNotices();
    QCOMPARE(notices.size(), 2); // once per service, not once per scrape
    QVERIFY2(notices.at(0).startsWith(u"payment_backend reports calls to more than 3 distinct peers"_s),
             qPrintable(notices.at(0)));
    QVERIFY(store.takeNotices().isEmpty());
    const MetricsSnapshot s = store.snapshot(T0 + 30'000);
    for (const QString &service : {u"payment_backend"_s, u"payment_gateway"_s}) {
        for (const char *peer : {"p0", "p1", "p2"})
            QVERIFY2(s.value(u"external_latency_avg"_s, service, QString::fromLatin1(peer)).has_value(), peer);
        for (const char *peer : {"p3", "p4"})
            QVERIFY2(!s.value(u"external_latency_avg"_s, service, QString::fromLatin1(peer)).has_value(), peer);
    }
    // 3 peers x (bucket, sum, count): the dropped peers take no series either.
    QCOMPARE(store.storedSeries(1), 9);
}

void TestMetricStore::availabilityOverWindow()
{
    MetricStore::Config config;
    config.availabilityWindowMs = 100'000;
    MetricStore store(config);
    Feeder feed(store);
    // Scrapes every 10 s from 0 to 200 s; down at 50, 60, 70 and 150 s.
    for (int t = 0; t <= 200; t += 10) {
        const bool down = (t >= 50 && t <= 70) || t == 150;
        if (down)
            feed.down(1, u"payment_gateway"_s, T0 + t * 1000, u"connection refused"_s);
        else
            feed.up(1, u"payment_gateway"_s, T0 + t * 1000, transactions(0, 0, 0));
    }
    // Window [100 s, 200 s]: scrapes at 100, 110, ..., 200 = 11, one down -> 10/11.
    COMPARE_VALUE(store.snapshot(T0 + 200'000), "availability", u"payment_gateway"_s, 10.0 / 11.0);
    COMPARE_VALUE(store.snapshot(T0 + 200'000), "availability", QString(), 10.0 / 11.0);
    // At 205 s the window [105 s, 205 s] holds 110..200 = 10 scrapes, one down -> 9/10.
    COMPARE_VALUE(store.snapshot(T0 + 205'000), "availability", u"payment_gateway"_s, 0.9);
    // The runs older than the window are gone: [80-140 up] [150 down] [160-200 up] remain.
    QCOMPARE(store.storedUptimeRuns(1), 3);

    // A wider window over a fresh store sees all 21 scrapes: 17 up -> 17/21.
    config.availabilityWindowMs = 300'000;
    MetricStore wide(config);
    Feeder feedWide(wide);
    for (int t = 0; t <= 200; t += 10) {
        if ((t >= 50 && t <= 70) || t == 150)
            feedWide.down(1, u"payment_gateway"_s, T0 + t * 1000, u"connection refused"_s);
        else
            feedWide.up(1, u"payment_gateway"_s, T0 + t * 1000, transactions(0, 0, 0));
    }
    COMPARE_VALUE(wide.snapshot(T0 + 200'000), "availability", u"payment_gateway"_s, 17.0 / 21.0);
}

void TestMetricStore::failedTargetIsDownAtOnceWithStaleValues()
{
    MetricStore store;
    Feeder feed(store);
    for (int k = 0; k < kScrapes; ++k) {
        feed.up(1, u"payment_gateway"_s, at(k), transactions(k, 4, 1));   // tps 5, failure ratio 0.2
        feed.up(2, u"payment_backend"_s, at(k), transactions(k, 10, 0));  // tps 10
    }
    QVERIFY(store.snapshot(at(4)).value(u"tps"_s, u"payment_gateway"_s).has_value());

    // The next scrape of the gateway fails: down at once, no current value, the last one kept stale.
    feed.down(1, u"payment_gateway"_s, at(5), u"connection refused"_s);
    feed.up(2, u"payment_backend"_s, at(5), transactions(5, 10, 0));
    const MetricsSnapshot s = store.snapshot(at(5));
    const ServiceState *gateway = s.serviceState(u"payment_gateway"_s);
    QVERIFY(gateway);
    QCOMPARE(gateway->state, ServiceState::State::Down);
    QCOMPARE(gateway->instancesUp, 0);
    QVERIFY2(gateway->reason.contains(u"connection refused"), qPrintable(gateway->reason));
    QCOMPARE(gateway->lastSuccessMs, at(4));
    VERIFY_NO_VALUE(s, "tps", u"payment_gateway"_s);
    VERIFY_NO_VALUE(s, "failure_ratio", u"payment_gateway"_s);
    COMPARE_VALUE(s, "up", u"payment_gateway"_s, 0.0);
    // availability: 5 of 6 scrapes up
    COMPARE_VALUE(s, "availability", u"payment_gateway"_s, 5.0 / 6.0);
    // the failed scrape's 3 s is the slowest
    COMPARE_VALUE(s, "scrape_duration", QString(), 3.0);
    // stale: the values at the last successful scrape (T0+60 s), with that time
    const std::optional<MetricValue> stale = s.staleValue(u"tps"_s, u"payment_gateway"_s);
    QVERIFY(stale.has_value());
    QVERIFY(near(stale->value, 5.0));
    QCOMPARE(stale->timestampMs, at(4));
    QVERIFY(near(s.staleValue(u"failure_ratio"_s, u"payment_gateway"_s)->value, 0.2));
    QVERIFY(!s.staleValue(u"tps"_s, u"payment_backend"_s).has_value());
    // the total only counts what is up: the backend's 10/s
    COMPARE_VALUE(s, "tps", QString(), 10.0);
    COMPARE_VALUE(s, "up", QString(), 0.5);
}

void TestMetricStore::partlyDownServiceIsDegraded()
{
    MetricStore store;
    Feeder feed(store);
    for (int k = 0; k < kScrapes; ++k) {
        feed.up(1, u"payment_gateway"_s, at(k), transactions(k, 4, 0));
        feed.up(2, u"payment_gateway"_s, at(k), transactions(k, 6, 0));
    }
    feed.up(1, u"payment_gateway"_s, at(5), transactions(5, 4, 0));
    feed.down(2, u"payment_gateway"_s, at(5), u"timed out after 3 s"_s);
    const MetricsSnapshot s = store.snapshot(at(5));
    const ServiceState *gateway = s.serviceState(u"payment_gateway"_s);
    QCOMPARE(gateway->state, ServiceState::State::Degraded);
    QCOMPARE(gateway->instances, 2);
    QCOMPARE(gateway->instancesUp, 1);
    QVERIFY2(gateway->reason.contains(u"timed out after 3 s"), qPrintable(gateway->reason));
    // only the instance that answers: 4/s
    COMPARE_VALUE(s, "tps", u"payment_gateway"_s, 4.0);
    COMPARE_VALUE(s, "up", u"payment_gateway"_s, 0.5);
    QVERIFY(s.staleValues.isEmpty());
}

void TestMetricStore::unscrapedTargetGoesDown()
{
    MetricStore store;
    Feeder feed(store);
    for (int k = 0; k < kScrapes; ++k)
        feed.up(1, u"payment_callback"_s, at(k), transactions(k, 4, 0));
    // Nobody scraped it for 10 minutes: not a stale green.
    const MetricsSnapshot s = store.snapshot(at(4) + 600'000);
    const ServiceState *callback = s.serviceState(u"payment_callback"_s);
    QCOMPARE(callback->state, ServiceState::State::Down);
    QVERIFY2(callback->reason.contains(u"600"), qPrintable(callback->reason));
    VERIFY_NO_VALUE(s, "tps", u"payment_callback"_s);
    QVERIFY(near(s.staleValue(u"tps"_s, u"payment_callback"_s)->value, 4.0));
}

void TestMetricStore::healthDegradesService()
{
    MetricStore store;
    Feeder feed(store);
    for (int k = 0; k < kScrapes; ++k)
        feed.up(1, u"payment_backend"_s, at(k), transactions(k, 4, 0));
    HealthStatus health;
    health.service = u"payment_backend"_s;
    health.address = u"10.0.0.1:9100"_s;
    health.status = u"degraded"_s;
    health.checkedAt = QDateTime::fromMSecsSinceEpoch(at(4));
    store.ingestHealth(health);
    MetricsSnapshot s = store.snapshot(at(4));
    QCOMPARE(s.serviceState(u"payment_backend"_s)->state, ServiceState::State::Degraded);
    QVERIFY(s.serviceState(u"payment_backend"_s)->reason.contains(u"degraded"));
    COMPARE_VALUE(s, "tps", u"payment_backend"_s, 4.0); // degraded still shows its values

    health.status = u"ok"_s;
    store.ingestHealth(health);
    s = store.snapshot(at(4));
    QCOMPARE(s.serviceState(u"payment_backend"_s)->state, ServiceState::State::Up);
}

void TestMetricStore::ringStaysBoundedByWindow()
{
    MetricStore store; // 60 s window
    Feeder feed(store);
    // An hour of 1 s scrapes of a full contract exposition.
    for (int k = 0; k < 3600; ++k) {
        const double t = k;
        const QByteArray text = transactions(0, 0, 0, 4 * t, 0.1 * t)
                                + requestHistogram("payment_request_duration_seconds", 0, {0, 0, 0, 0}, 0, 0)
                                + processCpu(0.5 * t, 1000, 10).toLatin1();
        feed.up(1, u"payment_backend"_s, T0 + k * 1000, text);
        QVERIFY(store.storedFrames(1) <= 61); // [newest - 60 s, newest] at 1 s intervals
    }
    QCOMPARE(store.storedFrames(1), 61);
    QCOMPARE(store.storedSeries(1), 2 + 6 + 3); // transactions, histogram (4 buckets, sum, count), process
    QCOMPARE(store.storedUptimeRuns(1), 1);
    const MetricsSnapshot s = store.snapshot(T0 + 3599 * 1000);
    COMPARE_VALUE(s, "tps", u"payment_backend"_s, 4.1);
    COMPARE_VALUE(s, "cpu_percent", u"payment_backend"_s, 50.0);

    // A smaller frame cap bounds it whatever the window.
    MetricStore::Config config;
    config.maxFramesPerTarget = 10;
    store.setConfig(config);
    feed.up(1, u"payment_backend"_s, T0 + 3600 * 1000, transactions(0, 0, 0, 4 * 3600, 0.1 * 3600));
    QCOMPARE(store.storedFrames(1), 10);
}

void TestMetricStore::windowWidensToTwoScrapes()
{
    MetricStore store; // 60 s window, but scraped every 50 s
    Feeder feed(store);
    // success: 0, 200, 400 at T0, T0+50 s, T0+100 s; now = T0+110 s.
    for (int k = 0; k < 3; ++k)
        feed.up(1, u"payment_backend"_s, T0 + k * 50'000, transactions(0, 0, 0, 200.0 * k, 0));
    // Widened to 2.5 x 50 s = 125 s: range [-15 s, 110 s] holds all three points.
    // increase 400 over 100 s sampled; extrapolation: to start 15 s (< 1.1 * 50 s, but the counter
    // would reach 0 at 0 s: min(15, 100 * 0/400) = 0), to end 10 s -> 400 * 110/100 = 440 over 125 s.
    COMPARE_VALUE(store.snapshot(T0 + 110'000), "tps", u"payment_backend"_s, 440.0 / 125.0);
}

void TestMetricStore::changingExpositionKeepsSeriesApart()
{
    MetricStore store;
    Feeder feed(store);
    // The service adds a status between scrapes and reorders its samples: each series keeps its values.
    for (int k = 0; k < kScrapes; ++k) {
        const double t = double(k) * 15;
        Exposition e;
        e.type("payment_transactions_total", "counter");
        if (k >= 2) {
            e.sample("payment_transactions_total", "status=\"failed\"", 1 * t);
            e.sample("payment_transactions_total", "status=\"pending\"", 100 + 0 * t);
        }
        e.sample("payment_transactions_total", "status=\"success\"", 3 * t);
        if (k < 2)
            e.sample("payment_transactions_total", "status=\"failed\"", 1 * t);
        feed.up(1, u"payment_backend"_s, at(k), e.text());
    }
    // success 3/s + failed 1/s + pending 0/s (appeared at T0+30 s) = 4/s; failure ratio 1/4
    const MetricsSnapshot s = store.snapshot(at(4));
    COMPARE_VALUE(s, "tps", u"payment_backend"_s, 4.0);
    COMPARE_VALUE(s, "failure_ratio", u"payment_backend"_s, 0.25);
    QCOMPARE(store.storedSeries(1), 3);
}

QTEST_GUILESS_MAIN(TestMetricStore)
#include "test_metricstore.moc"
