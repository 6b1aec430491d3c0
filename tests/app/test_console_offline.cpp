// `payops --kb` is the offline mode: it must start with no service reachable and poll nothing.
// The test listens on paysim's default ports and fails if the console connects to any of them.
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
    QList<QTcpServer *> listeners;
    for (quint16 port = 9101; port <= 9104; ++port) {
        auto *server = new QTcpServer(this);
        if (server->listen(QHostAddress::LocalHost, port))
            listeners.append(server);
    }
    if (listeners.size() < 4)
        qWarning("some of ports 9101-9104 are taken; only the free ones are watched");

    QTemporaryDir dir;
    const QString screenshot = dir.filePath(QStringLiteral("offline.png"));
    QProcess console;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    console.setProcessEnvironment(environment);
    console.start(QStringLiteral(PAYOPS_BINARY_DIR "/app/payops/payops"),
                  {QStringLiteral("--kb"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                   dir.filePath(QStringLiteral("payops.db")), QStringLiteral("--screenshot"), screenshot});
    QSignalSpy finished(&console, &QProcess::finished);
    QVERIFY2(finished.wait(90'000), "the console did not finish");
    QCOMPARE(console.exitStatus(), QProcess::NormalExit);
    QVERIFY2(console.exitCode() == 0, console.readAllStandardError().constData());

    const QImage picture(screenshot);
    QVERIFY(!picture.isNull());
    QVERIFY(picture.width() >= 800);
    for (QTcpServer *server : std::as_const(listeners))
        QVERIFY2(!server->hasPendingConnections(), "the offline console connected to a service port");
}

QTEST_GUILESS_MAIN(TestConsoleOffline)
#include "test_console_offline.moc"
