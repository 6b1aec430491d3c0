// FileSdFormat: Prometheus file_sd JSON in and out — every accepted form, one case per error, and
// files written for Prometheus (job labels, node_exporters) read entry by entry.
#include "models/services/filesdformat.h"

#include <QTest>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

// QVERIFY2 evaluates its message even when the check passes.
QByteArray errorOf(const FileSdFormat::Result &result)
{
    return result.error ? result.error->toString().toUtf8() : QByteArray();
}

} // namespace

class TestFileSdFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidFiles_data();
    void parsesValidFiles();
    void rejectsInvalidFiles_data();
    void rejectsInvalidFiles();
    void readsMixedFilesEntryByEntry();
    void readsLabelsAndPaths();
    void serializesGroupsAndRoundTrips();
    void parsesDurations_data();
    void parsesDurations();
    void reportsUnreadableFile();
};

void TestFileSdFormat::parsesValidFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("firstMetricsUrl");
    QTest::addColumn<QString>("firstHealthUrl");

    QTest::newRow("one group") << QByteArray(R"([{"targets": ["127.0.0.1:9101"], "labels": {"service": "payment_frontend"}}])")
                               << 1 << QStringLiteral("http://127.0.0.1:9101/metrics")
                               << QStringLiteral("http://127.0.0.1:9101/health");
    QTest::newRow("two groups, three targets")
        << QByteArray(R"([{"targets": ["a.example:1", "b.example:2"], "labels": {"service": "s1"}},
                          {"targets": ["c:3"], "labels": {"service": "s2"}}])")
        << 3 << QStringLiteral("http://a.example:1/metrics") << QStringLiteral("http://a.example:1/health");
    QTest::newRow("https and paths")
        << QByteArray(R"([{"targets": ["host:8443"], "labels": {"service": "s", "__scheme__": "https",
                          "__metrics_path__": "/probe/metrics", "__health_path__": "/healthz"}}])")
        << 1 << QStringLiteral("https://host:8443/probe/metrics") << QStringLiteral("https://host:8443/healthz");
    QTest::newRow("no health") << QByteArray(R"([{"targets": ["h:1"], "labels": {"service": "s", "__health_path__": ""}}])")
                               << 1 << QStringLiteral("http://h:1/metrics") << QString();
    QTest::newRow("IPv6") << QByteArray(R"([{"targets": ["[::1]:9100"], "labels": {"service": "node"}}])") << 1
                          << QStringLiteral("http://[::1]:9100/metrics") << QStringLiteral("http://[::1]:9100/health");
    QTest::newRow("empty list") << QByteArray("[]") << 0 << QString() << QString();
}

void TestFileSdFormat::parsesValidFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(int, count);
    QFETCH(QString, firstMetricsUrl);
    QFETCH(QString, firstHealthUrl);
    const FileSdFormat::Result result = FileSdFormat::parse(json);
    QVERIFY2(result.ok(), errorOf(result).constData());
    QCOMPARE(result.targets.size(), count);
    if (count > 0) {
        QCOMPARE(result.targets.first().metricsUrl.toString(), firstMetricsUrl);
        QCOMPARE(result.targets.first().healthUrl.toString(), firstHealthUrl);
        QVERIFY2(result.targets.first().validate().isEmpty(), qPrintable(result.targets.first().validate()));
    }
}

