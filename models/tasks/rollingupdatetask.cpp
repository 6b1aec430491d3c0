#include "models/tasks/rollingupdatetask.h"

#include "models/alerts/alertrulerepository.h"
#include "models/consoleschema.h"
#include "models/core/commandrunner.h"
#include "models/metrics/derivedmetriccatalog.h"
#include "models/metrics/healthrequest.h"
#include "models/metrics/scrapesession.h"
#include "models/services/targetrepository.h"
#include "models/storage/database.h"
#include "models/tasks/commandtask.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

constexpr int kHealthPollMs = 500;      // while waiting for an instance to come back
constexpr int kSettleHealthPollMs = 1000; // while it settles
constexpr qsizetype kOutputCap = 64 * 1024;

// Sleeps on a local event loop (the caller's thread keeps serving its timers and replies).
void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Up means answering with any status but "down": "degraded" says a dependency is slow, and the
// metrics check against the rules judges that.
bool isUp(const HealthStatus &status)
{
    return status.reachable() && status.status.trimmed().compare(u"down"_s, Qt::CaseInsensitive) != 0;
}

QString healthText(const HealthStatus &status)
{
    if (!status.reachable())
        return status.error;
    QStringList down;
    for (const HealthCheck &check : status.checks) {
        if (check.status.compare(u"ok"_s, Qt::CaseInsensitive) != 0)
            down << u"%1 %2"_s.arg(check.name, check.status);
    }
    return down.isEmpty() ? status.status : u"%1 (%2)"_s.arg(status.status, down.join(u", "_s));
}

// One /health GET of `instance`, waited for (HealthRequest's deadline plus a guard).
HealthStatus askHealth(QNetworkAccessManager &network, const ServiceTarget &instance)
{
    QEventLoop loop;
    QNetworkReply *reply = HealthRequest::send(network, instance.healthUrl, instance.timeoutMs, &loop);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, reply, &QNetworkReply::abort);
    guard.start(instance.timeoutMs + 500);
    if (!reply->isFinished())
        loop.exec();
    const HealthStatus status = HealthRequest::read(*reply, instance.service, instance.timeoutMs);
    delete reply;
    return status;
}

CommandResult runCommand(const CommandSpec &spec)
{
    CommandRunner runner;
    QEventLoop loop;
    CommandResult result;
    QObject::connect(&runner, &CommandRunner::finished, &loop, [&](const CommandResult &done) {
        result = done;
        loop.quit();
    });
    if (!runner.start(spec))
        return result; // Outcome::FailedToStart
    loop.exec();
    return result;
}

QString addresses(const QList<ServiceTarget> &instances, qsizetype from, qsizetype to)
{
    QStringList list;
    for (qsizetype i = from; i < to; ++i)
        list << instances.at(i).instance();
    return list.join(u", "_s);
}

// The run's log: one line per step, with the time.
class Log final
{
public:
    void line(const QString &text)
    {
        m_text += QDateTime::currentDateTimeUtc().toString(u"HH:mm:ss"_s) + u"  "_s + text + u'\n';
    }
    [[nodiscard]] QString text() const
    {
        return m_text.size() > kOutputCap ? m_text.left(kOutputCap) : m_text;
    }

private:
    QString m_text;
};

} // namespace

