#include "app/payopsctl/kbexportcommand.h"

#include "app/payopsctl/ctlcommandline.h"
#include "app/payopsctl/ctldatabase.h"
#include "app/payopsctl/ctloutput.h"
#include "models/knowledge/knowledgecontent.h"
#include "models/knowledge/knowledgemarkdownexporter.h"
#include "models/knowledge/knowledgerepository.h"
#include "widgets/knowledge/knowledgepdfexporter.h"

#include <QDir>
#include <QLocale>
#include <QMap>

namespace payops {

QStringList KbExportCommand::words() const
{
    return {QStringLiteral("kb"), QStringLiteral("export")};
}

QString KbExportCommand::summary() const
{
    return tr("Exports the knowledge base as Markdown files or as one PDF.");
}

bool KbExportCommand::needsGui(const QStringList &arguments) const
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--format=pdf")
            || (arguments.at(i) == QLatin1String("--format") && arguments.value(i + 1) == QLatin1String("pdf")))
            return true;
    }
    return false;
}

int KbExportCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(QStringLiteral("payopsctl kb export --format md|pdf DIR [--db PATH] [--lang en|zh_CN]"),
                        tr("Writes the knowledge base into the folder DIR (created if missing): with --format md "
                           "one Markdown file per article (<article>.md), with --format pdf one PDF "
                           "(payops-knowledge-base-<language>.pdf) laid out as the console prints it.\n"
                           "If the database has no knowledge base yet, the shipped one is imported first, as the "
                           "console does when it starts."));
    line.addDatabaseOption();
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("md (Markdown) or pdf."), tr("FORMAT"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            tr("The articles' language, e.g. en or zh_CN (default: the system's, "
                                               "else English)."),
                                            tr("LANGUAGE"));
    line.parser().addOptions({formatOption, languageOption});
    line.parser().addPositionalArgument(QStringLiteral("DIR"), tr("The folder to write into."));
    if (const std::optional<int> done = line.parse(arguments, out, 1, 1))
        return *done;
    const QString format = line.parser().value(formatOption);
    if (format != QLatin1String("md") && format != QLatin1String("pdf"))
        return line.usageError(tr("--format must be md or pdf."), out);
    const QString folder = QDir::current().absoluteFilePath(line.parser().positionalArguments().constFirst());

    const std::unique_ptr<Database> database = CtlDatabase::open(line.databasePath(), CtlDatabase::Mode::LikeConsole, out);
    if (!database)
        return Failure;
    KnowledgeRepository repository(*database);

    // An empty knowledge base gets the shipped defaults first, exactly as the console's first start
    // imports them (KnowledgeImporter: KnowledgeContent::load() + importDefaults(), here on this thread
    // since nothing waits on it). The console would show these very articles, so an export of the
    // same file gives the same documents; an operator who only wants to see whether a file is empty
    // has db check for that. A knowledge base with articles is never touched.
    if (repository.languages().isEmpty()) {
        const KnowledgeContent::LoadResult content = KnowledgeContent::load();
        const KnowledgeImportResult imported =
            content.ok() ? repository.importDefaults(content.bundle) : KnowledgeImportResult{0, 0, 0, 0, content.error};
        if (!imported.ok()) {
            out.error(tr("The knowledge base of %1 is empty, and the shipped one could not be imported: %2")
                          .arg(QDir::toNativeSeparators(database->path()), imported.error));
            return Failure;
        }
        out.error(tr("The knowledge base of %1 was empty: the shipped one (%n article(s)) was imported first, as "
                     "the console does.", nullptr, imported.inserted)
                      .arg(QDir::toNativeSeparators(database->path())));
    }

    const QString language = line.parser().isSet(languageOption) ? line.parser().value(languageOption)
                                                                 : repository.resolveLanguage(QLocale().name());
    const QList<Article> articles = repository.fullArticles(language);
    if (articles.isEmpty()) {
        out.error(tr("The knowledge base has no articles in \"%1\". Languages it has: %2.")
                      .arg(language, repository.languages().join(QStringLiteral(", "))));
        return Failure;
    }

    if (format == QLatin1String("md")) {
        const KnowledgeMarkdownExporter::Result result = KnowledgeMarkdownExporter::exportTo(folder, articles);
        if (!result.ok()) {
            out.error(result.error);
            return Failure;
        }
        out.print(tr("Wrote %n article(s) as Markdown to %1.", nullptr, int(result.files.size()))
                      .arg(QDir::toNativeSeparators(folder)));
        return Ok;
    }

    if (!QDir().mkpath(folder)) {
        out.error(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
        return Failure;
    }
    QMap<QString, QString> sectionTitles;
    for (const KnowledgeSection &section : repository.sections(language))
        sectionTitles.insert(section.id, section.title);
    const QString path = QDir(folder).filePath(QStringLiteral("payops-knowledge-base-%1.pdf").arg(language));
    if (const std::optional<QString> error =
            KnowledgePdfExporter::exportToPdf(path, tr("PayOps knowledge base"), articles, sectionTitles)) {
        out.error(*error);
        return Failure;
    }
    out.print(tr("Wrote %n article(s) as PDF to %1.", nullptr, int(articles.size())).arg(QDir::toNativeSeparators(path)));
    return Ok;
}

} // namespace payops
