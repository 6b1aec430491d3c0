// The real paysim executable: options, the start-up port lines, HTTP, and a scenario switch.
#include "tests/paysim/metricstext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kBinary = QStringLiteral(PAYOPS_BINARY_DIR "/app/paysim/paysim");

} // namespace

class TestPaysimProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsScenarios();
    void helpDocumentsPortsAndCrashVariants();
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void servesAndSwitchesScenarios();

private:
    QByteArray get(const QUrl &url, int *status = nullptr);
    QByteArray send(const QByteArray &verb, const QUrl &url);

    QNetworkAccessManager m_network;
};

QByteArray TestPaysimProcess::send(const QByteArray &verb, const QUrl &url)
{
    QNetworkRequest request(url);
    // The control endpoint takes only JSON requests (no web page can send one); QNAM sends the Host.
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10'000);
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

QByteArray TestPaysimProcess::get(const QUrl &url, int *status)
{
    QNetworkReply *reply = m_network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10'000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

void TestPaysimProcess::listsScenarios()
{
    QProcess p;
    p.start(kBinary, {u"--list-scenarios"_s});
    QVERIFY2(p.waitForFinished(30'000), qPrintable(p.errorString()));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &name : {u"network-delay"_s, u"gateway-anomaly"_s, u"resource-exhaustion"_s, u"slow-db"_s,
                                u"slow-external"_s, u"crash"_s, u"crash-hang"_s, u"ddos"_s, u"account-theft"_s}) {
        const QRegularExpression line(u"^"_s + QRegularExpression::escape(name) + u"\\s+\\S.+$"_s,
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(out).hasMatch(), qPrintable(name));
    }
}

void TestPaysimProcess::helpDocumentsPortsAndCrashVariants()
{
    QProcess p;
    p.start(kBinary, {u"--help"_s});
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &needle : {u"--base-port"_s, u"--port-of"_s, u"--control-port"_s, u"--instances"_s,
                                  u"--scenario"_s, u"--seed"_s, u"--speed"_s, u"--start-time"_s, u"--bind"_s,
                                  u"crash-hang"_s, u"base-port + s*instances + i"_s})
        QVERIFY2(out.contains(needle), qPrintable(needle));
}

void TestPaysimProcess::rejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown scenario") << QStringList{u"--scenario"_s, u"meteor"_s};
    QTest::newRow("unknown service") << QStringList{u"--scenario"_s, u"slow-db:payment_nowhere"_s};
    QTest::newRow("bad port") << QStringList{u"--base-port"_s, u"70000"_s};
    QTest::newRow("overlap") << QStringList{u"--base-port"_s, u"9101"_s, u"--control-port"_s, u"9102"_s};
    QTest::newRow("bad speed") << QStringList{u"--speed"_s, u"0"_s};
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s};
}

void TestPaysimProcess::rejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    QProcess p;
    p.start(kBinary, arguments);
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(!p.readAllStandardError().isEmpty());
}

void TestPaysimProcess::servesAndSwitchesScenarios()
{
    QProcess p;
    // Services on every address, the control endpoint still on loopback only.
    p.start(kBinary, {u"--base-port"_s, u"0"_s, u"--control-port"_s, u"0"_s, u"--seed"_s, u"11"_s, u"--speed"_s,
                      u"120"_s, u"--instances"_s, u"2"_s, u"--bind"_s, u"0.0.0.0"_s});
    QVERIFY2(p.waitForStarted(30'000), qPrintable(p.errorString()));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("\nready\n"), 30'000);

    // listening <service> <address>:<first>[-<last>] /metrics /health ; control <address>:<port>
    static const QRegularExpression listening(
        u"^listening (payment_\\w+) ([\\d.]+):(\\d+)(?:-(\\d+))? /metrics /health$"_s,
        QRegularExpression::MultilineOption);
    QHash<QString, QList<int>> ports;
    auto it = listening.globalMatch(QString::fromUtf8(out));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int first = m.captured(3).toInt();
        const int last = m.captured(4).isEmpty() ? first : m.captured(4).toInt();
        for (int port = first; port <= last; ++port)
            ports[m.captured(1)].append(port);
    }
    QCOMPARE(ports.size(), 4);
    for (const QList<int> &list : std::as_const(ports))
        QCOMPARE(list.size(), 2);
    const QRegularExpressionMatch control =
        QRegularExpression(u"^control ([\\d.]+):(\\d+)$"_s, QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(out));
    QVERIFY(control.hasMatch());
    QVERIFY(out.contains("\nseed 11\n"));
    const auto url = [](int port, const QString &path) { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)); };
    const int controlPort = control.captured(2).toInt();
    QCOMPARE(control.captured(1), u"127.0.0.1"_s);

    for (auto s = ports.cbegin(); s != ports.cend(); ++s) {
        int status = 0;
        const MetricsText metrics(get(url(s.value().constFirst(), u"/metrics"_s), &status));
        QCOMPARE(status, 200);
        QVERIFY(metrics.has(u"payment_transactions_total{service=\""_s + s.key() + u"\",status=\"success\"}"_s));
        const QJsonObject health = QJsonDocument::fromJson(get(url(s.value().constLast(), u"/health"_s))).object();
        QCOMPARE(health.value(u"service"_s).toString(), s.key());
        QCOMPARE(health.value(u"instance"_s).toInt(), 1);
    }

    // Account theft on the frontend: its login failures start to climb far faster.
    const int frontend = ports.value(u"payment_frontend"_s).constFirst();
    const QString logins = u"payment_login_failures_total{service=\"payment_frontend\"}"_s;
    const double before = MetricsText(get(url(frontend, u"/metrics"_s))).value(logins);
    const QJsonObject switched =
        QJsonDocument::fromJson(send("PUT", url(controlPort, u"/scenario/account-theft?service=payment_frontend"_s)))
            .object();
    QVERIFY(switched.value(u"active"_s).toArray().size() == 1);
    QTRY_VERIFY_WITH_TIMEOUT(MetricsText(get(url(frontend, u"/metrics"_s))).value(logins) > before + 500, 30'000);

    // Crash the gateway: its port refuses, the control endpoint still answers.
    send("PUT", url(controlPort, u"/scenario/crash"_s));
    int status = -1;
    get(url(ports.value(u"payment_gateway"_s).constFirst(), u"/metrics"_s), &status);
    QCOMPARE(status, 0);
    get(url(controlPort, u"/scenarios"_s), &status);
    QCOMPARE(status, 200);

    p.terminate();
    QVERIFY(p.waitForFinished(30'000));
}

QTEST_GUILESS_MAIN(TestPaysimProcess)
#include "test_paysim_process.moc"