void TestFileSdFormat::rejectsInvalidFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("entry");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("reason"); // a part of the reason

    QTest::newRow("not JSON") << QByteArray("targets: [a]") << 0 << QString() << QStringLiteral("not valid JSON");
    QTest::newRow("not an array") << QByteArray(R"({"targets": ["a:1"]})") << 0 << QString()
                                  << QStringLiteral("JSON array");
    QTest::newRow("entry not an object") << QByteArray(R"([{"targets": ["a:1"], "labels": {"service": "s"}}, 3])") << 2
                                         << QString() << QStringLiteral("not a JSON object");
    QTest::newRow("entry without targets") << QByteArray(R"([{"labels": {"service": "s"}}])") << 1 << QString()
                                           << QStringLiteral("no \"targets\" list");
    QTest::newRow("empty targets") << QByteArray(R"([{"targets": [], "labels": {"service": "s"}}])") << 1 << QString()
                                   << QStringLiteral("is empty");
    QTest::newRow("target not a string") << QByteArray(R"([{"targets": [9101], "labels": {"service": "s"}}])") << 1
                                         << QString() << QStringLiteral("not a string");
    QTest::newRow("no port") << QByteArray(R"([{"targets": ["localhost"], "labels": {"service": "s"}}])") << 1
                             << QStringLiteral("localhost") << QStringLiteral("no port");
    QTest::newRow("no host") << QByteArray(R"([{"targets": [":9100"], "labels": {"service": "s"}}])") << 1
                             << QStringLiteral(":9100") << QStringLiteral("no host");
    QTest::newRow("bad host") << QByteArray(R"([{"targets": ["bad host:1"], "labels": {"service": "s"}}])") << 1
                              << QStringLiteral("bad host:1") << QStringLiteral("not a host name");
    // Found by fuzz_filesd: QUrl dropped the host and the target was accepted as "http://:1/metrics".
    QTest::newRow("host label over 63 characters")
        << QByteArray(R"([{"targets": ["a.)" + QByteArray(64, 'k') + R"(.example:1"], "labels": {"service": "s"}}])") << 1
        << QStringLiteral("a.") + QString(64, u'k') + QStringLiteral(".example:1") << QStringLiteral("not a valid host name");
    QTest::newRow("port not a number") << QByteArray(R"([{"targets": ["h:http"], "labels": {"service": "s"}}])") << 1
                                       << QStringLiteral("h:http") << QStringLiteral("not a port number");
    QTest::newRow("port out of range") << QByteArray(R"([{"targets": ["h:1"], "labels": {"service": "s"}},
                                                         {"targets": ["h:2", "h:99999"], "labels": {"service": "s"}}])")
                                       << 2 << QStringLiteral("h:99999") << QStringLiteral("out of range");
    QTest::newRow("port zero") << QByteArray(R"([{"targets": ["h:0"], "labels": {"service": "s"}}])") << 1
                               << QStringLiteral("h:0") << QStringLiteral("out of range");
    QTest::newRow("IPv6 without brackets") << QByteArray(R"([{"targets": ["::1:9100"], "labels": {"service": "s"}}])")
                                           << 1 << QStringLiteral("::1:9100") << QStringLiteral("brackets");
    QTest::newRow("neither service nor job") << QByteArray(R"([{"targets": ["h:1"], "labels": {"env": "prod"}}])")
                                             << 1 << QString() << QStringLiteral("neither a \"service\" nor a \"job\" label");
    QTest::newRow("no labels") << QByteArray(R"([{"targets": ["h:1"]}])") << 1 << QString()
                               << QStringLiteral("neither a \"service\" nor a \"job\" label");
    QTest::newRow("labels not an object") << QByteArray(R"([{"targets": ["h:1"], "labels": ["service"]}])") << 1
                                          << QString() << QStringLiteral("not a JSON object");
    QTest::newRow("label not a string") << QByteArray(R"([{"targets": ["h:1"], "labels": {"service": 1}}])") << 1
                                        << QString() << QStringLiteral("not a string");
    QTest::newRow("bad label name") << QByteArray(R"([{"targets": ["h:1"], "labels": {"service": "s", "a-b": "x"}}])")
                                    << 1 << QString() << QStringLiteral("not a valid label name");
    QTest::newRow("bad scheme") << QByteArray(R"([{"targets": ["h:1"], "labels": {"service": "s", "__scheme__": "ftp"}}])")
                                << 1 << QString() << QStringLiteral("not http or https");
    QTest::newRow("bad metrics path")
        << QByteArray(R"([{"targets": ["h:1"], "labels": {"service": "s", "__metrics_path__": "metrics"}}])") << 1
        << QString() << QStringLiteral("does not start with /");
    QTest::newRow("bad interval")
        << QByteArray(R"([{"targets": ["h:1"], "labels": {"service": "s", "__scrape_interval__": "soon"}}])") << 1
        << QString() << QStringLiteral("not a duration");
    QTest::newRow("interval too short")
        << QByteArray(R"([{"targets": ["h:1"], "labels": {"service": "s", "__scrape_interval__": "500ms"}}])") << 1
        << QString() << QStringLiteral("out of range");
    QTest::newRow("timeout not below interval")
        << QByteArray(R"([{"targets": ["h:1"], "labels": {"service": "s", "__scrape_interval__": "2s",
                          "__scrape_timeout__": "2s"}}])")
        << 1 << QString() << QStringLiteral("not shorter than the interval");
    QTest::newRow("duplicate target in another entry")
        << QByteArray(R"([{"targets": ["h:1"], "labels": {"service": "s"}},
                          {"targets": ["h:1"], "labels": {"service": "t"}}])")
        << 2 << QStringLiteral("h:1") << QStringLiteral("listed already in entry 1");
    QTest::newRow("duplicate target in one entry")
        << QByteArray(R"([{"targets": ["h:1", "h:1"], "labels": {"service": "s"}}])") << 1 << QStringLiteral("h:1")
        << QStringLiteral("listed twice");
}

