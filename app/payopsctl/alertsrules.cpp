#include "app/payopsctl/alertsrules.h"

#include "app/payopsctl/ctloutput.h"
#include "models/alerts/alertrulejson.h"
#include "models/alerts/alertrulerepository.h"

namespace payops {

std::optional<QList<AlertRule>> AlertsRules::fromDatabase(Database &database, CtlOutput &out)
{
    AlertRuleRepository repository(database);
    if (const AlertRuleRepository::ImportResult imported = repository.importShippedDefaultsOnce(); !imported.ok())
        out.error(imported.error); // the stored rules are still usable
    const AlertRuleRepository::Listing listing = repository.list();
    if (!listing.ok()) {
        out.error(listing.error);
        return std::nullopt;
    }
    for (const QString &problem : listing.problems)
        out.error(problem);
    return listing.rules;
}

std::optional<QList<AlertRule>> AlertsRules::fromFile(const QString &path, CtlOutput &out)
{
    const AlertRuleJson::Result loaded = AlertRuleJson::load(path);
    for (const QString &error : loaded.errors)
        out.error(tr("%1: %2").arg(path, error));
    if (!loaded.ok())
        return std::nullopt;
    return loaded.rules;
}

} // namespace payops
