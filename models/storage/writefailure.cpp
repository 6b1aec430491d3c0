#include "models/storage/writefailure.h"

#include "models/storage/sqlitehandle.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

namespace payops {

namespace {

QString fromErrno(int error, const QString &fallback)
{
    switch (error) {
    case ENOSPC:
        return QCoreApplication::translate("WriteFailure", "disk full (no space left on the device)");
    case EFBIG:
        return QCoreApplication::translate("WriteFailure", "disk full (the file has reached the size limit set for it)");
    case EDQUOT:
        return QCoreApplication::translate("WriteFailure", "disk full (the disk quota is used up)");
    case EROFS:
        return QCoreApplication::translate("WriteFailure", "database is read-only (the file system is mounted read-only)");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("WriteFailure", "database is read-only (permission denied)");
    case EIO:
        return QCoreApplication::translate("WriteFailure", "the disk reports an input/output error");
    default:
        return error ? QCoreApplication::translate("WriteFailure", "disk error: %1").arg(QString::fromLocal8Bit(std::strerror(error))) : fallback;
    }
}

} // namespace

QString WriteFailure::reason(const QSqlDatabase &db, const QString &sqliteText)
{
    sqlite3 *handle = sqliteHandleOf(db);
    if (!handle)
        return sqliteText;
    switch (sqlite3_extended_errcode(handle) & 0xff) {
    case SQLITE_FULL:
        return QCoreApplication::translate("WriteFailure", "disk full (no space left for the database)");
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return fromErrno(sqlite3_system_errno(handle), sqliteText);
    case SQLITE_READONLY:
        return QCoreApplication::translate("WriteFailure", "database is read-only");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("WriteFailure", "the database is locked by another program");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("WriteFailure", "the database file is damaged");
    default:
        return sqliteText;
    }
}

QString WriteFailure::readOnlyFile()
{
    return QCoreApplication::translate("WriteFailure", "database is read-only (the file's write permission was removed)");
}

} // namespace payops
