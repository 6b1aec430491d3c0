// ScrapeWorker against the real paysim executable: all four services up with their families and
// health checks; then the crash scenarios switched on at run time on the control endpoint — the
// gateway is down from the first scrape after the switch, with the reason in words.
#include "metrics/scrapethread.h"
#include "scrapecollector.h"

#include <QDateTime>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace payops;

namespace {

constexpr int kIntervalMs = 1000;
constexpr int kTimeoutMs = 800;
const QString kGateway = QStringLiteral("payment_gateway");

} // namespace

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
    void readPaysim();
    bool control(const QByteArray &verb, const QString &path);
    // The gateway's results from scrapes started after `sinceMs`; waits for `count` of them.
    QList<ScrapeResult> gatewayScrapesSince(qint64 sinceMs, int count);

    QProcess m_paysim;
    QByteArray m_output;
    bool m_ready = false;
    QList<ServiceTarget> m_targets;
    QString m_control;
    std::unique_ptr<ScrapeThread> m_thread;
    std::unique_ptr<ScrapeCollector> m_collector;
    QNetworkAccessManager m_network;
};

void TestScrapePaysim::initTestCase()
{
    const QString binary = QStringLiteral(PAYOPS_BINARY_DIR "/app/paysim/paysim");
    QVERIFY2(QFileInfo(binary).isExecutable(), qPrintable(binary + QStringLiteral(" is not built")));
    connect(&m_paysim, &QProcess::readyReadStandardOutput, this, &TestScrapePaysim::readPaysim);
    m_paysim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_paysim.start(binary, {QStringLiteral("--base-port"), QStringLiteral("0"), QStringLiteral("--control-port"),
                            QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("7"),
                            QStringLiteral("--speed"), QStringLiteral("10")});
    QTRY_VERIFY_WITH_TIMEOUT(m_ready, 30000);
    QCOMPARE(m_targets.size(), 4);
    QVERIFY(!m_control.isEmpty());

    m_thread = std::make_unique<ScrapeThread>();
    m_collector = std::make_unique<ScrapeCollector>(m_thread->worker());
    m_thread->start(m_targets);
}

void TestScrapePaysim::cleanupTestCase()
{
    m_thread.reset();
    m_collector.reset();
    if (m_paysim.state() != QProcess::NotRunning) {
        m_paysim.kill();
        m_paysim.waitForFinished(10000);
    }
}

void TestScrapePaysim::readPaysim()
{
    m_output += m_paysim.readAllStandardOutput();
    static const QRegularExpression listening(
        QStringLiteral("^listening (\\S+) (\\S+):(\\d+)(?:-(\\d+))? /metrics /health$"));
    qsizetype newline;
    while ((newline = m_output.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_output.left(newline)).trimmed();
        m_output.remove(0, newline + 1);
        if (const QRegularExpressionMatch match = listening.match(line); match.hasMatch()) {
            const int first = match.captured(3).toInt();
            const int last = match.captured(4).isEmpty() ? first : match.captured(4).toInt();
            for (int port = first; port <= last; ++port) {
                ServiceTarget target;
                target.service = match.captured(1);
                const QString base = QStringLiteral("http://%1:%2").arg(match.captured(2)).arg(port);
                target.metricsUrl = QUrl(base + QStringLiteral("/metrics"));
                target.healthUrl = QUrl(base + QStringLiteral("/health"));
                target.intervalMs = kIntervalMs;
                target.timeoutMs = kTimeoutMs;
                target.id = int(m_targets.size()) + 1;
                m_targets.append(target);
            }
        } else if (line.startsWith(QStringLiteral("control "))) {
            m_control = line.mid(8);
        } else if (line == QStringLiteral("ready")) {
            m_ready = true;
        }
    }
}

bool TestScrapePaysim::control(const QByteArray &verb, const QString &path)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://") + m_control + path));
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool ok = finished.wait(10000) && reply->error() == QNetworkReply::NoError;
    if (!ok)
        qWarning() << verb << path << reply->errorString() << reply->readAll();
    reply->deleteLater();
    return ok;
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
    QVERIFY(control("PUT", QStringLiteral("/scenario/crash?service=payment_gateway")));
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

    QVERIFY(control("DELETE", QStringLiteral("/scenario/crash?service=payment_gateway")));
    const qint64 recovered = QDateTime::currentMSecsSinceEpoch();
    const QList<ScrapeResult> after = gatewayScrapesSince(recovered, 1);
    QVERIFY2(after.constFirst().up, qPrintable(after.constFirst().error));
}

void TestScrapePaysim::crashHangTimesOut()
{
    QVERIFY(control("PUT", QStringLiteral("/scenario/crash-hang?service=payment_gateway")));
    const qint64 switched = QDateTime::currentMSecsSinceEpoch();
    const QList<ScrapeResult> hung = gatewayScrapesSince(switched, 2);
    for (const ScrapeResult &result : hung) {
        QVERIFY(!result.up);
        QCOMPARE(result.error, QStringLiteral("timed out after 0.8 s"));
    }

    QVERIFY(control("DELETE", QStringLiteral("/scenario")));
    const qint64 recovered = QDateTime::currentMSecsSinceEpoch();
    const QList<ScrapeResult> after = gatewayScrapesSince(recovered, 1);
    QVERIFY2(after.constFirst().up, qPrintable(after.constFirst().error));
}

QTEST_GUILESS_MAIN(TestScrapePaysim)
#include "test_scrape_paysim.moc"
