#include "app/payopsctl/incidentscommands.h"

#include "app/payopsctl/ctlcommandline.h"
#include "app/payopsctl/ctldatabase.h"
#include "app/payopsctl/ctloutput.h"
#include "models/incidents/postmortem.h"

#include <QDateTime>
#include <QDir>

namespace payops {

QStringList IncidentsReportCommand::words() const
{
    return {QStringLiteral("incidents"), QStringLiteral("report")};
}

QString IncidentsReportCommand::summary() const
{
    return tr("Writes an incident's post-mortem report as Markdown and/or PDF.");
}

int IncidentsReportCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(QStringLiteral("payopsctl incidents report ID [--markdown FILE] [--pdf FILE] [--db PATH]"),
                        tr("Writes the post-mortem of incident ID: the follow-up the wizard keeps (root cause, what "
                           "was done, lessons, follow-up items), the impact estimated from the metric history of the "
                           "incident window (duration, failed transactions, peaks), the whole timeline and charts of "
                           "the window. The report is in the system's language (LANG). The database is only read.\n"
                           "Exit code 1 when the incident does not exist or a file cannot be written."));
    line.addDatabaseOption();
    const QCommandLineOption markdownOption(QStringLiteral("markdown"), tr("Write the report as Markdown to FILE."),
                                            tr("FILE"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), tr("Write the report as PDF to FILE."), tr("FILE"));
    line.parser().addOptions({markdownOption, pdfOption});
    line.parser().addPositionalArgument(QStringLiteral("ID"), tr("The incident's number."));
    if (const std::optional<int> done = line.parse(arguments, out, 1, 1))
        return *done;
    bool isNumber = false;
    const qint64 id = line.parser().positionalArguments().constFirst().toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return line.usageError(tr("The incident ID must be a positive number, not %1.")
                                   .arg(line.parser().positionalArguments().constFirst()),
                               out);
    const QString markdownPath = line.parser().value(markdownOption);
    const QString pdfPath = line.parser().value(pdfOption);
    if (markdownPath.isEmpty() && pdfPath.isEmpty())
        return line.usageError(tr("Give --markdown FILE, --pdf FILE or both."), out);

    const std::unique_ptr<Database> database = CtlDatabase::open(line.databasePath(), CtlDatabase::Mode::ReadOnly, out);
    if (!database)
        return Failure;
    // The write-up comes from the incident itself (the wizard's follow-up step); gather() reads it.
    QString error;
    std::optional<PostMortemInput> input =
        PostMortemReport::gather(*database, id, PostMortem(), QDateTime::currentMSecsSinceEpoch(), &error);
    if (!input) {
        out.error(error);
        return Failure;
    }
    input->writeUp = PostMortem::fromJson(input->incident.wizardState.value(QStringLiteral("follow-up")).toObject());
    if (const std::optional<QString> failed = PostMortemReport::write(*input, markdownPath, pdfPath)) {
        out.error(*failed);
        return Failure;
    }
    for (const QString &path : {markdownPath, pdfPath}) {
        if (!path.isEmpty())
            out.print(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
    }
    return Ok;
}

} // namespace payops
