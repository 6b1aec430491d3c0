// PrometheusSource without a Prometheus: parsing of the API's answers (vector, matrix, scalar,
// errors), the bearer token file and its permissions, the configuration (validation, JSON, the
// regrouping of expressions), and — against a small QHttpServer fake — only the failures a real
// Prometheus cannot be made to produce on demand: HTTP 500 and 401, a hanging server, malformed
// JSON, an oversized answer, and what the token file sends. The real server is exercised by
// test_prometheus_integration.
#include "models/metrics/derivedmetriccatalog.h"
#include "models/metrics/prometheusapiclient.h"
#include "models/metrics/prometheussource.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

// Answers by the first path segment of the base URL: http://127.0.0.1:PORT/<mode>/api/v1/query.
class FakePrometheus final
{
    Q_DISABLE_COPY_MOVE(FakePrometheus)

public:
    FakePrometheus()
    {
        m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            ++m_requests;
            m_lastAuthorization = request.value("Authorization");
            if (!m_lastAuthorization.isEmpty())
                ++m_withAuthorization;
            m_lastBody = request.body();
            const QString mode = request.url().path().section(u'/', 1, 1);
            if (mode == u"status500") {
                responder.write("<html>internal error</html>", "text/html",
                                QHttpServerResponder::StatusCode::InternalServerError);
            } else if (mode == u"status401") {
                responder.write("Unauthorized", "text/plain", QHttpServerResponder::StatusCode::Unauthorized);
            } else if (mode == u"hang") {
                return; // read, never answered
            } else if (mode == u"malformed") {
                responder.write("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[", "application/json");
            } else if (mode == u"huge") {
                responder.write(QByteArray(64 * 1024, ' ') + "{}", "application/json");
            } else if (mode == u"redirect" || mode == u"redirect-here") {
                // 307 keeps the method and the body: the request, token and all, is sent again to
                // the other server ("redirect") or to this one's echo ("redirect-here").
                const QString rest = request.url().path().section(u'/', 2);
                const QUrl target = mode == u"redirect" ? m_redirectTo : url(u"echo"_s);
                const QByteArray location = (target.toString() + u'/' + rest).toUtf8();
                responder.write({{QByteArrayLiteral("Location"), location}},
                                QHttpServerResponder::StatusCode::TemporaryRedirect);
            } else if (mode == u"echo") {
                // One series whose label "auth" is the Authorization header it received.
                const QJsonObject series{{u"metric"_s, QJsonObject{{u"auth"_s, QString::fromLatin1(m_lastAuthorization)}}},
                                         {u"value"_s, QJsonArray{1714564800.0, u"1"_s}}};
                const QJsonObject body{{u"status"_s, u"success"_s},
                                       {u"data"_s, QJsonObject{{u"resultType"_s, u"vector"_s},
                                                               {u"result"_s, QJsonArray{series}}}}};
                responder.write(QJsonDocument(body));
            } else {
                responder.write(QHttpServerResponder::StatusCode::NotFound);
            }
        });
    }

    bool listen() { return (m_port = m_server.listen(QHostAddress::LocalHost, 0)) > 0; }
    QUrl url(const QString &mode) const { return QUrl(u"http://127.0.0.1:%1/%2"_s.arg(m_port).arg(mode)); }
    int requests() const { return m_requests; }
    int requestsWithAuthorization() const { return m_withAuthorization; }
    // Where mode "redirect" sends its requests (another server: another origin).
    void setRedirectTarget(const QUrl &base) { m_redirectTo = base; }
    QByteArray lastBody() const { return m_lastBody; }

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    int m_requests = 0;
    int m_withAuthorization = 0;
    QUrl m_redirectTo;
    QByteArray m_lastAuthorization;
    QByteArray m_lastBody;
};

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size()
           && file.setPermissions(permissions);
}

constexpr QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kWorldReadable = kPrivate | QFileDevice::ReadGroup | QFileDevice::ReadOther;

