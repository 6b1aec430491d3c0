// DiagnosisRunner and DiagnosisRanking without paysim: metric checks against a snapshot, health
// checks against a real local HTTP answer (ok, degraded, hanging), TCP connects to an open, a
// closed and a hanging port, manual answers, offline mode, and the ranking with its reasoning.
#include "models/incidents/diagnosisranking.h"
#include "models/incidents/diagnosisrunner.h"
#include "models/incidents/playbookloader.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace payops;
using namespace Qt::StringLiterals;

namespace {

// A tiny HTTP server on loopback: answers /health with `body`, or never answers when `hang`.
class HealthServer final : public QObject
{
public:
    explicit HealthServer(QByteArray body, bool hang = false)
        : m_body(std::move(body))
        , m_hang(hang)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (m_hang || !socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                                  + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    QByteArray m_body;
    bool m_hang;
};

ServiceTarget target(const QString &service, quint16 port)
{
    ServiceTarget t;
    t.service = service;
    t.metricsUrl = QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(port));
    t.healthUrl = QUrl(u"http://127.0.0.1:%1/health"_s.arg(port));
    return t;
}

PlaybookCheck metricCheck(const QString &id, const QString &metric, double canonical)
{
    PlaybookCheck check;
    check.id = id;
    check.type = PlaybookCheck::Type::Metric;
    check.service = u"affected"_s;
    check.metric = metric;
    check.comparison = PlaybookCheck::Comparison::Greater;
    check.threshold = canonical * 1000;
    check.unit = u"ms"_s;
    check.canonicalThreshold = canonical;
    return check;
}

Playbook playbook(const QString &id, QList<PlaybookCause> causes)
{
    Playbook p;
    p.id = id;
    p.causes = std::move(causes);
    return p;
}

PlaybookCause cause(const QString &id, QList<PlaybookCheck> checks)
{
    PlaybookCause c;
    c.id = id;
    c.title.en = id;
    c.checks = std::move(checks);
    return c;
}

MetricsSnapshot snapshot(const QString &service, QList<QPair<QString, double>> values)
{
    MetricsSnapshot s;
    s.timestampMs = 1000;
    ServiceState state;
    state.service = service;
    state.state = ServiceState::State::Up;
    s.services.append(state);
    for (const auto &[metric, value] : values)
        s.values.append(MetricValue{metric, service, {}, value, 1000});
    return s;
}

Diagnosis runToEnd(DiagnosisRunner &runner, const DiagnosisRequest &request, qint64 *wallMs = nullptr)
{
    QSignalSpy finished(&runner, &DiagnosisRunner::finished);
    QElapsedTimer clock;
    clock.start();
    runner.start(request);
    if (!finished.wait(30'000))
        return {};
    if (wallMs)
        *wallMs = clock.elapsed();
    return finished.constFirst().constFirst().value<Diagnosis>();
}

const CheckVerdict *verdictOf(const Diagnosis &diagnosis, const QString &checkId)
{
    for (const CauseAssessment &c : diagnosis.causes) {
        for (const CheckVerdict &v : c.checks) {
            if (v.checkId == checkId)
                return &v;
        }
    }
    return nullptr;
}

} // namespace

class TestDiagnosisRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metricChecksAgainstTheSnapshot();
    void healthChecks();
    void tcpChecksMeasureLatencyAndFail();
    void hangingTargetsAnswerAtTheDeadlineAndHoldNothingElse();
    void manualAnswersAndOffline();
    void rankingPutsConfirmedFirstWithReasons();
    void shippedPlaybooksRunWithoutATarget();
};

void TestDiagnosisRunner::metricChecksAgainstTheSnapshot()
{
    const PlaybookCheck check = metricCheck(u"db-p95"_s, u"db_latency_p95"_s, 0.1);
    CheckVerdict verdict = DiagnosisRunner::evaluateMetric(check, u"payment_backend"_s,
                                                           snapshot(u"payment_backend"_s, {{u"db_latency_p95"_s, 0.42}}));
    QCOMPARE(verdict.verdict, CheckVerdict::Verdict::Confirmed);
    QCOMPARE(verdict.measured, std::optional<double>(0.42));
    QVERIFY2(verdict.evidence.contains(u"420"_s) && verdict.evidence.contains(u"> 100 ms"_s), qPrintable(verdict.evidence));

    verdict = DiagnosisRunner::evaluateMetric(check, u"payment_backend"_s,
                                              snapshot(u"payment_backend"_s, {{u"db_latency_p95"_s, 0.02}}));
    QCOMPARE(verdict.verdict, CheckVerdict::Verdict::RuledOut);
    QVERIFY2(verdict.evidence.contains(u"would confirm"_s), qPrintable(verdict.evidence));

    MetricsSnapshot down = snapshot(u"payment_backend"_s, {});
    down.services.first().state = ServiceState::State::Down;
    verdict = DiagnosisRunner::evaluateMetric(check, u"payment_backend"_s, down);
    QCOMPARE(verdict.verdict, CheckVerdict::Verdict::Unanswered);
    QVERIFY2(verdict.evidence.contains(u"does not answer"_s), qPrintable(verdict.evidence));
}

void TestDiagnosisRunner::healthChecks()
{
    HealthServer degraded(R"({"status":"degraded","checks":{"database":{"status":"degraded","latency_ms":420},)"
                          R"("external:bank":{"status":"ok"}}})");
    PlaybookCheck database;
    database.id = u"db-health"_s;
    database.type = PlaybookCheck::Type::Health;
    database.service = u"affected"_s;
    database.dependency = u"database"_s;
    database.expect = u"up"_s;
    PlaybookCheck bank = database;
    bank.id = u"bank-health"_s;
    bank.dependency = u"external:bank"_s;
    PlaybookCheck overall = database;
    overall.id = u"overall"_s;
    overall.dependency.clear();
    PlaybookCheck unknown = database;
    unknown.id = u"unknown"_s;
    unknown.dependency = u"cache"_s;

    DiagnosisRequest request;
    request.service = u"payment_backend"_s;
    request.playbooks = {playbook(u"p"_s, {cause(u"db"_s, {database, overall}), cause(u"bank"_s, {bank, unknown})})};
    request.targets = {target(u"payment_backend"_s, degraded.port())};
    DiagnosisRunner runner;
    QSignalSpy answered(&runner, &DiagnosisRunner::checkAnswered);
    const Diagnosis diagnosis = runToEnd(runner, request);
    QCOMPARE(answered.size(), 4);
    QCOMPARE(verdictOf(diagnosis, u"db-health"_s)->verdict, CheckVerdict::Verdict::Confirmed);
    QVERIFY2(verdictOf(diagnosis, u"db-health"_s)->evidence.contains(u"degraded, expected up"_s),
             qPrintable(verdictOf(diagnosis, u"db-health"_s)->evidence));
    QCOMPARE(verdictOf(diagnosis, u"overall"_s)->verdict, CheckVerdict::Verdict::Confirmed);
    QCOMPARE(verdictOf(diagnosis, u"bank-health"_s)->verdict, CheckVerdict::Verdict::RuledOut); // "ok" is "up"
    QCOMPARE(verdictOf(diagnosis, u"unknown"_s)->verdict, CheckVerdict::Verdict::Unanswered);
    QCOMPARE(diagnosis.causes.first().causeId, u"db"_s);
}

void TestDiagnosisRunner::tcpChecksMeasureLatencyAndFail()
{
    QTcpServer open;
    QVERIFY(open.listen(QHostAddress::LocalHost));
    quint16 closedPort = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        closedPort = closed.serverPort();
    }
    PlaybookCheck reachable;
    reachable.id = u"open"_s;
    reachable.type = PlaybookCheck::Type::Tcp;
    reachable.service = u"payment_gateway"_s;
    reachable.maxLatencyMs = 200;
    PlaybookCheck refused = reachable;
    refused.id = u"closed"_s;
    refused.service.clear();
    refused.host = u"127.0.0.1"_s;
    refused.port = closedPort;

