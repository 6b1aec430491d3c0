#include "models/alerts/alertrulerepository.h"

#include "models/alerts/alertrulejson.h"
#include "models/alerts/alertslog.h"
#include "models/storage/database.h"
#include "models/storage/settingsstore.h"
#include "models/storage/transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

QString definitionOf(const AlertRule &rule)
{
    return QString::fromUtf8(QJsonDocument(AlertRuleJson::toObject(rule)).toJson(QJsonDocument::Compact));
}

// Inserts or replaces by name (or updates by id when rule.id is set); sets rule.id.
std::optional<QString> upsert(QSqlDatabase &db, AlertRule &rule, qint64 nowMs, bool *updated)
{
    QSqlQuery query(db);
    if (rule.id > 0) {
        query.prepare(u"UPDATE alert_rules SET name = ?, definition = ?, updated_ms = ? WHERE id = ?"_s);
        query.addBindValue(rule.name);
        query.addBindValue(definitionOf(rule));
        query.addBindValue(nowMs);
        query.addBindValue(rule.id);
        if (!query.exec())
            return query.lastError().text();
        if (query.numRowsAffected() != 1)
            return AlertRuleRepository::tr("there is no stored rule with id %1").arg(rule.id);
        if (updated)
            *updated = true;
        return std::nullopt;
    }
    query.prepare(u"SELECT id FROM alert_rules WHERE name = ?"_s);
    query.addBindValue(rule.name);
    if (!query.exec())
        return query.lastError().text();
    if (query.next()) {
        rule.id = query.value(0).toLongLong();
        return upsert(db, rule, nowMs, updated);
    }
    query.prepare(u"INSERT INTO alert_rules (name, position, definition, updated_ms)"
                  u" VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM alert_rules), ?, ?)"_s);
    query.addBindValue(rule.name);
    query.addBindValue(definitionOf(rule));
    query.addBindValue(nowMs);
    if (!query.exec())
        return query.lastError().text();
    rule.id = query.lastInsertId().toLongLong();
    if (updated)
        *updated = false;
    return std::nullopt;
}

} // namespace

AlertRuleRepository::AlertRuleRepository(Database &database, Clock clock)
    : m_database(database)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

AlertRuleRepository::Listing AlertRuleRepository::list() const
{
    Listing listing;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, name, definition FROM alert_rules ORDER BY position, id"_s)) {
        listing.error = tr("Cannot read the alert rules: %1").arg(query.lastError().text());
        qCWarning(lcAlerts).noquote() << listing.error;
        return listing;
    }
    while (query.next()) {
        AlertRule rule;
        const QJsonObject object = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        const QStringList problems = AlertRuleJson::fromObject(object, rule);
        if (!problems.isEmpty()) {
            listing.problems.append(tr("The stored alert rule \"%1\" is damaged: %2")
                                        .arg(query.value(1).toString(), problems.join(u"; "_s)));
            qCWarning(lcAlerts).noquote() << listing.problems.constLast();
            continue;
        }
        rule.id = query.value(0).toLongLong();
        listing.rules.append(rule);
    }
    return listing;
}

std::optional<QString> AlertRuleRepository::save(AlertRule &rule)
{
    if (const QStringList problems = rule.validate(); !problems.isEmpty())
        return tr("The alert rule \"%1\" cannot be saved: %2").arg(rule.name, problems.join(u"; "_s));
    AlertRule stored = rule;
    const std::optional<QString> error = Transaction::run(m_database.connection(), [&]() -> std::optional<QString> {
        QSqlDatabase db = m_database.connection();
        if (stored.id == 0) {
            QSqlQuery query(db);
            query.prepare(u"SELECT 1 FROM alert_rules WHERE name = ?"_s);
            query.addBindValue(stored.name);
            if (!query.exec())
                return query.lastError().text();
            if (query.next())
                return tr("another rule is called \"%1\"").arg(stored.name);
        }
        return upsert(db, stored, m_clock(), nullptr);
    });
    if (error)
        return tr("The alert rule \"%1\" cannot be saved: %2").arg(rule.name, *error);
    rule.id = stored.id;
    return std::nullopt;
}