std::variant<RollingUpdateTask::Settings, QStringList> RollingUpdateTask::settings(const QJsonObject &json)
{
    QStringList problems;
    Settings settings;
    settings.service = json.value(u"service"_s).toString().trimmed();
    if (settings.service.isEmpty())
        problems << tr("a rolling update needs the service whose instances it updates (setting \"service\")");
    settings.program = json.value(u"program"_s).toString().trimmed();
    if (settings.program.isEmpty())
        problems << tr("a rolling update needs the update command's program (setting \"program\")");
    const QJsonValue arguments = json.value(u"arguments"_s);
    if (!arguments.isUndefined() && !arguments.isArray())
        problems << tr("the update command's arguments must be a list of texts");
    for (const QJsonValue &argument : arguments.toArray()) {
        if (!argument.isString()) {
            problems << tr("every argument of the update command must be text");
            break;
        }
        settings.arguments << argument.toString();
    }
    settings.workingDirectory = json.value(u"workingDirectory"_s).toString();
    const QJsonObject environment = json.value(u"environment"_s).toObject();
    for (auto it = environment.constBegin(); it != environment.constEnd(); ++it)
        settings.environment.insert(it.key(), it.value().toString());

    const auto seconds = [&](const QString &key, int fallback, int max, const QString &what) {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            return fallback;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 1 || number > max || number != std::floor(number)) {
            problems << tr("%1 must be a whole number of seconds from 1 to %2").arg(what).arg(max);
            return fallback;
        }
        return int(number);
    };
    settings.settleSeconds = seconds(u"settleSeconds"_s, 30, 3600, tr("the settle time"));
    settings.healthTimeoutSeconds = seconds(u"healthTimeoutSeconds"_s, 60, 3600, tr("the health timeout"));
    settings.commandTimeoutSeconds = seconds(u"commandTimeoutSeconds"_s, 300, 86400, tr("the command timeout"));

    const QString severity = json.value(u"minSeverity"_s).toString(u"warning"_s);
    if (const std::optional<AlertRule::Severity> parsed = AlertRule::severityFromKey(severity))
        settings.minSeverity = *parsed;
    else
        problems << tr("the lowest rule severity must be \"warning\" or \"critical\", not \"%1\"").arg(severity);
    const QJsonValue dryRun = json.value(u"dryRun"_s);
    if (!dryRun.isUndefined() && !dryRun.isBool())
        problems << tr("\"dryRun\" must be true or false");
    settings.dryRun = dryRun.toBool(false);
    if (!problems.isEmpty())
        return problems;
    return settings;
}

QStringList RollingUpdateTask::validate(const QJsonObject &json)
{
    const std::variant<Settings, QStringList> parsed = settings(json);
    if (const QStringList *problems = std::get_if<QStringList>(&parsed))
        return *problems;
    return {};
}

QHash<QString, QString> RollingUpdateTask::placeholders(const TaskDefinition &task, const TaskRun &run, qint64 nowMs,
                                                        const ServiceTarget &instance, int index)
{
    QHash<QString, QString> values = CommandTask::placeholders(task, run, nowMs);
    values.insert(u"service"_s, instance.service);
    values.insert(u"instance"_s, instance.instance());
    values.insert(u"host"_s, instance.metricsUrl.host());
    values.insert(u"port"_s, QString::number(instance.metricsUrl.port(instance.metricsUrl.scheme() == u"https"_s ? 443 : 80)));
    values.insert(u"url"_s, instance.metricsUrl.toString());
    values.insert(u"health_url"_s, instance.healthUrl.toString());
    values.insert(u"index"_s, QString::number(index));
    values.insert(u"number"_s, QString::number(index + 1));
    // The target's own labels (file_sd's), for what differs per instance: a pod, a unit name.
    static const QRegularExpression usable(u"^[a-z_][a-z0-9_]*$"_s);
    for (auto it = instance.labels.constBegin(); it != instance.labels.constEnd(); ++it) {
        if (usable.match(it.key()).hasMatch())
            values.insert(u"label_"_s + it.key(), it.value());
    }
    return values;
}

QList<AlertRule> RollingUpdateTask::rulesFor(const QList<AlertRule> &rules, const QString &service,
                                             AlertRule::Severity minSeverity)
{
    QList<AlertRule> result;
    for (const AlertRule &rule : rules) {
        if (!rule.enabled || int(rule.severity) < int(minSeverity))
            continue;
        if (rule.scope == AlertRule::Scope::EachService
            || (rule.scope == AlertRule::Scope::Service && rule.service == service))
            result << rule;
    }
    return result;
}