void TestFileSdFormat::rejectsInvalidFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(int, entry);
    QFETCH(QString, target);
    QFETCH(QString, reason);
    const FileSdFormat::Result result = FileSdFormat::parse(json);
    // A file that cannot be read as a whole is refused; otherwise only the offending entry or target.
    QCOMPARE(result.ok(), entry > 0);
    const FileSdFormat::Error error = result.ok() ? result.rejected.value(0) : *result.error;
    if (result.ok()) {
        QCOMPARE(result.rejected.size(), 1);
    } else {
        QVERIFY(result.targets.isEmpty() && result.rejected.isEmpty());
    }
    QCOMPARE(error.entry, entry);
    QCOMPARE(error.target, target);
    QVERIFY2(error.reason.contains(reason), qPrintable(error.reason));
    const QString text = error.toString();
    if (entry > 0)
        QVERIFY2(text.startsWith(QStringLiteral("entry %1").arg(entry)), qPrintable(text));
    if (!target.isEmpty())
        QVERIFY2(text.contains(u'"' + target + u'"'), qPrintable(text));
}

void TestFileSdFormat::readsMixedFilesEntryByEntry()
{
    // What a Prometheus set-up already has: services by job, node_exporters, and a few mistakes.
    const FileSdFormat::Result result = FileSdFormat::parse(QByteArray(R"([
        {"targets": ["10.0.0.1:9101"], "labels": {"service": "payment_frontend"}},
        {"targets": ["10.0.0.2:8080", "10.0.0.3:8080"], "labels": {"job": "api", "env": "prod"}},
        {"targets": ["10.0.0.1:9100", "10.0.0.9:9100"], "labels": {"job": "node"}},
        {"targets": ["10.0.0.2:9100"], "labels": {"job": "node_exporter", "__health_path__": "/healthz"}},
        {"targets": ["10.0.0.4:9100"], "labels": {"job": "node", "service": "payment_backend"}},
        {"targets": ["h:1"], "labels": {"team": "payments"}},
        {"targets": ["10.0.0.5:99999", "10.0.0.5:9105"], "labels": {"service": "payment_callback"}},
        "not an object",
        {"targets": ["10.0.0.1:9101"], "labels": {"service": "payment_gateway"}}
    ])"));
    QVERIFY(result.ok());

    QStringList services;
    for (const ServiceTarget &target : result.targets)
        services.append(target.service + u' ' + target.instance());
    QCOMPARE(services, (QStringList{u"payment_frontend 10.0.0.1:9101"_s, u"api 10.0.0.2:8080"_s, u"api 10.0.0.3:8080"_s,
                                    u"payment_backend 10.0.0.4:9100"_s, u"payment_callback 10.0.0.5:9105"_s}));
    QCOMPARE(result.targets.at(1).labels.value(u"job"_s), u"api"_s); // the job stays a label
    QCOMPARE(result.targets.at(1).labels.value(u"env"_s), u"prod"_s);
    QVERIFY(!result.targets.at(1).healthUrl.isEmpty());
    QVERIFY(!result.targets.at(3).healthUrl.isEmpty()); // a service named explicitly is an ordinary target

    // node_exporters without a service: host targets, with no health document unless asked for.
    QCOMPARE(result.hostTargets.size(), 3);
    QCOMPARE(result.hostTargets.at(0).instance(), u"10.0.0.1:9100"_s);
    QCOMPARE(result.hostTargets.at(0).service, u"node"_s);
    QVERIFY(result.hostTargets.at(0).healthUrl.isEmpty());
    QCOMPARE(result.hostTargets.at(2).service, u"node_exporter"_s);
    QCOMPARE(result.hostTargets.at(2).healthUrl.toString(), u"http://10.0.0.2:9100/healthz"_s);
    for (const ServiceTarget &target : result.hostTargets)
        QVERIFY2(target.validate().isEmpty(), qPrintable(target.validate()));

    // Only what cannot be used is rejected, each with its own reason.
    QStringList rejected;
    for (const FileSdFormat::Error &error : result.rejected)
        rejected.append(error.toString());
    QCOMPARE(rejected, (QStringList{
                           u"entry 6: the entry has neither a \"service\" nor a \"job\" label"_s,
                           u"entry 7, target \"10.0.0.5:99999\": the port 99999 is out of range (1 to 65535)"_s,
                           u"entry 8: the entry is not a JSON object"_s,
                           u"entry 9, target \"10.0.0.1:9101\": the target is listed already in entry 1"_s,
                       }));
}