    DiagnosisRequest request;
    request.service = u"payment_backend"_s;
    request.playbooks = {playbook(u"p"_s, {cause(u"network"_s, {reachable, refused})})};
    request.targets = {target(u"payment_gateway"_s, open.serverPort())};
    DiagnosisRunner runner;
    const Diagnosis diagnosis = runToEnd(runner, request);
    const CheckVerdict *ok = verdictOf(diagnosis, u"open"_s);
    QCOMPARE(ok->verdict, CheckVerdict::Verdict::RuledOut);
    QVERIFY(ok->measured && *ok->measured >= 0 && *ok->measured < 200);
    QVERIFY2(ok->evidence.contains(u"connected in"_s), qPrintable(ok->evidence));
    const CheckVerdict *bad = verdictOf(diagnosis, u"closed"_s);
    QCOMPARE(bad->verdict, CheckVerdict::Verdict::Confirmed);
    QVERIFY(!bad->measured);
    QVERIFY2(bad->evidence.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(bad->evidence));
}

void TestDiagnosisRunner::hangingTargetsAnswerAtTheDeadlineAndHoldNothingElse()
{
    // A service that accepts connections and never answers its /health, beside a healthy one.
    HealthServer hanging(QByteArray(), true);
    HealthServer healthy(R"({"status":"ok"})");
    PlaybookCheck hangingHealth;
    hangingHealth.id = u"hang"_s;
    hangingHealth.type = PlaybookCheck::Type::Health;
    hangingHealth.service = u"payment_gateway"_s;
    hangingHealth.expect = u"up"_s;
    PlaybookCheck healthyHealth = hangingHealth;
    healthyHealth.id = u"fine"_s;
    healthyHealth.service = u"payment_backend"_s;

    DiagnosisRequest request;
    request.service = u"payment_backend"_s;
    request.deadlineMs = 600;
    request.playbooks = {playbook(u"p"_s, {cause(u"a"_s, {hangingHealth}), cause(u"b"_s, {healthyHealth})})};
    request.targets = {target(u"payment_gateway"_s, hanging.port()), target(u"payment_backend"_s, healthy.port())};
    DiagnosisRunner runner;
    QSignalSpy answered(&runner, &DiagnosisRunner::checkAnswered);
    qint64 wallMs = 0;
    const Diagnosis diagnosis = runToEnd(runner, request, &wallMs);
    QCOMPARE(verdictOf(diagnosis, u"hang"_s)->verdict, CheckVerdict::Verdict::Confirmed);
    QVERIFY2(verdictOf(diagnosis, u"hang"_s)->evidence.contains(u"600 ms"_s), qPrintable(verdictOf(diagnosis, u"hang"_s)->evidence));
    QCOMPARE(verdictOf(diagnosis, u"fine"_s)->verdict, CheckVerdict::Verdict::RuledOut);
    // The healthy answer came long before the deadline; the whole ended at the deadline.
    QVERIFY2(verdictOf(diagnosis, u"fine"_s)->elapsedMs < 500, qPrintable(QString::number(verdictOf(diagnosis, u"fine"_s)->elapsedMs)));
    QVERIFY2(wallMs >= 550 && wallMs < 600 + 1500, qPrintable(QString::number(wallMs)));
}