PrometheusResult ask(PrometheusApiClient &client, const QString &expression = u"up"_s)
{
    QSignalSpy finished(&client, &PrometheusApiClient::finished);
    const quint64 id = client.query(expression, 1714564800000);
    if (!finished.wait(20'000))
        return {};
    const QList<QVariant> arguments = finished.takeFirst();
    if (arguments.at(0).toULongLong() != id)
        return {};
    return arguments.at(1).value<PrometheusResult>();
}

} // namespace

class TestPrometheusSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void parsesVector();
    void parsesMatrix();
    void parsesScalar();
    void parsesErrors_data();
    void parsesErrors();

    void tokenFile();
    void tokenFileRefusedWhenShared();

    void defaultsCoverTheCatalog();
    void validation_data();
    void validation();
    void jsonRoundTrip();
    void jsonErrors();
    void regroupsExpressions_data();
    void regroupsExpressions();
    void stepFitsRange();

    void fakeErrors_data();
    void fakeErrors();
    void sendsTokenAndRereadsIt();
    void refusesSharedTokenWithoutSending();
    void tokenIsNotSentToAnotherOrigin();
    void sameOriginRedirectIsFollowed();
    void tokenOverPlainHttpNeedsExplicitConsent();
    void unusableCaFileFailsEveryRequest();
    void connectionRefusedPublishesAnError();
    void unknownSeriesInLoad();

private:
    FakePrometheus m_fake;
    QTemporaryDir m_dir;
};

void TestPrometheusSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fake.listen());
}

void TestPrometheusSource::parsesVector()
{
    const QByteArray body = R"j({"status":"success","data":{"resultType":"vector","result":[
        {"metric":{"service":"payment_gateway"},"value":[1714564800.25,"12.5"]},
        {"metric":{"service":"payment_backend","peer":"bank"},"value":[1714564800.25,"NaN"]},
        {"metric":{},"value":[1714564800.25,"+Inf"]}]}, "warnings":["careful"]})j";
    const PrometheusResult result = PrometheusApiClient::parseResponse(body, 200);
    QVERIFY2(result.ok(), qPrintable(result.error.value_or(QString())));
    QCOMPARE(result.type, PrometheusResult::Type::Vector);
    QCOMPARE(result.series.size(), 3);
    QCOMPARE(result.series.at(0).label(u"service"_s), u"payment_gateway"_s);
    QCOMPARE(result.series.at(0).points.size(), 1);
    QCOMPARE(result.series.at(0).points.at(0).timestampMs, 1714564800250);
    QCOMPARE(result.series.at(0).points.at(0).value, 12.5);
    QCOMPARE(result.series.at(1).label(u"peer"_s), u"bank"_s);
    QVERIFY(std::isnan(result.series.at(1).points.at(0).value));
    QVERIFY(std::isinf(result.series.at(2).points.at(0).value));
    QCOMPARE(result.warnings, QStringList{u"careful"_s});
}

