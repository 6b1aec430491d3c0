// Issue 15: `./setup.sh run` on a machine without a display says so in one line, exits non-zero and
// leaves no paysim behind; payops itself says the same instead of Qt's platform-plugin abort.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

namespace {

QString sourceDir()
{
    return QDir(QStringLiteral(PAYOPS_TEST_DATA_DIR "/../..")).canonicalPath();
}

// The environment of a text console: no display, no platform chosen.
QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

// Process ids of every running paysim built in `buildDir`.
QSet<qint64> paysimsOf(const QString &buildDir)
{
    const QString paysim = QFileInfo(buildDir + QStringLiteral("/app/paysim/paysim")).canonicalFilePath();
    QSet<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (isPid && QFileInfo(QStringLiteral("/proc/%1/exe").arg(entry)).symLinkTarget() == paysim)
            pids.insert(pid);
    }
    return pids;
}

bool portInUse(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return socket.waitForConnected(500);
}

} // namespace

class TestSetupRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consoleExplainsAMissingDisplay();
    void setupRunStopsItsSimulator();
};

void TestSetupRun::consoleExplainsAMissingDisplay()
{
    QProcess payops;
    payops.setProcessEnvironment(withoutDisplay());
    payops.start(QStringLiteral(PAYOPS_BINARY_DIR "/app/payops/payops"), {QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(payops.waitForFinished(30'000));
    QCOMPARE(payops.exitStatus(), QProcess::NormalExit); // not an abort
    QCOMPARE(payops.exitCode(), 1);
    const QString error = QString::fromUtf8(payops.readAllStandardError());
    QVERIFY2(error.contains(QStringLiteral("needs a graphical session")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("payopsctl")), qPrintable(error));
    QCOMPARE(error.count(u'\n'), 1);

    // --help still works without one.
    payops.start(QStringLiteral(PAYOPS_BINARY_DIR "/app/payops/payops"), {QStringLiteral("--help")});
    QVERIFY(payops.waitForFinished(30'000));
    QCOMPARE(payops.exitCode(), 0);
}

void TestSetupRun::setupRunStopsItsSimulator()
{
    // setup.sh watches paysim on its default ports; it starts one only when none answers there.
    if (portInUse(9101))
        QSKIP("a paysim (or something else) already listens on 127.0.0.1:9101; setup.sh would not start its own");
    const QString buildDir = sourceDir() + QStringLiteral("/build");
    if (!QFileInfo::exists(buildDir + QStringLiteral("/app/payops/payops")))
        QSKIP("setup.sh runs the default build (build/), which is not built here");
    const QSet<qint64> before = paysimsOf(buildDir);

    QProcess setup;
    setup.setWorkingDirectory(sourceDir());
    setup.setProcessEnvironment(withoutDisplay());
    setup.start(QStringLiteral("bash"), {QStringLiteral("setup.sh"), QStringLiteral("run"), QStringLiteral("--lang"),
                                         QStringLiteral("en")});
    QVERIFY(setup.waitForFinished(240'000));
    const QString output = QString::fromUtf8(setup.readAllStandardOutput());
    const QString error = QString::fromUtf8(setup.readAllStandardError());
    QVERIFY2(setup.exitCode() != 0, qPrintable(output + error));
    QVERIFY2(error.contains(QStringLiteral("needs a graphical session")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("unbound variable")), qPrintable(error));
    QVERIFY2(output.contains(QStringLiteral("Started paysim")), qPrintable(output)); // it did start one…
    QTRY_COMPARE_WITH_TIMEOUT(paysimsOf(buildDir) - before, QSet<qint64>(), 10'000); // …and stopped it
}

QTEST_GUILESS_MAIN(TestSetupRun)
#include "test_setup_run.moc"