TaskOutcome RollingUpdateTask::run(const TaskDefinition &task, const TaskRun &run, const QString &databasePath, qint64 nowMs)
{
    TaskOutcome outcome;
    const std::variant<Settings, QStringList> parsed = settings(task.settings);
    if (const QStringList *problems = std::get_if<QStringList>(&parsed)) {
        outcome.summary = tr("Not run: %1.").arg(problems->join(u"; "_s));
        return outcome;
    }
    const Settings &settings = std::get<Settings>(parsed);

    // The instances and rules as the file has them now, on a read-only connection of this thread.
    QList<ServiceTarget> instances;
    QList<AlertRule> rules;
    {
        DatabaseOptions options = ConsoleSchema::databaseOptions();
        options.readOnly = true;
        options.quickCheck = false;
        Database database(options);
        if (const std::optional<DatabaseError> error = database.open(databasePath)) {
            outcome.summary = tr("Not run: the console's database could not be read: %1").arg(error->message);
            return outcome;
        }
        const TargetRepository::Listing listing = TargetRepository(database).list();
        if (!listing.ok()) {
            outcome.summary = tr("Not run: %1").arg(listing.error);
            return outcome;
        }
        for (const ServiceTarget &target : listing.targets) {
            if (target.service == settings.service)
                instances << target;
        }
        std::sort(instances.begin(), instances.end(),
                  [](const ServiceTarget &a, const ServiceTarget &b) { return a.id < b.id; });
        const AlertRuleRepository::Listing stored = AlertRuleRepository(database).list();
        if (!stored.ok()) {
            outcome.summary = tr("Not run: %1").arg(stored.error);
            return outcome;
        }
        rules = rulesFor(stored.rules, settings.service, settings.minSeverity);
    }
    if (instances.isEmpty()) {
        outcome.summary = tr("Not run: the service %1 has no instances (add them as its scrape targets).").arg(settings.service);
        return outcome;
    }
    for (const ServiceTarget &instance : std::as_const(instances)) {
        if (instance.healthUrl.isEmpty()) {
            outcome.summary = tr("Not run: the instance %1 of %2 has no health URL, and a rolling update waits for it.")
                                  .arg(instance.instance(), settings.service);
            return outcome;
        }
    }

    // The commands, all built before anything runs: a refused placeholder stops the run untouched.
    QList<CommandSpec> commands;
    for (qsizetype i = 0; i < instances.size(); ++i) {
        const std::variant<QStringList, QString> substituted =
            CommandTemplate::substitute(settings.arguments, placeholders(task, run, nowMs, instances.at(i), int(i)));
        if (const QString *refusal = std::get_if<QString>(&substituted)) {
            outcome.summary = tr("Not run: for the instance %1: %2").arg(instances.at(i).instance(), *refusal);
            return outcome;
        }
        CommandSpec spec;
        spec.program = settings.program;
        spec.arguments = std::get<QStringList>(substituted);
        spec.workingDirectory = settings.workingDirectory;
        spec.environment = settings.environment;
        spec.timeout = std::chrono::milliseconds(qint64(settings.commandTimeoutSeconds) * 1000);
        spec.outputCap = kOutputCap;
        commands << spec;
    }

    QStringList ruleNames;
    for (const AlertRule &rule : std::as_const(rules))
        ruleNames << u"%1 (%2 %3 %4)"_s.arg(rule.name, rule.metricName(), AlertRule::comparisonSymbol(rule.comparison),
                                            rule.thresholdText(rule.threshold));
    Log log;
    log.line(tr("Rolling update of %1: %n instance(s), one at a time.", nullptr, int(instances.size())).arg(settings.service));
    for (qsizetype i = 0; i < instances.size(); ++i) {
        log.line(tr("%1. %2: check /health, run %3, wait up to %4 s for /health, settle %5 s.")
                     .arg(i + 1)
                     .arg(instances.at(i).instance(),
                          (QStringList{commands.at(i).program} + commands.at(i).arguments).join(u' '))
                     .arg(settings.healthTimeoutSeconds)
                     .arg(settings.settleSeconds));
    }
    log.line(ruleNames.isEmpty() ? tr("No alert rule applies to %1: the settle check is /health only.").arg(settings.service)
                                 : tr("Metrics must stay inside: %1.").arg(ruleNames.join(u"; "_s)));
    if (settings.dryRun) {
        outcome.succeeded = true;
        outcome.summary = tr("Dry run: %n instance(s) of %1 would be updated one at a time; nothing was run.", nullptr,
                             int(instances.size()))
                              .arg(settings.service);
        outcome.output = log.text();
        return outcome;
    }

    QNetworkAccessManager network;
    QElapsedTimer elapsed;
    elapsed.start();
    // Ends the run at the instance that failed: the ones after it are left as they are.
    const auto stop = [&](qsizetype index, const QString &why) {
        const ServiceTarget &instance = instances.at(index);
        log.line(tr("Stopped at %1: %2").arg(instance.instance(), why));
        outcome.succeeded = false;
        outcome.summary = tr("Stopped at instance %1 of %2 (%3): %4. Updated before it: %5. Left untouched: %6.")
                              .arg(index + 1)
                              .arg(instances.size())
                              .arg(instance.instance(), why,
                                   index == 0 ? tr("none") : addresses(instances, 0, index),
                                   index + 1 == instances.size() ? tr("none") : addresses(instances, index + 1, instances.size()));
        outcome.output = log.text();
        return outcome;
    };

    for (qsizetype i = 0; i < instances.size(); ++i) {
        const ServiceTarget &instance = instances.at(i);
        if (elapsed.elapsed() > qint64(task.timeoutSeconds) * 1000)
            return stop(i, tr("the task's time limit of %1 s has passed; not started").arg(task.timeoutSeconds));

        const HealthStatus before = askHealth(network, instance);
        if (!isUp(before))
            return stop(i, tr("it was not healthy before the update (%1), so it was not touched").arg(healthText(before)));
        log.line(tr("%1 is up (%2); running the update command.").arg(instance.instance(), healthText(before)));

        const CommandResult result = runCommand(commands.at(i));
        if (!result.standardOutput.isEmpty())
            log.line(QString::fromUtf8(result.standardOutput).trimmed());
        if (!result.standardError.isEmpty())
            log.line(QString::fromUtf8(result.standardError).trimmed());
        if (!result.succeeded())
            return stop(i, tr("the update command failed: %1").arg(result.describe()));
        log.line(tr("The update command ended: %1").arg(result.describe()));

        // Back up within the health timeout: polled, each request with the instance's deadline.
        QElapsedTimer waiting;
        waiting.start();
        HealthStatus after = askHealth(network, instance);
        while (!isUp(after) && waiting.elapsed() < qint64(settings.healthTimeoutSeconds) * 1000) {
            waitMs(kHealthPollMs);
            after = askHealth(network, instance);
        }
        if (!isUp(after))
            return stop(i, tr("it did not come back healthy within %1 s (last answer: %2)")
                               .arg(settings.healthTimeoutSeconds)
                               .arg(healthText(after)));
        log.line(tr("%1 is back up after %2 s; settling for %3 s.")
                     .arg(instance.instance(), QLocale().toString(double(waiting.elapsed()) / 1000.0, 'f', 1))
                     .arg(settings.settleSeconds));

        // Settle: two scrapes a settle time apart (rates over the whole of it) while /health is
        // asked every second on this thread; the scrape session's loop serves these too.
        ServiceTarget settling = instance;
        settling.intervalMs = settings.settleSeconds * 1000;
        QString healthProblem;
        QPointer<QNetworkReply> inFlight;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &network, [&] {
            if (inFlight || !healthProblem.isEmpty())
                return;
            inFlight = HealthRequest::send(network, instance.healthUrl, instance.timeoutMs, &network);
            QObject::connect(inFlight, &QNetworkReply::finished, &network, [&, reply = inFlight.data()] {
                const HealthStatus status = HealthRequest::read(*reply, instance.service, instance.timeoutMs);
                if (!isUp(status) && healthProblem.isEmpty())
                    healthProblem = healthText(status);
                reply->deleteLater();
            });
        });
        poll.start(kSettleHealthPollMs);
        ScrapeSession session(settling);
        const ScrapeSession::Outcome scraped = session.run();
        poll.stop();
        if (inFlight) {
            inFlight->disconnect(&network);
            inFlight->abort();
            inFlight->deleteLater();
        }
        if (!healthProblem.isEmpty())
            return stop(i, tr("its /health went down while it settled (%1)").arg(healthProblem));
        if (!scraped.error.isEmpty())
            return stop(i, tr("its metrics could not be scraped while it settled: %1").arg(scraped.error));
        // The rules' thresholds against the instance's values over the settle time. A rule's "for"
        // is not waited for: the settle time is how long the values must stay quiet.
        QStringList breaches;
        for (const AlertRule &rule : std::as_const(rules)) {
            const std::optional<double> value = scraped.snapshot.value(rule.metricName(), instance.service);
            if (!value)
                continue; // not measured for this service (e.g. host memory without node_exporter)
            if (rule.breaches(*value))
                breaches << tr("%1 is %2, outside %3 (%4 %5)")
                                .arg(rule.metricName(), DerivedMetricCatalog::format(rule.metricName(), *value), rule.name,
                                     AlertRule::comparisonSymbol(rule.comparison), rule.thresholdText(rule.threshold));
        }
        if (!breaches.isEmpty())
            return stop(i, tr("its metrics left the normal range while it settled: %1").arg(breaches.join(u"; "_s)));
        log.line(tr("%1 settled: /health stayed up and the metrics stayed inside the rules.").arg(instance.instance()));
    }

    outcome.succeeded = true;
    outcome.summary = tr("Updated %n instance(s) of %1 one at a time; each came back healthy and settled for %2 s.",
                         nullptr, int(instances.size()))
                          .arg(settings.service)
                          .arg(settings.settleSeconds);
    outcome.output = log.text();
    return outcome;
}

} // namespace payops