void TestPrometheusSource::parsesMatrix()
{
    const QByteArray body = R"j({"status":"success","data":{"resultType":"matrix","result":[
        {"metric":{"service":"a"},"values":[[100,"1"],[101,"2"],[102.5,"-Inf"]]},
        {"metric":{"service":"b"},"values":[]}]}})j";
    const PrometheusResult result = PrometheusApiClient::parseResponse(body, 200);
    QVERIFY(result.ok());
    QCOMPARE(result.type, PrometheusResult::Type::Matrix);
    QCOMPARE(result.series.size(), 2);
    const QList<SeriesPoint> &points = result.series.at(0).points;
    QCOMPARE(points.size(), 3);
    QCOMPARE(points.at(0), (SeriesPoint{100'000, 1.0}));
    QCOMPARE(points.at(1), (SeriesPoint{101'000, 2.0}));
    QCOMPARE(points.at(2).timestampMs, 102'500);
    QVERIFY(std::isinf(points.at(2).value) && points.at(2).value < 0);
    QVERIFY(result.series.at(1).points.isEmpty());
}

void TestPrometheusSource::parsesScalar()
{
    const PrometheusResult result = PrometheusApiClient::parseResponse(
        R"j({"status":"success","data":{"resultType":"scalar","result":[1714564800,"0.75"]}})j", 200);
    QVERIFY(result.ok());
    QCOMPARE(result.type, PrometheusResult::Type::Scalar);
    QCOMPARE(result.series.size(), 1);
    QCOMPARE(result.series.at(0).points.at(0).value, 0.75);
    QVERIFY(result.series.at(0).labels.isEmpty());
}

void TestPrometheusSource::parsesErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    QTest::newRow("bad_data") << QByteArray(R"j({"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected \")\""})j")
                              << 400 << u"Prometheus rejected the query: 1:5: parse error: unexpected \")\""_s;
    QTest::newRow("execution") << QByteArray(R"j({"status":"error","errorType":"execution","error":"many-to-many matching not allowed"})j")
                               << 422 << u"Prometheus could not answer (execution): many-to-many matching not allowed"_s;
    QTest::newRow("timeout") << QByteArray(R"j({"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"})j")
                             << 503 << u"the query timed out in Prometheus: query timed out in expression evaluation"_s;
    QTest::newRow("401") << QByteArray("Unauthorized") << 401 << u"the token was refused (HTTP 401)"_s;
    QTest::newRow("403 json") << QByteArray(R"j({"status":"error","error":"forbidden"})j") << 403
                              << u"the token was refused (HTTP 403)"_s;
    QTest::newRow("502 html") << QByteArray("<html>Bad Gateway</html>") << 502 << u"HTTP 502"_s;
    QTest::newRow("truncated") << QByteArray(R"j({"status":"success","data":{)j") << 200
                               << u"Prometheus answered with malformed JSON: unterminated object at offset 28"_s;
    QTest::newRow("not the API") << QByteArray(R"j({"hello":"world"})j") << 200
                                 << u"the answer is not a Prometheus API answer (no \"status\")"_s;
    QTest::newRow("bad value") << QByteArray(R"j({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,2]}]}})j")
                               << 200 << u"Prometheus answered with malformed data: a value is not a [time, \"number\"] pair"_s;
    // Found by fuzz_prometheusjson: converting this time to milliseconds was undefined behaviour.
    QTest::newRow("time out of range") << QByteArray(R"j({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1e300,"1"]}]}})j")
                                       << 200 << u"Prometheus answered with malformed data: a value is not a [time, \"number\"] pair"_s;
    QTest::newRow("unknown type") << QByteArray(R"j({"status":"success","data":{"resultType":"histogram","result":[]}})j")
                                  << 200 << u"Prometheus answered with malformed data: unknown result type \"histogram\""_s;
}

void TestPrometheusSource::parsesErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    const PrometheusResult result = PrometheusApiClient::parseResponse(body, status);
    QVERIFY(!result.ok());
    QCOMPARE(*result.error, error);
    QVERIFY(result.series.isEmpty());
}

void TestPrometheusSource::tokenFile()
{
    const QString path = m_dir.filePath(u"token-ok"_s);
    QVERIFY(writeFile(path, "s3cr3t-token\n", kPrivate));
    const PrometheusApiClient::Token token = PrometheusApiClient::readBearerToken(path);
    QCOMPARE(token.error, QString());
    QCOMPARE(token.value, QByteArray("s3cr3t-token"));

    QVERIFY(writeFile(path, " \n", kPrivate));
    QCOMPARE(PrometheusApiClient::readBearerToken(path).error, u"the token file %1 is empty"_s.arg(path));
    QVERIFY(writeFile(path, "one\ntwo\n", kPrivate));
    QCOMPARE(PrometheusApiClient::readBearerToken(path).error, u"the token file %1 holds more than one line"_s.arg(path));
    const QString missing = m_dir.filePath(u"no-such-token"_s);
    QCOMPARE(PrometheusApiClient::readBearerToken(missing).error, u"the token file %1 does not exist"_s.arg(missing));
}

void TestPrometheusSource::tokenFileRefusedWhenShared()
{
    const QString path = m_dir.filePath(u"token-shared"_s);
    QVERIFY(writeFile(path, "s3cr3t-token\n", kWorldReadable));
    PrometheusApiClient::Token token = PrometheusApiClient::readBearerToken(path);
    QCOMPARE(token.error, u"the token file %1 may be read or changed by other users (mode 0644); "
                          u"it must be private to its owner: chmod 600 %1"_s.arg(path));
    QVERIFY(token.value.isEmpty());

    QVERIFY(QFile::setPermissions(path, kPrivate | QFileDevice::ReadGroup)); // 0640
    QVERIFY(PrometheusApiClient::readBearerToken(path).error.contains(u"mode 0640"_s));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner)); // 0400 is fine
    QCOMPARE(PrometheusApiClient::readBearerToken(path).value, QByteArray("s3cr3t-token"));
}

void TestPrometheusSource::defaultsCoverTheCatalog()
{
    const QMap<QString, QString> defaults = PrometheusSourceConfig::defaultExpressions();
    int scraped = 0;
    for (const DerivedMetric &metric : DerivedMetricCatalog::all()) {
        // The console's own metrics (its tasks) have no PromQL; every scraped one has.
        QCOMPARE(defaults.value(metric.name()).isEmpty(), !metric.isScraped());
        scraped += metric.isScraped() ? 1 : 0;
    }
    QCOMPARE(defaults.size(), scraped);
    QCOMPARE(scraped, kDerivedMetricCount - 2);
    QCOMPARE(defaults.value(u"tps"_s), u"sum by (service) (rate(payment_transactions_total[1m]))"_s);
    QCOMPARE(defaults.value(u"latency_p95"_s),
             u"histogram_quantile(0.95, sum by (service, le) (rate(payment_request_duration_seconds_bucket[1m])))"_s);
    QCOMPARE(defaults.value(u"availability"_s), u"avg_over_time(up[1h])"_s);
    QCOMPARE(defaults.value(u"up"_s), u"up"_s);
}

void TestPrometheusSource::validation_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("problem"); // empty: valid

    QTest::newRow("defaults") << QString() << QString();
    QTest::newRow("no url") << u"url="_s << u"the Prometheus URL \"\" is not an http or https URL with a host"_s;
    QTest::newRow("ftp") << u"url=ftp://prom:9090"_s
                         << u"the Prometheus URL \"ftp://prom:9090\" is not an http or https URL with a host"_s;
    QTest::newRow("query") << u"url=http://prom:9090/?x=1"_s
                           << u"the Prometheus URL \"http://prom:9090/?x=1\" must not have a query or a fragment"_s;
    QTest::newRow("interval") << u"interval=500"_s << u"the interval must be between 1 s and 3600 s (it is 0.5 s)"_s;
    QTest::newRow("timeout") << u"timeout=0"_s << u"the timeout must be between 0.1 s and 300 s (it is 0 s)"_s;
    QTest::newRow("unknown metric") << u"expr=tpx"_s << u"there is no metric called \"tpx\" to give an expression for"_s;
    QTest::newRow("no up") << u"noup"_s << u"the expression of \"up\" is needed: it tells which services are up"_s;
}

