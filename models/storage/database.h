#pragma once

#include "models/storage/databaseerror.h"
#include "models/storage/databaseoptions.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace payops {

// The console's SQLite file, and one connection to it per thread.
//
// open() checks, creates and migrates the file once; afterwards any thread calls connection() to
// get its own connection (a QSqlDatabase is used only by the thread that opened it — Qt 6.4 cannot
// move one). Connections are named "payops-db-<instance>-t<thread>", unique per Database and thread.
// A thread's connection is closed and removed when that QThread finishes (or when the thread calls
// releaseConnection()); the destroying thread's own connection goes with the Database. Threads
// other than the destroying one should finish, or call releaseConnection(), before the Database is
// destroyed; a connection still held by a running thread stays usable and is removed when that
// thread finishes.
//
// Every connection runs with:
//   journal_mode = WAL       readers on other threads never block the writer, nor it them
//                            (persistent in the file; set once by open()),
//   synchronous  = NORMAL    with WAL a commit does not fsync; the WAL is synced at checkpoints.
//                            A committed transaction survives a crash of the application, but the
//                            last transactions before an OS crash or power loss may be rolled back
//                            (the file is never corrupted). That trade is what lets one writer keep
//                            up with ~1M samples/s in batches; FULL would fsync every commit,
//   foreign_keys = ON, busy timeout = DatabaseOptions::busyTimeoutMs (5 s by default).
// Setting up a thread's connection costs one sqlite3_open and two pragmas.
//
// On a file it creates, open() sets mode 0600, and SQLite gives the -wal/-shm files the same mode
// (open() re-checks them). For bad input — not an SQLite file, another program's database, a damaged
// file, a read-only file or folder, a schema newer than this program — open() returns a
// DatabaseError and never writes to the file: all checks happen first, on a read-only connection
// (which, like any SQLite reader of a WAL-mode file, may leave an empty -wal and a -shm beside it).
class Database final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Database)

public:
    explicit Database(DatabaseOptions options, QObject *parent = nullptr);
    ~Database() override;

    // Opens (or creates, with its parent folders) the file at `path`, checks it and migrates it to
    // the target version (with DatabaseOptions::readOnly: opens an existing file only, checks it and
    // leaves it as it is). Returns std::nullopt on success. Call once, before any connection().
    // It reads the whole file when quickCheck is on: call it before the main window shows.
    [[nodiscard]] std::optional<DatabaseError> open(const QString &path);

    // PRAGMA quick_check on the calling thread's connection: nullopt when the file is sound, else a
    // DatabaseError in words (Kind::Corrupt when damage was found). Reads the whole file: call it off
    // the GUI thread. For callers that opened with DatabaseOptions::quickCheckOnlyBeforeMigrating.
    [[nodiscard]] std::optional<DatabaseError> checkIntegrity();

    [[nodiscard]] bool isOpen() const;
    // The absolute path of the open file; empty when not open.
    [[nodiscard]] QString path() const;
    // Whether the open file may still be written: writable for this process and by its owner-write
    // bit, the test open() applies. An open connection keeps writing to a file whose permission was
    // taken away (and root passes every permission check): writers that run for long ask this to
    // honour the operator's "read-only" while the console runs. One stat(); cheap.
    [[nodiscard]] bool isWritable() const;
    // user_version of the file after open() (0 when not open).
    [[nodiscard]] int schemaVersion() const;

    // The calling thread's own connection, opened with the pragmas above on first use. If it could
    // not be opened, the returned connection is not open and its lastError() says why (the next
    // call tries again). Before a successful open(), returns an invalid QSqlDatabase.
    [[nodiscard]] QSqlDatabase connection();
    // Closes and removes the calling thread's connection now (e.g. a pool thread done with the
    // database). The caller must hold no copy of it. A later connection() opens a new one.
    void releaseConnection();

private:
    struct Registry;

    std::optional<DatabaseError> openChecked(const QString &absolutePath);
    std::optional<DatabaseError> openReadOnly(const QString &absolutePath, bool empty);

    DatabaseOptions m_options;
    std::shared_ptr<Registry> m_registry;
};

} // namespace payops
