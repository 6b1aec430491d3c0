#include "app/payopsctl/scrapecommand.h"

#include "app/payopsctl/ctlcommandline.h"
#include "app/payopsctl/ctloutput.h"
#include "models/metrics/scrapesession.h"
#include "models/metrics/derivedmetriccatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace payops {

namespace {

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

QStringList ScrapeCommand::words() const
{
    return {QStringLiteral("scrape")};
}

QString ScrapeCommand::summary() const
{
    return tr("Scrapes one /metrics URL twice and shows the derived values and the health.");
}

int ScrapeCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(QStringLiteral("payopsctl scrape URL [--timeout SECONDS] [--interval SECONDS] "
                                       "[--health URL | --no-health] [--json]"),
                        tr("Scrapes URL (Prometheus text format) with the console's own code and shows the values "
                           "the console derives from it: transactions per second, failure ratio, response time "
                           "percentiles, CPU, memory, ...\n"
                           "Rates and percentiles need two scrapes: URL is scraped twice, --interval apart "
                           "(1 s by default), and the values are computed from those two scrapes.\n"
                           "The health document is asked too: at --health, or else at /health on the same host "
                           "and port, as the console derives it. Exit code 1 when a scrape fails or the health "
                           "is not ok."));
    line.addJsonOption();
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           tr("Deadline of each request, connect and transfer (default 3)."),
                                           tr("SECONDS"), QStringLiteral("3"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"),
                                            tr("Time between the two scrapes (default 1)."), tr("SECONDS"),
                                            QStringLiteral("1"));
    const QCommandLineOption healthOption(QStringLiteral("health"),
                                          tr("The health URL (default: /health on the metrics URL's host and port)."),
                                          tr("URL"));
    const QCommandLineOption noHealthOption(QStringLiteral("no-health"), tr("Does not ask for the health document."));
    line.parser().addOptions({timeoutOption, intervalOption, healthOption, noHealthOption});
    line.parser().addPositionalArgument(QStringLiteral("URL"), tr("The metrics URL, e.g. http://127.0.0.1:9101/metrics."));
    if (const std::optional<int> done = line.parse(arguments, out, 1, 1))
        return *done;

    const QCommandLineParser &parser = line.parser();
    ServiceTarget target;
    target.id = 1;
    target.metricsUrl = QUrl(parser.positionalArguments().constFirst(), QUrl::StrictMode);
    if (!isHttpUrl(target.metricsUrl))
        return line.usageError(tr("\"%1\" is not an http or https URL with a host.").arg(parser.positionalArguments().constFirst()), out);
    const std::optional<qint64> timeoutMs = CtlCommandLine::secondsToMs(parser.value(timeoutOption), 0.001, 600);
    if (!timeoutMs)
        return line.usageError(tr("--timeout needs a number of seconds from 0.001 to 600."), out);
    const std::optional<qint64> intervalMs = CtlCommandLine::secondsToMs(parser.value(intervalOption), 0.1, 3600);
    if (!intervalMs)
        return line.usageError(tr("--interval needs a number of seconds from 0.1 to 3600."), out);
    if (parser.isSet(healthOption) && parser.isSet(noHealthOption))
        return line.usageError(tr("--health and --no-health exclude each other."), out);
    if (parser.isSet(healthOption)) {
        target.healthUrl = QUrl(parser.value(healthOption), QUrl::StrictMode);
        if (!isHttpUrl(target.healthUrl))
            return line.usageError(tr("\"%1\" is not an http or https URL with a host.").arg(parser.value(healthOption)), out);
    } else if (!parser.isSet(noHealthOption)) {
        target.healthUrl = target.metricsUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        target.healthUrl.setPath(QStringLiteral("/health"));
    }
    target.service = target.instance();
    target.timeoutMs = int(*timeoutMs);
    target.intervalMs = int(*intervalMs);

    ScrapeSession session(target);
    const ScrapeSession::Outcome outcome = session.run();
    const QString url = target.metricsUrl.toDisplayString();
    const QList<MetricValue> values = outcome.error.isEmpty() ? ScrapeSession::valuesOf(outcome.snapshot, target.service)
                                                              : QList<MetricValue>();
    const bool healthOk = !outcome.health || (outcome.health->reachable() && outcome.health->status == QLatin1String("ok"));
    const bool healthAnswered = target.healthUrl.isEmpty() || outcome.health.has_value();
    const bool ok = outcome.error.isEmpty() && healthOk && healthAnswered;

