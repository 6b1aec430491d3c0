#include "app/payopsctl/alertslistcommand.h"

#include "app/payopsctl/alertsrules.h"
#include "app/payopsctl/ctlcommandline.h"
#include "app/payopsctl/ctldatabase.h"
#include "app/payopsctl/ctloutput.h"
#include "models/alerts/alerthistorystore.h"
#include "models/alerts/alertrulejson.h"
#include "models/services/filesdformat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

namespace payops {

namespace {

QString condition(const AlertRule &rule)
{
    QString text = rule.metricName() + u' ' + AlertRule::comparisonSymbol(rule.comparison) + u' '
        + rule.thresholdText(rule.threshold);
    if (rule.forMs > 0)
        text += QStringLiteral(" for ") + FileSdFormat::formatDuration(rule.forMs);
    return text;
}

QString scopeText(const AlertRule &rule)
{
    switch (rule.scope) {
    case AlertRule::Scope::Service: return rule.service;
    case AlertRule::Scope::EachService: return AlertsListCommand::tr("each service");
    case AlertRule::Scope::Total: return AlertsListCommand::tr("total");
    }
    return {};
}

} // namespace

QStringList AlertsListCommand::words() const
{
    return {QStringLiteral("alerts"), QStringLiteral("list")};
}

QString AlertsListCommand::summary() const
{
    return tr("Lists the alert rules and the alerts that are not inactive.");
}

int AlertsListCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(QStringLiteral("payopsctl alerts list [--db PATH] [--json]"),
                        tr("Lists the alert rules (the shipped defaults are imported on first use, as the console "
                           "does) and, beside each, its alerts as the console last recorded them: pending, firing, "
                           "resolved, no data. Exit code 1 when an alert is firing."));
    line.addDatabaseOption();
    line.addJsonOption();
    if (const std::optional<int> done = line.parse(arguments, out))
        return *done;
    const std::unique_ptr<Database> database = CtlDatabase::open(line.databasePath(), CtlDatabase::Mode::LikeConsole, out);
    if (!database)
        return Failure;
    const std::optional<QList<AlertRule>> rules = AlertsRules::fromDatabase(*database, out);
    if (!rules)
        return Failure;
    QString error;
    const QList<AlertInstanceState> states = AlertHistoryStore(*database).states(&error);
    if (!error.isEmpty())
        out.error(error);
    bool firing = false;
    for (const AlertInstanceState &state : states)
        firing = firing || state.state == AlertState::Firing;

    if (line.json()) {
        QJsonArray array;
        for (const AlertRule &rule : *rules) {
            QJsonObject object = AlertRuleJson::toObject(rule);
            QJsonArray alerts;
            for (const AlertInstanceState &state : states) {
                if (state.ruleName != rule.name)
                    continue;
                alerts.append(QJsonObject{{QStringLiteral("service"), state.service},
                                          {QStringLiteral("state"), AlertStates::key(state.state)},
                                          {QStringLiteral("activeSinceMs"), double(state.activeSinceMs)},
                                          {QStringLiteral("firedAtMs"), double(state.firedAtMs)},
                                          {QStringLiteral("value"), std::isfinite(state.value) ? QJsonValue(state.value) : QJsonValue()}});
            }
            object.insert(QStringLiteral("alerts"), alerts);
            array.append(object);
        }
        out.json(QJsonObject{{QStringLiteral("rules"), array}});
        return firing ? Failure : Ok;
    }
    QStringList lines;
    lines << tr("%1 alert rules").arg(rules->size());
    for (const AlertRule &rule : *rules) {
        lines << QStringLiteral("%1  %2  %3  [%4]%5")
                     .arg(rule.name.leftJustified(26), AlertRule::severityTitle(rule.severity).leftJustified(9),
                          condition(rule), scopeText(rule), rule.enabled ? QString() : tr("  (disabled)"));
        for (const AlertInstanceState &state : states) {
            if (state.ruleName != rule.name)
                continue;
            const qint64 since = state.firedAtMs ? state.firedAtMs : state.activeSinceMs ? state.activeSinceMs : state.changedMs;
            lines << tr("    %1: %2 since %3")
                         .arg(state.service.isEmpty() ? tr("all services") : state.service, AlertStates::title(state.state),
                              QDateTime::fromMSecsSinceEpoch(since, QTimeZone::utc()).toString(Qt::ISODate));
        }
    }
    out.print(lines.join(u'\n'));
    return firing ? Failure : Ok;
}

} // namespace payops
