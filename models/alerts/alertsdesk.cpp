#include "models/alerts/alertsdesk.h"

#include "models/alerts/alertrulejson.h"
#include "models/alerts/alertrulerepository.h"
#include "models/alerts/alertworker.h"
#include "models/core/jobpool.h"
#include "models/metrics/derivedmetriccatalog.h"
#include "models/metrics/historysource.h"
#include "models/storage/databasewriter.h"

#include <QFile>
#include <algorithm>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QtConcurrent>

namespace payops {

namespace {

// One rule write and the list after it, as one writer job.
struct RuleJobResult
{
    QString error; // the write failed: nothing changed
    AlertRuleRepository::Listing listing;
};

} // namespace

AlertsDesk::AlertsDesk(Database &database, DatabaseWriter &writer, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_writer(writer)
{
}

void AlertsDesk::attachWorker(AlertWorker *worker)
{
    m_worker = worker;
    // Queued: the worker lives on its own thread; these arrive on ours.
    connect(worker, &AlertWorker::alertsChanged, this, [this](const QList<ActiveAlert> &alerts) {
        m_alerts = alerts;
        Q_EMIT alertsChanged(alerts);
    });
    connect(worker, &AlertWorker::silencesChanged, this, [this](const QList<AlertSilence> &silences) {
        m_silences = silences;
        Q_EMIT silencesChanged(silences);
    });
    connect(worker, &AlertWorker::windowsChanged, this, [this](const QList<MaintenanceWindow> &windows) {
        m_windows = windows;
        Q_EMIT windowsChanged(windows);
    });
    connect(worker, &AlertWorker::notify, this, &AlertsDesk::notify);
}

namespace {

QString notRunning()
{
    return AlertsDesk::tr("Alerting has not started yet (it starts once the database has been checked); try again in "
                          "a moment.");
}

} // namespace

void AlertsDesk::acknowledge(const QString &ruleName, const QString &service, const QString &comment)
{
    if (!m_worker)
        return Q_EMIT problem(notRunning());
    QMetaObject::invokeMethod(m_worker, [worker = m_worker.data(), ruleName, service, comment] {
        worker->acknowledge(ruleName, service, comment);
    });
}

void AlertsDesk::addSilence(const AlertSilence &silence)
{
    if (!m_worker)
        return Q_EMIT problem(notRunning());
    QMetaObject::invokeMethod(m_worker, [worker = m_worker.data(), silence] { worker->addSilence(silence); });
}

void AlertsDesk::expireSilence(qint64 id)
{
    if (!m_worker)
        return Q_EMIT problem(notRunning());
    QMetaObject::invokeMethod(m_worker, [worker = m_worker.data(), id] { worker->expireSilence(id); });
}

void AlertsDesk::addWindow(const MaintenanceWindow &window)
{
    if (!m_worker)
        return Q_EMIT problem(notRunning());
    QMetaObject::invokeMethod(m_worker, [worker = m_worker.data(), window] { worker->addWindow(window); });
}

void AlertsDesk::removeWindow(qint64 id)
{
    if (!m_worker)
        return Q_EMIT problem(notRunning());
    QMetaObject::invokeMethod(m_worker, [worker = m_worker.data(), id] { worker->removeWindow(id); });
}

void AlertsDesk::loadRules()
{
    runRuleJob({}, {});
}

void AlertsDesk::saveRule(const AlertRule &rule)
{
    const QStringList problems = rule.validate();
    if (!problems.isEmpty())
        return Q_EMIT problem(tr("The rule %1 was not saved: %2").arg(rule.name, problems.join(QStringLiteral("; "))));
    runRuleJob(
        [rule](Database &database) {
            AlertRule stored = rule; // save() sets the id
            return AlertRuleRepository(database).save(stored).value_or(QString());
        },
        tr("Rule %1 saved").arg(rule.name));
}

void AlertsDesk::removeRule(const QString &name)
{
    runRuleJob([name](Database &database) { return AlertRuleRepository(database).remove(name).value_or(QString()); },
               tr("Rule %1 removed").arg(name));
}

void AlertsDesk::restoreRules(const QList<AlertRule> &rules)
{
    runRuleJob(
        [rules](Database &database) {
            AlertRuleRepository repository(database);
            // Exactly as they were: ids included, so an undone removal comes back in its place.
            const AlertRuleRepository::Listing now = repository.list();
            if (!now.ok())
                return now.error;
            for (const AlertRule &current : now.rules) {
                const bool kept = std::any_of(rules.cbegin(), rules.cend(),
                                              [&](const AlertRule &r) { return r.name == current.name; });
                if (!kept) {
                    if (const std::optional<QString> error = repository.remove(current.name))
                        return *error;
                }
            }
            const AlertRuleRepository::ImportResult result = repository.importRules(rules);
            return result.error;
        },
        tr("Rules restored"));
}

void AlertsDesk::importRules(const QString &path)
{
    runRuleJob(
        [path](Database &database) {
            const AlertRuleJson::Result parsed = AlertRuleJson::load(path);
            if (!parsed.ok()) // all or nothing: a file with a typo imports nothing and says where
                return tr("The rules in %1 were not imported: %2").arg(path, parsed.errors.join(QStringLiteral("; ")));
            const AlertRuleRepository::ImportResult result = AlertRuleRepository(database).importRules(parsed.rules);
            return result.ok() ? QString() : tr("The rules in %1 were not imported: %2").arg(path, result.error);
        },
        tr("Rules imported from %1").arg(path));
}

void AlertsDesk::exportRules(const QString &path, const QList<AlertRule> &rules)
{
    // A file write: on the writer thread as well, not here.
    m_writer.submit(
        this,
        [path, rules](QSqlDatabase &) -> QString {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(AlertRuleJson::toJson(rules)) < 0 || !file.commit())
                return tr("The rules were not written to %1: %2").arg(path, file.errorString());
            return {};
        },
        [this, path, count = rules.size()](const QString &error) {
            if (!error.isEmpty())
                Q_EMIT problem(error);
            else
                Q_EMIT message(tr("%n rule(s) written to %1", nullptr, int(count)).arg(path));
        });
}

void AlertsDesk::loadHistory(const AlertHistoryStore::HistoryQuery &query)
{
    Database &database = m_database;
    m_writer.submit(
        this,
        [&database, query](QSqlDatabase &) {
            QString error;
            QList<AlertTransition> history = AlertHistoryStore(database).history(query, &error);
            return std::make_pair(history, error);
        },
        [this](const std::pair<QList<AlertTransition>, QString> &result) {
            if (!result.second.isEmpty())
                Q_EMIT problem(result.second);
            Q_EMIT historyLoaded(result.first);
        });
}

void AlertsDesk::runRuleJob(std::function<QString(Database &)> write, QString doneMessage)
{
    Database &database = m_database;
    m_writer.submit(
        this,
        [&database, write = std::move(write)](QSqlDatabase &) {
            RuleJobResult result;
            if (write)
                result.error = write(database);
            result.listing = AlertRuleRepository(database).list();
            return result;
        },
        [this, doneMessage](const RuleJobResult &result) {
            if (!result.error.isEmpty())
                Q_EMIT problem(result.error);
            if (!result.listing.ok()) {
                Q_EMIT problem(result.listing.error);
                return;
            }
            for (const QString &damaged : result.listing.problems)
                Q_EMIT problem(damaged);
            publishRules(result.listing.rules);
            if (result.error.isEmpty() && !doneMessage.isEmpty())
                Q_EMIT message(doneMessage);
        });
}

void AlertsDesk::setHistorySource(HistorySource *source)
{
    if (m_historySource)
        disconnect(m_historySource, nullptr, this, nullptr);
    m_historySource = source;
    if (source)
        connect(source, &HistorySource::loaded, this, &AlertsDesk::onHistoryLoaded);
}

void AlertsDesk::setServices(const QStringList &services)
{
    m_services = services;
}

void AlertsDesk::previewRule(const AlertRule &rule, qint64 nowMs, qint64 spanMs)
{
    ++m_previewRequest;
    m_previewRule = rule;
    m_previewFrom = nowMs - spanMs;
    m_previewTo = nowMs;
    if (const QStringList problems = rule.validate(); !problems.isEmpty()) {
        AlertRulePreview::Result result;
        result.error = AlertRulePreview::tr("The rule cannot be tried: %1").arg(problems.join(QStringLiteral("; ")));
        return Q_EMIT previewReady(result);
    }
    if (!m_historySource) {
        AlertRulePreview::Result result;
        result.error = tr("No history to try the rule on yet (the history opens once the database has been checked).");
        return Q_EMIT previewReady(result);
    }
    HistoryQuery query;
    query.fromMs = m_previewFrom;
    query.toMs = m_previewTo;
    query.resolution = HistoryRead::Resolution::Raw;
    switch (rule.scope) {
    case AlertRule::Scope::Service: query.series.append(SeriesKey(rule.metric, rule.service)); break;
    case AlertRule::Scope::Total: query.series.append(SeriesKey(rule.metric)); break;
    case AlertRule::Scope::EachService:
        for (const QString &service : m_services)
            query.series.append(SeriesKey(rule.metric, service));
        break;
    }
    QMetaObject::invokeMethod(m_historySource, [source = m_historySource.data(), id = m_previewRequest, query] {
        source->load(id, query);
    });
}

void AlertsDesk::onHistoryLoaded(quint64 requestId, const QList<SeriesKey> &series, const QList<HistoryRead> &reads)
{
    if (requestId != m_previewRequest) // the dashboard's, or a preview superseded since
        return;
    QHash<QString, QList<SeriesPoint>> values;
    QStringList errors;
    for (qsizetype i = 0; i < series.size() && i < reads.size(); ++i) {
        if (reads[i].error)
            errors.append(*reads[i].error);
        else
            values.insert(series[i].service, reads[i].points);
    }
    auto *watcher = new QFutureWatcher<AlertRulePreview::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, requestId, errors] {
        watcher->deleteLater();
        if (requestId != m_previewRequest)
            return;
        AlertRulePreview::Result result = watcher->result();
        if (result.samples == 0 && !errors.isEmpty())
            result.error = tr("The history could not be read: %1").arg(errors.join(QStringLiteral("; ")));
        Q_EMIT previewReady(result);
    });
    watcher->setFuture(QtConcurrent::run(jobPool(), [rule = m_previewRule, values, from = m_previewFrom, to = m_previewTo] {
        return AlertRulePreview::run(rule, values, from, to);
    }));
}

void AlertsDesk::publishRules(const QList<AlertRule> &rules)
{
    const bool changed = rules != m_rules;
    m_rules = rules;
    if (changed && m_worker) // the worker evaluates what is stored, as stored
        QMetaObject::invokeMethod(m_worker, [worker = m_worker.data(), rules] { worker->setRules(rules); });
    Q_EMIT rulesLoaded(rules);
}

} // namespace payops
