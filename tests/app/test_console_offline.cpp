// `payops --kb` is the offline mode: it must start with no service reachable and poll nothing.
// The test hands it targets on ports the test listens on, and fails if the console connects.
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestConsoleOffline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithoutServicesAndPollsNothing();
};

void TestConsoleOffline::startsWithoutServicesAndPollsNothing()
{
    QTemporaryDir dir;
    QList<QTcpServer *> listeners;
    QStringList targets;
    for (const char *service : {"payment_frontend", "payment_gateway", "payment_backend", "payment_callback"}) {
        auto *server = new QTcpServer(this);
        QVERIFY(server->listen(QHostAddress::LocalHost));
        listeners.append(server);
        targets.append(QStringLiteral(R"({"targets": ["127.0.0.1:%1"], "labels": {"service": "%2"}})")
                           .arg(server->serverPort())
                           .arg(QLatin1String(service)));
    }
    QFile targetsFile(dir.filePath(QStringLiteral("targets.json")));
    QVERIFY(targetsFile.open(QIODevice::WriteOnly));
    targetsFile.write(QStringLiteral("[%1]").arg(targets.join(QLatin1Char(','))).toUtf8());
    targetsFile.close();

    const QString screenshot = dir.filePath(QStringLiteral("offline.png"));
    QProcess console;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    console.setProcessEnvironment(environment);
    console.start(QStringLiteral(PAYOPS_BINARY_DIR "/app/payops/payops"),
                  {QStringLiteral("--kb"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                   dir.filePath(QStringLiteral("payops.db")), QStringLiteral("--targets"), targetsFile.fileName(),
                   QStringLiteral("--screenshot"), screenshot});
    QSignalSpy finished(&console, &QProcess::finished);
    QVERIFY2(finished.wait(90'000), "the console did not finish");
    QCOMPARE(console.exitStatus(), QProcess::NormalExit);
    QVERIFY2(console.exitCode() == 0, console.readAllStandardError().constData());

    const QImage picture(screenshot);
    QVERIFY(!picture.isNull());
    QVERIFY(picture.width() >= 800);
    for (QTcpServer *server : std::as_const(listeners))
        QVERIFY2(!server->hasPendingConnections(), "the offline console connected to a target");
}

QTEST_GUILESS_MAIN(TestConsoleOffline)
#include "test_console_offline.moc"
