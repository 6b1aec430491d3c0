// AlertmanagerClient against Debian's prometheus-alertmanager started on loopback (free port, its
// own config and storage in a temporary folder, clustering off): the alert appears there with its
// labels and annotations, is re-sent while it fires, and resolves there.
#include "models/alerts/alertmanagerclient.h"
#include "tests/alerts/loopbackprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace payops;
using namespace alerttest;
using namespace Qt::Literals::StringLiterals;

namespace {

AlertRule downRule()
{
    AlertRule rule;
    rule.name = u"ServiceDown"_s;
    rule.metric = DerivedMetricId::Up;
    rule.comparison = AlertRule::Comparison::Equal;
    rule.threshold = 0;
    rule.severity = AlertRule::Severity::Critical;
    rule.labels.insert(u"team"_s, u"payments"_s);
    rule.summary = u"{service} is down"_s;
    rule.description = u"No instance of {service} answers."_s;
    rule.playbookId = u"system-downtime"_s;
    return rule;
}

} // namespace

class TestAlertmanagerClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firesAndResolvesInAlertmanager();
    void unreachableAlertmanagerIsReported();

private:
    // The alerts Alertmanager lists now (only active, unresolved ones).
    QJsonArray listed();

    LoopbackProcess m_alertmanager;
};

void TestAlertmanagerClient::initTestCase()
{
    QVERIFY(m_alertmanager.dir.isValid());
    QVERIFY(m_alertmanager.writeFile(u"alertmanager.yml"_s,
                                     "route:\n  receiver: nobody\n  group_wait: 1s\nreceivers:\n  - name: nobody\n"));
    const QString error = m_alertmanager.start(u"prometheus-alertmanager"_s,
                                               {u"--config.file=%DIR%/alertmanager.yml"_s, u"--storage.path=%DIR%/data"_s,
                                                u"--web.listen-address=127.0.0.1:%PORT%"_s,
                                                u"--cluster.listen-address="_s, u"--log.level=warn"_s});
    if (error.endsWith(u"not installed"_s))
        QSKIP("prometheus-alertmanager is not installed (Debian package \"prometheus-alertmanager\")");
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QJsonArray TestAlertmanagerClient::listed()
{
    QByteArray body;
    if (http(m_alertmanager.url(u"/api/v2/alerts"_s), &body) != 200)
        return {};
    return QJsonDocument::fromJson(body).array();
}

void TestAlertmanagerClient::firesAndResolvesInAlertmanager()
{
    AlertmanagerClient::Config config;
    config.baseUrl = m_alertmanager.url(QString());
    config.resendIntervalMs = 60'000;
    AlertmanagerClient client(config);
    QSignalSpy posted(&client, &AlertmanagerClient::posted);
    QSignalSpy failed(&client, &AlertmanagerClient::failed);

    const qint64 firedAt = QDateTime::currentMSecsSinceEpoch() - 90'000;
    AlertInstanceState state;
    state.ruleName = u"ServiceDown"_s;
    state.service = u"payment_gateway"_s;
    state.state = AlertState::Firing;
    state.firedAtMs = firedAt;
    state.value = 0;
    const AlertmanagerAlert alert = AlertmanagerAlert::of(downRule(), state);

    qint64 now = QDateTime::currentMSecsSinceEpoch();
    client.sync({alert}, now);
    QVERIFY(posted.wait(10'000));
    QCOMPARE(posted[0][0].toInt(), 1);
    QCOMPARE(posted[0][1].toInt(), 0);
    QJsonArray alerts;
    QTRY_VERIFY_WITH_TIMEOUT((alerts = listed()).size() == 1, 10'000);
    const QJsonObject shown = alerts[0].toObject();
    const QJsonObject labels = shown.value(u"labels"_s).toObject();
    QCOMPARE(labels.value(u"alertname"_s).toString(), u"ServiceDown"_s);
    QCOMPARE(labels.value(u"service"_s).toString(), u"payment_gateway"_s);
    QCOMPARE(labels.value(u"severity"_s).toString(), u"critical"_s);
    QCOMPARE(labels.value(u"team"_s).toString(), u"payments"_s);
    const QJsonObject annotations = shown.value(u"annotations"_s).toObject();
    QCOMPARE(annotations.value(u"summary"_s).toString(), u"payment_gateway is down"_s);
    QCOMPARE(annotations.value(u"playbook"_s).toString(), u"system-downtime"_s);
    QCOMPARE(shown.value(u"generatorURL"_s).toString(), u"payops://alerts/ServiceDown"_s);
    QCOMPARE(QDateTime::fromString(shown.value(u"startsAt"_s).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(), firedAt);
    QCOMPARE(shown.value(u"status"_s).toObject().value(u"state"_s).toString(), u"active"_s);

    // Not due again within the resend interval; due after it (as Prometheus re-sends).
    client.sync({alert}, now + 30'000);
    QCOMPARE(client.requestsInFlight(), 0);
    client.sync({alert}, now + 60'000);
    QCOMPARE(client.requestsInFlight(), 1);
    QVERIFY(posted.wait(10'000));

    // Resolved: sent once with endsAt = now; Alertmanager no longer lists it as active.
    now = QDateTime::currentMSecsSinceEpoch();
    client.sync({}, now);
    QVERIFY(posted.wait(10'000));
    QCOMPARE(posted.constLast()[1].toInt(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(listed().isEmpty(), 10'000);
    client.sync({}, now + 1000);
    QCOMPARE(client.requestsInFlight(), 0); // nothing left to say
    QCOMPARE(failed.count(), 0);
}

void TestAlertmanagerClient::unreachableAlertmanagerIsReported()
{
    AlertmanagerClient::Config config;
    config.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(freePort()));
    config.timeoutMs = 2000;
    AlertmanagerClient client(config);
    QSignalSpy failed(&client, &AlertmanagerClient::failed);
    AlertInstanceState state;
    state.ruleName = u"ServiceDown"_s;
    state.service = u"payment_gateway"_s;
    state.firedAtMs = QDateTime::currentMSecsSinceEpoch();
    client.sync({AlertmanagerAlert::of(downRule(), state)}, state.firedAtMs);
    QVERIFY(failed.wait(10'000));
    QVERIFY2(failed[0][0].toString().contains(config.baseUrl.toDisplayString()), qPrintable(failed[0][0].toString()));
    // The firing alert is due again at once with the next sync.
    client.sync({AlertmanagerAlert::of(downRule(), state)}, state.firedAtMs + 1000);
    QCOMPARE(client.requestsInFlight(), 1);
    QVERIFY(failed.wait(10'000));
}

QTEST_GUILESS_MAIN(TestAlertmanagerClient)
#include "test_alertmanagerclient.moc"
