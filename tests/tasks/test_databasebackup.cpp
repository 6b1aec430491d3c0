// The backup kind on real SQLite files: a copy taken while another connection keeps writing passes
// integrity_check and the restore test; damage and missing rows are found; GFS retention keeps
// exactly the expected set; restore brings the data back and keeps the current file aside.
#include "models/consoleschema.h"
#include "models/storage/database.h"
#include "models/tasks/backupretention.h"
#include "models/tasks/backuptask.h"
#include "models/tasks/databasebackup.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <thread>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 countRows(const QString &path, const QString &table)
{
    const QString name = u"count-"_s + QString::number(quintptr(&path));
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT count(*) FROM "_s + table) && q.next())
                count = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

// Writes rows in small transactions on a connection of its own until stopped, like the recorder:
// counts them and measures the longest a single commit took (the stall a backup would cause).
class Writer final
{
public:
    explicit Writer(QString path)
        : m_path(std::move(path))
    {
        m_thread = std::thread([this] { loop(); });
    }
    ~Writer() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    std::atomic<qint64> written{0};
    std::atomic<qint64> longestCommitMs{0};
    QString error;

private:
    void loop()
    {
        const QString name = u"writer"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
            if (!db.open()) {
                error = db.lastError().text();
                return;
            }
            QSqlQuery(db).exec(u"PRAGMA synchronous = NORMAL"_s);
            while (!m_stop) {
                QElapsedTimer timer;
                timer.start();
                db.transaction();
                QSqlQuery insert(db);
                insert.prepare(u"INSERT INTO task_runs (task_name, trigger, state, output) VALUES ('w', 'schedule', 'succeeded', ?)"_s);
                for (int i = 0; i < 50; ++i) {
                    insert.addBindValue(QString(200, u'x'));
                    if (!insert.exec())
                        error = insert.lastError().text();
                }
                if (!db.commit())
                    error = db.lastError().text();
                written += 50;
                longestCommitMs = std::max<qint64>(longestCommitMs, timer.elapsed());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    QString m_path;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace

class TestDatabaseBackup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void backupWhileWritingIsVerified();
    void verifyFindsDamageAndMissingRows();
    void neverOverwrites();
    void restoreBringsDataBackAndKeepsCurrentAside();
    void backupTaskWritesChecksumAndAppliesRetention();
    void retentionKeepsGrandfatherFatherSon();
    void retentionOfFewBackupsKeepsAll();

private:
    void fill(int rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QString m_path;
};

void TestDatabaseBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"payops.db"_s);
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.quickCheck = false;
    m_database = std::make_unique<Database>(options);
    const std::optional<DatabaseError> error = m_database->open(m_path);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
}

void TestDatabaseBackup::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestDatabaseBackup::fill(int rows)
{
    QSqlDatabase db = m_database->connection();
    QVERIFY(db.transaction());
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(u"INSERT INTO task_runs (task_name, trigger, state, output) VALUES (?, 'schedule', 'succeeded', ?)"_s));
    for (int i = 0; i < rows; ++i) {
        insert.addBindValue(u"task-%1"_s.arg(i % 10));
        insert.addBindValue(QString(1000, QChar(u'a' + i % 26)));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QVERIFY(db.commit());
}

void TestDatabaseBackup::backupWhileWritingIsVerified()
{
    fill(20000); // ~25 MB
    Writer writer(m_path);
    QTRY_VERIFY_WITH_TIMEOUT(writer.written > 500, 20000);
    const qint64 before = writer.written;
    const QString copy = m_dir->filePath(u"copy.db"_s);
    const DatabaseBackup::Result result = DatabaseBackup::backup(m_path, copy);
    const qint64 during = writer.written - before;
    writer.stop();
    QVERIFY2(writer.error.isEmpty(), qPrintable(writer.error));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(during > 0); // the writer went on writing while the copy was taken
    QVERIFY2(writer.longestCommitMs < 2000, qPrintable(QString::number(writer.longestCommitMs)));
    QCOMPARE(result.path, copy);
    QVERIFY(result.bytes > 20'000'000);
    // The copy holds exactly the rows of its moment: more than before the writer, fewer than now.
    const qint64 copied = countRows(copy, u"task_runs"_s);
    QCOMPARE(copied, result.rowCounts.value(u"task_runs"_s));
    QVERIFY(copied > 20000);
    QVERIFY(countRows(m_path, u"task_runs"_s) > copied);
    QVERIFY(result.rowCounts.contains(u"tasks"_s));
    QVERIFY(result.rowCounts.contains(u"history_log"_s) || result.rowCounts.size() > 10);
    QVERIFY(!QFile::exists(copy + u"-wal"_s)); // self-contained
    QVERIFY(!DatabaseBackup::verify(copy, result.rowCounts));
    QCOMPARE(result.sha256, DatabaseBackup::sha256(copy));
    QVERIFY(result.log.contains(u"Integrity check: ok"_s));
}

void TestDatabaseBackup::verifyFindsDamageAndMissingRows()
{
    fill(3000);
    const QString copy = m_dir->filePath(u"copy.db"_s);
    const DatabaseBackup::Result result = DatabaseBackup::backup(m_path, copy);
    QVERIFY2(result.ok, qPrintable(result.error));
    // Counts that do not match: the restore test says which table.
    QMap<QString, qint64> wrong = result.rowCounts;
    wrong[u"task_runs"_s] += 1;
    const std::optional<QString> mismatch = DatabaseBackup::verify(copy, wrong);
    QVERIFY(mismatch);
    QVERIFY2(mismatch->contains(u"task_runs: 3001 rows in the source, 3000 in the copy"_s), qPrintable(*mismatch));
    // Damage in the middle of the file.
    {
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write(QByteArray(8192, '\x5a'));
    }
    const std::optional<QString> damaged = DatabaseBackup::verify(copy, result.rowCounts);
    QVERIFY(damaged);
    QVERIFY2(damaged->contains(u"damaged"_s) || damaged->contains(u"restore test"_s) || damaged->contains(u"malformed"_s),
             qPrintable(*damaged));
    QVERIFY(result.sha256 != DatabaseBackup::sha256(copy));
    // Not an SQLite file at all.
    const QString garbage = m_dir->filePath(u"garbage.db"_s);
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'g'));
    }
    QVERIFY(DatabaseBackup::verify(garbage));
}

