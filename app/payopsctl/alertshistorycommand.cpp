#include "app/payopsctl/alertshistorycommand.h"

#include "app/payopsctl/ctlcommandline.h"
#include "app/payopsctl/ctldatabase.h"
#include "app/payopsctl/ctloutput.h"
#include "models/alerts/alerthistorystore.h"
#include "models/services/filesdformat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

namespace payops {

QStringList AlertsHistoryCommand::words() const
{
    return {QStringLiteral("alerts"), QStringLiteral("history")};
}

QString AlertsHistoryCommand::summary() const
{
    return tr("Shows the recorded alert transitions.");
}

int AlertsHistoryCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(QStringLiteral("payopsctl alerts history [--db PATH] [--rule NAME] [--service NAME] "
                                       "[--since DURATION] [--limit N] [--json]"),
                        tr("Shows every transition the console recorded (pending, firing, resolved, no data, ...), "
                           "oldest first, with its time and value."));
    line.addDatabaseOption();
    line.addJsonOption();
    const QCommandLineOption ruleOption(QStringLiteral("rule"), tr("Only this rule."), tr("NAME"));
    const QCommandLineOption serviceOption(QStringLiteral("service"), tr("Only this service."), tr("NAME"));
    const QCommandLineOption sinceOption(QStringLiteral("since"), tr("Only the last DURATION, e.g. 1h or 30m."),
                                         tr("DURATION"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("At most N transitions, the newest (default 1000)."),
                                         tr("N"), QStringLiteral("1000"));
    line.parser().addOptions({ruleOption, serviceOption, sinceOption, limitOption});
    if (const std::optional<int> done = line.parse(arguments, out))
        return *done;
    AlertHistoryStore::HistoryQuery query;
    query.ruleName = line.parser().value(ruleOption);
    query.service = line.parser().value(serviceOption);
    bool ok = false;
    query.limit = line.parser().value(limitOption).toInt(&ok);
    if (!ok || query.limit < 1)
        return line.usageError(tr("--limit needs a whole number of at least 1."), out);
    if (line.parser().isSet(sinceOption)) {
        const std::optional<qint64> ms = FileSdFormat::parseDurationMs(line.parser().value(sinceOption));
        if (!ms)
            return line.usageError(tr("--since needs a duration such as 1h, 30m or 90s."), out);
        query.sinceMs = QDateTime::currentMSecsSinceEpoch() - *ms;
    }
    const std::unique_ptr<Database> database = CtlDatabase::open(line.databasePath(), CtlDatabase::Mode::ReadOnly, out);
    if (!database)
        return Failure;
    QString error;
    const QList<AlertTransition> events = AlertHistoryStore(*database).history(query, &error);
    if (!error.isEmpty()) {
        out.error(error);
        return Failure;
    }
    const auto iso = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs); };
    if (line.json()) {
        QJsonArray array;
        for (const AlertTransition &t : events)
            array.append(QJsonObject{{QStringLiteral("rule"), t.ruleName},
                                     {QStringLiteral("service"), t.service},
                                     {QStringLiteral("severity"), AlertRule::severityKey(t.severity)},
                                     {QStringLiteral("from"), AlertStates::key(t.from)},
                                     {QStringLiteral("to"), AlertStates::key(t.to)},
                                     {QStringLiteral("at"), iso(t.atMs)},
                                     {QStringLiteral("value"), std::isfinite(t.value) ? QJsonValue(t.value) : QJsonValue()},
                                     {QStringLiteral("threshold"), std::isfinite(t.threshold) ? QJsonValue(t.threshold) : QJsonValue()},
                                     {QStringLiteral("summary"), t.summary}});
        out.json(QJsonObject{{QStringLiteral("events"), array}});
        return Ok;
    }
    QStringList lines;
    for (const AlertTransition &t : events)
        lines << QStringLiteral("%1  %2  %3  %4 -> %5  %6")
                     .arg(iso(t.atMs), t.ruleName, t.service.isEmpty() ? tr("all services") : t.service,
                          AlertStates::title(t.from), AlertStates::title(t.to), t.summary);
    if (lines.isEmpty())
        lines << tr("No alert transitions recorded.");
    out.print(lines.join(u'\n'));
    return Ok;
}

} // namespace payops
