// ScrapeWorker on its ScrapeThread against real peers on loopback: QTcpServer-based peers that
// answer garbage, HTTP 500, a 503 health document, too much, one byte per second or nothing; a
// closed port; and a real prometheus-node-exporter. Waits on results, never sleeps.
#include "models/consoleschema.h"
#include "models/metrics/historyrecorder.h"
#include "models/metrics/metricspublisher.h"
#include "models/metrics/metricstore.h"
#include "models/metrics/scrapethread.h"
#include "models/metrics/serieskey.h"
#include "models/storage/database.h"
#include "tests/services/scrapecollector.h"

#include <QDateTime>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace payops;

namespace {

// A minimal HTTP/1.1 peer with one behaviour for every request.
class HttpPeer final : public QObject
{
public:
    enum class Mode { Metrics, Slow, Garbage, Hostile, Http500, Health, Health503, Trickle, Hang, HugeLength, HugeBody, ManyPeers,
                      Redirect, CloseWhenIdle };

    // With `tls`, an https peer (QSslServer: connections are handed over once encrypted).
    explicit HttpPeer(Mode mode, const std::optional<QSslConfiguration> &tls = std::nullopt)
        : m_mode(mode)
    {
        if (tls) {
            auto *server = new QSslServer(this);
            server->setSslConfiguration(*tls);
            m_server = server;
        } else {
            m_server = new QTcpServer(this);
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpPeer::accept);
        m_server->listen(QHostAddress::LocalHost);
    }

    quint16 port() const { return m_server->serverPort(); }
    QString instance() const { return QStringLiteral("127.0.0.1:%1").arg(port()); }
    QUrl url(const QString &path = QStringLiteral("/metrics")) const
    {
        const bool tls = qobject_cast<QSslServer *>(m_server) != nullptr;
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(tls ? u"https" : u"http").arg(port()).arg(path));
    }
    int requests = 0;
    int connections = 0;
    QList<QByteArray> heads; // of every request, as received
    QUrl redirectTo;         // Mode::Redirect

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++connections;
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        qsizetype end;
        while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
            heads.append(buffer.left(end));
            buffer.remove(0, end + 4);
            ++requests;
            answer(socket);
        }
        socket->setProperty("buffer", buffer);
    }

    static QByteArray response(const QByteArray &status, const QByteArray &type, const QByteArray &body)
    {
        return "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
               + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    static QByteArray metricsResponse()
    {
        return response("200 OK", "text/plain; version=0.0.4",
                        "# TYPE up_test gauge\nup_test 1\n# TYPE requests_total counter\n"
                        "requests_total{code=\"200\"} 7\n");
    }

    void answer(QTcpSocket *socket)
    {
        switch (m_mode) {
        case Mode::Metrics:
            socket->write(metricsResponse());
            break;
        case Mode::Slow: // 40 ms of work per scrape
            QTimer::singleShot(40, socket, [socket] { socket->write(metricsResponse()); });
            break;
        case Mode::Garbage:
            socket->write(response("200 OK", "text/plain; version=0.0.4",
                                   "# TYPE ok gauge\nok 1\nthis is { not the exposition format\n"));
            break;
        case Mode::Hostile: // a metric name that would clear the operator's terminal and retitle it
            socket->write(response("200 OK", "text/plain; version=0.0.4", "ok 1\nx\x1b[2J\x1b]0;owned\x07 1\n"));
            break;
        case Mode::Http500:
            socket->write(response("500 Internal Server Error", "text/plain", "boom\n"));
            break;
        case Mode::ManyPeers:
            socket->write(response("200 OK", "text/plain; version=0.0.4", manyPeers(requests)));
            break;
        case Mode::Health:
            socket->write(response("200 OK", "application/json", R"({"status": "degraded", "version": "2.0",
                "checks": {"database": {"status": "degraded", "latency_ms": 73.5},
                           "external:card_network": {"status": "ok", "latency_ms": 120, "error_ratio": 0.01}}})"));
            break;
        case Mode::Health503:
            socket->write(response("503 Service Unavailable", "application/json",
                                   R"({"status": "down", "checks": {"database": {"status": "down",
                                       "error": "connection pool exhausted"}}})"));
            break;
        case Mode::Trickle: {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n");
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x"); });
            timer->start(1000);
            break;
        }
        case Mode::Hang:
            break;
        case Mode::Redirect:
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + redirectTo.toEncoded() + "\r\nContent-Length: 0\r\n\r\n");
            break;
        case Mode::CloseWhenIdle: // says nothing of closing, then closes the kept-alive connection
            socket->write(metricsResponse());
            QTimer::singleShot(100, socket, [socket] { socket->disconnectFromHost(); });
            break;
        case Mode::HugeLength:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 17825792\r\n\r\n");
            break;
        case Mode::HugeBody: { // no Content-Length: the body ends when the connection closes
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n");
            const QByteArray line = "# padding that never ends ...................................\n";
            for (int i = 0; i < 2 * 1024 * 1024 / line.size(); ++i)
                socket->write(line);
            socket->disconnectFromHost();
            break;
        }
        }
    }

    // payment_external_call_duration_seconds of a service that puts request data in its peer
    // label: values that try to forge another series first, 20 steady peers, then 100 new peers
    // per scrape.
    static QByteArray manyPeers(int request)
    {
        QList<QByteArray> peers = {"bank", R"(x\",service=\"payment_backend)", R"(line\nbreak)", R"(back\\slash)",
                                   "\xe9\x93\xb6\xe8\xa1\x8c"};
        for (int i = 0; i < 20; ++i)
            peers.append("acquirer-" + QByteArray::number(i));
        for (int i = 0; i < 100; ++i)
            peers.append("card-" + QByteArray::number(request * 100 + i));
        QByteArray body = "# TYPE payment_external_call_duration_seconds histogram\n";
        for (const QByteArray &peer : std::as_const(peers)) {
            const QByteArray labels = "peer=\"" + peer + "\"";
            const QByteArray count = QByteArray::number(10 * request);
            body += "payment_external_call_duration_seconds_bucket{" + labels + ",le=\"0.1\"} " + count + "\n";
            body += "payment_external_call_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " + count + "\n";
            body += "payment_external_call_duration_seconds_sum{" + labels + "} " + QByteArray::number(0.05 * 10 * request) + "\n";
            body += "payment_external_call_duration_seconds_count{" + labels + "} " + count + "\n";
        }
        return body;
    }

    QTcpServer *m_server = nullptr; // child
    Mode m_mode;
};

