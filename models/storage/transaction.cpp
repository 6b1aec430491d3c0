#include "models/storage/transaction.h"

#include "models/storage/storagelog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace payops {

namespace {

// SQLite's own words ("database is locked"), without the driver's ("Unable to fetch row").
QString sqliteWords(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

// Runs one statement; returns why it failed.
std::optional<QString> exec(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return std::nullopt;
    return sqliteWords(query.lastError());
}

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (const std::optional<QString> error = exec(m_db, QStringLiteral("BEGIN IMMEDIATE")))
        m_error = *error;
    else
        m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (const std::optional<QString> error = exec(m_db, QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage).noquote() << "ROLLBACK failed:" << *error;
}

std::optional<QString> Transaction::commit()
{
    if (std::optional<QString> error = exec(m_db, QStringLiteral("COMMIT")))
        return error;
    m_open = false;
    return std::nullopt;
}

} // namespace payops
