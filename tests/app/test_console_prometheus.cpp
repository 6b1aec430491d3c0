// `payops --prometheus URL`: the metrics and their history come from Prometheus, so the console
// writes none of them into its own history file (and so can never read them back from there).
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Starts payops offscreen with its settings in `dir` and the database there.
void startConsole(QProcess &console, const QTemporaryDir &dir, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    console.setProcessEnvironment(environment);
    console.start(QStringLiteral(PAYOPS_BINARY_DIR "/app/payops/payops"),
                  QStringList{u"--lang"_s, u"en"_s, u"--db"_s, dir.filePath(u"payops.db"_s)} + arguments);
}

} // namespace

class TestConsolePrometheus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesNothingToHistory();
    void refusesTokenOverPlainHttp();
};

void TestConsolePrometheus::writesNothingToHistory()
{
    // Every query answers: the gateway is up and every metric is 1.
    QHttpServer server;
    int queries = 0;
    server.setMissingHandler([&queries](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        ++queries;
        const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        const QJsonObject labels{{u"service"_s, u"payment_gateway"_s}, {u"instance"_s, u"gw:1"_s}};
        const bool range = request.url().path().endsWith(u"query_range");
        const QJsonObject series = range
            ? QJsonObject{{u"metric"_s, labels}, {u"values"_s, QJsonArray{QJsonArray{now, u"1"_s}}}}
            : QJsonObject{{u"metric"_s, labels}, {u"value"_s, QJsonArray{now, u"1"_s}}};
        const QJsonObject body{
            {u"status"_s, u"success"_s},
            {u"data"_s, QJsonObject{{u"resultType"_s, range ? u"matrix"_s : u"vector"_s},
                                    {u"result"_s, QJsonArray{series}}}}};
        responder.write(QJsonDocument(body));
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port > 0);

    QTemporaryDir dir;
    const QString databasePath = dir.filePath(u"payops.db"_s);
    QProcess console;
    startConsole(console, dir, {u"--prometheus"_s, u"http://127.0.0.1:%1"_s.arg(port), u"--quit-after"_s, u"4"_s});
    QSignalSpy finished(&console, &QProcess::finished);
    QVERIFY2(finished.wait(90'000), "the console did not finish");
    QCOMPARE(console.exitStatus(), QProcess::NormalExit);
    QVERIFY2(console.exitCode() == 0, console.readAllStandardError().constData());
    QVERIFY2(queries > 0, "the console never asked Prometheus");

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(databasePath);
        QVERIFY(db.open());
        for (const QString &table : {u"history_series"_s, u"history_log"_s, u"history_chunks"_s}) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(u"SELECT count(*) FROM %1"_s.arg(table)), qPrintable(table));
            QVERIFY(query.next());
            QVERIFY2(query.value(0).toInt() == 0, qPrintable(table + u" has rows"_s));
        }
    }
    QSqlDatabase::removeDatabase(u"check"_s);
}

void TestConsolePrometheus::refusesTokenOverPlainHttp()
{
    // Refused on the command line, before anything is sent: the option must name the risk.
    QTemporaryDir dir;
    const QString token = dir.filePath(u"token"_s);
    QFile file(token);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("secret\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QProcess console;
    startConsole(console, dir, {u"--prometheus"_s, u"http://127.0.0.1:9"_s, u"--prometheus-token-file"_s, token});
    QSignalSpy finished(&console, &QProcess::finished);
    QVERIFY2(finished.wait(60'000), "the console did not finish");
    QCOMPARE(console.exitCode(), 2);
    QVERIFY(console.readAllStandardError().contains("--prometheus-allow-insecure-token"));
}

QTEST_GUILESS_MAIN(TestConsolePrometheus)
#include "test_console_prometheus.moc"