void TestDiagnosisRunner::manualAnswersAndOffline()
{
    PlaybookCheck question;
    question.id = u"recent-change"_s;
    question.type = PlaybookCheck::Type::Manual;
    question.question.en = u"Was something deployed in the last hour?"_s;
    question.yesConfirms = true;
    PlaybookCheck negative = question;
    negative.id = u"backup-ok"_s;
    negative.yesConfirms = false;
    const PlaybookCheck metric = metricCheck(u"db-p95"_s, u"db_latency_p95"_s, 0.1);

    DiagnosisRequest request;
    request.service = u"payment_backend"_s;
    request.live = false;
    request.snapshot = snapshot(u"payment_backend"_s, {{u"db_latency_p95"_s, 0.42}});
    request.playbooks = {playbook(u"p"_s, {cause(u"change"_s, {question, metric}), cause(u"backup"_s, {negative})})};
    request.answers.insert(u"p/change/recent-change"_s, true);
    request.answers.insert(u"p/backup/backup-ok"_s, true); // yes, the backup is fine: rules it out
    DiagnosisRunner runner;
    const Diagnosis diagnosis = runToEnd(runner, request);
    QVERIFY(!diagnosis.live);
    QCOMPARE(verdictOf(diagnosis, u"recent-change"_s)->verdict, CheckVerdict::Verdict::Confirmed);
    QCOMPARE(verdictOf(diagnosis, u"backup-ok"_s)->verdict, CheckVerdict::Verdict::RuledOut);
    const CheckVerdict *offline = verdictOf(diagnosis, u"db-p95"_s);
    QCOMPARE(offline->verdict, CheckVerdict::Verdict::Unanswered); // not read offline, whatever the snapshot
    QVERIFY2(offline->evidence.contains(u"offline"_s), qPrintable(offline->evidence));
    QCOMPARE(diagnosis.causes.first().causeId, u"change"_s);
    QCOMPARE(diagnosis.causes.last().causeId, u"backup"_s);
}

