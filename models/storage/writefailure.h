#pragma once

#include <QSqlDatabase>
#include <QString>

namespace payops {

// Why the last write on a connection failed, in the operator's words: "disk full (no space left on
// the device)", "database is read-only", "the database is locked by another program", ...
//
// SQLite reports a full disk as SQLITE_FULL only for ENOSPC; a file size limit (EFBIG), a quota
// (EDQUOT) or a file system that went read-only (EROFS) all come back as "disk I/O error". The
// errno behind it (sqlite3_system_errno on the connection's handle) tells them apart, so the
// operator reads what to fix. Call it right after the failed statement, on the thread that owns
// the connection, before anything else runs on it.
class WriteFailure final
{
public:
    WriteFailure() = delete;

    // `sqliteText` is the failed statement's text (QSqlError::text()), used when nothing better is known.
    [[nodiscard]] static QString reason(const QSqlDatabase &db, const QString &sqliteText);
    // The reason when the file's write permission was taken away (Database::isWritable()).
    [[nodiscard]] static QString readOnlyFile();
};

} // namespace payops