void TestFileSdFormat::readsLabelsAndPaths()
{
    const FileSdFormat::Result result = FileSdFormat::parse(QByteArray(
        R"([{"targets": ["10.0.0.5:9102"], "labels": {"service": "payment_gateway", "env": "prod", "region": "eu",
            "__meta_consul_dc": "dropped", "__scrape_interval__": "1s", "__scrape_timeout__": "800ms"}}])"));
    QVERIFY2(result.ok(), errorOf(result).constData());
    const ServiceTarget &target = result.targets.constFirst();
    QCOMPARE(target.service, QStringLiteral("payment_gateway"));
    QCOMPARE(target.instance(), QStringLiteral("10.0.0.5:9102"));
    QCOMPARE(target.intervalMs, 1000);
    QCOMPARE(target.timeoutMs, 800);
    const QMap<QString, QString> expected{{QStringLiteral("env"), QStringLiteral("prod")},
                                          {QStringLiteral("region"), QStringLiteral("eu")}};
    QCOMPARE(target.labels, expected);
}

void TestFileSdFormat::serializesGroupsAndRoundTrips()
{
    QList<ServiceTarget> targets = ServiceTarget::paysimDefaults();
    ServiceTarget second = targets.at(1);
    second.metricsUrl.setPort(9202);
    second.healthUrl.setPort(9202);
    targets.append(second); // same labels as targets[1]: one group with two targets
    ServiceTarget special;
    special.service = QStringLiteral("node");
    special.metricsUrl = QUrl(QStringLiteral("https://[::1]:9100/x/metrics"));
    special.intervalMs = 15000;
    special.timeoutMs = 10000;
    special.labels.insert(QStringLiteral("env"), QStringLiteral("prod"));
    targets.append(special);

    const QByteArray json = FileSdFormat::serialize(targets);
    const FileSdFormat::Result back = FileSdFormat::parse(json);
    QVERIFY2(back.ok(), errorOf(back).constData());
    QCOMPARE(back.targets.size(), targets.size());
    // Grouped by labels, in order of first appearance.
    QCOMPARE(back.targets.at(2).metricsUrl.port(), 9202);
    QCOMPARE(back.targets.at(5).service, QStringLiteral("node"));
    for (const ServiceTarget &target : targets) {
        const auto found = std::find_if(back.targets.cbegin(), back.targets.cend(), [&](const ServiceTarget &t) {
            return t.metricsUrl == target.metricsUrl;
        });
        QVERIFY2(found != back.targets.cend(), qPrintable(target.metricsUrl.toString()));
        QCOMPARE(*found, target);
    }
}

void TestFileSdFormat::parsesDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("seconds") << QStringLiteral("5s") << qint64(5000);
    QTest::newRow("milliseconds") << QStringLiteral("500ms") << qint64(500);
    QTest::newRow("minutes") << QStringLiteral("2m") << qint64(120000);
    QTest::newRow("mixed") << QStringLiteral("1m30s") << qint64(90000);
    QTest::newRow("hour") << QStringLiteral("1h") << qint64(3600000);
    QTest::newRow("garbage") << QStringLiteral("5 s") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void TestFileSdFormat::parsesDurations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(FileSdFormat::parseDurationMs(text).value_or(-1), ms);
    if (ms > 0)
        QCOMPARE(FileSdFormat::parseDurationMs(FileSdFormat::formatDuration(ms)).value_or(-1), ms);
}

void TestFileSdFormat::reportsUnreadableFile()
{
    const FileSdFormat::Result result = FileSdFormat::readFile(QStringLiteral("does-not-exist/targets.json"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error->toString().contains(QStringLiteral("cannot read")), errorOf(result).constData());
}

QTEST_GUILESS_MAIN(TestFileSdFormat)
#include "test_filesdformat.moc"
