// ScrapeWorker against the real paysim executable: all four services up with their families and
// health checks; then the crash scenarios switched on at run time on the control endpoint — the
// gateway is down from the first scrape after the switch, with the reason in words.
#include "models/metrics/scrapethread.h"
#include "tests/support/paysimprocess.h"
#include "tests/services/scrapecollector.h"

#include <QDateTime>
#include <QTest>

using namespace payops;

class TestScrapePaysim final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scrapesAllFourServices();
    void crashRefusedIsDownAtOnce();
    void crashHangTimesOut();

private:
    // The gateway's results from scrapes started after `sinceMs`; waits for `count` of them.
    QList<ScrapeResult> gatewayScrapesSince(qint64 sinceMs, int count);

    PaysimProcess m_paysim;
    QList<ServiceTarget> m_targets;
    std::unique_ptr<ScrapeThread> m_thread;
    std::unique_ptr<ScrapeCollector> m_collector;
};

void TestScrapePaysim::initTestCase()
{
    const QString error = m_paysim.start({QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--speed"),
                                          QStringLiteral("10")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Every instance scraped every second with a deadline of 0.8 s.
    m_targets = m_paysim.targets(QStringLiteral("1s"), QStringLiteral("800ms"));
    QCOMPARE(m_targets.size(), 4);

    m_thread = std::make_unique<ScrapeThread>();
    m_collector = std::make_unique<ScrapeCollector>(m_thread->worker());
    m_thread->start(m_targets);
}

void TestScrapePaysim::cleanupTestCase()
{
    m_thread.reset();
    m_collector.reset();
    m_paysim.stop();
}

QList<ScrapeResult> TestScrapePaysim::gatewayScrapesSince(qint64 sinceMs, int count)
{
    const QString instance = m_targets.at(1).instance();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(m_collector->scrapesOf(instance, sinceMs).size() >= count, 20000); }();
    return m_collector->scrapesOf(instance, sinceMs);
}

void TestScrapePaysim::scrapesAllFourServices()
{
    for (const ServiceTarget &target : std::as_const(m_targets)) {
        QTRY_VERIFY_WITH_TIMEOUT(!m_collector->scrapesOf(target.instance()).isEmpty(), 10000);
        const ScrapeResult first = *m_collector->firstOf(target.instance());
        QVERIFY2(first.up, qPrintable(target.service + QStringLiteral(": ") + first.error));
        QCOMPARE(first.service, target.service);
        QCOMPARE(first.targetId, target.id);
        QVERIFY(hasFamily(first, QStringLiteral("payment_transactions_total")));
        QVERIFY(hasFamily(first, QStringLiteral("payment_request_duration_seconds")));
        QVERIFY(hasFamily(first, QStringLiteral("process_cpu_seconds_total")));

        QTRY_VERIFY_WITH_TIMEOUT(!m_collector->healthOf(target.healthUrl.authority()).isEmpty(), 10000);
        const HealthStatus health = m_collector->healthOf(target.healthUrl.authority()).constFirst();
        QVERIFY2(health.reachable(), qPrintable(health.error));
        QCOMPARE(health.service, target.service);
        QVERIFY(!health.status.isEmpty());
        const auto database = std::find_if(health.checks.cbegin(), health.checks.cend(), [](const HealthCheck &check) {
            return check.name == QStringLiteral("database");
        });
        QVERIFY(database != health.checks.cend());
        QVERIFY(database->latencyMs.has_value());
        QVERIFY(!database->status.isEmpty());
    }
}

void TestScrapePaysim::crashRefusedIsDownAtOnce()
{
    QCOMPARE(m_paysim.control("PUT", QStringLiteral("/scenario/crash?service=payment_gateway")), 200);
    const qint64 switched = QDateTime::currentMSecsSinceEpoch();
    // Every scrape started after the switch fails: the first one already (no grace period), so
    // the service is down at the latest one interval (plus the scrape) after the crash.
    const QList<ScrapeResult> crashed = gatewayScrapesSince(switched, 2);
    for (const ScrapeResult &result : crashed) {
        QVERIFY(!result.up);
        QVERIFY(result.families.isEmpty());
    }
    QCOMPARE(crashed.at(1).error, QStringLiteral("connection refused"));
    const QString authority = m_targets.at(1).healthUrl.authority();
    QTRY_VERIFY_WITH_TIMEOUT(m_collector->healthOf(authority, switched).size() >= 2, 20000);
    QCOMPARE(m_collector->healthOf(authority, switched).at(1).error, QStringLiteral("connection refused"));
    // The other services are not affected.
    QVERIFY(m_collector->scrapesOf(m_targets.at(0).instance(), switched).isEmpty()
            || m_collector->scrapesOf(m_targets.at(0).instance(), switched).constLast().up);

    QCOMPARE(m_paysim.control("DELETE", QStringLiteral("/scenario/crash?service=payment_gateway")), 200);
    const qint64 recovered = QDateTime::currentMSecsSinceEpoch();
    const QList<ScrapeResult> after = gatewayScrapesSince(recovered, 1);
    QVERIFY2(after.constFirst().up, qPrintable(after.constFirst().error));
}

void TestScrapePaysim::crashHangTimesOut()
{
    QCOMPARE(m_paysim.control("PUT", QStringLiteral("/scenario/crash-hang?service=payment_gateway")), 200);
    const qint64 switched = QDateTime::currentMSecsSinceEpoch();
    const QList<ScrapeResult> hung = gatewayScrapesSince(switched, 2);
    for (const ScrapeResult &result : hung) {
        QVERIFY(!result.up);
        QCOMPARE(result.error, QStringLiteral("timed out after 0.8 s"));
    }

    QCOMPARE(m_paysim.control("DELETE", QStringLiteral("/scenario")), 200);
    const qint64 recovered = QDateTime::currentMSecsSinceEpoch();
    const QList<ScrapeResult> after = gatewayScrapesSince(recovered, 1);
    QVERIFY2(after.constFirst().up, qPrintable(after.constFirst().error));
}

QTEST_GUILESS_MAIN(TestScrapePaysim)
#include "test_scrape_paysim.moc"
