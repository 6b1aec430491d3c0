#include "app/payopsctl/diagnosecommand.h"

#include "app/payopsctl/ctlcommandline.h"
#include "app/payopsctl/ctldatabase.h"
#include "app/payopsctl/ctloutput.h"
#include "app/payopsctl/ctltargets.h"
#include "app/payopsctl/diagnosesession.h"
#include "models/incidents/playbookrepository.h"

#include <QSet>

namespace payops {

namespace {

// The services the checks of these playbooks look at, the affected one included.
QSet<QString> servicesOf(const QList<Playbook> &playbooks, const QString &affected)
{
    QSet<QString> services{affected};
    for (const Playbook &playbook : playbooks) {
        for (const PlaybookCause &cause : playbook.causes) {
            for (const PlaybookCheck &check : cause.checks)
                services.insert(DiagnosisRunner::serviceOf(check, affected));
        }
    }
    return services;
}

QString verdictMark(CheckVerdict::Verdict verdict)
{
    switch (verdict) {
    case CheckVerdict::Verdict::Confirmed:
        return QStringLiteral("[+]");
    case CheckVerdict::Verdict::RuledOut:
        return QStringLiteral("[-]");
    case CheckVerdict::Verdict::Unanswered:
        return QStringLiteral("[?]");
    }
    return {};
}

} // namespace

QStringList DiagnoseCommand::words() const
{
    return {QStringLiteral("diagnose")};
}

QString DiagnoseCommand::summary() const
{
    return tr("Runs the playbooks' checks against a service and ranks the possible causes.");
}

int DiagnoseCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(QStringLiteral("payopsctl diagnose SERVICE [--type TYPE] [--json] [--db PATH] [--targets FILE] "
                                       "[--deadline SECONDS]"),
                        tr("Polls the targets twice, then runs every automatic check of the matching playbooks at once: "
                           "metric checks against the values polled, health checks (GET /health) and TCP connects "
                           "with their latency, each with the deadline. Questions for the operator are listed as "
                           "unanswered. Prints the causes ranked by their evidence, with the reasoning.\n"
                           "Exit code 0 when no cause is confirmed, 1 when one is."));
    line.addDatabaseOption();
    line.addJsonOption();
    const QCommandLineOption typeOption(QStringLiteral("type"),
                                        tr("The incident type: a playbook id (transaction-failure, long-response-time, "
                                           "system-downtime, security-issues). Default: every playbook."),
                                        tr("TYPE"));
    const QCommandLineOption targetsOption(QStringLiteral("targets"), tr("Poll these targets (file_sd JSON) instead of "
                                                                         "the database's."),
                                           tr("FILE"));
    const QCommandLineOption deadlineOption(QStringLiteral("deadline"),
                                            tr("How long each health request and TCP connect may take (default 2)."),
                                            tr("SECONDS"), QStringLiteral("2"));
    line.parser().addOptions({typeOption, targetsOption, deadlineOption});
    line.parser().addPositionalArgument(QStringLiteral("SERVICE"), tr("The affected service."));
    if (const std::optional<int> done = line.parse(arguments, out, 1, 1))
        return *done;
    const QString service = line.parser().positionalArguments().constFirst();
    const std::optional<qint64> deadlineMs = CtlCommandLine::secondsToMs(line.parser().value(deadlineOption), 0.01, 60);
    if (!deadlineMs)
        return line.usageError(tr("--deadline needs a number of seconds from 0.01 to 60."), out);

    const std::unique_ptr<Database> database = CtlDatabase::open(line.databasePath(), CtlDatabase::Mode::LikeConsole, out);
    if (!database)
        return Failure;
    PlaybookRepository playbookRepository(*database);
    if (const PlaybookRepository::SyncResult synced = playbookRepository.importDefaults(); !synced.ok())
        out.error(synced.error); // the stored playbooks still serve
    PlaybookRepository::ListResult listed = playbookRepository.all();
    if (!listed.ok()) {
        out.error(listed.error);
        return Failure;
    }
    QList<Playbook> playbooks = listed.playbooks;
    if (line.parser().isSet(typeOption)) {
        const QString type = line.parser().value(typeOption);
        playbooks.removeIf([&](const Playbook &playbook) { return playbook.id != type; });
        if (playbooks.isEmpty()) {
            QStringList known;
            for (const Playbook &playbook : std::as_const(listed.playbooks))
                known << playbook.id;
            return line.usageError(tr("There is no playbook \"%1\". Known types: %2.").arg(type, known.join(QStringLiteral(", "))),
                                   out);
        }
    }

    const std::optional<QList<ServiceTarget>> loaded = line.parser().isSet(targetsOption)
        ? CtlTargets::fromFile(line.parser().value(targetsOption), out)
        : CtlTargets::fromDatabase(*database, out);
    if (!loaded)
        return Failure;
    const QSet<QString> needed = servicesOf(playbooks, service);
    QList<ServiceTarget> targets;
    bool serviceKnown = false;
    for (const ServiceTarget &target : *loaded) {
        serviceKnown = serviceKnown || target.service == service;
        if (needed.contains(target.service))
            targets.append(target);
    }
    if (!serviceKnown)
        out.error(tr("No target of the service \"%1\" is known: its checks stay unanswered.").arg(service));

    DiagnosisRequest request;
    request.service = service;
    request.playbooks = playbooks;
    request.targets = targets;
    request.deadlineMs = int(*deadlineMs);
    DiagnoseSession session(targets, request);
    const Diagnosis diagnosis = session.run();

    if (line.json()) {
        out.json(diagnosis.toJson());
    } else {
        QStringList lines;
        lines << tr("Diagnosis of %1 (%n target(s) polled; checks answered in %2 ms)", nullptr, int(targets.size()))
                     .arg(service)
                     .arg(diagnosis.elapsedMs);
        int rank = 0;
        for (const CauseAssessment &cause : diagnosis.causes) {
            lines << QString();
            lines << QStringLiteral("%1. %2 (%3/%4)").arg(++rank).arg(cause.title, cause.playbookId, cause.causeId);
            lines << QStringLiteral("   ") + cause.reasoning;
            for (const CheckVerdict &check : cause.checks)
                lines << QStringLiteral("   %1 %2").arg(verdictMark(check.verdict), check.evidence);
        }
        lines << QString();
        lines << (diagnosis.anyConfirmed() ? tr("Most likely: %1.").arg(diagnosis.causes.constFirst().title)
                                           : tr("No cause is confirmed by the checks."));
        out.print(lines.join(u'\n'));
    }
    return diagnosis.anyConfirmed() ? Failure : Ok;
}

} // namespace payops