ServiceTarget targetFor(const QUrl &metrics, int intervalMs = 1000, int timeoutMs = 800, const QUrl &health = {})
{
    ServiceTarget target;
    target.service = QStringLiteral("payment_gateway");
    target.metricsUrl = metrics;
    target.healthUrl = health;
    target.intervalMs = intervalMs;
    target.timeoutMs = timeoutMs;
    return target;
}

ScrapeWorker::Options fastOptions()
{
    ScrapeWorker::Options options;
    options.staggerStarts = false; // the first scrape starts at once
    options.tickMs = 50;
    return options;
}

} // namespace

class TestScrapeWorker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scrapesMetricsWithInjectedClock();
    void reportsErrorsInWords_data();
    void reportsErrorsInWords();
    void reportsRefusedConnection();
    void capsBodyWithoutContentLength();
    void readsHealthChecks();
    void keepsHealthDocumentOf503();
    void keepsConnectionAlive();
    void reconnectsWhenThePeerClosesAnIdleConnection();
    void followsRedirectsWithCredentialsForTheirOriginOnly();
    void scrapesOverTlsCheckingTheCertificate();
    void replacesTargetsAtRunTime();
    void countsMissedCycles();
    void stopsCleanlyWithRequestsInFlight();
    void stretchesIntervalsEvenlyWhenOverloaded();
    void hangingTargetsDoNotStarveHealthyOnes();
    void fetchesHealthOnItsOwnInterval();
    void scrapesNodeExporter();
    void escapesControlBytesOfTheBodyInErrors();
    void capsPeersPerServiceAndEscapesThemInHistory();

private:
    static constexpr qint64 kFakeNow = 1714550400000; // 2024-05-01T08:00:00Z
};

void TestScrapeWorker::scrapesMetricsWithInjectedClock()
{
    HttpPeer peer(HttpPeer::Mode::Metrics);
    ScrapeThread thread([] { return kFakeNow; }, fastOptions());
    ScrapeCollector collector(thread.worker());
    ServiceTarget target = targetFor(peer.url());
    target.id = 42;
    thread.start({target});
    QTRY_VERIFY_WITH_TIMEOUT(collector.scrapes.size() >= 2, 10000);
    const ScrapeResult &result = collector.scrapes.constFirst();
    QVERIFY2(result.up, qPrintable(result.error));
    QCOMPARE(result.targetId, 42);
    QCOMPARE(result.service, QStringLiteral("payment_gateway"));
    QCOMPARE(result.instance, peer.instance());
    QCOMPARE(result.timestampMs, kFakeNow);
    QVERIFY(result.durationSeconds >= 0.0);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.families.size(), 2);
    QVERIFY(hasFamily(result, QStringLiteral("requests_total")));
}

