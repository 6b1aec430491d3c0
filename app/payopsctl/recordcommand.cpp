#include "app/payopsctl/recordcommand.h"

#include "app/payopsctl/ctlcommandline.h"
#include "app/payopsctl/ctldatabase.h"
#include "app/payopsctl/ctloutput.h"
#include "app/payopsctl/ctltargets.h"
#include "app/payopsctl/recordsession.h"

#include <QUrl>

namespace payops {

QStringList RecordCommand::words() const
{
    return {QStringLiteral("record")};
}

QString RecordCommand::summary() const
{
    return tr("Polls the targets and records the metric history into the database, as the console does.");
}

int RecordCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(QStringLiteral("payopsctl record [URL...] [--targets FILE] [--db PATH] [--for SECONDS] "
                                       "[--interval SECONDS]"),
                        tr("Polls the targets and writes their derived values into the database's metric history "
                           "with the console's own code, without a window: a headless recorder. The targets are "
                           "the metrics URLs given, or those of --targets (Prometheus file_sd JSON), or else the "
                           "database's.\n"
                           "Each poll cycle prints \"live TIMESTAMP_MS UP/TARGETS\"; once the cycle is committed "
                           "to the file (it then survives a crash) \"written TIMESTAMP_MS SAMPLES\".\n"
                           "When the history cannot be written (disk full, the file made read-only) polling goes "
                           "on, the reason is printed on stderr, the cycles are kept in memory and written when "
                           "writing works again. Runs until --for has passed or SIGINT/SIGTERM; exit code 1 when "
                           "cycles were still unwritten at the end."));
    line.addDatabaseOption();
    const QCommandLineOption targetsOption(QStringLiteral("targets"), tr("Scrape targets from a file_sd JSON file."),
                                           tr("FILE"));
    const QCommandLineOption forOption(QStringLiteral("for"), tr("Stop after this many seconds (default: run until "
                                                                 "interrupted)."),
                                       tr("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"),
                                            tr("Time between recorded cycles (default 1)."), tr("SECONDS"),
                                            QStringLiteral("1"));
    line.parser().addOptions({targetsOption, forOption, intervalOption});
    line.parser().addPositionalArgument(QStringLiteral("URL"), tr("A metrics URL, e.g. http://127.0.0.1:9101/metrics."),
                                        QStringLiteral("[URL...]"));
    if (const std::optional<int> done = line.parse(arguments, out, 0, 1000))
        return *done;
    const QCommandLineParser &parser = line.parser();
    const std::optional<qint64> durationMs = CtlCommandLine::secondsToMs(parser.value(forOption), 0, 366 * 24 * 3600.0);
    if (!durationMs)
        return line.usageError(tr("--for needs a number of seconds (0: until interrupted)."), out);
    const std::optional<qint64> intervalMs = CtlCommandLine::secondsToMs(parser.value(intervalOption), 0.05, 3600);
    if (!intervalMs)
        return line.usageError(tr("--interval needs a number of seconds from 0.05 to 3600."), out);
    if (parser.isSet(targetsOption) && !parser.positionalArguments().isEmpty())
        return line.usageError(tr("Give metrics URLs or --targets, not both."), out);

    QList<ServiceTarget> targets;
    for (const QString &text : parser.positionalArguments()) {
        ServiceTarget target;
        target.id = int(targets.size()) + 1;
        target.metricsUrl = QUrl(text, QUrl::StrictMode);
        target.service = target.instance();
        target.intervalMs = ServiceTarget::minIntervalMs;
        target.timeoutMs = 800;
        if (const QString error = target.validate(); !error.isEmpty())
            return line.usageError(tr("\"%1\": %2").arg(text, error), out);
        targets.append(target);
    }
    if (parser.isSet(targetsOption)) {
        const std::optional<QList<ServiceTarget>> fromFile = CtlTargets::fromFile(parser.value(targetsOption), out);
        if (!fromFile)
            return Failure;
        targets = *fromFile;
    }

    const std::unique_ptr<Database> database = CtlDatabase::open(line.databasePath(), CtlDatabase::Mode::LikeConsole, out);
    if (!database)
        return Failure;
    if (targets.isEmpty()) {
        const std::optional<QList<ServiceTarget>> fromDatabase = CtlTargets::fromDatabase(*database, out);
        if (!fromDatabase)
            return Failure;
        targets = *fromDatabase;
    }
    if (targets.isEmpty()) {
        out.error(tr("There are no targets to poll: give metrics URLs, --targets FILE, or import targets first."));
        return Failure;
    }
    RecordSession session(*database, targets, int(*intervalMs), out);
    if (!session.run(*durationMs)) {
        out.error(tr("Some poll cycles could not be written to %1 before the end.").arg(database->path()));
        return Failure;
    }
    return Ok;
}

} // namespace payops
