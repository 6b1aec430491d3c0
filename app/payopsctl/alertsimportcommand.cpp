#include "app/payopsctl/alertsimportcommand.h"

#include "app/payopsctl/alertsrules.h"
#include "app/payopsctl/ctlcommandline.h"
#include "app/payopsctl/ctldatabase.h"
#include "app/payopsctl/ctloutput.h"
#include "models/alerts/alertrulerepository.h"

namespace payops {

QStringList AlertsImportCommand::words() const
{
    return {QStringLiteral("alerts"), QStringLiteral("import")};
}

QString AlertsImportCommand::summary() const
{
    return tr("Imports alert rules from a JSON file.");
}

int AlertsImportCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(QStringLiteral("payopsctl alerts import [--db PATH] FILE"),
                        tr("Reads alert rules in the console's JSON format (as payopsctl alerts export --format json "
                           "writes it) and stores them, replacing stored rules of the same name. Every bad rule is "
                           "reported with its reason; then nothing is imported (exit code 1)."));
    line.addDatabaseOption();
    line.parser().addPositionalArgument(QStringLiteral("FILE"), tr("The rules file."));
    if (const std::optional<int> done = line.parse(arguments, out, 1, 1))
        return *done;
    const std::optional<QList<AlertRule>> rules = AlertsRules::fromFile(line.parser().positionalArguments().constFirst(), out);
    if (!rules) {
        out.error(tr("Nothing was imported."));
        return Failure;
    }
    const std::unique_ptr<Database> database = CtlDatabase::open(line.databasePath(), CtlDatabase::Mode::LikeConsole, out);
    if (!database)
        return Failure;
    AlertRuleRepository repository(*database);
    // The defaults first, so that they never come back over the imported rules later.
    if (const AlertRuleRepository::ImportResult defaults = repository.importShippedDefaultsOnce(); !defaults.ok())
        out.error(defaults.error);
    const AlertRuleRepository::ImportResult imported = repository.importRules(*rules);
    if (!imported.ok()) {
        out.error(imported.error);
        return Failure;
    }
    out.print(tr("%1 alert rules added, %2 replaced.").arg(imported.inserted).arg(imported.updated));
    return Ok;
}

} // namespace payops
