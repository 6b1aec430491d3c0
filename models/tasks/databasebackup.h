#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace payops {

// A verified copy of the console's SQLite file, taken while the console keeps writing.
//
// How: one read transaction on a connection of its own counts the rows of every table and copies
// every page with SQLite's online backup (sqlite3_backup_step(-1)) inside that same snapshot, so
// the counts are those of the copy's moment. Under WAL a reader never blocks the writer: the
// recorder goes on committing while the copy is made (its WAL grows until the copy ends).
// Why not in small steps: a step-wise backup restarts from the first page whenever another
// connection writes between steps, and the recorder writes every second, so a large file would
// never finish. Why not VACUUM INTO: it rebuilds every table and index (CPU-bound, several times
// slower per byte, see bench_backup) for a smaller file the retention does not need.
//
// Then the copy is proven: switched to a self-contained journal (no -wal beside it), PRAGMA
// integrity_check on it, opened again and its row counts compared with the source's (the restore
// test), its SHA-256 computed and written beside it ("<file>.sha256", sha256sum's format).
class DatabaseBackup final
{
    Q_DECLARE_TR_FUNCTIONS(payops::DatabaseBackup)

public:
    struct Result
    {
        bool ok = false;
        QString path;        // the verified copy (removed again when not ok)
        qint64 bytes = 0;
        QString sha256;      // hex
        QMap<QString, qint64> rowCounts; // of the source, at the copy's moment
        qint64 copyMs = 0;   // the copy itself
        qint64 totalMs = 0;  // copy and verification
        QString error;       // why it failed, in words
        QString log;         // the steps, one a line
    };

    DatabaseBackup() = delete;

    // Copies the SQLite file at `sourcePath` to `destinationPath` (which must not exist) and verifies it.
    [[nodiscard]] static Result backup(const QString &sourcePath, const QString &destinationPath);
    // The restore test on an existing copy: integrity_check and, when given, the expected row counts.
    [[nodiscard]] static std::optional<QString> verify(const QString &path, const QMap<QString, qint64> &expectedCounts = {});
    // The SHA-256 (hex) of a file, or an empty string when it cannot be read.
    [[nodiscard]] static QString sha256(const QString &path);

    // Replaces the content of the database at `databasePath` (open or not: through SQLite, so other
    // connections see the restored data) with the verified backup at `backupPath`, after keeping a
    // copy of the current content at `keepAsidePath` (which must not exist). Returns why it failed.
    [[nodiscard]] static std::optional<QString> restore(const QString &backupPath, const QString &databasePath,
                                                        const QString &keepAsidePath);
};

} // namespace payops
