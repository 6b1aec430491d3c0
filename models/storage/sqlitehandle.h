#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace payops {

// The sqlite3 handle behind a QSQLITE connection, for what Qt's driver does not offer (the errno
// behind an I/O error, the online backup API); nullptr for another driver or a closed connection.
// The handle belongs to the connection: use it on the connection's thread, never close it.
inline sqlite3 *sqliteHandleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace payops
