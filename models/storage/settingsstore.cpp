#include "models/storage/settingsstore.h"

#include "models/storage/database.h"
#include "models/storage/storagelog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace payops {

namespace {

QString failure(const QSqlError &error)
{
    return QCoreApplication::translate("Database", "The setting could not be saved: %1")
        .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

} // namespace

SettingsStore::SettingsStore(Database &database)
    : m_database(database)
{
}

std::optional<QString> SettingsStore::value(const QString &key) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        qCWarning(lcStorage).noquote() << "reading setting" << key << "failed —" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QString SettingsStore::value(const QString &key, const QString &fallback) const
{
    return value(key).value_or(fallback);
}

std::optional<QString> SettingsStore::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?)"
                                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value.isNull() ? QStringLiteral("") : value); // a null QString binds as NULL
    if (!query.exec()) {
        qCWarning(lcStorage).noquote() << "writing setting" << key << "failed —" << query.lastError().text();
        return failure(query.lastError());
    }
    return std::nullopt;
}

std::optional<QString> SettingsStore::remove(const QString &key)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        qCWarning(lcStorage).noquote() << "removing setting" << key << "failed —" << query.lastError().text();
        return failure(query.lastError());
    }
    return std::nullopt;
}

} // namespace payops
