#include "app/payops/startupjob.h"

#include "models/alerts/alertrulerepository.h"
#include "models/incidents/playbookloader.h"
#include "models/incidents/playbookrepository.h"
#include "models/services/targetrepository.h"
#include "models/storage/database.h"

#include <QCoreApplication>

namespace payops {

StartupJob::Result StartupJob::run(Database &database) const
{
    Result result;
    result.databaseError = database.open(databasePath);
    if (result.databaseError)
        return result;

    TargetRepository targets(database);
    if (monitoring) {
        if (const std::optional<QString> error = targets.ensureDefaults())
            result.problems.append(*error);
        TargetRepository::Listing listing = targets.list();
        if (!targetsFile.isEmpty()) {
            const TargetRepository::Listing imported = targets.importFile(targetsFile);
            if (imported.ok())
                listing = imported;
            else
                result.problems.append(imported.error); // keep polling what was configured before
            for (const QString &rejected : imported.rejected)
                result.problems.append(QCoreApplication::translate("payops::StartupJob", "Not imported from %1: %2")
                                           .arg(targetsFile, rejected));
        }
        if (!listing.ok())
            result.problems.append(listing.error);
        result.targets = listing.targets;
        result.services = TargetRepository::servicesOf(listing.targets);
    }

    // The knowledge base's alert thresholds, once per database (the alerts view and engine read them).
    if (const AlertRuleRepository::ImportResult rules = AlertRuleRepository(database).importShippedDefaultsOnce(); !rules.ok())
        result.problems.append(rules.error);

    PlaybookLoader::Context context;
    context.knownServices = targets.services();
    PlaybookRepository playbooks(database, PlaybookLoader(context));
    if (const PlaybookRepository::SyncResult synced = playbooks.importDefaults(); !synced.ok())
        result.problems.append(synced.error);
    PlaybookRepository::ListResult listed = playbooks.all();
    if (!listed.ok())
        result.problems.append(listed.error);
    result.playbooks = std::move(listed.playbooks);

    database.releaseConnection(); // a pool thread: its connection goes now, not when the pool ends
    return result;
}

} // namespace payops