void TestScrapeWorker::reportsErrorsInWords_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("error");
    QTest::newRow("garbage") << int(HttpPeer::Mode::Garbage) << 800
                             << QStringLiteral("malformed metrics at line 3: ");
    QTest::newRow("HTTP 500") << int(HttpPeer::Mode::Http500) << 800 << QStringLiteral("HTTP 500");
    QTest::newRow("one byte per second") << int(HttpPeer::Mode::Trickle) << 2500
                                         << QStringLiteral("timed out after 2.5 s");
    QTest::newRow("never answers") << int(HttpPeer::Mode::Hang) << 500 << QStringLiteral("timed out after 0.5 s");
    QTest::newRow("Content-Length too large") << int(HttpPeer::Mode::HugeLength) << 800
                                              << QStringLiteral("response larger than 16 MiB");
}

void TestScrapeWorker::reportsErrorsInWords()
{
    QFETCH(int, mode);
    QFETCH(int, timeoutMs);
    QFETCH(QString, error);
    HttpPeer peer{HttpPeer::Mode(mode)};
    ScrapeThread thread({}, fastOptions());
    ScrapeCollector collector(thread.worker());
    thread.start({targetFor(peer.url(), 3000, timeoutMs)});
    QTRY_VERIFY_WITH_TIMEOUT(!collector.scrapes.isEmpty(), 15000);
    const ScrapeResult &result = collector.scrapes.constFirst(); // the very first failure counts
    QVERIFY(!result.up);
    QVERIFY(result.families.isEmpty());
    QVERIFY2(result.error.startsWith(error), qPrintable(result.error));
    if (error.startsWith(QStringLiteral("malformed")))
        QVERIFY(result.error.size() > error.size()); // says what is wrong on that line
}

void TestScrapeWorker::reportsRefusedConnection()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    ScrapeThread thread({}, fastOptions());
    ScrapeCollector collector(thread.worker());
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port));
    thread.start({targetFor(url, 1000, 800, QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port)))});
    QTRY_VERIFY_WITH_TIMEOUT(!collector.scrapes.isEmpty() && !collector.health.isEmpty(), 10000);
    QCOMPARE(collector.scrapes.constFirst().error, QStringLiteral("connection refused"));
    QVERIFY(!collector.scrapes.constFirst().up);
    QCOMPARE(collector.health.constFirst().error, QStringLiteral("connection refused"));
    QVERIFY(!collector.health.constFirst().reachable());
}

void TestScrapeWorker::capsBodyWithoutContentLength()
{
    HttpPeer peer(HttpPeer::Mode::HugeBody);
    ScrapeWorker::Options options = fastOptions();
    options.maxBodyBytes = 1024 * 1024;
    ScrapeThread thread({}, options);
    ScrapeCollector collector(thread.worker());
    thread.start({targetFor(peer.url(), 3000, 2000)});
    QTRY_VERIFY_WITH_TIMEOUT(!collector.scrapes.isEmpty(), 10000);
    QCOMPARE(collector.scrapes.constFirst().error, QStringLiteral("response larger than 1 MiB"));
}

void TestScrapeWorker::readsHealthChecks()
{
    HttpPeer metrics(HttpPeer::Mode::Metrics);
    HttpPeer health(HttpPeer::Mode::Health);
    ScrapeThread thread([] { return kFakeNow; }, fastOptions());
    ScrapeCollector collector(thread.worker());
    ServiceTarget target = targetFor(metrics.url(), 1000, 800, health.url(QStringLiteral("/health")));
    target.id = 7;
    thread.start({target});
    QTRY_VERIFY_WITH_TIMEOUT(!collector.health.isEmpty(), 10000);
    const HealthStatus &status = collector.health.constFirst();
    QVERIFY2(status.reachable(), qPrintable(status.error));
    QCOMPARE(status.targetId, 7);
    QCOMPARE(status.service, QStringLiteral("payment_gateway"));
    QCOMPARE(status.address, health.instance());
    QCOMPARE(status.status, QStringLiteral("degraded"));
    QCOMPARE(status.version, QStringLiteral("2.0"));
    QCOMPARE(status.httpStatus, 200);
    QCOMPARE(status.timestampMs, kFakeNow);
    QCOMPARE(status.checkedAt.toMSecsSinceEpoch(), kFakeNow);
    QCOMPARE(status.checks.size(), 2);
    const HealthCheck database = status.checks.at(0);
    QCOMPARE(database.name, QStringLiteral("database"));
    QCOMPARE(database.status, QStringLiteral("degraded"));
    QCOMPARE(database.latencyMs.value_or(-1), 73.5);
    const HealthCheck peer = status.checks.at(1);
    QCOMPARE(peer.name, QStringLiteral("external:card_network"));
    QCOMPARE(peer.latencyMs.value_or(-1), 120.0);
    QCOMPARE(peer.detail, QStringLiteral("error_ratio=0.01"));
}