std::optional<QString> AlertRuleRepository::remove(const QString &name)
{
    const std::optional<QString> error = Transaction::run(m_database.connection(), [&]() -> std::optional<QString> {
        QSqlQuery query(m_database.connection());
        query.prepare(u"DELETE FROM alert_rules WHERE name = ?"_s);
        query.addBindValue(name);
        if (!query.exec())
            return query.lastError().text();
        if (query.numRowsAffected() == 0)
            return tr("there is no rule called \"%1\"").arg(name);
        return std::nullopt;
    });
    if (error)
        return tr("The alert rule \"%1\" cannot be removed: %2").arg(name, *error);
    return std::nullopt;
}

AlertRuleRepository::ImportResult AlertRuleRepository::importRules(const QList<AlertRule> &rules)
{
    ImportResult result;
    for (const AlertRule &rule : rules) {
        if (const QStringList problems = rule.validate(); !problems.isEmpty()) {
            result.error = tr("Cannot import the alert rules: \"%1\": %2").arg(rule.name, problems.join(u"; "_s));
            return result;
        }
    }
    const qint64 now = m_clock();
    const std::optional<QString> error = Transaction::run(m_database.connection(), [&]() -> std::optional<QString> {
        QSqlDatabase db = m_database.connection();
        for (AlertRule rule : rules) {
            rule.id = 0;
            bool updated = false;
            if (std::optional<QString> failure = upsert(db, rule, now, &updated))
                return failure;
            ++(updated ? result.updated : result.inserted);
        }
        return std::nullopt;
    });
    if (error) {
        result = {};
        result.error = tr("Cannot import the alert rules: %1").arg(*error);
        qCWarning(lcAlerts).noquote() << result.error;
    }
    return result;
}

AlertRuleRepository::ImportResult AlertRuleRepository::importDefaultsOnce(const QList<AlertRule> &defaults,
                                                                      const QString &importedKey)
{
    ImportResult result;
    const qint64 now = m_clock();
    SettingsStore settings(m_database);
    const std::optional<QString> error = Transaction::run(m_database.connection(), [&]() -> std::optional<QString> {
        if (settings.value(importedKey).has_value())
            return std::nullopt;
        QSqlDatabase db = m_database.connection();
        for (AlertRule rule : defaults) {
            rule.id = 0;
            bool updated = false;
            if (std::optional<QString> failure = upsert(db, rule, now, &updated))
                return failure;
            ++(updated ? result.updated : result.inserted);
        }
        return settings.setValue(importedKey, u"1"_s);
    });
    if (error) {
        result = {};
        result.error = tr("Cannot import the default alert rules: %1").arg(*error);
        qCWarning(lcAlerts).noquote() << result.error;
    } else if (result.inserted > 0) {
        qCInfo(lcAlerts) << "default alert rules imported:" << result.inserted;
    }
    return result;
}

AlertRuleRepository::ImportResult AlertRuleRepository::importShippedDefaultsOnce()
{
    const std::pair<QString, QString> files[] = {
        {AlertRuleJson::defaultsPath(), u"alerts/defaults_imported"_s},
        {AlertRuleJson::taskDefaultsPath(), u"alerts/task_defaults_imported"_s},
    };
    ImportResult total;
    for (const auto &[path, importedKey] : files) {
        const AlertRuleJson::Result shipped = AlertRuleJson::load(path);
        ImportResult result;
        if (shipped.ok()) {
            result = importDefaultsOnce(shipped.rules, importedKey);
        } else {
            result.error = tr("The shipped alert rules are damaged: %1").arg(shipped.errors.join(u"; "_s));
            qCWarning(lcAlerts).noquote() << result.error;
        }
        total.inserted += result.inserted;
        total.updated += result.updated;
        if (total.error.isEmpty())
            total.error = result.error;
    }
    return total;
}

} // namespace payops
