// The rules as a Prometheus rule file: checked by Debian's promtool, and loaded into a real
// Prometheus, which lists them at /api/v1/rules with the expressions the console wrote; and a real
// Prometheus scraping paysim fires an exported rule, which the console reads back as Prometheus'
// own alert (PrometheusAlerts: what the Alerts view lists beside the console's alerts).
#include "models/alerts/alertrulejson.h"
#include "models/alerts/prometheusalerts.h"
#include "models/alerts/prometheusruleexport.h"
#include "models/core/workerthread.h"
#include "tests/alerts/loopbackprocess.h"
#include "tests/support/paysimprocess.h"
#include "tests/support/prometheusprocess.h"

#include <QDateTime>
#include <QSignalSpy>

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace payops;
using namespace alerttest;
using namespace Qt::Literals::StringLiterals;

class TestPrometheusRuleExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void expressions();
    void promtoolAcceptsTheExport();
    void prometheusLoadsTheExport();
    void prometheusFiresAnExportedRuleAndTheConsoleReadsIt();

private:
    QList<AlertRule> m_rules;
    QByteArray m_yaml;
    QTemporaryDir m_dir;
};

void TestPrometheusRuleExport::initTestCase()
{
    const AlertRuleJson::Result defaults = AlertRuleJson::load(AlertRuleJson::defaultsPath());
    QVERIFY(defaults.ok());
    m_rules = defaults.rules;
    AlertRule one = m_rules[2];
    one.name = u"BackendP95"_s;
    one.scope = AlertRule::Scope::Service;
    one.service = u"payment_backend"_s;
    one.labels.insert(u"team"_s, u"payments \"core\""_s);
    one.summary = u"p95 of {service} is {value} (line {threshold}); {{ not a template }}"_s;
    AlertRule total = m_rules[0];
    total.name = u"TotalFailureRatio"_s;
    total.scope = AlertRule::Scope::Total;
    AlertRule off = m_rules[0];
    off.name = u"Disabled"_s;
    off.enabled = false;
    m_rules << one << total << off;
    QStringList skipped;
    m_yaml = PrometheusRuleExport::toYaml(m_rules, PrometheusSourceConfig(), &skipped);
    QCOMPARE(skipped, QStringList{u"Disabled"_s});
    QVERIFY(m_dir.isValid());
    QFile file(m_dir.filePath(u"payops-rules.yml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(m_yaml), m_yaml.size());
}

void TestPrometheusRuleExport::expressions()
{
    const PrometheusSourceConfig config;
    // The data source's own PromQL, compared in canonical units.
    QCOMPARE(PrometheusRuleExport::expression(m_rules[2], config),
             u"(histogram_quantile(0.95, sum by (service, le) (rate(payment_request_duration_seconds_bucket[1m])))) > 0.8"_s);
    QVERIFY(PrometheusRuleExport::expression(m_rules[2], config).startsWith(u'(' + config.expression(u"latency_p95"_s)));
    // `up` does not aggregate: combined per service as the console does (the mean).
    QCOMPARE(PrometheusRuleExport::expression(m_rules[8], config), u"(avg by (service) (up)) == 0"_s);
    QCOMPARE(PrometheusRuleExport::expression(m_rules[10], config),
             u"(histogram_quantile(0.95, sum by (service, le) (rate(payment_request_duration_seconds_bucket[1m])))) > 0.8"
             u" and on (service) label_replace(vector(1), \"service\", \"payment_backend\", \"\", \"\")"_s);
    QVERIFY(PrometheusRuleExport::expression(m_rules[11], config).startsWith(u"((sum (rate("_s));
    QVERIFY(m_yaml.contains("keep_firing_for: 1m"));
    QVERIFY(m_yaml.contains("for: 5m"));
    QVERIFY(m_yaml.contains("summary: \"{{ $labels.service }}: failure ratio {{ $value | humanizePercentage }} above 2%\""));
    QVERIFY(m_yaml.contains("# clears below 1.5%"));
}

void TestPrometheusRuleExport::promtoolAcceptsTheExport()
{
    const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
    if (promtool.isEmpty())
        QSKIP("promtool is not installed (Debian package \"prometheus\")");
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(promtool, {u"check"_s, u"rules"_s, m_dir.filePath(u"payops-rules.yml"_s)});
    QVERIFY(process.waitForFinished(60'000));
    const QByteArray output = process.readAll();
    QVERIFY2(process.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("SUCCESS: 12 rules found"), output.constData());
}

void TestPrometheusRuleExport::prometheusLoadsTheExport()
{
    LoopbackProcess prometheus;
    QVERIFY(prometheus.dir.isValid());
    QVERIFY(prometheus.writeFile(u"rules.yml"_s, m_yaml));
    QVERIFY(prometheus.writeFile(u"prometheus.yml"_s, "global:\n  evaluation_interval: 1s\nrule_files:\n  - rules.yml\n"));
    const QString error = prometheus.start(u"prometheus"_s, {u"--config.file=%DIR%/prometheus.yml"_s,
                                                            u"--storage.tsdb.path=%DIR%/data"_s,
                                                            u"--web.listen-address=127.0.0.1:%PORT%"_s,
                                                            u"--log.level=warn"_s});
    if (error.endsWith(u"not installed"_s))
        QSKIP(qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QByteArray body;
    QCOMPARE(http(prometheus.url(u"/api/v1/rules?type=alert"_s), &body), 200);
    const QJsonArray groups = QJsonDocument::fromJson(body).object().value(u"data"_s).toObject().value(u"groups"_s).toArray();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups[0].toObject().value(u"name"_s).toString(), u"payops"_s);
    const QJsonArray rules = groups[0].toObject().value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), 12);
    QStringList names;
    for (const QJsonValue &rule : rules)
        names.append(rule.toObject().value(u"name"_s).toString());
    QVERIFY(names.contains(u"ResponseTimeP95Critical"_s));
    QVERIFY(names.contains(u"BackendP95"_s));
    QVERIFY(!names.contains(u"Disabled"_s));
    const QJsonObject down = rules[8].toObject();
    QCOMPARE(down.value(u"name"_s).toString(), u"ServiceDown"_s);
    const QString query = down.value(u"query"_s).toString();
    QVERIFY2(query.contains(u"avg by (service) (up)"_s) && query.endsWith(u"== 0"_s), qPrintable(query));
    QCOMPARE(down.value(u"duration"_s).toDouble(), 60.0);
    QCOMPARE(down.value(u"labels"_s).toObject().value(u"severity"_s).toString(), u"critical"_s);
}

void TestPrometheusRuleExport::prometheusFiresAnExportedRuleAndTheConsoleReadsIt()
{
    if (!PrometheusProcess::isInstalled())
        QSKIP("prometheus is not installed (Debian package \"prometheus\")");
    // A rule true from the first evaluation: paysim's gateway serves traffic.
    AlertRule flowing = m_rules[2];
    flowing.name = u"GatewayTrafficFlows"_s;
    flowing.metric = DerivedMetricId::Tps;
    flowing.scope = AlertRule::Scope::Service;
    flowing.service = u"payment_gateway"_s;
    flowing.comparison = AlertRule::Comparison::Greater;
    flowing.threshold = 0;
    flowing.clearThreshold.reset();
    flowing.unit.clear();
    flowing.forMs = 0;
    flowing.keepFiringForMs = 0;
    flowing.severity = AlertRule::Severity::Critical;
    PaysimProcess paysim;
    const QString error = paysim.start({u"--seed"_s, u"11"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    PrometheusProcess prometheus;
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    const QString started = prometheus.start(paysim.targets(u"1s"_s, u"800ms"_s), u"1s"_s, u"800ms"_s,
                                             PrometheusRuleExport::toYaml({flowing}, PrometheusSourceConfig()));
    QVERIFY2(started.isEmpty(), qPrintable(started));

    PrometheusSourceConfig config;
    config.baseUrl = prometheus.url();
    WorkerThread<PrometheusAlerts> reader(u"prometheus-alerts"_s, config, 1000);
    QSignalSpy read(reader.worker(), &PrometheusAlerts::alertsRead);
    QSignalSpy failed(reader.worker(), &PrometheusAlerts::failed);
    QMetaObject::invokeMethod(reader.worker(), &PrometheusAlerts::start);
    const auto firing = [&read]() -> std::optional<PrometheusAlert> {
        for (const QList<QVariant> &call : std::as_const(read)) {
            for (const PrometheusAlert &alert : call.at(0).value<QList<PrometheusAlert>>()) {
                if (alert.name == u"GatewayTrafficFlows"_s && alert.state == u"firing"_s)
                    return alert;
            }
        }
        return std::nullopt;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(firing().has_value(), qPrintable(failed.isEmpty() ? QString() : failed.last().at(0).toString()),
                              30000);
    const PrometheusAlert alert = *firing();
    QCOMPARE(alert.severity, u"critical"_s);
    QCOMPARE(alert.service, u"payment_gateway"_s);
    QVERIFY2(alert.activeAtMs >= startedMs - 1000 && alert.activeAtMs <= QDateTime::currentMSecsSinceEpoch(),
             qPrintable(QString::number(alert.activeAtMs - startedMs)));
}

QTEST_GUILESS_MAIN(TestPrometheusRuleExport)
#include "test_prometheusruleexport.moc"
