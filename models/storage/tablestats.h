#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace payops {

// How big each table of an SQLite file is, and whether the file is sound (payopsctl db check).
// Knows no domain: callers group the tables (see ConsoleSchema::areaOf()). Reads only.
class TableStats final
{
    Q_DECLARE_TR_FUNCTIONS(payops::TableStats)

public:
    TableStats() = delete;

    struct Table
    {
        QString name;
        qint64 rows = 0;
        qint64 bytes = -1; // pages of the table and its indexes (dbstat); -1 when unknown
    };

    struct Result
    {
        QList<Table> tables; // by name
        // True when the bytes come from SQLite's dbstat virtual table; false when this SQLite lacks
        // it (then only the file's page counts are known).
        bool bytesFromDbstat = false;
        qint64 pageSize = 0;
        qint64 pageCount = 0;
        qint64 freePages = 0;
        QString error; // in words; empty on success

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    struct Integrity
    {
        QStringList messages; // {"ok"} when sound, else SQLite's findings (at most maxMessages)
        QString error;        // the check itself could not run

        [[nodiscard]] bool ok() const { return error.isEmpty() && messages == QStringList{QStringLiteral("ok")}; }
    };

    // Rows of every table (virtual and FTS shadow tables included), bytes from dbstat if available.
    [[nodiscard]] static Result collect(QSqlDatabase &db);
    // PRAGMA integrity_check: reads the whole file.
    [[nodiscard]] static Integrity integrityCheck(QSqlDatabase &db, int maxMessages = 100);
};

} // namespace payops