void TestPrometheusSource::validation()
{
    QFETCH(QString, change);
    QFETCH(QString, problem);
    PrometheusSourceConfig config;
    config.baseUrl = QUrl(u"https://prometheus.example:9090"_s);
    if (change.startsWith(u"url="))
        config.baseUrl = QUrl(change.mid(4));
    else if (change.startsWith(u"interval="))
        config.intervalMs = change.mid(9).toInt();
    else if (change.startsWith(u"timeout="))
        config.timeoutMs = change.mid(8).toInt();
    else if (change.startsWith(u"expr="))
        config.expressions.insert(change.mid(5), u"up"_s);
    else if (change == u"noup")
        config.expressions.insert(u"up"_s, QString());
    const QStringList problems = config.validate();
    if (problem.isEmpty())
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    else
        QCOMPARE(problems, QStringList{problem});
}

void TestPrometheusSource::jsonRoundTrip()
{
    PrometheusSourceConfig config;
    config.baseUrl = QUrl(u"https://prom.example/prometheus"_s);
    config.tokenFile = u"secrets/token"_s;
    config.caFile = u"ca.pem"_s;
    config.intervalMs = 15'000;
    config.timeoutMs = 2'500;
    config.expressions.insert(u"tps"_s, u"sum by (service) (rate(tx_total[5m]))"_s);
    config.expressions.insert(u"host_cpu_percent"_s, QString());

    const QString path = m_dir.filePath(u"prometheus.json"_s);
    QVERIFY(!config.save(path).has_value());
    const PrometheusSourceConfigLoad loaded = PrometheusSourceConfig::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.config, config);

    // Expressions not listed keep their default.
    const PrometheusSourceConfigLoad partial = PrometheusSourceConfig::fromJson(
        R"j({"url":"http://127.0.0.1:9090","expressions":{"tps":"sum by (service) (rate(x[2m]))"}})j");
    QVERIFY2(partial.ok(), qPrintable(partial.error));
    QCOMPARE(partial.config.expressions.value(u"tps"_s), u"sum by (service) (rate(x[2m]))"_s);
    QCOMPARE(partial.config.expressions.value(u"latency_p95"_s),
             PrometheusSourceConfig::defaultExpressions().value(u"latency_p95"_s));
    QCOMPARE(partial.config.intervalMs, 5000);
}

