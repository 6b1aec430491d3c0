#include "models/storage/tablestats.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace payops {

namespace {

// Table names come from sqlite_master, not from a user: quoting them is safe (names cannot be bound).
QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

qint64 pragmaValue(QSqlDatabase &db, const QString &pragma, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next()) {
        if (error->isEmpty())
            *error = query.lastError().text();
        return 0;
    }
    return query.value(0).toLongLong();
}

} // namespace

TableStats::Result TableStats::collect(QSqlDatabase &db)
{
    Result result;
    QSqlQuery names(db);
    names.setForwardOnly(true);
    if (!names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        result.error = tr("The list of tables cannot be read: %1").arg(names.lastError().text());
        return result;
    }
    while (names.next()) {
        Table table;
        table.name = names.value(0).toString();
        result.tables.append(table);
    }
    for (Table &table : result.tables) {
        QSqlQuery count(db);
        count.setForwardOnly(true);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM ") + quoted(table.name)) || !count.next()) {
            result.error = tr("The rows of table %1 cannot be counted: %2").arg(table.name, count.lastError().text());
            return result;
        }
        table.rows = count.value(0).toLongLong();
    }

    // dbstat (SQLITE_ENABLE_DBSTAT_VTAB, on in Debian's SQLite): the pages of each table and its indexes.
    QSqlQuery pages(db);
    pages.setForwardOnly(true);
    if (pages.exec(QStringLiteral("SELECT m.tbl_name, sum(s.pgsize) FROM dbstat AS s"
                                  " JOIN sqlite_master AS m ON m.name = s.name GROUP BY m.tbl_name"))) {
        QHash<QString, qint64> bytes;
        while (pages.next())
            bytes.insert(pages.value(0).toString(), pages.value(1).toLongLong());
        if (!pages.lastError().isValid()) {
            result.bytesFromDbstat = true;
            for (Table &table : result.tables)
                table.bytes = bytes.value(table.name, 0);
        }
    }

    QString error;
    result.pageSize = pragmaValue(db, QStringLiteral("page_size"), &error);
    result.pageCount = pragmaValue(db, QStringLiteral("page_count"), &error);
    result.freePages = pragmaValue(db, QStringLiteral("freelist_count"), &error);
    if (!error.isEmpty())
        result.error = tr("The page counts cannot be read: %1").arg(error);
    return result;
}

TableStats::Integrity TableStats::integrityCheck(QSqlDatabase &db, int maxMessages)
{
    Integrity result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(%1)").arg(maxMessages))) {
        result.error = query.lastError().text();
        return result;
    }
    while (query.next())
        result.messages.append(query.value(0).toString());
    if (query.lastError().isValid())
        result.error = query.lastError().text();
    return result;
}

} // namespace payops
