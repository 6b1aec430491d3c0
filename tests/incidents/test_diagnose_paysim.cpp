// payopsctl diagnose against the real paysim, as an operator runs it (a process per call): for
// every scenario a playbook cause names, on the scenario's default service and with the incident
// type of that cause (as the wizard has it from the incident), the diagnosis ranks that cause first
// within two poll intervals (two runs of diagnose, each polling twice one interval apart), and in
// normal traffic it confirms nothing on any service with every playbook (exit 0).
#include "tests/support/paysimprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray err;
};

QString firstCauseText(const QJsonObject &diagnosis)
{
    const QJsonObject first = diagnosis.value(u"causes"_s).toArray().first().toObject();
    return first.value(u"playbook"_s).toString() + u'/' + first.value(u"cause"_s).toString() + u": "_s
        + first.value(u"reasoning"_s).toString();
}

QStringList confirmedCauses(const QJsonObject &diagnosis)
{
    QStringList confirmed;
    for (const QJsonValue &cause : diagnosis.value(u"causes"_s).toArray()) {
        if (cause.toObject().value(u"confirmed"_s).toInt() > 0)
            confirmed << cause.toObject().value(u"cause"_s).toString() + u": "_s + cause.toObject().value(u"reasoning"_s).toString();
    }
    return confirmed;
}

} // namespace

class TestDiagnosePaysim final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void normalTrafficConfirmsNothing();
    void scenarioCauseRanksFirst_data();
    void scenarioCauseRanksFirst();

private:
    Run diagnose(const QString &service, const QString &type = {});

    PaysimProcess m_paysim;
    QTemporaryDir m_dir;
    QString m_targets;
};

void TestDiagnosePaysim::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = m_paysim.start({u"--seed"_s, u"7"_s, u"--start-time"_s, u"2024-05-01T10:00:00Z"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_targets = m_dir.filePath(u"targets.json"_s);
    QFile file(m_targets);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_paysim.fileSd(u"1s"_s, u"800ms"_s));
}

void TestDiagnosePaysim::cleanupTestCase()
{
    m_paysim.stop();
}

Run TestDiagnosePaysim::diagnose(const QString &service, const QString &type)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"en_US.UTF-8"_s);
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    process.setProcessEnvironment(environment);
    QStringList arguments{u"diagnose"_s, service, u"--json"_s, u"--targets"_s, m_targets,
                          u"--db"_s, m_dir.filePath(u"payops.db"_s), u"--deadline"_s, u"1"_s};
    if (!type.isEmpty())
        arguments << u"--type"_s << type;
    process.start(QStringLiteral(PAYOPS_BINARY_DIR "/app/payopsctl/payopsctl"), arguments);
    Run run;
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
        run.err = "payopsctl diagnose did not finish in time";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    run.err = process.readAllStandardError();
    return run;
}

void TestDiagnosePaysim::normalTrafficConfirmsNothing()
{
    QCOMPARE(m_paysim.control("DELETE", u"/scenario"_s), 200);
    for (const QString &service : m_paysim.services()) {
        const Run run = diagnose(service);
        QVERIFY2(!confirmedCauses(run.json).isEmpty() || run.exitCode == 0,
                 qPrintable(service + u": exit "_s + QString::number(run.exitCode) + u' ' + QString::fromUtf8(run.err)));
        QVERIFY2(confirmedCauses(run.json).isEmpty(),
                 qPrintable(service + u" in normal traffic: "_s + confirmedCauses(run.json).join(u" | "_s)));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.json.value(u"causes"_s).toArray().size() >= 10);
    }
}

void TestDiagnosePaysim::scenarioCauseRanksFirst_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("cause");

    // network-delay's default is every service: the gateway is where transactions fail.
    QTest::newRow("network-delay") << u"network-delay"_s << u"payment_gateway"_s << u"transaction-failure"_s << u"network"_s;
    QTest::newRow("gateway-anomaly") << u"gateway-anomaly"_s << u"payment_gateway"_s << u"transaction-failure"_s
                                     << u"gateway-anomaly"_s;
    QTest::newRow("resource-exhaustion") << u"resource-exhaustion"_s << u"payment_backend"_s << u"long-response-time"_s
                                         << u"resources"_s;
    QTest::newRow("slow-db") << u"slow-db"_s << u"payment_backend"_s << u"long-response-time"_s << u"slow-database"_s;
    QTest::newRow("slow-external") << u"slow-external"_s << u"payment_gateway"_s << u"long-response-time"_s
                                   << u"slow-external"_s;
    QTest::newRow("crash") << u"crash"_s << u"payment_gateway"_s << u"system-downtime"_s << u"software-crash"_s;
    QTest::newRow("ddos") << u"ddos"_s << u"payment_frontend"_s << u"security-issues"_s << u"ddos"_s;
    QTest::newRow("account-theft") << u"account-theft"_s << u"payment_frontend"_s << u"security-issues"_s << u"account-theft"_s;
}

void TestDiagnosePaysim::scenarioCauseRanksFirst()
{
    QFETCH(QString, scenario);
    QFETCH(QString, service);
    QFETCH(QString, type);
    QFETCH(QString, cause);

    // A clean start: the previous scenario's requests still in flight have finished once a
    // diagnosis of this incident type confirms nothing (normal traffic).
    QCOMPARE(m_paysim.control("DELETE", u"/scenario"_s), 200);
    bool clean = false;
    for (int attempt = 0; attempt < 10 && !clean; ++attempt)
        clean = diagnose(service, type).exitCode == 0;
    QVERIFY2(clean, "normal traffic did not come back after the previous scenario");

    // network-delay's default services are all of them: started as its defaults, not on one service.
    const QString where = scenario == u"network-delay"_s ? QString() : u"?service="_s + service;
    QCOMPARE(m_paysim.control("PUT", u"/scenario/"_s + scenario + where), 200);
    // Within two poll intervals: each run polls twice, one interval apart.
    Run run;
    for (int attempt = 1; attempt <= 2; ++attempt) {
        run = diagnose(service, type);
        const QJsonObject first = run.json.value(u"causes"_s).toArray().first().toObject();
        qInfo().noquote() << scenario << "attempt" << attempt << "->" << firstCauseText(run.json);
        if (first.value(u"cause"_s).toString() == cause && first.value(u"confirmed"_s).toInt() > 0)
            break;
    }
    const QJsonObject first = run.json.value(u"causes"_s).toArray().first().toObject();
    QVERIFY2(first.value(u"cause"_s).toString() == cause, qPrintable(firstCauseText(run.json) + u' ' + QString::fromUtf8(run.err)));
    QCOMPARE(first.value(u"scenario"_s).toString(), scenario);
    QVERIFY(first.value(u"confirmed"_s).toInt() > 0);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.json.value(u"confirmed"_s).toBool());
    QCOMPARE(m_paysim.control("DELETE", u"/scenario"_s), 200);
}

QTEST_GUILESS_MAIN(TestDiagnosePaysim)
#include "test_diagnose_paysim.moc"