void TestPrometheusSource::jsonErrors()
{
    const auto errorOf = [](const char *json) { return PrometheusSourceConfig::fromJson(json).error; };
    QCOMPARE(errorOf("[1]"), u"the Prometheus settings must be a JSON object"_s);
    QVERIFY(errorOf("{").startsWith(u"the Prometheus settings are not valid JSON"_s));
    const QString notANumber = errorOf(R"j({"url":"http://p:9090","intervalSeconds":"5"})j");
    QCOMPARE(notANumber, u"\"intervalSeconds\" must be a number"_s);
    const QString tooOften = errorOf(R"j({"url":"http://p:9090","intervalSeconds":0.2})j");
    QCOMPARE(tooOften, u"the interval must be between 1 s and 3600 s (it is 0.2 s)"_s);
    const QString notAString = errorOf(R"j({"url":"http://p:9090","expressions":{"tps":3}})j");
    QCOMPARE(notAString, u"the expression of \"tps\" must be a string"_s);
    const QString missing = m_dir.filePath(u"missing.json"_s);
    QVERIFY(PrometheusSourceConfig::load(missing).error.startsWith(u"could not read the Prometheus settings from "_s + missing));
}

void TestPrometheusSource::regroupsExpressions_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("expected");
    using Scope = PrometheusSourceConfig::Scope;

    QTest::newRow("tps service") << u"tps"_s << int(Scope::Service)
                                 << u"sum by (service) (rate(payment_transactions_total[1m]))"_s;
    QTest::newRow("tps total") << u"tps"_s << int(Scope::Total) << u"sum (rate(payment_transactions_total[1m]))"_s;
    QTest::newRow("p95 total") << u"latency_p95"_s << int(Scope::Total)
                               << u"histogram_quantile(0.95, sum by (le) (rate(payment_request_duration_seconds_bucket[1m])))"_s;
    QTest::newRow("external p95 per service and peer")
        << u"external_latency_p95"_s << int(Scope::ServicePeer)
        << u"histogram_quantile(0.95, sum by (service, le, peer) (rate(payment_external_call_duration_seconds_bucket[1m])))"_s;
    QTest::newRow("external avg per peer")
        << u"external_latency_avg"_s << int(Scope::Peer)
        << u"sum by (peer) (rate(payment_external_call_duration_seconds_sum[1m])) / "
           u"sum by (peer) (rate(payment_external_call_duration_seconds_count[1m]))"_s;
    QTest::newRow("failure ratio total")
        << u"failure_ratio"_s << int(Scope::Total)
        << u"(sum (rate(payment_transactions_total{status=\"failed\"}[1m])) or sum (rate(payment_transactions_total[1m])) * 0)"
           u" / sum (rate(payment_transactions_total[1m]))"_s;
    QTest::newRow("availability as written") << u"availability"_s << int(Scope::Total) << u"avg_over_time(up[1h])"_s;
}

void TestPrometheusSource::regroupsExpressions()
{
    QFETCH(QString, metric);
    QFETCH(int, scope);
    QFETCH(QString, expected);
    const PrometheusSourceConfig config;
    QCOMPARE(config.expression(metric, PrometheusSourceConfig::Scope(scope)), expected);

    PrometheusSourceConfig postfix; // "sum(x) by (service)" works as well; other groupings stay
    postfix.expressions.insert(u"tps"_s, u"sum(rate(x[1m])) BY (service) + on() group_left sum by (le) (y)"_s);
    QVERIFY(postfix.groupsByService(u"tps"_s));
    QCOMPARE(postfix.expression(u"tps"_s, PrometheusSourceConfig::Scope::Total),
             u"sum(rate(x[1m])) + on() group_left sum by (le) (y)"_s);
    QVERIFY(!config.groupsByService(u"up"_s));
}

void TestPrometheusSource::stepFitsRange()
{
    QCOMPARE(PrometheusSource::stepFor(0, 60'000), 1000);           // a minute: 1 s
    QCOMPARE(PrometheusSource::stepFor(0, 1000 * 1000), 1000);      // 1000 s: 1 s
    QCOMPARE(PrometheusSource::stepFor(0, 1001 * 1000), 2000);      // just over: 2 s
    QCOMPARE(PrometheusSource::stepFor(0, 3600 * 1000), 4000);      // an hour: 4 s
    QCOMPARE(PrometheusSource::stepFor(0, 24 * 3600 * 1000), 87'000); // a day: 87 s, <= 1000 points
    QCOMPARE(PrometheusSource::stepFor(100, 50), 1000);
}

void TestPrometheusSource::fakeErrors_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("error");

    QTest::newRow("500") << u"status500"_s << u"HTTP 500"_s;
    QTest::newRow("401") << u"status401"_s << u"the token was refused (HTTP 401)"_s;
    QTest::newRow("hang") << u"hang"_s << u"timed out after 0.5 s"_s;
    QTest::newRow("malformed") << u"malformed"_s
                               << u"Prometheus answered with malformed JSON: unterminated array at offset 60"_s;
    QTest::newRow("huge") << u"huge"_s << u"response larger than 16 KiB"_s;
}

void TestPrometheusSource::fakeErrors()
{
    QFETCH(QString, mode);
    QFETCH(QString, error);
    PrometheusSourceConfig config;
    config.baseUrl = m_fake.url(mode);
    config.timeoutMs = 500;
    config.maxBodyBytes = 16 * 1024;
    PrometheusApiClient client;
    client.setConfig(config);
    const PrometheusResult result = ask(client, u"sum by (service) (rate(x[1m])) + 1"_s);
    QVERIFY(!result.ok());
    QCOMPARE(*result.error, error);
    QCOMPARE(client.requestsInFlight(), 0);
    if (mode != u"hang") // the expression travels form-encoded, '+' included
        QCOMPARE(m_fake.lastBody(), QByteArray("query=sum%20by%20%28service%29%20%28rate%28x%5B1m%5D%29%29%20%2B%201"
                                               "&time=1714564800.000"));
}

void TestPrometheusSource::sendsTokenAndRereadsIt()
{
    const QString path = m_dir.filePath(u"token-rotating"_s);
    QVERIFY(writeFile(path, "first\n", kPrivate));
    PrometheusSourceConfig config;
    config.baseUrl = m_fake.url(u"echo"_s);
    config.tokenFile = path;
    config.allowInsecureToken = true; // the fake speaks plain http
    PrometheusApiClient client;
    client.setConfig(config);
    PrometheusResult result = ask(client);
    QVERIFY2(result.ok(), qPrintable(result.error.value_or(QString())));
    QCOMPARE(result.series.at(0).label(u"auth"_s), u"Bearer first"_s);

    QVERIFY(writeFile(path, "second\n", kPrivate)); // rotated: used by the next request
    result = ask(client);
    QVERIFY(result.ok());
    QCOMPARE(result.series.at(0).label(u"auth"_s), u"Bearer second"_s);
}

void TestPrometheusSource::refusesSharedTokenWithoutSending()
{
    const QString path = m_dir.filePath(u"token-0644"_s);
    QVERIFY(writeFile(path, "secret\n", kWorldReadable));
    PrometheusSourceConfig config;
    config.baseUrl = m_fake.url(u"echo"_s);
    config.tokenFile = path;
    config.allowInsecureToken = true; // the fake speaks plain http
    PrometheusApiClient client;
    client.setConfig(config);
    const int before = m_fake.requests();
    const PrometheusResult result = ask(client);
    QVERIFY(!result.ok());
    QVERIFY2(result.error->contains(u"(mode 0644)"_s), qPrintable(*result.error));
    QCOMPARE(m_fake.requests(), before);
}

void TestPrometheusSource::tokenIsNotSentToAnotherOrigin()
{
    // Two servers on two ports stand for two hosts: the configured one answers 307 to the other.
    FakePrometheus other;
    QVERIFY(other.listen());
    FakePrometheus configured;
    QVERIFY(configured.listen());
    configured.setRedirectTarget(other.url(u"echo"_s));
    const QString path = m_dir.filePath(u"token-redirect"_s);
    QVERIFY(writeFile(path, "do-not-leak\n", kPrivate));
    PrometheusSourceConfig config;
    config.baseUrl = configured.url(u"redirect"_s);
    config.tokenFile = path;
    config.allowInsecureToken = true; // plain http on loopback: the redirect is what is tested
    PrometheusApiClient client;
    client.setConfig(config);
    const PrometheusResult result = ask(client);
    QCOMPARE(configured.requestsWithAuthorization(), 1);
    QCOMPARE(other.requests(), 0); // neither the token nor the query reached the other origin
    QCOMPARE(other.requestsWithAuthorization(), 0);
    QVERIFY(!result.ok());
    QVERIFY2(result.error->contains(u"redirected the request to another address"_s), qPrintable(*result.error));
    QCOMPARE(client.requestsInFlight(), 0);
}

void TestPrometheusSource::sameOriginRedirectIsFollowed()
{
    const QString path = m_dir.filePath(u"token-same-origin"_s);
    QVERIFY(writeFile(path, "same-origin\n", kPrivate));
    PrometheusSourceConfig config;
    config.baseUrl = m_fake.url(u"redirect-here"_s);
    config.tokenFile = path;
    config.allowInsecureToken = true;
    PrometheusApiClient client;
    client.setConfig(config);
    const PrometheusResult result = ask(client);
    QVERIFY2(result.ok(), qPrintable(result.error.value_or(QString())));
    QCOMPARE(result.series.at(0).label(u"auth"_s), u"Bearer same-origin"_s);
}

void TestPrometheusSource::tokenOverPlainHttpNeedsExplicitConsent()
{
    const QString path = m_dir.filePath(u"token-plain-http"_s);
    QVERIFY(writeFile(path, "plain\n", kPrivate));
    PrometheusSourceConfig config;
    config.baseUrl = m_fake.url(u"echo"_s);
    config.tokenFile = path;
    PrometheusApiClient client;
    client.setConfig(config);
    const int before = m_fake.requests();
    PrometheusResult result = ask(client);
    QVERIFY(!result.ok());
    QVERIFY2(result.error->contains(u"--prometheus-allow-insecure-token"_s), qPrintable(*result.error));
    QCOMPARE(m_fake.requests(), before); // nothing sent
    QVERIFY(config.validate().join(u' ').contains(u"--prometheus-allow-insecure-token"_s));

    config.tokenFile.clear(); // without a token plain http is fine
    client.setConfig(config);
    QVERIFY(ask(client).ok());
    QVERIFY(config.validate().isEmpty());

    config.tokenFile = path; // the operator said so, by name
    config.allowInsecureToken = true;
    client.setConfig(config);
    result = ask(client);
    QVERIFY2(result.ok(), qPrintable(result.error.value_or(QString())));
    QCOMPARE(result.series.at(0).label(u"auth"_s), u"Bearer plain"_s);
    QVERIFY(config.validate().isEmpty());
}

void TestPrometheusSource::unusableCaFileFailsEveryRequest()
{
    PrometheusSourceConfig config;
    config.baseUrl = m_fake.url(u"echo"_s);
    config.caFile = m_dir.filePath(u"no-such-ca.pem"_s);
    PrometheusApiClient client;
    client.setConfig(config);
    const int before = m_fake.requests();
    PrometheusResult result = ask(client);
    QVERIFY(!result.ok());
    QVERIFY2(result.error->startsWith(u"the CA file %1 cannot be read: "_s.arg(config.caFile)), qPrintable(*result.error));

    config.caFile = m_dir.filePath(u"not-a-ca.pem"_s);
    QVERIFY(writeFile(config.caFile, "-----BEGIN CERTIFICATE-----\nnonsense\n-----END CERTIFICATE-----\n", kPrivate));
    client.setConfig(config);
    result = ask(client);
    QVERIFY(!result.ok());
    QCOMPARE(*result.error, u"the CA file %1 holds no certificate"_s.arg(config.caFile));
    QCOMPARE(m_fake.requests(), before); // nothing sent without a usable trust anchor
}

void TestPrometheusSource::connectionRefusedPublishesAnError()
{
    QTcpServer closed; // a port that was free a moment ago and is closed now
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();

    PrometheusSourceConfig config;
    config.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    config.intervalMs = 3'600'000; // one poll only
    PrometheusSource source(config, [] { return qint64(1714564800000); });
    QSignalSpy published(&source, &PrometheusSource::published);
    QSignalSpy failed(&source, &PrometheusSource::failed);
    source.start();
    QVERIFY(published.wait(20'000));
    const MetricsSnapshot snapshot = published.takeFirst().at(0).value<MetricsSnapshot>();
    QCOMPARE(snapshot.timestampMs, 1714564800000);
    QVERIFY(snapshot.values.isEmpty());
    QVERIFY(snapshot.services.isEmpty()); // nothing known, and nothing shown as up
    QCOMPARE(failed.size(), 1);
    const QString message = failed.takeFirst().at(0).toString();
    QCOMPARE(message, u"Prometheus http://127.0.0.1:%1: connection refused"_s.arg(port));

    QSignalSpy loaded(&source, &PrometheusSource::loaded);
    source.load(7, {{SeriesKey(DerivedMetricId::Tps, u"payment_gateway"_s)}, 1714564700000, 1714564800000, {}});
    QVERIFY(loaded.wait(20'000));
    const QList<QVariant> answer = loaded.takeFirst();
    QCOMPARE(answer.at(0).toULongLong(), quint64(7));
    const QList<HistoryRead> reads = answer.at(2).value<QList<HistoryRead>>();
    QCOMPARE(reads.size(), 1);
    QCOMPARE(reads.at(0).error.value_or(QString()),
             u"Prometheus: connection refused"_s);
}

void TestPrometheusSource::unknownSeriesInLoad()
{
    PrometheusSourceConfig config;
    config.baseUrl = m_fake.url(u"echo"_s);
    PrometheusSource source(config);
    QSignalSpy loaded(&source, &PrometheusSource::loaded);
    const int before = m_fake.requests();
    source.load(3, {{SeriesKey(u"no_such_metric"_s), SeriesKey(u"no_such_metric"_s, u"payment_gateway"_s)}, 0, 60'000, {}});
    QCOMPARE(loaded.size(), 1); // nothing to ask: answered at once
    const QList<HistoryRead> reads = loaded.takeFirst().at(2).value<QList<HistoryRead>>();
    QCOMPARE(reads.size(), 2);
    QCOMPARE(reads.at(0).error.value_or(QString()), u"Prometheus has no expression for no_such_metric"_s);
    QVERIFY(reads.at(1).error.has_value());
    QCOMPARE(m_fake.requests(), before);
}

QTEST_GUILESS_MAIN(TestPrometheusSource)
#include "test_prometheussource.moc"
