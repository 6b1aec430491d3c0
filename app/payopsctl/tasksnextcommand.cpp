#include "app/payopsctl/tasksnextcommand.h"

#include "app/payopsctl/ctlcommandline.h"
#include "app/payopsctl/ctloutput.h"
#include "models/tasks/cronschedule.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace payops {

QStringList TasksNextCommand::words() const
{
    return {QStringLiteral("tasks"), QStringLiteral("next")};
}

QString TasksNextCommand::summary() const
{
    return tr("Shows when a cron expression fires in a time zone.");
}

int TasksNextCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(QStringLiteral("payopsctl tasks next --cron EXPR [--tz ZONE] [--from ISO-TIME] [--count N] [--json]"),
                        tr("Prints the next fire times of a five-field cron expression (or @daily, @hourly, ...) in an "
                           "IANA time zone, in that zone's local time with its UTC offset. A time skipped by a "
                           "daylight-saving change runs once at the first minute after the gap; a repeated time runs "
                           "once, at its first occurrence."));
    line.addJsonOption();
    const QCommandLineOption cronOption(QStringLiteral("cron"), tr("The cron expression, e.g. \"30 2 * * *\"."), tr("EXPR"));
    const QCommandLineOption zoneOption(QStringLiteral("tz"), tr("The IANA time zone (default: the system's)."), tr("ZONE"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("Start after this time, ISO 8601 with an offset, e.g. 2026-03-28T12:00:00+01:00 "
                                           "(default: now)."),
                                        tr("ISO-TIME"));
    const QCommandLineOption countOption(QStringLiteral("count"), tr("How many fire times, 1 to 1000 (default 10)."), tr("N"),
                                         QStringLiteral("10"));
    line.parser().addOptions({cronOption, zoneOption, fromOption, countOption});
    if (const std::optional<int> done = line.parse(arguments, out))
        return *done;
    if (!line.parser().isSet(cronOption))
        return line.usageError(tr("--cron is required."), out);
    bool ok = false;
    const int count = line.parser().value(countOption).toInt(&ok);
    if (!ok || count < 1 || count > 1000)
        return line.usageError(tr("--count needs a whole number from 1 to 1000."), out);
    qint64 fromMs = QDateTime::currentMSecsSinceEpoch();
    if (line.parser().isSet(fromOption)) {
        const QString text = line.parser().value(fromOption);
        const QDateTime from = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!from.isValid())
            return line.usageError(tr("--from \"%1\" is not an ISO 8601 time such as 2026-03-28T12:00:00+01:00.").arg(text), out);
        fromMs = from.toMSecsSinceEpoch();
    }
    const QString zone = line.parser().isSet(zoneOption) ? line.parser().value(zoneOption)
                                                         : QString::fromUtf8(QTimeZone::systemTimeZoneId());
    const CronSchedule::Result created = CronSchedule::create(line.parser().value(cronOption), zone);
    if (!created.schedule)
        return line.usageError(created.error, out);
    const QList<qint64> times = created.schedule->nextTimes(fromMs, count);
    const QTimeZone &tz = created.schedule->zone();
    const auto local = [&tz](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, tz).toString(Qt::ISODate); };
    if (line.json()) {
        QJsonArray array;
        for (const qint64 ms : times)
            array.append(QJsonObject{{QStringLiteral("local"), local(ms)},
                                     {QStringLiteral("utc"), QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate)}});
        out.json(QJsonObject{{QStringLiteral("cron"), created.schedule->expression().text()},
                             {QStringLiteral("tz"), QString::fromUtf8(tz.id())},
                             {QStringLiteral("times"), array}});
        return Ok;
    }
    QStringList lines;
    for (const qint64 ms : times)
        lines << local(ms);
    if (lines.isEmpty())
        lines << tr("The expression does not fire in the next ten years.");
    out.print(lines.join(u'\n'));
    return Ok;
}

} // namespace payops
