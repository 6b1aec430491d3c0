// `payops --kb` is the offline mode: it must start with no service reachable and poll nothing.
// The test hands it targets on ports the test listens on, and fails if the console connects.
// `payops --restore-backup FILE` (how the console starts again after Tasks ▸ Restore This Backup…)
// puts a backup back before it opens the database, and keeps the content it had.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void restoresABackupBeforeOpening();
};

namespace {

QByteArray ctl(const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(PAYOPS_BINARY_DIR "/app/payopsctl/payopsctl"), arguments);
    process.waitForFinished(60'000);
    if (exitCode)
        *exitCode = process.exitCode();
    const QByteArray out = process.readAllStandardOutput();
    return process.exitCode() == 0 ? out : out + process.readAllStandardError();
}

// payops offscreen in English with its settings under `dir`, started with `arguments`.
void startConsole(QProcess &console, const QTemporaryDir &dir, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    console.setProcessEnvironment(environment);
    console.start(QStringLiteral(PAYOPS_BINARY_DIR "/app/payops/payops"),
                  QStringList{QStringLiteral("--kb"), QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
}

QStringList blackoutNames(const QString &db)
{
    const QJsonObject listed = QJsonDocument::fromJson(
        ctl({QStringLiteral("tasks"), QStringLiteral("blackouts"), QStringLiteral("--db"), db, QStringLiteral("--json")})).object();
    QStringList names;
    for (const QJsonValue &window : listed.value(QStringLiteral("blackouts")).toArray())
        names << window.toObject().value(QStringLiteral("name")).toString();
    return names;
}

} // namespace

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
    startConsole(console, dir,
                 {QStringLiteral("--db"), dir.filePath(QStringLiteral("payops.db")), QStringLiteral("--targets"),
                  targetsFile.fileName(), QStringLiteral("--screenshot"), screenshot});
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

void TestConsoleOffline::restoresABackupBeforeOpening()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("payops.db"));
    const auto add = [&](const QString &name) {
        int code = -1;
        const QByteArray out = ctl({QStringLiteral("tasks"), QStringLiteral("blackouts"), QStringLiteral("add"), name,
                                    QStringLiteral("--from"), QStringLiteral("01:00"), QStringLiteral("--to"),
                                    QStringLiteral("02:00"), QStringLiteral("--db"), db},
                                   &code);
        QVERIFY2(code == 0, out.constData());
    };
    add(QStringLiteral("before-the-backup"));
    int code = -1;
    const QByteArray backupRun = ctl({QStringLiteral("tasks"), QStringLiteral("run"), QStringLiteral("database-backup"),
                                      QStringLiteral("--db"), db, QStringLiteral("--json")},
                                     &code);
    QVERIFY2(code == 0, backupRun.constData());
    const QString backup = QJsonDocument::fromJson(backupRun).object().value(QStringLiteral("artifact")).toString();
    QVERIFY2(QFile::exists(backup), backupRun.constData());
    add(QStringLiteral("after-the-backup"));
    QCOMPARE(blackoutNames(db), (QStringList{QStringLiteral("after-the-backup"), QStringLiteral("before-the-backup")}));

    QProcess console;
    startConsole(console, dir,
                 {QStringLiteral("--db"), db, QStringLiteral("--restore-backup"), backup, QStringLiteral("--screenshot"),
                  dir.filePath(QStringLiteral("restored.png"))});
    QVERIFY2(console.waitForFinished(90'000), "the console did not finish");
    QVERIFY2(console.exitCode() == 0, console.readAllStandardError().constData());

    // The backup's content is back; what came after it is in the copy kept aside.
    QCOMPARE(blackoutNames(db), QStringList{QStringLiteral("before-the-backup")});
    const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("payops.before-restore-*.db")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QVERIFY(blackoutNames(dir.filePath(kept.constFirst())).contains(QStringLiteral("after-the-backup")));
    const QByteArray audit = ctl({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-")});
    QVERIFY2(audit.contains("database.restored"), audit.constData());

    // A backup that does not verify is refused in words; the console opens the database as it was.
    QFile junk(dir.filePath(QStringLiteral("junk.db")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    startConsole(console, dir,
                 {QStringLiteral("--db"), db, QStringLiteral("--restore-backup"), junk.fileName(),
                  QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("refused.png"))});
    QVERIFY2(console.waitForFinished(90'000), "the console did not finish");
    QCOMPARE(console.exitCode(), 0);
    QVERIFY2(console.readAllStandardError().contains("Not restored"), "no word of the refused backup");
    QCOMPARE(blackoutNames(db), QStringList{QStringLiteral("before-the-backup")});
}

QTEST_GUILESS_MAIN(TestConsoleOffline)
#include "test_console_offline.moc"
