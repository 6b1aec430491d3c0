// The console's recording pipeline as a process (`payopsctl record`, the same ScrapeThread →
// MetricsPublisher → HistoryRecorder wiring as the console) against a real paysim:
//  - killed with SIGKILL at random moments, 50 times over one file (half of them at any moment from
//    the start of the process, half while it records): after each kill the file passes
//    PRAGMA integrity_check, every acknowledged sample is in it, and the next start replays the
//    sample log and goes on. "Acknowledged": payopsctl printed "written TIMESTAMP SAMPLES", which it
//    does only after that cycle's transaction committed.
//  - its file system fills up (RLIMIT_FSIZE lowered on the running process with prlimit(): the
//    writes fail with EFBIG, the real errno path) and later its file is made read-only: it says why,
//    goes on polling ("live" lines), loses nothing already written, and writes everything it kept
//    once space (or the permission) returns.
// Set PAYOPS_CRASH_SEED to replay one sequence of kill moments.
#include "models/consoleschema.h"
#include "models/metrics/historystore.h"
#include "models/storage/database.h"
#include "tests/support/paysimprocess.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <utility>

#include <sys/resource.h>

using namespace payops;

namespace {

// One payopsctl record process and what it has said so far.
class Recorder final : public QObject
{
public:
    Recorder(const QString &database, const QStringList &urls)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        m_process.setProcessEnvironment(environment);
        connect(&m_process, &QProcess::readyReadStandardOutput, this, &Recorder::readLines);
        connect(&m_process, &QProcess::readyReadStandardError, this,
                [this] { err += QString::fromUtf8(m_process.readAllStandardError()); });
        m_process.start(QStringLiteral(PAYOPS_BINARY_DIR "/app/payopsctl/payopsctl"),
                        QStringList{QStringLiteral("record"), QStringLiteral("--db"), database,
                                    QStringLiteral("--interval"), QStringLiteral("0.1")}
                            + urls);
    }
    ~Recorder() override
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    QProcess &process() { return m_process; }
    // Called once, when the first "written" line comes.
    void whenFirstWritten(std::function<void()> callback) { m_firstWritten = std::move(callback); }
    // Waits for the end and takes the rest of what it printed.
    bool finish(int timeoutMs)
    {
        if (m_process.state() != QProcess::NotRunning && !QSignalSpy(&m_process, &QProcess::finished).wait(timeoutMs))
            return false;
        readLines();
        err += QString::fromUtf8(m_process.readAllStandardError());
        return true;
    }

    QList<qint64> live;            // cycles polled and shown
    QMap<qint64, int> written;     // cycles acknowledged: timestamp → samples
    QString err;

private:
    void readLines()
    {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype end = 0;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            const QList<QByteArray> words = m_buffer.left(end).split(' ');
            m_buffer.remove(0, end + 1);
            if (words.size() == 3 && words.at(0) == "live")
                live.append(words.at(1).toLongLong());
            else if (words.size() == 3 && words.at(0) == "written")
                written.insert(words.at(1).toLongLong(), words.at(2).toInt());
        }
        if (!written.isEmpty() && m_firstWritten)
            std::exchange(m_firstWritten, {})();
    }

    QProcess m_process;
    QByteArray m_buffer;
    std::function<void()> m_firstWritten;
};

QString integrityOf(const QString &path)
{
    const QString name = QStringLiteral("integrity-check");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        result = query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() ? query.value(0).toString()
                                                                                       : query.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Empty when the file is sound and holds every acknowledged sample (after replaying its log, as
// the next start does); otherwise what is wrong.
QString checkFile(const QString &path, const QMap<qint64, int> &acknowledged)
{
    if (const QString integrity = integrityOf(path); integrity != QLatin1String("ok"))
        return QStringLiteral("integrity_check: ") + integrity;
    Database database(ConsoleSchema::databaseOptions());
    if (const std::optional<DatabaseError> error = database.open(path))
        return error->message;
    HistoryStore store;
    if (const std::optional<QString> error = store.open(database))
        return *error;
    if (acknowledged.isEmpty())
        return {};
    QHash<qint64, int> found;
    QSqlQuery names(database.connection());
    if (!names.exec(QStringLiteral("SELECT name FROM history_series")))
        return names.lastError().text();
    while (names.next()) {
        const HistoryRead read = store.read(database.connection(), names.value(0).toString(), acknowledged.firstKey(),
                                            acknowledged.lastKey(), HistoryRead::Resolution::Raw);
        if (read.error)
            return *read.error;
        for (const SeriesPoint &point : read.points)
            ++found[point.timestampMs];
    }
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        if (found.value(it.key()) < it.value())
            return QStringLiteral("cycle %1: %2 of %3 acknowledged samples in the file")
                .arg(it.key()).arg(found.value(it.key())).arg(it.value());
    }
    return {};
}

bool setFileSizeLimit(qint64 pid, rlim_t bytes)
{
    rlimit limit{};
    if (prlimit(pid_t(pid), RLIMIT_FSIZE, nullptr, &limit) != 0)
        return false;
    limit.rlim_cur = std::min(bytes, limit.rlim_max);
    return prlimit(pid_t(pid), RLIMIT_FSIZE, &limit, nullptr) == 0;
}

} // namespace

