#include "app/payopsctl/alertscheckcommand.h"

#include "app/payopsctl/alertchecksession.h"
#include "app/payopsctl/alertsrules.h"
#include "app/payopsctl/ctlcommandline.h"
#include "app/payopsctl/ctldatabase.h"
#include "app/payopsctl/ctloutput.h"
#include "app/payopsctl/ctltargets.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

namespace payops {

QStringList AlertsCheckCommand::words() const
{
    return {QStringLiteral("alerts"), QStringLiteral("check")};
}

QString AlertsCheckCommand::summary() const
{
    return tr("Polls the targets for a while, evaluates the alert rules and prints the transitions.");
}

int AlertsCheckCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(QStringLiteral("payopsctl alerts check --for SECONDS [--db PATH] [--targets FILE] [--rules FILE]"),
                        tr("Polls the targets headless for SECONDS with the console's own scrape code, evaluates the "
                           "alert rules on every snapshot (one a second) and prints each transition as one JSON line "
                           "as it happens. Targets and rules come from the database (as the console's), or from "
                           "--targets (Prometheus file_sd JSON) and --rules (the console's rule JSON). Nothing is "
                           "recorded. Exit code 1 when any alert fired."));
    line.addDatabaseOption();
    const QCommandLineOption forOption(QStringLiteral("for"), tr("How long to poll."), tr("SECONDS"));
    const QCommandLineOption targetsOption(QStringLiteral("targets"), tr("Poll these targets (file_sd JSON)."), tr("FILE"));
    const QCommandLineOption rulesOption(QStringLiteral("rules"), tr("Evaluate these rules (JSON)."), tr("FILE"));
    line.parser().addOptions({forOption, targetsOption, rulesOption});
    if (const std::optional<int> done = line.parse(arguments, out))
        return *done;
    bool ok = false;
    const double seconds = line.parser().value(forOption).toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < 1 || seconds > 86400)
        return line.usageError(tr("--for needs a number of seconds from 1 to 86400."), out);

    const bool needDatabase = !line.parser().isSet(targetsOption) || !line.parser().isSet(rulesOption);
    std::unique_ptr<Database> database;
    if (needDatabase) {
        database = CtlDatabase::open(line.databasePath(), CtlDatabase::Mode::LikeConsole, out);
        if (!database)
            return Failure;
    }
    const std::optional<QList<ServiceTarget>> loaded = line.parser().isSet(targetsOption)
        ? CtlTargets::fromFile(line.parser().value(targetsOption), out)
        : CtlTargets::fromDatabase(*database, out);
    if (!loaded)
        return Failure;
    const QList<ServiceTarget> &targets = *loaded;
    if (targets.isEmpty()) {
        out.error(tr("There are no targets to poll."));
        return Failure;
    }
    const std::optional<QList<AlertRule>> rules = line.parser().isSet(rulesOption)
        ? AlertsRules::fromFile(line.parser().value(rulesOption), out)
        : AlertsRules::fromDatabase(*database, out);
    if (!rules)
        return Failure;

    const auto print = [&out](const AlertTransition &t) {
        QJsonObject object{{QStringLiteral("at"),
                            QDateTime::fromMSecsSinceEpoch(t.atMs, QTimeZone::utc()).toString(Qt::ISODateWithMs)},
                           {QStringLiteral("rule"), t.ruleName},
                           {QStringLiteral("service"), t.service},
                           {QStringLiteral("severity"), AlertRule::severityKey(t.severity)},
                           {QStringLiteral("from"), AlertStates::key(t.from)},
                           {QStringLiteral("to"), AlertStates::key(t.to)},
                           {QStringLiteral("value"), std::isfinite(t.value) ? QJsonValue(t.value) : QJsonValue()},
                           {QStringLiteral("threshold"), t.threshold},
                           {QStringLiteral("summary"), t.summary}};
        out.raw(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    };
    AlertCheckSession session(targets, *rules, print);
    const int fired = session.run(qint64(seconds * 1000));
    out.error(tr("%1 targets polled for %2 s, %3 snapshots, %4 alert rules: %5 alerts fired.")
                  .arg(targets.size())
                  .arg(seconds)
                  .arg(session.snapshots())
                  .arg(rules->size())
                  .arg(fired));
    return fired > 0 ? Failure : Ok;
}

} // namespace payops
