#pragma once

#include "models/alerts/alertrule.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace payops {

class CtlOutput;
class Database;

// The alert rules a subcommand works with: those in the database (the shipped defaults imported
// once first, as the console does on start), or those of a JSON file given with --rules.
class AlertsRules final
{
    Q_DECLARE_TR_FUNCTIONS(payops::AlertsRules)

public:
    AlertsRules() = delete;

    // The rules, or std::nullopt after printing why not on stderr.
    [[nodiscard]] static std::optional<QList<AlertRule>> fromDatabase(Database &database, CtlOutput &out);
    [[nodiscard]] static std::optional<QList<AlertRule>> fromFile(const QString &path, CtlOutput &out);
};

} // namespace payops