class TestRecorderReliability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void survivesSigkillAtRandomMoments();
    void keepsPollingWhileTheDiskIsFullOrTheFileReadOnly();

private:
    PaysimProcess m_paysim;
    QStringList m_urls;
};

void TestRecorderReliability::initTestCase()
{
    const QString error = m_paysim.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &service : m_paysim.services())
        m_urls.append(QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_paysim.port(service)));
}

void TestRecorderReliability::survivesSigkillAtRandomMoments()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    bool seeded = false;
    const int given = qEnvironmentVariableIntValue("PAYOPS_CRASH_SEED", &seeded);
    const quint32 seed = seeded ? quint32(given) : QRandomGenerator::global()->bounded(1u << 30);
    QRandomGenerator random(seed);
    qInfo("kill moments from PAYOPS_CRASH_SEED=%u", seed);

    QMap<qint64, int> acknowledged; // over all runs: no later run may lose what an earlier one wrote
    int runsThatWrote = 0;
    for (int run = 0; run < 50; ++run) {
        Recorder recorder(path, m_urls);
        // Odd runs: any moment from the start of the process (opening, migrating, replaying the log,
        // the first writes). Even runs: a moment while it records, however slow the machine is.
        const bool whileRecording = run % 2 == 0;
        const int killAfterMs = int(random.bounded(whileRecording ? 0 : 20, whileRecording ? 600 : 1000));
        const auto kill = [&recorder, killAfterMs] {
            QTimer::singleShot(killAfterMs, &recorder.process(), [&recorder] { recorder.process().kill(); });
        };
        if (whileRecording)
            recorder.whenFirstWritten(kill);
        else
            kill();
        QVERIFY2(recorder.finish(20'000), "payopsctl record was not killed in time");
        QVERIFY2(recorder.process().exitStatus() == QProcess::CrashExit,
                 qPrintable(QStringLiteral("run %1 ended by itself: %2").arg(run).arg(recorder.err)));
        if (!recorder.written.isEmpty())
            ++runsThatWrote;
        acknowledged.insert(recorder.written);
        const QString problem = checkFile(path, acknowledged);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("after the kill of run %1 at %2 ms: %3")
                                                   .arg(run).arg(killAfterMs).arg(problem)));
    }
    qInfo("%d of 50 runs were killed after writing; %lld cycles acknowledged in all", runsThatWrote,
          qint64(acknowledged.size()));
    QVERIFY2(runsThatWrote >= 25, "too few kills landed while recording");
}

void TestRecorderReliability::keepsPollingWhileTheDiskIsFullOrTheFileReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    Recorder recorder(path, m_urls);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.written.size() >= 5, 30'000);

    // The disk fills up: no file of the process may grow past one byte any more.
    QVERIFY(setFileSizeLimit(recorder.process().processId(), 1));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.err.contains(QStringLiteral("History not saved")), 10'000);
    QVERIFY2(recorder.err.contains(QStringLiteral("disk full")), qPrintable(recorder.err));
    // Polling goes on while nothing is written (cycles written before the failure may still be in the pipe).
    qsizetype live = recorder.live.size();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.live.size() >= live + 5, 10'000);
    const qsizetype writtenWhileFull = recorder.written.size();
    live = recorder.live.size();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.live.size() >= live + 5, 10'000);
    QCOMPARE(recorder.written.size(), writtenWhileFull);

    // Space returns: it resumes by itself and writes what it kept.
    QVERIFY(setFileSizeLimit(recorder.process().processId(), RLIM_INFINITY));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.err.contains(QStringLiteral("History is saved again")), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.written.size() >= writtenWhileFull + 10, 10'000);

    // The owner makes the file read-only while it runs.
    const QFile::Permissions writable = QFile::permissions(path);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.err.contains(QStringLiteral("database is read-only")), 10'000);
    live = recorder.live.size();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.live.size() >= live + 5, 10'000);
    QVERIFY(QFile::setPermissions(path, writable));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.err.count(QStringLiteral("History is saved again")) == 2, 10'000);

    recorder.process().terminate(); // SIGTERM: a clean stop, as the console quits
    QVERIFY(recorder.finish(20'000));
    QVERIFY2(recorder.process().exitStatus() == QProcess::NormalExit && recorder.process().exitCode() == 0,
             qPrintable(recorder.err));
    // Every cycle polled was written in the end (those polled before the first write had nothing to derive yet).
    for (const qint64 timestamp : std::as_const(recorder.live))
        QVERIFY2(recorder.written.contains(timestamp), qPrintable(QStringLiteral("cycle %1 was never written").arg(timestamp)));
    const QString problem = checkFile(path, recorder.written);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    qInfo("what payopsctl record said:\n%s", qPrintable(recorder.err));
}

QTEST_GUILESS_MAIN(TestRecorderReliability)
#include "test_recorder_reliability.moc"
