#pragma once

#include "models/alerts/alertrule.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace payops {

class Database;

// The alert rules in SQLite (AlertSchema: alert_rules, one JSON definition per rule, read back
// through AlertRuleJson so a damaged row is reported and skipped, never loaded half). Every call
// uses the calling thread's own connection; writes go through one Transaction each.
class AlertRuleRepository final
{
    Q_DECLARE_TR_FUNCTIONS(payops::AlertRuleRepository)

public:
    struct Listing
    {
        QList<AlertRule> rules; // in their order
        QStringList problems;   // damaged rows, in words (the others are listed)
        QString error;          // the table could not be read

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    struct ImportResult
    {
        int inserted = 0;
        int updated = 0;
        QString error; // nothing was changed when set

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    using Clock = std::function<qint64()>;

    explicit AlertRuleRepository(Database &database, Clock clock = {});

    [[nodiscard]] Listing list() const;
    // Inserts (id 0) or updates (by id) one rule after validating it; sets rule.id. An error in words.
    [[nodiscard]] std::optional<QString> save(AlertRule &rule);
    [[nodiscard]] std::optional<QString> remove(const QString &name);
    // Adds the rules, replacing stored rules of the same name; all or nothing, in one transaction.
    [[nodiscard]] ImportResult importRules(const QList<AlertRule> &rules);
    // Imports `defaults` once per database (the settings key `importedKey` records it): rules the
    // operator later changes or deletes are never brought back.
    [[nodiscard]] ImportResult importDefaultsOnce(const QList<AlertRule> &defaults,
                                                  const QString &importedKey = QStringLiteral("alerts/defaults_imported"));
    // importDefaultsOnce() of each shipped file (AlertRuleJson::defaultsPath(), taskDefaultsPath()),
    // each under its own key, so a database from before a file shipped gets that file's rules once;
    // a shipped file that does not validate is reported and imports nothing of it.
    [[nodiscard]] ImportResult importShippedDefaultsOnce();

private:
    Database &m_database;
    Clock m_clock;
};

} // namespace payops