void TestScrapeWorker::keepsHealthDocumentOf503()
{
    HttpPeer metrics(HttpPeer::Mode::Metrics);
    HttpPeer health(HttpPeer::Mode::Health503);
    ScrapeThread thread({}, fastOptions());
    ScrapeCollector collector(thread.worker());
    thread.start({targetFor(metrics.url(), 1000, 800, health.url(QStringLiteral("/health")))});
    QTRY_VERIFY_WITH_TIMEOUT(!collector.health.isEmpty(), 10000);
    const HealthStatus &status = collector.health.constFirst();
    QVERIFY2(status.reachable(), qPrintable(status.error));
    QCOMPARE(status.status, QStringLiteral("down"));
    QCOMPARE(status.httpStatus, 503);
    QCOMPARE(status.checks.size(), 1);
    QCOMPARE(status.checks.constFirst().detail, QStringLiteral("connection pool exhausted"));
}

void TestScrapeWorker::reconnectsWhenThePeerClosesAnIdleConnection()
{
    // Servers close idle kept-alive connections when they like; the next scrape must not fail for it.
    HttpPeer peer(HttpPeer::Mode::CloseWhenIdle);
    ScrapeWorker::Options options = fastOptions();
    ScrapeThread thread({}, options);
    ScrapeCollector collector(thread.worker());
    thread.start({targetFor(peer.url(), 300)});
    QTRY_VERIFY_WITH_TIMEOUT(collector.scrapes.size() >= 4, 15000);
    for (const ScrapeResult &result : std::as_const(collector.scrapes))
        QVERIFY2(result.up, qPrintable(result.error));
    QVERIFY2(peer.connections >= 3, "each scrape after a close needs a new connection");
}

void TestScrapeWorker::followsRedirectsWithCredentialsForTheirOriginOnly()
{
    HttpPeer elsewhere(HttpPeer::Mode::Metrics);
    HttpPeer redirecting(HttpPeer::Mode::Redirect); // to another origin
    redirecting.redirectTo = elsewhere.url();
    HttpPeer looping(HttpPeer::Mode::Redirect); // to itself, again and again
    looping.redirectTo = QUrl(QStringLiteral("/metrics-moved"));
    const auto withCredentials = [](QUrl url) {
        url.setUserName(QStringLiteral("scraper"));
        url.setPassword(QStringLiteral("s3cret"));
        return url;
    };
    ScrapeThread thread({}, fastOptions());
    ScrapeCollector collector(thread.worker());
    thread.start({targetFor(withCredentials(redirecting.url())), targetFor(withCredentials(looping.url()))});
    QTRY_VERIFY_WITH_TIMEOUT(collector.firstOf(redirecting.instance()) && collector.firstOf(looping.instance()), 10000);

    // Followed to the other origin, without the credentials given for the first.
    const ScrapeResult redirected = *collector.firstOf(redirecting.instance());
    QVERIFY2(redirected.up, qPrintable(redirected.error));
    const QByteArray basic = "Authorization: Basic " + QByteArray("scraper:s3cret").toBase64();
    QVERIFY2(redirecting.heads.constFirst().contains(basic), redirecting.heads.constFirst().constData());
    QVERIFY2(!elsewhere.heads.constFirst().contains("Authorization"), elsewhere.heads.constFirst().constData());
    QVERIFY(elsewhere.heads.constFirst().startsWith("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1:"));

    // A redirect that stays on the origin keeps the credentials; a loop of them ends in words.
    QCOMPARE(collector.firstOf(looping.instance())->error, QStringLiteral("too many redirects"));
    QVERIFY(looping.heads.size() >= 1 + ScrapeConnection::kMaxRedirects);
    for (const QByteArray &head : std::as_const(looping.heads))
        QVERIFY(head.contains(basic));
    QVERIFY(looping.heads.constLast().startsWith("GET /metrics-moved HTTP/1.1"));
}

