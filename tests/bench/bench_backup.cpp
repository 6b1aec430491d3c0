// bench_backup: the backup kind's online copy of a large console database while a writer commits
// the way the history recorder does (one transaction about every 100 ms, on a connection of its own).
// Prints "name: value unit" lines: the copy's throughput, the verification's, VACUUM INTO's for
// comparison, and the writer's longest commit during the copy (the stall the backup causes).
//
//   bench_backup                    a brief run (64 MB; what CTest runs)
//   bench_backup --megabytes 1024   the figure (1 GB)
#include "benchoptions.h"
#include "models/consoleschema.h"
#include "models/storage/database.h"
#include "models/tasks/databasebackup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

void line(const char *name, double value, const char *unit)
{
    std::printf("%s: %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

// Commits 200 rows (~50 KB) every 100 ms until stopped; records each commit's duration.
class RecorderLikeWriter final
{
public:
    explicit RecorderLikeWriter(QString path)
        : m_path(std::move(path))
    {
        m_thread = std::thread([this] { loop(); });
    }
    ~RecorderLikeWriter() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    void resetWindow()
    {
        m_longest = 0;
        m_commits = 0;
    }
    std::atomic<qint64> m_longest{0};
    std::atomic<qint64> m_commits{0};
    std::atomic<qint64> m_failures{0};

private:
    void loop()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-writer"_s);
            db.setDatabaseName(m_path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
            if (!db.open()) {
                ++m_failures;
                return;
            }
            QSqlQuery(db).exec(u"PRAGMA synchronous = NORMAL"_s);
            const QString payload(250, u'r');
            while (!m_stop) {
                QElapsedTimer timer;
                timer.start();
                bool ok = db.transaction();
                QSqlQuery insert(db);
                insert.prepare(u"INSERT INTO task_runs (task_name, trigger, state, output) VALUES ('recorder', 'schedule', 'succeeded', ?)"_s);
                for (int i = 0; i < 200 && ok; ++i) {
                    insert.addBindValue(payload);
                    ok = insert.exec();
                }
                ok = ok && db.commit();
                if (!ok) {
                    ++m_failures;
                    db.rollback();
                }
                m_longest = std::max<qint64>(m_longest, timer.elapsed());
                ++m_commits;
                QThread::msleep(100);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"bench-writer"_s);
    }

    QString m_path;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double megabytes = bench::option(app.arguments(), "--megabytes", 64);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"payops.db"_s);
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.quickCheck = false;
    Database database(options);
    if (const std::optional<DatabaseError> error = database.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(error->message));
        return 1;
    }
    {
        // Fill: rows of 4 KB of output until the file is about the size asked for.
        QSqlDatabase db = database.connection();
        const QString output(4000, u'o');
        const qint64 rows = qint64(megabytes * 1024 * 1024 / 4200);
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO task_runs (task_name, trigger, state, output) VALUES ('fill', 'schedule', 'succeeded', ?)"_s);
        for (qint64 done = 0; done < rows;) {
            db.transaction();
            for (int i = 0; i < 5000 && done < rows; ++i, ++done) {
                insert.addBindValue(output);
                insert.exec();
            }
            db.commit();
        }
        QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    const double sourceMb = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    line("database_size", sourceMb, "MB");

    RecorderLikeWriter writer(path);
    QThread::msleep(500);
    // The writer alone first: its longest commit without a backup (the machine's own noise).
    writer.resetWindow();
    QThread::msleep(3000);
    line("writer_max_stall_without_backup", double(writer.m_longest), "ms");
    writer.resetWindow();
    const DatabaseBackup::Result backup = DatabaseBackup::backup(path, dir.filePath(u"backup.db"_s));
    const qint64 stallMs = writer.m_longest;
    const qint64 commits = writer.m_commits;
    std::printf("backup_failures: %d\n", backup.ok ? 0 : 1);
    if (!backup.ok)
        std::fprintf(stderr, "%s\n", qPrintable(backup.error));
    const double copiedMb = double(backup.bytes) / (1024.0 * 1024.0);
    line("backup_copy_throughput", backup.copyMs > 0 ? copiedMb * 1000.0 / double(backup.copyMs) : 0, "MB/s");
    line("backup_total_throughput", backup.totalMs > 0 ? copiedMb * 1000.0 / double(backup.totalMs) : 0,
         "MB/s (copy + integrity_check + restore test + SHA-256)");
    line("backup_copy_time", double(backup.copyMs), "ms");
    line("backup_total_time", double(backup.totalMs), "ms");
    std::printf("writer_commits_during_backup: %lld\n", static_cast<long long>(commits));
    line("writer_max_stall", double(stallMs), "ms");

    writer.resetWindow();
    QElapsedTimer vacuum;
    vacuum.start();
    {
        QSqlDatabase db = database.connection();
        QSqlQuery into(db);
        if (!into.exec(u"VACUUM INTO '%1'"_s.arg(dir.filePath(u"vacuum.db"_s))))
            std::fprintf(stderr, "VACUUM INTO: %s\n", qPrintable(into.lastError().text()));
    }
    const qint64 vacuumMs = vacuum.elapsed();
    line("vacuum_into_throughput", vacuumMs > 0 ? sourceMb * 1000.0 / double(vacuumMs) : 0, "MB/s");
    line("vacuum_into_writer_max_stall", double(writer.m_longest), "ms");
    writer.stop();
    std::printf("writer_failures: %lld\n", static_cast<long long>(writer.m_failures));
    return backup.ok && writer.m_failures == 0 ? 0 : 1;
}
