// HealthProbe against real HTTP peers on loopback: a healthy service, a refused port,
// a peer that accepts and never answers, an HTTP error and a body that is not JSON.
#include "services/healthprobe.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace payops;

class TestHealthProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsHealthyService();
    void reportsRefusedConnection();
    void reportsHangingPeerAfterDeadline();
    void reportsHttpError();
    void reportsInvalidJson();

private:
    HealthStatus probeOnce(const QUrl &url, int timeoutMs = 3000);

    QHttpServer m_http;
    quint16 m_port = 0;
};

void TestHealthProbe::initTestCase()
{
    m_http.route(QStringLiteral("/health"), [] {
        return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                   QByteArrayLiteral(R"({"status":"degraded","version":"1.2.3"})"));
    });
    m_http.route(QStringLiteral("/broken"), [] {
        return QHttpServerResponse(QHttpServerResponder::StatusCode::InternalServerError);
    });
    m_http.route(QStringLiteral("/garbage"), [] {
        return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("not json"));
    });
    m_port = m_http.listen(QHostAddress::LocalHost);
    QVERIFY(m_port != 0);
}

HealthStatus TestHealthProbe::probeOnce(const QUrl &url, int timeoutMs)
{
    HealthProbe probe;
    QSignalSpy spy(&probe, &HealthProbe::checked);
    ServiceTarget target{QStringLiteral("payment_gateway"), {}, url};
    target.timeoutMs = timeoutMs;
    probe.probe({target});
    if (!spy.wait(timeoutMs + 5000))
        return {};
    return spy.at(0).at(0).value<HealthStatus>();
}

void TestHealthProbe::readsHealthyService()
{
    const HealthStatus status = probeOnce(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(m_port)));
    QVERIFY2(status.reachable(), qPrintable(status.error));
    QCOMPARE(status.service, QStringLiteral("payment_gateway"));
    QCOMPARE(status.status, QStringLiteral("degraded"));
    QCOMPARE(status.version, QStringLiteral("1.2.3"));
    QCOMPARE(status.address, QStringLiteral("127.0.0.1:%1").arg(m_port));
}

void TestHealthProbe::reportsRefusedConnection()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    const HealthStatus status = probeOnce(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port)));
    QCOMPARE(status.error, QStringLiteral("connection refused"));
}

void TestHealthProbe::reportsHangingPeerAfterDeadline()
{
    QTcpServer silent; // accepts connections, never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const HealthStatus status =
        probeOnce(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(silent.serverPort())), 500);
    QCOMPARE(status.error, QStringLiteral("no answer within 0.5 s"));
}

void TestHealthProbe::reportsHttpError()
{
    const HealthStatus status = probeOnce(QUrl(QStringLiteral("http://127.0.0.1:%1/broken").arg(m_port)));
    QCOMPARE(status.error, QStringLiteral("HTTP 500"));
}

void TestHealthProbe::reportsInvalidJson()
{
    const HealthStatus status = probeOnce(QUrl(QStringLiteral("http://127.0.0.1:%1/garbage").arg(m_port)));
    QVERIFY(!status.reachable());
    QVERIFY2(status.error.contains(QStringLiteral("not valid JSON")), qPrintable(status.error));
}

QTEST_GUILESS_MAIN(TestHealthProbe)
#include "test_healthprobe.moc"