void TestScrapeWorker::scrapesOverTlsCheckingTheCertificate()
{
    // A certificate for 127.0.0.1 made by Debian's openssl for this test only.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed (./setup.sh installs it)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
    const QString certificateFile = dir.filePath(QStringLiteral("certificate.pem"));
    QCOMPARE(QProcess::execute(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                         QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                         QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                                         QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certificateFile}),
             0);
    QFile keyPem(keyFile);
    QVERIFY(keyPem.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificateFile);
    QCOMPARE(certificates.size(), 1);
    QSslConfiguration server = QSslConfiguration::defaultConfiguration();
    server.setLocalCertificate(certificates.front());
    server.setPrivateKey(QSslKey(&keyPem, QSsl::Rsa));
    server.setPeerVerifyMode(QSslSocket::VerifyNone);
    HttpPeer peer(HttpPeer::Mode::Metrics, server);
    HttpPeer plain(HttpPeer::Mode::Metrics);
    HttpPeer downgrading(HttpPeer::Mode::Redirect, server);
    downgrading.redirectTo = plain.url();

    // Not trusted: the handshake fails, in words.
    {
        ScrapeThread thread({}, fastOptions());
        ScrapeCollector collector(thread.worker());
        thread.start({targetFor(peer.url())});
        QTRY_VERIFY_WITH_TIMEOUT(!collector.scrapes.isEmpty(), 10000);
        const ScrapeResult &result = collector.scrapes.constFirst();
        QVERIFY(!result.up);
        QVERIFY2(result.error.startsWith(QStringLiteral("TLS handshake failed:")), qPrintable(result.error));
    }

    // Trusted (the certificate added to the process' CAs): scraped over one kept-alive connection;
    // a redirect from https to http is refused.
    const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = before;
    trusting.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore = qScopeGuard([&before] { QSslConfiguration::setDefaultConfiguration(before); });
    ScrapeThread thread({}, fastOptions());
    ScrapeCollector collector(thread.worker());
    thread.start({targetFor(peer.url()), targetFor(downgrading.url())});
    QTRY_VERIFY_WITH_TIMEOUT(collector.scrapesOf(peer.instance()).size() >= 3, 15000);
    QVERIFY(!collector.scrapesOf(downgrading.instance()).isEmpty());
    for (const ScrapeResult &result : std::as_const(collector.scrapes)) {
        if (result.instance == peer.instance())
            QVERIFY2(result.up, qPrintable(result.error));
        else
            QCOMPARE(result.error, QStringLiteral("redirected from https to http"));
    }
    QCOMPARE(peer.connections, 1);
    QCOMPARE(plain.requests, 0);
}

void TestScrapeWorker::keepsConnectionAlive()
{
    HttpPeer peer(HttpPeer::Mode::Metrics);
    ScrapeThread thread({}, fastOptions());
    ScrapeCollector collector(thread.worker());
    thread.start({targetFor(peer.url())});
    QTRY_VERIFY_WITH_TIMEOUT(collector.scrapes.size() >= 3, 15000);
    QCOMPARE(peer.connections, 1); // three scrapes, one TCP connection
    QVERIFY(peer.requests >= 3);
}

void TestScrapeWorker::replacesTargetsAtRunTime()
{
    HttpPeer hanging(HttpPeer::Mode::Hang);
    HttpPeer healthy(HttpPeer::Mode::Metrics);
    ScrapeThread thread({}, fastOptions());
    ScrapeCollector collector(thread.worker());
    thread.start({targetFor(hanging.url(), 1000, 900)});
    QTRY_VERIFY_WITH_TIMEOUT(hanging.requests == 1, 10000);
    // Replaced while its request is in flight: that request is dropped and never reported.
    thread.setTargets({targetFor(healthy.url())});
    QTRY_VERIFY_WITH_TIMEOUT(collector.scrapesOf(healthy.instance()).size() >= 2, 10000);
    QVERIFY(collector.scrapesOf(hanging.instance()).isEmpty());
    QCOMPARE(hanging.requests, 1);
    QVERIFY(collector.scrapesOf(healthy.instance()).constFirst().up);
}

void TestScrapeWorker::countsMissedCycles()
{
    HttpPeer hanging(HttpPeer::Mode::Hang);
    ScrapeThread thread({}, fastOptions());
    ScrapeCollector collector(thread.worker());
    // A timeout longer than the interval (refused by ServiceTarget::validate(), but possible):
    // the next cycle is due while the request still runs.
    thread.start({targetFor(hanging.url(), 1000, 2500)});
    QTRY_VERIFY_WITH_TIMEOUT(thread.worker()->missedCycles() >= 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!collector.scrapes.isEmpty(), 10000);
    QCOMPARE(collector.scrapes.constFirst().error, QStringLiteral("timed out after 2.5 s"));
    QVERIFY(hanging.requests <= 2); // never two requests at once: at most one per 2.5 s deadline
}

