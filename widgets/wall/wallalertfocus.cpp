#include "widgets/wall/wallalertfocus.h"

#include "models/core/jobpool.h"
#include "models/metrics/derivedmetriccatalog.h"
#include "widgets/wall/wallwindow.h"

#include <QDateTime>
#include <QtConcurrent>

namespace payops {

WallAlertFocus::WallAlertFocus(WallWindow &wall, QObject *parent)
    : QObject(parent)
    , m_wall(wall)
{
    connect(&m_read, &QFutureWatcherBase::finished, this, &WallAlertFocus::onRead);
    m_reload.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_reload, &QTimer::timeout, this, &WallAlertFocus::reload);
}

void WallAlertFocus::start(const QString &path, qint64 reloadMs)
{
    m_path = path;
    m_reload.start(int(std::max<qint64>(1000, reloadMs)));
    reload();
}

void WallAlertFocus::reload()
{
    if (m_read.isRunning() || m_path.isEmpty())
        return;
    // Read-only, opened for each reading on a pool thread: the wall never creates, migrates or writes
    // the database (WallConsole does the same), and a file that comes back is simply read next time.
    m_read.setFuture(QtConcurrent::run(jobPool(), [path = m_path] {
        Read read;
        read.readout = AlertReadout::readFile(path, &read.error);
        return read;
    }));
}

void WallAlertFocus::onRead()
{
    const Read read = m_read.result();
    if (!read.error.isEmpty()) {
        Q_EMIT problem(tr("The alerts cannot be read (%1); the wall shows the services' state only until they can.")
                           .arg(read.error));
        return;
    }
    m_evaluator.setRules(read.readout.rules); // rules that did not change keep their alerts
    if (!m_restored) {
        // Once, at start: afterwards the wall's own evaluation is newer than what was persisted.
        m_evaluator.restore(read.readout.states);
        m_restored = true;
    }
    m_acks = read.readout.acknowledgements;
    QHash<QString, QString> owners;
    for (auto it = read.readout.owners.cbegin(); it != read.readout.owners.cend(); ++it) {
        const QStringList phones = it->values(ContactPoint::Kind::Phone);
        owners.insert(it.key(), phones.isEmpty() ? tr("Owner: %1").arg(it->name)
                                                 : tr("Owner: %1 · %2").arg(it->name, phones.first()));
    }
    m_wall.setOwners(owners);
    m_wall.setActiveIncidents(read.readout.activeIncidents);
    for (const QString &message : read.readout.problems)
        Q_EMIT problem(message);
    if (m_evaluated)
        updateFocus(); // new acknowledgements or rules change what the wall says
    Q_EMIT loaded();
}

void WallAlertFocus::evaluate(const MetricsSnapshot &snapshot)
{
    m_evaluator.evaluate(snapshot);
    m_evaluated = true;
    updateFocus();
}

QString WallAlertFocus::alertText(const AlertInstanceState &state) const
{
    const AlertRule *rule = m_evaluator.rule(state.ruleName);
    if (!rule)
        return state.ruleName;
    const QString since = QLocale().toString(QDateTime::fromMSecsSinceEpoch(state.firedAtMs).time(), QStringLiteral("HH:mm"));
    const QString condition = QStringLiteral("%1 %2 %3 %4")
                                  .arg(DerivedMetricCatalog::metric(rule->metric).title(),
                                       DerivedMetricCatalog::metric(rule->metric).format(state.value),
                                       AlertRule::comparisonSymbol(rule->comparison), rule->thresholdText(rule->threshold));
    const auto ack = m_acks.constFind(AlertReadout::key(state.ruleName, state.service));
    if (ack != m_acks.cend())
        return tr("alert %1 (%2) firing since %3: %4; acknowledged by %5")
            .arg(rule->name, AlertRule::severityTitle(rule->severity), since, condition, ack->byUser);
    return tr("alert %1 (%2) firing since %3: %4; not acknowledged")
        .arg(rule->name, AlertRule::severityTitle(rule->severity), since, condition);
}

void WallAlertFocus::updateFocus()
{
    // A service's firing alerts, in the rules' order; an alert of all services together (scope
    // total) names no service page and is left to the dashboard's totals; an alert of a scheduled
    // task (the console's own metrics) names a task, not a service page.
    QStringList services;
    QHash<QString, QStringList> lines;
    QHash<QString, qint64> since;
    QList<WallAlert> firing; // every one, for the alerts page
    for (const AlertInstanceState &state : m_evaluator.states()) {
        const AlertRule *rule = m_evaluator.rule(state.ruleName);
        if (state.state != AlertState::Firing || !rule)
            continue;
        const auto ack = m_acks.constFind(AlertReadout::key(state.ruleName, state.service));
        firing.append({rule->severity, state.service, rule->expand(rule->summary, state.service, state.value), state.firedAtMs,
                       ack != m_acks.cend() ? ack->byUser : QString()});
        if (state.service.isEmpty() || !DerivedMetricCatalog::metric(rule->metric).isScraped())
            continue;
        if (!lines.contains(state.service))
            services.append(state.service);
        lines[state.service].append(alertText(state));
        const qint64 first = since.value(state.service, state.firedAtMs);
        since.insert(state.service, std::min(first, state.firedAtMs));
    }
    for (auto it = m_focused.begin(); it != m_focused.end();) {
        if (lines.contains(it.key())) {
            ++it;
            continue;
        }
        const QString service = it.key();
        it = m_focused.erase(it);
        m_wall.releaseFocus(service);
    }
    for (const QString &service : std::as_const(services)) {
        const QString reason = lines.value(service).join(QStringLiteral(" · "));
        if (m_focused.value(service) == reason)
            continue;
        m_focused.insert(service, reason);
        m_wall.focusService(service, reason, since.value(service));
    }
    m_wall.setActiveAlerts(firing);
}

} // namespace payops
