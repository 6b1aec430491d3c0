#include "models/alerts/alertworker.h"

#include "models/alerts/alertrulerepository.h"
#include "models/alerts/alertslog.h"
#include "models/security/osidentity.h"

#include <QDateTime>

namespace payops {

AlertWorker::AlertWorker(Database &database, Clock clock, AlertEvaluator::Options options, QString user, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_user(user.isEmpty() ? OsIdentity::current().user : std::move(user))
    , m_evaluator(options)
    , m_history(database)
    , m_silences(database)
{
}

void AlertWorker::start()
{
    AlertRuleRepository rules(m_database);
    const AlertRuleRepository::Listing listing = rules.list();
    if (!listing.ok())
        Q_EMIT problem(listing.error);
    for (const QString &damaged : listing.problems)
        Q_EMIT problem(damaged);
    m_evaluator.setRules(listing.rules);
    QString error;
    m_evaluator.restore(m_history.states(&error));
    if (!error.isEmpty())
        Q_EMIT problem(error);
    error.clear();
    m_acks = m_history.acknowledgements(&error);
    if (!error.isEmpty())
        Q_EMIT problem(error);
    error.clear();
    // Firings already notified before a restart are not notified again.
    m_policy.restoreNotified(m_history.notifiedFiring(&error));
    if (!error.isEmpty())
        Q_EMIT problem(error);
    reloadSilences();
    reloadWindows();
    publishAlerts();
}

void AlertWorker::setRules(const QList<AlertRule> &rules)
{
    m_evaluator.setRules(rules);
    publishAlerts();
}

void AlertWorker::setConsoleValues(const QList<MetricValue> &values)
{
    m_consoleValues = values;
}

void AlertWorker::evaluate(const MetricsSnapshot &snapshot)
{
    // The services' values and the console's own (a copy only when there are any).
    const AlertEvaluator::Cycle cycle = m_consoleValues.isEmpty() ? m_evaluator.evaluate(snapshot) : [&] {
        MetricsSnapshot withConsole = snapshot;
        withConsole.values += m_consoleValues;
        return m_evaluator.evaluate(withConsole);
    }();
    if (!cycle.transitions.isEmpty()) {
        if (const std::optional<QString> error = m_history.record(cycle.transitions))
            Q_EMIT problem(*error);
        for (const AlertTransition &t : cycle.transitions) {
            if (t.to == AlertState::Resolved || t.to == AlertState::Inactive) {
                for (auto it = m_acks.begin(); it != m_acks.end();)
                    it = it.key().startsWith(NotificationPolicy::key(t.ruleName, t.service) + u'\x1f') ? m_acks.erase(it) : ++it;
            }
        }
        Q_EMIT transitioned(cycle.transitions);
    }
    for (const auto &[rule, service] : cycle.flappingChanged)
        Q_EMIT flappingChanged(rule, service, m_evaluator.isFlapping(rule, service));

    const QList<AlertInstanceState> states = m_evaluator.states();
    const QList<AlertNotification> due = m_policy.due(
        states,
        [this](const QString &name) {
            const AlertRule *rule = m_evaluator.rule(name);
            return rule ? rule->severity : AlertRule::Severity::Warning;
        },
        [this](const QString &name, const QString &service) { return m_evaluator.isFlapping(name, service); },
        [this](const AlertInstanceState &state) {
            const AlertRule *rule = m_evaluator.rule(state.ruleName);
            return rule ? rule->expand(rule->summary, state.service, state.value) : state.ruleName;
        },
        m_clock());
    if (const std::optional<QString> error = m_history.recordNotified(due))
        Q_EMIT problem(*error);
    for (const AlertNotification &notification : due)
        Q_EMIT notify(notification);
    if (m_alertmanager) {
        QList<AlertmanagerAlert> firing;
        for (const AlertInstanceState &state : states) {
            const AlertRule *rule = m_evaluator.rule(state.ruleName);
            if (rule && state.state == AlertState::Firing)
                firing.append(AlertmanagerAlert::of(*rule, state));
        }
        m_alertmanager->sync(firing, m_clock());
    }
    if (!cycle.transitions.isEmpty() || !states.isEmpty() || m_hadActive)
        publishAlerts();
}

QList<ActiveAlert> AlertWorker::activeAlerts() const
{
    QList<ActiveAlert> out;
    const qint64 now = m_clock();
    for (const AlertInstanceState &state : m_evaluator.states()) {
        const AlertRule *rule = m_evaluator.rule(state.ruleName);
        if (!rule)
            continue;
        ActiveAlert alert;
        alert.rule = *rule;
        alert.state = state;
        alert.flapping = m_evaluator.isFlapping(state.ruleName, state.service);
        const auto ack = m_acks.constFind(AlertHistoryStore::key(state.ruleName, state.service, state.firedAtMs));
        if (ack != m_acks.cend() && state.firedAtMs != 0)
            alert.acknowledgement = ack.value();
        alert.heldBecause = m_policy.holdReason(state.ruleName, state.service, rule->severity, alert.flapping, now);
        out.append(alert);
    }
    return out;
}

void AlertWorker::publishAlerts()
{
    const QList<ActiveAlert> alerts = activeAlerts();
    m_hadActive = !alerts.isEmpty();
    Q_EMIT alertsChanged(alerts);
}

void AlertWorker::acknowledge(const QString &ruleName, const QString &service, const QString &comment)
{
    qint64 firedAt = 0;
    for (const AlertInstanceState &state : m_evaluator.states()) {
        if (state.ruleName == ruleName && state.service == service && state.state == AlertState::Firing)
            firedAt = state.firedAtMs;
    }
    if (firedAt == 0) {
        Q_EMIT problem(tr("The alert %1 of %2 is not firing: there is nothing to acknowledge.")
                           .arg(ruleName, service.isEmpty() ? tr("all services") : service));
        return;
    }
    const Acknowledgement ack{m_user, m_clock(), comment};
    if (const std::optional<QString> error = m_history.acknowledge(ruleName, service, firedAt, ack)) {
        Q_EMIT problem(*error);
        return;
    }
    m_acks.insert(AlertHistoryStore::key(ruleName, service, firedAt), ack);
    publishAlerts();
}

void AlertWorker::addSilence(const AlertSilence &silence)
{
    AlertSilence stored = silence;
    if (stored.createdBy.isEmpty())
        stored.createdBy = m_user;
    if (stored.createdMs == 0)
        stored.createdMs = m_clock();
    if (const std::optional<QString> error = m_silences.addSilence(stored))
        Q_EMIT problem(*error);
    reloadSilences();
}

void AlertWorker::expireSilence(qint64 id)
{
    if (const std::optional<QString> error = m_silences.expireSilence(id, m_clock()))
        Q_EMIT problem(*error);
    reloadSilences();
}

void AlertWorker::addWindow(const MaintenanceWindow &window)
{
    MaintenanceWindow stored = window;
    if (const std::optional<QString> error = m_silences.addWindow(stored))
        Q_EMIT problem(*error);
    reloadWindows();
}

void AlertWorker::removeWindow(qint64 id)
{
    if (const std::optional<QString> error = m_silences.removeWindow(id))
        Q_EMIT problem(*error);
    reloadWindows();
}

void AlertWorker::setAlertmanager(const AlertmanagerClient::Config &config)
{
    delete m_alertmanager;
    m_alertmanager = nullptr;
    if (config.baseUrl.isEmpty())
        return;
    m_alertmanager = new AlertmanagerClient(config, this);
    connect(m_alertmanager, &AlertmanagerClient::posted, this, &AlertWorker::alertmanagerPosted);
    connect(m_alertmanager, &AlertmanagerClient::failed, this, &AlertWorker::problem);
}

void AlertWorker::reloadSilences()
{
    QString error;
    // Expired ones stay known to the policy for nothing; the list shows the ones still running.
    const QList<AlertSilence> silences = m_silences.silences(m_clock(), false, &error);
    if (!error.isEmpty())
        Q_EMIT problem(error);
    m_policy.setSilences(silences);
    Q_EMIT silencesChanged(silences);
}

void AlertWorker::reloadWindows()
{
    QString error;
    const QList<MaintenanceWindow> windows = m_silences.windows(&error);
    if (!error.isEmpty())
        Q_EMIT problem(error);
    m_policy.setWindows(windows);
    Q_EMIT windowsChanged(windows);
}

} // namespace payops