void TestDiagnosisRunner::rankingPutsConfirmedFirstWithReasons()
{
    const PlaybookCheck a = metricCheck(u"a"_s, u"m"_s, 1);
    const PlaybookCheck b = metricCheck(u"b"_s, u"m"_s, 1);
    const PlaybookCheck c = metricCheck(u"c"_s, u"m"_s, 1);
    const QList<Playbook> playbooks{playbook(u"p"_s, {cause(u"ruled-out"_s, {a}), cause(u"open"_s, {b}),
                                                      cause(u"half"_s, {a, c}), cause(u"full"_s, {c})})};
    const auto verdict = [](const QString &causeId, const QString &checkId, CheckVerdict::Verdict v, const QString &evidence) {
        CheckVerdict result;
        result.playbookId = u"p"_s;
        result.causeId = causeId;
        result.checkId = checkId;
        result.verdict = v;
        result.evidence = evidence;
        return result;
    };
    QHash<QString, CheckVerdict> verdicts;
    for (const CheckVerdict &v : {verdict(u"ruled-out"_s, u"a"_s, CheckVerdict::Verdict::RuledOut, u"a is fine"_s),
                                  verdict(u"half"_s, u"a"_s, CheckVerdict::Verdict::RuledOut, u"a is fine"_s),
                                  verdict(u"half"_s, u"c"_s, CheckVerdict::Verdict::Confirmed, u"c is high"_s),
                                  verdict(u"full"_s, u"c"_s, CheckVerdict::Verdict::Confirmed, u"c is high"_s)})
        verdicts.insert(v.key(), v);
    const QList<CauseAssessment> ranked = DiagnosisRanking::rank(playbooks, verdicts);
    QStringList order;
    for (const CauseAssessment &cause : ranked)
        order << cause.causeId;
    QCOMPARE(order, (QStringList{u"full"_s, u"half"_s, u"open"_s, u"ruled-out"_s}));
    QVERIFY2(ranked.at(0).reasoning.contains(u"Confirmed by 1 of 1 checks: c is high"_s), qPrintable(ranked.at(0).reasoning));
    QVERIFY2(ranked.at(1).reasoning.contains(u"Against it: a is fine"_s), qPrintable(ranked.at(1).reasoning));
    QVERIFY2(ranked.at(2).reasoning.contains(u"No check has answered"_s), qPrintable(ranked.at(2).reasoning));
    QVERIFY2(ranked.at(3).reasoning.contains(u"Ruled out by 1 of 1"_s), qPrintable(ranked.at(3).reasoning));
}

void TestDiagnosisRunner::shippedPlaybooksRunWithoutATarget()
{
    // Every shipped check gets an answer (unanswered, with the reason) when nothing is known.
    const PlaybookLoader::Result loaded = PlaybookLoader().loadFile(PlaybookLoader::defaultsPath());
    QVERIFY(loaded.ok());
    DiagnosisRequest request;
    request.service = u"payment_backend"_s;
    request.playbooks = loaded.playbooks;
    DiagnosisRunner runner;
    const Diagnosis diagnosis = runToEnd(runner, request);
    int checks = 0;
    for (const Playbook &p : loaded.playbooks) {
        for (const PlaybookCause &c : p.causes)
            checks += int(c.checks.size());
    }
    int answered = 0;
    for (const CauseAssessment &c : diagnosis.causes) {
        for (const CheckVerdict &v : c.checks) {
            ++answered;
            QCOMPARE(v.verdict, CheckVerdict::Verdict::Unanswered);
            QVERIFY(!v.evidence.isEmpty());
        }
    }
    QCOMPARE(answered, checks);
    QVERIFY(!diagnosis.anyConfirmed());
}

QTEST_GUILESS_MAIN(TestDiagnosisRunner)
#include "test_diagnosisrunner.moc"
