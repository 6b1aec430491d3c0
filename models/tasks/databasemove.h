#pragma once

#include <QCoreApplication>
#include <QString>

namespace payops {

// File ▸ Preferences ▸ Move To…: the console's database moved to another file, the one way it is done.
// main() runs it after the console has closed the file (every committed sample is in it): the file is
// copied through DatabaseBackup (integrity_check and row counts compared: the copy is proven), and only
// then are the old file and its -wal/-shm removed. On any failure the old file stays as it was and
// nothing is left at the destination.
class DatabaseMove final
{
    Q_DECLARE_TR_FUNCTIONS(payops::DatabaseMove)

public:
    struct Result
    {
        qint64 bytes = 0;
        QString error; // "Not moved: …" and why (empty: moved)
        QString cleanupError; // moved, but the old file could not be removed

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    DatabaseMove() = delete;

    // Blocks for the copy: call it off the GUI thread.
    [[nodiscard]] static Result run(const QString &from, const QString &to);
    // The settings key of the database's file when no --db is given.
    [[nodiscard]] static QString settingsKey() { return QStringLiteral("database/path"); }
};

} // namespace payops