void TestScrapeWorker::stretchesIntervalsEvenlyWhenOverloaded()
{
    // One request at a time, each answered after 40 ms: at most 25 scrapes a second, while ten
    // targets every 200 ms ask for 50. Instead of timing out, every scrape started succeeds and
    // the intervals stretch (to about 400 ms); the load says so, and recovers when work drops.
    HttpPeer slow(HttpPeer::Mode::Slow);
    ScrapeWorker::Options options = fastOptions();
    options.minInFlight = options.maxInFlight = 1;
    options.loadPeriodMs = 500;
    ScrapeThread thread({}, options);
    ScrapeCollector collector(thread.worker());
    QList<PollingLoad> loads;
    connect(thread.worker(), &ScrapeWorker::loadMeasured, this,
            [&loads](const PollingLoad &load) { loads.append(load); }, Qt::QueuedConnection);
    QList<ServiceTarget> targets;
    for (int i = 0; i < 10; ++i)
        targets.append(targetFor(slow.url(QStringLiteral("/metrics?target=%1").arg(i)), 200, 150));
    thread.start(targets);
    QTRY_VERIFY_WITH_TIMEOUT(loads.size() >= 3 && loads.constLast().behind, 15000);
    const PollingLoad behind = loads.constLast();
    QCOMPARE(behind.targets, 10);
    QVERIFY2(behind.stretch > 1.5 && behind.stretch < 3.0, qPrintable(QString::number(behind.stretch)));
    QVERIFY(behind.effectiveIntervalMs() > 300 && behind.effectiveIntervalMs() < 600);
    QVERIFY(behind.waiting > 0);
    QVERIFY(thread.worker()->missedCycles() > 0);
    QVERIFY(collector.scrapes.size() >= 20);
    for (const ScrapeResult &scrape : std::as_const(collector.scrapes))
        QVERIFY2(scrape.up, qPrintable(scrape.error));

    // Three targets ask for 15 a second: on time again, by itself.
    thread.setTargets(targets.mid(0, 3));
    const qsizetype before = loads.size();
    QTRY_VERIFY_WITH_TIMEOUT(loads.size() >= before + 3 && !loads.constLast().behind, 15000);
    QVERIFY(loads.constLast().stretch < 1.1);
    for (const ScrapeResult &scrape : std::as_const(collector.scrapes))
        QVERIFY2(scrape.up, qPrintable(scrape.error));
}

void TestScrapeWorker::hangingTargetsDoNotStarveHealthyOnes()
{
    // Twenty targets that never answer and five that do, at most four requests in flight: after
    // their first timeout the hanging ones wait in a lane of their own, and the healthy ones
    // are scraped every interval.
    std::vector<std::unique_ptr<HttpPeer>> peers;
    QList<ServiceTarget> targets;
    QStringList healthy;
    for (int i = 0; i < 25; ++i) {
        const bool hangs = i < 20;
        peers.push_back(std::make_unique<HttpPeer>(hangs ? HttpPeer::Mode::Hang : HttpPeer::Mode::Metrics));
        targets.append(targetFor(peers.back()->url(), 500, 400));
        if (!hangs)
            healthy.append(peers.back()->instance());
    }
    ScrapeWorker::Options options = fastOptions();
    options.minInFlight = options.maxInFlight = 4;
    ScrapeThread thread({}, options);
    ScrapeCollector collector(thread.worker());
    thread.start(targets);
    // Every hanging target has timed out once.
    QTRY_VERIFY_WITH_TIMEOUT(std::count_if(collector.scrapes.cbegin(), collector.scrapes.cend(),
                                           [](const ScrapeResult &scrape) { return !scrape.up; })
                                 >= 20,
                             15000);
    const qint64 since = QDateTime::currentMSecsSinceEpoch();
    QTRY_VERIFY_WITH_TIMEOUT(collector.scrapesOf(healthy.constFirst(), since).size() >= 8, 15000);
    for (const QString &instance : std::as_const(healthy)) {
        const QList<ScrapeResult> scrapes = collector.scrapesOf(instance, since);
        QVERIFY2(scrapes.size() >= 7, qPrintable(instance));
        for (qsizetype i = 1; i < scrapes.size(); ++i) {
            QVERIFY(scrapes[i].up);
            const qint64 gap = scrapes[i].timestampMs - scrapes[i - 1].timestampMs;
            QVERIFY2(gap < 750, qPrintable(QStringLiteral("%1: %2 ms between scrapes").arg(instance).arg(gap)));
        }
    }
}