void TestDatabaseBackup::neverOverwrites()
{
    const QString copy = m_dir->filePath(u"copy.db"_s);
    {
        QFile file(copy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    const DatabaseBackup::Result result = DatabaseBackup::backup(m_path, copy);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"exists already"_s), qPrintable(result.error));
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void TestDatabaseBackup::restoreBringsDataBackAndKeepsCurrentAside()
{
    fill(2000);
    const QString copy = m_dir->filePath(u"copy.db"_s);
    QVERIFY(DatabaseBackup::backup(m_path, copy).ok);
    QSqlDatabase db = m_database->connection();
    QVERIFY(QSqlQuery(db).exec(u"DELETE FROM task_runs WHERE id > 500"_s));
    QCOMPARE(countRows(m_path, u"task_runs"_s), 500);
    const QString aside = m_dir->filePath(u"payops.db.before-restore"_s);
    const std::optional<QString> error = DatabaseBackup::restore(copy, m_path, aside);
    QVERIFY2(!error, error ? qPrintable(*error) : "");
    // The console's own open connection sees the restored rows.
    QSqlQuery count(db);
    QVERIFY(count.exec(u"SELECT count(*) FROM task_runs"_s) && count.next());
    QCOMPARE(count.value(0).toLongLong(), 2000);
    QCOMPARE(countRows(aside, u"task_runs"_s), 500);
    QSqlQuery mode(db);
    QVERIFY(mode.exec(u"PRAGMA journal_mode"_s) && mode.next());
    QCOMPARE(mode.value(0).toString(), u"wal"_s);
    // A damaged backup is refused before anything changes.
    {
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(4096);
        file.write(QByteArray(16384, '\x11'));
    }
    QVERIFY(DatabaseBackup::restore(copy, m_path, m_dir->filePath(u"second-aside.db"_s)));
    QCOMPARE(countRows(m_path, u"task_runs"_s), 2000);
}

void TestDatabaseBackup::backupTaskWritesChecksumAndAppliesRetention()
{
    fill(500);
    TaskDefinition task;
    task.name = u"backup"_s;
    task.kind = TaskDefinition::Kind::Backup;
    task.timeZone = u"UTC"_s;
    const QString folder = m_dir->filePath(u"backups"_s);
    task.settings = QJsonObject{{u"folder"_s, folder}, {u"daily"_s, 2}, {u"weekly"_s, 0}, {u"monthly"_s, 0}};
    const qint64 day = 24LL * 3600 * 1000;
    const qint64 first = QDateTime(QDate(2026, 6, 1), QTime(2, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    TaskOutcome outcome;
    for (int i = 0; i < 4; ++i) {
        outcome = BackupTask::run(task, m_path, first + i * day);
        QVERIFY2(outcome.succeeded, qPrintable(outcome.summary + u'\n' + outcome.output));
    }
    QCOMPARE(QDir(folder).entryList({u"payops-*.db"_s}, QDir::Files),
             (QStringList{u"payops-20260603T023000Z.db"_s, u"payops-20260604T023000Z.db"_s}));
    QCOMPARE(outcome.artifact, QDir(folder).filePath(u"payops-20260604T023000Z.db"_s));
    QVERIFY2(outcome.summary.contains(u"2 kept, 1 removed"_s), qPrintable(outcome.summary));
    QVERIFY(!QFile::exists(QDir(folder).filePath(u"payops-20260601T023000Z.db.sha256"_s)));
    // The checksum file is sha256sum's own format.
    QProcess check;
    check.setWorkingDirectory(folder);
    check.start(u"sha256sum"_s, {u"--check"_s, u"payops-20260604T023000Z.db.sha256"_s});
    QVERIFY(check.waitForFinished(30000));
    QCOMPARE(check.exitCode(), 0);
    QCOMPARE(BackupTask::timeOfFileName(u"payops-20260604T023000Z.db"_s), first + 3 * day);
    QVERIFY(!BackupTask::timeOfFileName(u"payops-latest.db"_s));
}

void TestDatabaseBackup::retentionKeepsGrandfatherFatherSon()
{
    // A backup every day at 02:30 UTC from 1 January to 19 July 2026 (a Sunday): 200 backups.
    QList<qint64> times;
    for (QDate date(2026, 1, 1); date <= QDate(2026, 7, 19); date = date.addDays(1))
        times << QDateTime(date, QTime(2, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    QCOMPARE(times.size(), 200);
    const QList<int> kept = BackupRetention{}.keep(times, QTimeZone::utc());
    QStringList keptDates;
    for (const int index : kept)
        keptDates << QDateTime::fromMSecsSinceEpoch(times.at(index), QTimeZone::utc()).date().toString(Qt::ISODate);
    // 7 daily (13-19 July), 4 weekly (the Sundays 28 June, 5, 12, 19 July), 6 monthly (the last
    // backup of February to July).
    QCOMPARE(keptDates, (QStringList{u"2026-02-28"_s, u"2026-03-31"_s, u"2026-04-30"_s, u"2026-05-31"_s, u"2026-06-28"_s,
                                     u"2026-06-30"_s, u"2026-07-05"_s, u"2026-07-12"_s, u"2026-07-13"_s, u"2026-07-14"_s,
                                     u"2026-07-15"_s, u"2026-07-16"_s, u"2026-07-17"_s, u"2026-07-18"_s, u"2026-07-19"_s}));
    // Periods are the zone's: 23:30 UTC on 31 May is 1 June in Shanghai.
    const QList<qint64> edge{QDateTime(QDate(2026, 5, 31), QTime(23, 30), QTimeZone::utc()).toMSecsSinceEpoch(),
                             QDateTime(QDate(2026, 6, 1), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch()};
    const BackupRetention monthsOnly{0, 0, 2};
    QCOMPARE(monthsOnly.keep(edge, QTimeZone::utc()), (QList<int>{0, 1}));
    QCOMPARE(monthsOnly.keep(edge, QTimeZone("Asia/Shanghai")), (QList<int>{1}));
}

void TestDatabaseBackup::retentionOfFewBackupsKeepsAll()
{
    const QList<qint64> times{1000, 90'000'000, 200'000'000};
    QCOMPARE(BackupRetention{}.keep(times, QTimeZone::utc()), (QList<int>{0, 1, 2}));
    QCOMPARE(BackupRetention{}.keep({}, QTimeZone::utc()), QList<int>{});
}

QTEST_GUILESS_MAIN(TestDatabaseBackup)
#include "test_databasebackup.moc"
