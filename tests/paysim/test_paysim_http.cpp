// The HTTP side end to end: real QHttpServer ports on free ports, QNetworkAccessManager and
// raw sockets for the crash variants. Time is injected; nothing sleeps.
#include "app/paysim/controlserver.h"
#include "tests/paysim/paysimfixture.h"
#include "app/paysim/serviceserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace payops::sim;
using namespace paysimtest;

namespace {

struct Reply
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

} // namespace

class TestPaysimHttp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void metricsServesEverySeries();
    void healthIsJson();
    void controlSwitchesScenarios_data();
    void controlSwitchesScenarios();
    void controlRejectsBadRequests();
    void controlRefusesWebPages_data();
    void controlRefusesWebPages();
    void crashRefusesConnections();
    void crashHangAcceptsButNeverAnswers();
    void unknownPathIs404();

private:
    Reply request(const QByteArray &verb, quint16 port, const QString &path, const QByteArray &body = {});
    // The request exactly as written (a browser's own Host and Content-Type), on a raw socket.
    Reply rawRequest(quint16 port, const QByteArray &head, const QByteArray &body);
    QJsonObject json(const Reply &reply) const { return QJsonDocument::fromJson(reply.body).object(); }

    qint64 m_realMs = 0;
    std::unique_ptr<Simulation> m_simulation;
    std::unique_ptr<ServiceServer> m_services;
    std::unique_ptr<ControlServer> m_control;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestPaysimHttp::init()
{
    m_realMs = 0;
    SimulationConfig config;
    config.seed = 5;
    config.startMs = startMs();
    config.speed = 1;
    config.realClock = [this] { return m_realMs; };
    config.version = u"test"_s;
    m_simulation = std::make_unique<Simulation>(config);
    m_services = std::make_unique<ServiceServer>(m_simulation.get());
    QCOMPARE(m_services->listen(QHostAddress::LocalHost, [](ServiceKind, int) { return quint16(0); }), QString());
    m_control = std::make_unique<ControlServer>(m_simulation.get());
    QCOMPARE(m_control->listen(QHostAddress::LocalHost, 0), QString());
    QVERIFY(m_control->port() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setTransferTimeout(10'000);
    m_realMs = 5 * kMinute; // five minutes of traffic before the first scrape
}

void TestPaysimHttp::cleanup()
{
    m_network.reset();
    m_control.reset();
    m_services.reset();
    m_simulation.reset();
}

Reply TestPaysimHttp::request(const QByteArray &verb, quint16 port, const QString &path, const QByteArray &body)
{
    QNetworkRequest req(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->sendCustomRequest(req, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10'000);
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll(), reply->error()};
    reply->deleteLater();
    return r;
}

Reply TestPaysimHttp::rawRequest(quint16 port, const QByteArray &head, const QByteArray &body)
{
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!connected.wait(5000))
        return {};
    socket.write(head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // The server answers in this thread's event loop: wait by spinning it, until the whole answer is in.
    QByteArray answer;
    const auto complete = [&answer] {
        const qsizetype headEnd = answer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const QByteArray head = answer.left(headEnd).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype length = at < 0 ? 0 : head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        return answer.size() >= headEnd + 4 + length;
    };
    while (!complete() && (socket.bytesAvailable() > 0 || readyRead.wait(10'000)))
        answer += socket.readAll();
    Reply r;
    const QList<QByteArray> statusLine = answer.left(answer.indexOf("\r\n")).split(' ');
    r.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    r.body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
    return r;
}

void TestPaysimHttp::metricsServesEverySeries()
{
    for (ServiceKind kind : ServiceProfile::allKinds()) {
        const Reply r = request("GET", m_services->port(kind, 0), u"/metrics"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"));
        for (const char *family :
             {"payment_transactions_total", "payment_request_duration_seconds", "payment_db_query_duration_seconds",
              "payment_external_call_duration_seconds", "process_cpu_seconds_total", "process_resident_memory_bytes",
              "process_open_fds", "process_start_time_seconds", "http_requests_total", "payment_login_failures_total",
              "payment_suspicious_transactions_total"}) {
            QVERIFY2(r.body.contains(QByteArray("# HELP ").append(family).append(' ')), family);
            QVERIFY2(r.body.contains(QByteArray("# TYPE ").append(family).append(' ')), family);
        }
        for (const char *series : {"status=\"success\"", "status=\"failed\"", "code=\"200\"", "code=\"429\"",
                                   "code=\"500\"", "code=\"503\"", "le=\"+Inf\"", "peer=\""})
            QVERIFY2(r.body.contains(series), series);
        // What was served is what the simulation computes for that simulated time.
        QCOMPARE(r.body, m_simulation->metricsAt(kind, 0, m_simulation->now()));
    }
}

void TestPaysimHttp::healthIsJson()
{
    const Reply r = request("GET", m_services->port(ServiceKind::Gateway, 0), u"/health"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType.startsWith("application/json"));
    const QJsonObject doc = json(r);
    QCOMPARE(doc.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(doc.value(u"service"_s).toString(), u"payment_gateway"_s);
    QCOMPARE(doc.value(u"version"_s).toString(), u"test"_s);
    QCOMPARE(doc.value(u"uptime_seconds"_s).toDouble(), 300.0);
    const QJsonObject checks = doc.value(u"checks"_s).toObject();
    for (const QString &check : {u"database"_s, u"external:card_network"_s, u"external:bank"_s}) {
        QVERIFY2(checks.contains(check), qPrintable(check));
        QCOMPARE(checks.value(check).toObject().value(u"status"_s).toString(), u"ok"_s);
        QVERIFY(checks.value(check).toObject().value(u"latency_ms"_s).toDouble() > 0);
    }
}

void TestPaysimHttp::controlSwitchesScenarios_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("POST") << QByteArray("POST") << u"/scenario"_s
                          << QByteArray(R"({"name": "slow-db", "service": "payment_backend"})");
    QTest::newRow("PUT") << QByteArray("PUT") << u"/scenario/slow-db?service=payment_backend"_s << QByteArray();
    QTest::newRow("PUT default service") << QByteArray("PUT") << u"/scenario/slow-db"_s << QByteArray();
}

void TestPaysimHttp::controlSwitchesScenarios()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const quint16 backend = m_services->port(ServiceKind::Backend, 0);
    const auto database = [&] {
        return json(request("GET", backend, u"/health"_s)).value(u"checks"_s).toObject()
            .value(u"database"_s).toObject().value(u"status"_s).toString();
    };
    QCOMPARE(database(), u"ok"_s);

    const Reply switched = request(verb, m_control->port(), path, body);
    QCOMPARE(switched.status, 200);
    const QJsonArray active = json(switched).value(u"active"_s).toArray();
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.at(0).toObject().value(u"name"_s).toString(), u"slow-db"_s);
    QCOMPARE(active.at(0).toObject().value(u"service"_s).toString(), u"payment_backend"_s);

    m_realMs += 2 * kMinute;
    QCOMPARE(database(), u"degraded"_s);
    const Reply listed = request("GET", m_control->port(), u"/scenarios"_s);
    QCOMPARE(json(listed).value(u"active"_s).toArray().size(), 1);
    QCOMPARE(json(listed).value(u"available"_s).toArray().size(), 9);

    QCOMPARE(request("DELETE", m_control->port(), u"/scenario"_s).status, 200);
    QVERIFY(json(request("GET", m_control->port(), u"/scenarios"_s)).value(u"active"_s).toArray().isEmpty());
    m_realMs += 2 * kMinute;
    QCOMPARE(database(), u"ok"_s);
}

void TestPaysimHttp::controlRejectsBadRequests()
{
    const quint16 port = m_control->port();
    QCOMPARE(request("PUT", port, u"/scenario/meteor-strike"_s).status, 400);
    QCOMPARE(request("PUT", port, u"/scenario/slow-db?service=payment_nowhere"_s).status, 400);
    QCOMPARE(request("POST", port, u"/scenario"_s, "not json").status, 400);
    const Reply noName = request("POST", port, u"/scenario"_s, R"({"service": "payment_backend"})");
    QCOMPARE(noName.status, 400);
    QVERIFY(!json(noName).value(u"error"_s).toString().isEmpty());
    QVERIFY(m_simulation->scenarios().isEmpty());
}

void TestPaysimHttp::controlRefusesWebPages_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    const QByteArray json = R"({"name": "crash", "service": "payment_gateway"})";
    // A rebinding page's request carries its own name; a forged form posts text/plain.
    QTest::newRow("rebound host name") << QByteArray("POST /scenario HTTP/1.1\r\nHost: attacker.example:%PORT%\r\n"
                                                     "Content-Type: application/json\r\n")
                                       << json << 403 << u"Host header \"attacker.example:"_s;
    QTest::newRow("another port") << QByteArray("PUT /scenario/crash HTTP/1.1\r\nHost: 127.0.0.1:1\r\n"
                                                "Content-Type: application/json\r\n")
                                  << QByteArray() << 403 << u"does not name this control endpoint"_s;
    QTest::newRow("no host") << QByteArray("DELETE /scenario HTTP/1.0\r\nContent-Type: application/json\r\n")
                             << QByteArray() << 403 << u"Host header \"\""_s;
    QTest::newRow("text/plain form post") << QByteArray("POST /scenario HTTP/1.1\r\nHost: 127.0.0.1:%PORT%\r\n"
                                                        "Content-Type: text/plain;charset=UTF-8\r\n")
                                          << json << 415 << u"Content-Type: application/json\" (got \"text/plain\")"_s;
    QTest::newRow("no content type") << QByteArray("PUT /scenario/crash HTTP/1.1\r\nHost: localhost:%PORT%\r\n")
                                     << QByteArray() << 415 << u"(got \"\")"_s;
    QTest::newRow("reading state from a rebound name")
        << QByteArray("GET /scenarios HTTP/1.1\r\nHost: attacker.example:%PORT%\r\n") << QByteArray() << 403
        << u"Host header"_s;
    // What a script sends is accepted: the literal address or localhost, and JSON.
    QTest::newRow("literal address") << QByteArray("POST /scenario HTTP/1.1\r\nHost: 127.0.0.1:%PORT%\r\n"
                                                   "Content-Type: application/json\r\n")
                                     << json << 200 << QString();
    QTest::newRow("localhost") << QByteArray("PUT /scenario/crash?service=payment_gateway HTTP/1.1\r\n"
                                             "Host: LOCALHOST:%PORT%\r\nContent-Type: application/json; charset=utf-8\r\n")
                               << QByteArray() << 200 << QString();
}

void TestPaysimHttp::controlRefusesWebPages()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, reason);
    head.replace("%PORT%", QByteArray::number(m_control->port()));
    const Reply reply = rawRequest(m_control->port(), head, body);
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(m_simulation->scenarios().entries().size(), 1);
        return;
    }
    const QString error = json(reply).value(u"error"_s).toString();
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(m_simulation->scenarios().isEmpty()); // the scenario did not change
    QCOMPARE(request("GET", m_services->port(ServiceKind::Gateway, 0), u"/metrics"_s).status, 200);
}

void TestPaysimHttp::crashRefusesConnections()
{
    const quint16 gateway = m_services->port(ServiceKind::Gateway, 0);
    QCOMPARE(request("GET", gateway, u"/metrics"_s).status, 200); // leaves a kept-alive connection
    QCOMPARE(request("PUT", m_control->port(), u"/scenario/crash?service=payment_gateway"_s).status, 200);
    // The kept-alive connection dies with the "process" instead of being answered.
    const Reply dead = request("GET", gateway, u"/metrics"_s);
    QVERIFY(dead.error != QNetworkReply::NoError);
    QCOMPARE(dead.status, 0);

    QTcpSocket socket;
    QSignalSpy errors(&socket, &QTcpSocket::errorOccurred);
    socket.connectToHost(QHostAddress::LocalHost, gateway);
    QVERIFY(errors.wait(5000));
    QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);

    // The other services and the control endpoint stay up.
    QCOMPARE(request("GET", m_services->port(ServiceKind::Frontend, 0), u"/metrics"_s).status, 200);
    QCOMPARE(request("GET", m_control->port(), u"/scenarios"_s).status, 200);

    // Recovery reopens the same port.
    QCOMPARE(request("DELETE", m_control->port(), u"/scenario/crash"_s).status, 200);
    m_realMs += kMinute;
    QCOMPARE(request("GET", gateway, u"/health"_s).status, 200);
}

void TestPaysimHttp::crashHangAcceptsButNeverAnswers()
{
    const quint16 gateway = m_services->port(ServiceKind::Gateway, 0);
    QCOMPARE(request("POST", m_control->port(), u"/scenario"_s, R"({"name": "crash-hang"})").status, 200);

    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
    socket.connectToHost(QHostAddress::LocalHost, gateway);
    QVERIFY(connected.wait(5000));
    socket.write("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(!readyRead.wait(1500)); // a bounded wait for bytes that must not come
    QCOMPARE(socket.bytesAvailable(), 0);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);

    QCOMPARE(request("GET", m_control->port(), u"/scenarios"_s).status, 200);
    QCOMPARE(request("DELETE", m_control->port(), u"/scenario"_s).status, 200);
    QCOMPARE(request("GET", gateway, u"/metrics"_s).status, 200);
}

void TestPaysimHttp::unknownPathIs404()
{
    QCOMPARE(request("GET", m_services->port(ServiceKind::Frontend, 0), u"/nothing"_s).status, 404);
    QCOMPARE(request("GET", m_control->port(), u"/nothing"_s).status, 404);
}

QTEST_GUILESS_MAIN(TestPaysimHttp)
#include "test_paysim_http.moc"