void TestScrapeWorker::fetchesHealthOnItsOwnInterval()
{
    HttpPeer metrics(HttpPeer::Mode::Metrics);
    HttpPeer health(HttpPeer::Mode::Health);
    ScrapeWorker::Options options = fastOptions();
    options.healthIntervalMs = 1000;
    ScrapeThread thread({}, options);
    ScrapeCollector collector(thread.worker());
    thread.start({targetFor(metrics.url(), 200, 150, health.url(QStringLiteral("/health")))});
    QTRY_VERIFY_WITH_TIMEOUT(collector.scrapes.size() >= 16, 15000);
    // About 3 s: fifteen metrics scrapes and three or four health documents, not fifteen.
    QVERIFY2(collector.health.size() >= 2 && collector.health.size() <= 5,
             qPrintable(QString::number(collector.health.size())));
}

void TestScrapeWorker::stopsCleanlyWithRequestsInFlight()
{
    HttpPeer hanging(HttpPeer::Mode::Hang);
    ScrapeThread thread({}, fastOptions());
    ScrapeCollector collector(thread.worker());
    thread.start({targetFor(hanging.url(), 5000, 4000)});
    QTRY_VERIFY_WITH_TIMEOUT(hanging.requests == 1, 10000);
    thread.stop(); // returns at once: the in-flight request is aborted, not waited for
    QVERIFY(!thread.isRunning());
    QVERIFY(thread.worker()->children().isEmpty()); // network manager, timer and replies freed
    QCOMPARE(thread.worker()->requestsStarted(), quint64(1));
    thread.stop(); // twice is fine

    ScrapeThread neverStarted; // destroyed without start(): nothing to wait for
    Q_UNUSED(neverStarted);
}

