#include "app/payopsctl/targetsimportcommand.h"

#include "app/payopsctl/ctlcommandline.h"
#include "app/payopsctl/ctldatabase.h"
#include "app/payopsctl/ctloutput.h"
#include "models/services/targetrepository.h"

#include <QDir>

namespace payops {

QStringList TargetsImportCommand::words() const
{
    return {QStringLiteral("targets"), QStringLiteral("import")};
}

QString TargetsImportCommand::summary() const
{
    return tr("Imports scrape targets from a Prometheus file_sd JSON file.");
}

int TargetsImportCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(QStringLiteral("payopsctl targets import FILE [--db PATH] [--merge]"),
                        tr("Reads the scrape targets from FILE (Prometheus file_sd JSON, as the console's "
                           "Import Targets) and stores them in the database, which is created or updated like "
                           "the console does. All or nothing: on any error the database is unchanged.\n"
                           "By default the imported targets replace the configured ones."));
    line.addDatabaseOption();
    const QCommandLineOption mergeOption(QStringLiteral("merge"),
                                         tr("Adds the imported targets (or updates those with the same metrics "
                                            "URL) instead of replacing all targets."));
    line.parser().addOption(mergeOption);
    line.parser().addPositionalArgument(QStringLiteral("FILE"), tr("The file_sd JSON file to import."));
    if (const std::optional<int> done = line.parse(arguments, out, 1, 1))
        return *done;

    const QString file = line.parser().positionalArguments().constFirst();
    const std::unique_ptr<Database> database = CtlDatabase::open(line.databasePath(), CtlDatabase::Mode::LikeConsole, out);
    if (!database)
        return Failure;
    TargetRepository repository(*database);
    const TargetRepository::Listing listing = repository.importFile(
        file, line.parser().isSet(mergeOption) ? TargetRepository::ImportMode::Merge : TargetRepository::ImportMode::Replace);
    if (!listing.ok()) {
        out.error(listing.error);
        return Failure;
    }
    out.print(tr("Imported %n target(s) from %1; %2 now has %3 target(s).", nullptr, int(listing.targets.size()))
                  .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(database->path()))
                  .arg(repository.list().targets.size()));
    return Ok;
}

} // namespace payops
