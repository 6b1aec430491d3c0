#include "app/payopsctl/targetsexportcommand.h"

#include "app/payopsctl/ctlcommandline.h"
#include "app/payopsctl/ctldatabase.h"
#include "app/payopsctl/ctloutput.h"
#include "models/services/filesdformat.h"
#include "models/services/targetrepository.h"

#include <QDir>

namespace payops {

QStringList TargetsExportCommand::words() const
{
    return {QStringLiteral("targets"), QStringLiteral("export")};
}

QString TargetsExportCommand::summary() const
{
    return tr("Exports the scrape targets as Prometheus file_sd JSON.");
}

int TargetsExportCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(QStringLiteral("payopsctl targets export [--db PATH] [FILE|-]"),
                        tr("Writes the configured scrape targets as Prometheus file_sd JSON (as the console's "
                           "Export Targets) to FILE, or to standard output when FILE is - or missing."));
    line.addDatabaseOption();
    line.parser().addPositionalArgument(QStringLiteral("FILE"), tr("The file to write; - for standard output."),
                                        QStringLiteral("[FILE|-]"));
    if (const std::optional<int> done = line.parse(arguments, out, 0, 1))
        return *done;

    const QStringList positional = line.parser().positionalArguments();
    const QString file = positional.isEmpty() ? QStringLiteral("-") : positional.constFirst();
    const std::unique_ptr<Database> database = CtlDatabase::open(line.databasePath(), CtlDatabase::Mode::LikeConsole, out);
    if (!database)
        return Failure;
    const TargetRepository repository(*database);
    if (file == QLatin1String("-")) {
        const TargetRepository::Listing listing = repository.list();
        if (!listing.ok()) {
            out.error(listing.error);
            return Failure;
        }
        out.raw(FileSdFormat::serialize(listing.targets));
        return Ok;
    }
    if (const std::optional<QString> error = repository.exportFile(file)) {
        out.error(*error);
        return Failure;
    }
    out.print(tr("Targets written to %1").arg(QDir::toNativeSeparators(file)));
    return Ok;
}

} // namespace payops