void TestScrapeWorker::scrapesNodeExporter()
{
    const QString binary = QStringLiteral("/usr/bin/prometheus-node-exporter");
    if (!QFileInfo(binary).isExecutable())
        QSKIP("prometheus-node-exporter is not installed");
    QTcpServer probe; // find a free loopback port
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    QProcess exporter;
    exporter.setStandardOutputFile(QProcess::nullDevice());
    exporter.setStandardErrorFile(QProcess::nullDevice());
    exporter.start(binary, {QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
                            QStringLiteral("--log.level=error")});
    QVERIFY2(exporter.waitForStarted(10000), qPrintable(exporter.errorString()));

    ScrapeThread thread({}, fastOptions());
    ScrapeCollector collector(thread.worker());
    thread.start({targetFor(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port)), 1000, 900)});
    // Until the exporter listens, scrapes are refused; then one comes up.
    const auto upScrape = [&collector]() -> std::optional<ScrapeResult> {
        for (const ScrapeResult &result : collector.scrapes) {
            if (result.up)
                return result;
        }
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(upScrape().has_value(), 30000);
    const ScrapeResult result = *upScrape();
    QVERIFY(hasFamily(result, QStringLiteral("node_cpu_seconds_total")));
    QVERIFY(hasFamily(result, QStringLiteral("node_memory_MemAvailable_bytes")));

    // Two successful scrapes give the host's CPU and memory use as the console shows them.
    const auto upCount = [&collector] {
        return std::count_if(collector.scrapes.cbegin(), collector.scrapes.cend(),
                             [](const ScrapeResult &r) { return r.up; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(upCount() >= 3, 30000);
    MetricStore store;
    for (const ScrapeResult &scrape : std::as_const(collector.scrapes))
        store.ingest(scrape);
    const MetricsSnapshot snapshot = store.snapshot(collector.scrapes.constLast().timestampMs);
    const auto hostValue = [&snapshot](const char *metric) -> std::optional<double> {
        for (const MetricValue &value : snapshot.values) {
            if (value.metric == QLatin1String(metric))
                return value.value;
        }
        return std::nullopt;
    };
    const std::optional<double> cpu = hostValue("host_cpu_percent");
    const std::optional<double> memory = hostValue("host_memory_percent");
    QVERIFY2(cpu && *cpu >= 0.0 && *cpu <= 100.0, qPrintable(QString::number(cpu.value_or(-1))));
    QVERIFY2(memory && *memory > 0.0 && *memory < 100.0, qPrintable(QString::number(memory.value_or(-1))));
    thread.stop();
    exporter.kill();
    exporter.waitForFinished(10000);
}

void TestScrapeWorker::escapesControlBytesOfTheBodyInErrors()
{
    HttpPeer peer(HttpPeer::Mode::Hostile);
    ScrapeThread thread({}, fastOptions());
    ScrapeCollector collector(thread.worker());
    thread.start({targetFor(peer.url())});
    QTRY_VERIFY_WITH_TIMEOUT(!collector.scrapes.isEmpty(), 10000);
    const QString error = collector.scrapes.constFirst().error;
    QCOMPARE(error, QStringLiteral("malformed metrics at line 2: invalid metric name \"x\\x1b[2J\\x1b]0;owned\\x07\""));
}

void TestScrapeWorker::capsPeersPerServiceAndEscapesThemInHistory()
{
    // The real path: HTTP → ScrapeWorker → MetricsPublisher (MetricStore) → HistoryRecorder (SQLite).
    HttpPeer peer(HttpPeer::Mode::ManyPeers);
    QTemporaryDir dir;
    Database database(ConsoleSchema::databaseOptions());
    QVERIFY(!database.open(dir.filePath(QStringLiteral("peers.db"))));
    HistoryRecorder history(database);
    QSignalSpy historyFailed(&history, &HistoryRecorder::failed);
    history.start();

    MetricStore::Config config;
    config.maxPeersPerService = 16;
    qint64 now = 0;
    MetricsPublisher publisher(config, 1000, [&now] { return now; });
    QSignalSpy notices(&publisher, &MetricsPublisher::notice);
    QSignalSpy published(&publisher, &MetricsPublisher::published);
    ScrapeThread thread({}, fastOptions());
    connect(thread.worker(), &ScrapeWorker::scraped, &publisher, [&publisher, &now](const ScrapeResult &result) {
        now = std::max(now, result.timestampMs);
        publisher.ingest(result);
    }, Qt::QueuedConnection);
    int scrapes = 0;
    QString failure;
    connect(thread.worker(), &ScrapeWorker::scraped, &publisher, [&scrapes, &failure](const ScrapeResult &result) {
        ++scrapes;
        if (!result.up)
            failure = result.error;
    }, Qt::QueuedConnection);
    thread.start({targetFor(peer.url(), 1000, 800)});
    QTRY_VERIFY_WITH_TIMEOUT(scrapes >= 3, 15000); // 125 peers, then 100 new ones per scrape
    thread.stop();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    publisher.publish();
    QCOMPARE(published.size() > 0, true);
    const MetricsSnapshot snapshot = published.constLast().at(0).value<MetricsSnapshot>();
    QSet<QString> peers;
    for (const MetricValue &value : snapshot.values) {
        if (!value.peer.isEmpty() && value.service == QStringLiteral("payment_gateway"))
            peers.insert(value.peer);
    }
    QCOMPARE(peers.size(), 16); // the first 16 in the document; the 300 or more others are dropped
    QVERIFY(peers.contains(QStringLiteral("x\",service=\"payment_backend")));
    QVERIFY(peers.contains(QStringLiteral("line\nbreak")));
    QVERIFY(peers.contains(QString::fromUtf8("\xe9\x93\xb6\xe8\xa1\x8c")));
    QVERIFY(peers.contains(QStringLiteral("acquirer-10")));
    QVERIFY(!peers.contains(QStringLiteral("acquirer-11")));
    // Told once, not once per scrape.
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices.at(0).at(0).toString().contains(QStringLiteral("payment_gateway reports calls to more than 16")),
             qPrintable(notices.at(0).at(0).toString()));

    // Every series the history keeps is named by SeriesKey, escaped: each name reads back as the
    // very series it was written for, and no forged peer reads as another service.
    history.record(snapshot);
    QCOMPARE(historyFailed.size(), 0);
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM history_series")));
    QSet<SeriesKey> stored;
    while (query.next()) {
        const QString name = query.value(0).toString();
        const std::optional<SeriesKey> key = SeriesKey::parse(name);
        QVERIFY2(key.has_value(), qPrintable(name));
        QCOMPARE(key->toString(), name);
        QVERIFY2(!name.contains(u'\n'), qPrintable(name));
        stored.insert(*key);
    }
    QSet<SeriesKey> expected;
    for (const MetricValue &value : snapshot.values)
        expected.insert(SeriesKey(value.metric, value.service, value.peer));
    QCOMPARE(stored, expected);
    QVERIFY(stored.contains(SeriesKey(QStringLiteral("external_latency_avg"), QStringLiteral("payment_gateway"),
                                      QStringLiteral("x\",service=\"payment_backend"))));
    for (const SeriesKey &key : std::as_const(stored))
        QVERIFY(key.service.isEmpty() || key.service == QStringLiteral("payment_gateway"));
}

QTEST_GUILESS_MAIN(TestScrapeWorker)
#include "test_scrapeworker.moc"
