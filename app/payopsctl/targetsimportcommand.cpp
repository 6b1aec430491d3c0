#include "app/payopsctl/targetsimportcommand.h"

#include "app/payopsctl/ctlcommandline.h"
#include "app/payopsctl/ctldatabase.h"
#include "app/payopsctl/ctloutput.h"
#include "models/services/targetrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace payops {

namespace {

using Change = TargetImportPreview::Change;

// The words of the JSON output: a protocol, not translated.
QString changeKey(Change change)
{
    switch (change) {
    case Change::Add: return QStringLiteral("add");
    case Change::Update: return QStringLiteral("change");
    case Change::Remove: return QStringLiteral("remove");
    case Change::Reject: return QStringLiteral("reject");
    }
    return {};
}

QJsonObject previewJson(const TargetImportPreview &preview, bool dryRun)
{
    QJsonArray rows;
    for (const TargetImportPreview::Row &row : preview.rows()) {
        rows.append(QJsonObject{{QStringLiteral("change"), changeKey(row.change)},
                                {QStringLiteral("service"), row.service},
                                {QStringLiteral("target"), row.target},
                                {QStringLiteral("detail"), row.detail}});
    }
    return QJsonObject{
        {QStringLiteral("mode"), preview.mode() == TargetImportMode::Merge ? QStringLiteral("merge") : QStringLiteral("replace")},
        {QStringLiteral("dryRun"), dryRun},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("added"), preview.count(Change::Add)},
        {QStringLiteral("changed"), preview.count(Change::Update)},
        {QStringLiteral("removed"), preview.count(Change::Remove)},
        {QStringLiteral("rejected"), preview.count(Change::Reject)},
        {QStringLiteral("unchanged"), preview.unchanged()},
    };
}

// One aligned line per row, then the summary: the same preview the console's dialog shows.
QString previewText(const TargetImportPreview &preview)
{
    qsizetype changeWidth = 0, serviceWidth = 0, targetWidth = 0;
    for (const TargetImportPreview::Row &row : preview.rows()) {
        changeWidth = std::max(changeWidth, TargetImportPreview::changeName(row.change).size());
        serviceWidth = std::max(serviceWidth, row.service.size());
        targetWidth = std::max(targetWidth, row.target.size());
    }
    QStringList lines;
    for (const TargetImportPreview::Row &row : preview.rows()) {
        QString line = TargetImportPreview::changeName(row.change).leftJustified(changeWidth)
                       + QStringLiteral("  ") + row.service.leftJustified(serviceWidth) + QStringLiteral("  ")
                       + row.target.leftJustified(targetWidth);
        if (!row.detail.isEmpty())
            line += QStringLiteral("  ") + row.detail;
        lines.append(QStringLiteral("  ") + line.trimmed());
    }
    lines.append(preview.summary());
    return lines.join(u'\n');
}

} // namespace

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
    CtlCommandLine line(QStringLiteral("payopsctl targets import FILE [--db PATH] [--merge] [--dry-run] [--json]"),
                        tr("Reads the scrape targets from FILE (Prometheus file_sd JSON, as the console's "
                           "Import Targets), shows what changes — targets to add, to change, to remove, and the "
                           "entries of the file that cannot be used, each with its reason — and stores the usable "
                           "targets in one transaction in the database, which is created or updated like the "
                           "console does.\n"
                           "Entries without a \"service\" label are the service named by their \"job\"; "
                           "node_exporters (job \"node\" or \"node_exporter\") give the host metrics of the "
                           "services on their host.\n"
                           "By default the imported targets replace the configured ones. Exit code 1 when an "
                           "entry was rejected (the others are imported) or nothing could be imported."));
    line.addDatabaseOption();
    line.addJsonOption();
    const QCommandLineOption mergeOption(QStringLiteral("merge"),
                                         tr("Adds the imported targets (or updates those with the same metrics "
                                            "URL) instead of replacing all targets."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("Only shows what the import would change; the database is not "
                                             "written (nor created)."));
    line.parser().addOptions({mergeOption, dryRunOption});
    line.parser().addPositionalArgument(QStringLiteral("FILE"), tr("The file_sd JSON file to import."));
    if (const std::optional<int> done = line.parse(arguments, out, 1, 1))
        return *done;

    const QString file = line.parser().positionalArguments().constFirst();
    const bool dryRun = line.parser().isSet(dryRunOption);
    const TargetImportMode mode = line.parser().isSet(mergeOption) ? TargetImportMode::Merge : TargetImportMode::Replace;
    const QString databasePath = line.databasePath();

    // A dry run reads the database, if there is one, and writes nothing.
    std::unique_ptr<Database> database;
    if (!dryRun || QFileInfo::exists(databasePath)) {
        database = CtlDatabase::open(databasePath, dryRun ? CtlDatabase::Mode::ReadOnly : CtlDatabase::Mode::LikeConsole, out);
        if (!database)
            return Failure;
    }
    std::optional<TargetRepository> repository;
    if (database)
        repository.emplace(*database);
    const TargetImportPreview preview = repository ? repository->previewFile(file, mode)
                                                   : TargetImportPreview::build({}, FileSdFormat::readFile(file), mode);
    if (!preview.ok()) {
        out.error(tr("The targets file %1 was not imported: %2").arg(QDir::toNativeSeparators(file), preview.error()));
        return Failure;
    }
    if (line.json())
        out.json(previewJson(preview, dryRun));
    else
        out.print(previewText(preview));
    const int result = preview.count(Change::Reject) > 0 ? Failure : Ok;
    if (dryRun) {
        if (!line.json())
            out.print(tr("Dry run: nothing was changed."));
        return result;
    }

    if (const std::optional<QString> error = repository->apply(preview)) {
        out.error(tr("The targets file %1 was not imported: %2").arg(QDir::toNativeSeparators(file), *error));
        return Failure;
    }
    if (!line.json()) {
        out.print(tr("Imported %n target(s) from %1; %2 now has %3 target(s).", nullptr, int(preview.targets().size()))
                      .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(database->path()))
                      .arg(repository->list().targets.size()));
    }
    if (result != Ok)
        out.error(tr("%n entry(s) of %1 could not be used and were left out (see \"rejected\" above).", nullptr,
                     preview.count(Change::Reject))
                      .arg(QDir::toNativeSeparators(file)));
    return result;
}

} // namespace payops
