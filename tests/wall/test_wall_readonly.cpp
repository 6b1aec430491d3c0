// payops --wall as a process, beside the console that records: it reads the database and writes
// nothing to it (no history, no imports, no migration), and with the database unavailable it still
// shows live data and creates no file. A real paysim serves the targets.
#include "models/consoleschema.h"
#include "models/services/targetrepository.h"
#include "models/storage/database.h"
#include "tests/support/paysimprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace payops;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

struct Run
{
    int exitCode = -1;
    QByteArray err;
};

Run runWall(const QTemporaryDir &home, const QStringList &arguments)
{
    QProcess wall;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    wall.setProcessEnvironment(environment);
    wall.start(QStringLiteral(PAYOPS_BINARY_DIR "/app/payops/payops"), QStringList{u"--wall"_s} + arguments);
    Run run;
    if (!wall.waitForFinished(90'000)) {
        wall.kill();
        wall.waitForFinished();
        return run;
    }
    run.exitCode = wall.exitStatus() == QProcess::NormalExit ? wall.exitCode() : -1;
    run.err = wall.readAllStandardError();
    return run;
}

} // namespace

class TestWallReadOnly final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wallReadsTheDatabaseAndWritesNothing();
    void wallWithoutDatabaseRunsAndCreatesNothing();

private:
    PaysimProcess m_paysim;
    QTemporaryDir m_dir;
};

void TestWallReadOnly::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = m_paysim.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestWallReadOnly::wallReadsTheDatabaseAndWritesNothing()
{
    // The recording console's database, with paysim's targets.
    const QString path = m_dir.filePath(u"payops.db"_s);
    {
        Database database(ConsoleSchema::databaseOptions());
        QVERIFY(!database.open(path));
        QVERIFY(!TargetRepository(database).import(m_paysim.targets(u"1s"_s, u"1s"_s), TargetRepository::ImportMode::Replace));
    }
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);

    const QString picture = m_dir.filePath(u"wall.png"_s);
    const Run run = runWall(m_dir, {u"--db"_s, path, u"--window-size"_s, u"1280x720"_s, u"--screenshot"_s, picture,
                                    u"--quit-after"_s, u"6"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QImage(picture).size(), QSize(1280, 720));
    QCOMPARE(fileHash(path), before);
    QStringList filesAfter = QDir(m_dir.path()).entryList(QDir::Files);
    filesAfter.removeAll(u"wall.png"_s);
    // SQLite readers of a WAL database keep its -shm index (and an empty -wal) beside it; nothing
    // was written: the log holds no page.
    for (const QString &file : std::as_const(filesAfter)) {
        if (filesBefore.contains(file))
            continue;
        QVERIFY2(file == u"payops.db-shm"_s || file == u"payops.db-wal"_s, qPrintable(file));
        if (file.endsWith(u"-wal"_s))
            QCOMPARE(QFileInfo(m_dir.filePath(file)).size(), 0);
    }
}

void TestWallReadOnly::wallWithoutDatabaseRunsAndCreatesNothing()
{
    const QString missing = m_dir.filePath(u"missing/payops.db"_s);
    const QString picture = m_dir.filePath(u"nodb.png"_s);
    const Run run = runWall(m_dir, {u"--db"_s, missing, u"--window-size"_s, u"1280x720"_s, u"--screenshot"_s, picture,
                                    u"--quit-after"_s, u"3"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFile::exists(picture));
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QDir(m_dir.filePath(u"missing"_s)).exists());
}

QTEST_GUILESS_MAIN(TestWallReadOnly)
#include "test_wall_readonly.moc"