    if (line.json()) {
        QJsonArray metrics;
        for (const MetricValue &value : values) {
            const std::optional<DerivedMetric> metric = DerivedMetricCatalog::find(value.metric);
            QJsonObject entry{{QStringLiteral("metric"), value.metric},
                              {QStringLiteral("value"), std::isfinite(value.value) ? QJsonValue(value.value) : QJsonValue()},
                              {QStringLiteral("unit"), metric ? QString::fromUtf8(metric->unitSource()) : QString()},
                              {QStringLiteral("formatted"), DerivedMetricCatalog::format(value.metric, value.value, QLocale::c())}};
            if (!value.peer.isEmpty())
                entry.insert(QStringLiteral("peer"), value.peer);
            metrics.append(entry);
        }
        QJsonObject result{{QStringLiteral("url"), url},
                           {QStringLiteral("ok"), ok},
                           {QStringLiteral("up"), outcome.error.isEmpty()},
                           {QStringLiteral("error"), outcome.error},
                           {QStringLiteral("scrapes"), outcome.scrapes},
                           {QStringLiteral("intervalSeconds"), target.intervalMs / 1000.0},
                           {QStringLiteral("durationSeconds"), outcome.durationSeconds},
                           {QStringLiteral("metrics"), metrics}};
        if (!target.healthUrl.isEmpty()) {
            QJsonObject health{{QStringLiteral("url"), target.healthUrl.toDisplayString()}};
            if (outcome.health) {
                health.insert(QStringLiteral("status"), outcome.health->status);
                health.insert(QStringLiteral("version"), outcome.health->version);
                health.insert(QStringLiteral("httpStatus"), outcome.health->httpStatus);
                health.insert(QStringLiteral("error"), outcome.health->error);
            } else {
                health.insert(QStringLiteral("error"), tr("no answer in time"));
            }
            result.insert(QStringLiteral("health"), health);
        }
        out.json(result);
    } else if (outcome.error.isEmpty()) {
        const QLocale locale;
        QStringList lines;
        lines << tr("Scraped %1 twice, %2 s apart: rates and percentiles come from these two scrapes.")
                     .arg(url, locale.toString(target.intervalMs / 1000.0, 'g', 3));
        if (outcome.health && outcome.health->reachable())
            lines << tr("Health %1: %2 (version %3)")
                         .arg(target.healthUrl.toDisplayString(), outcome.health->status,
                              outcome.health->version.isEmpty() ? tr("unknown") : outcome.health->version);
        lines << QString();
        qsizetype width = 0;
        QList<std::pair<QString, QString>> rows;
        for (const MetricValue &value : values) {
            QString title = DerivedMetricCatalog::title(value.metric);
            if (!value.peer.isEmpty())
                title = tr("%1, %2").arg(title, value.peer);
            rows.append({title, DerivedMetricCatalog::format(value.metric, value.value, locale)});
            width = std::max(width, title.size());
        }
        lines << tr("Metric").leftJustified(width + 2) + tr("Value");
        for (const auto &[title, value] : std::as_const(rows))
            lines << title.leftJustified(width + 2) + value;
        if (rows.isEmpty())
            lines << tr("(the scrapes carry none of the series the console derives values from)");
        out.print(lines.join(u'\n'));
    }

    if (!outcome.error.isEmpty())
        out.error(tr("The scrape of %1 failed: %2").arg(url, outcome.error));
    else if (!healthAnswered)
        out.error(tr("The health document at %1 did not come in time.").arg(target.healthUrl.toDisplayString()));
    else if (outcome.health && !outcome.health->reachable())
        out.error(tr("The health check at %1 failed: %2").arg(target.healthUrl.toDisplayString(), outcome.health->error));
    else if (!healthOk)
        out.error(tr("The service at %1 reports its health as \"%2\".").arg(target.healthUrl.toDisplayString(), outcome.health->status));
    return ok ? Ok : Failure;
}

} // namespace payops
