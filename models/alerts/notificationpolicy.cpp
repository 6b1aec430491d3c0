#include "models/alerts/notificationpolicy.h"

#include <QSet>

namespace payops {

QString NotificationPolicy::holdReason(const QString &ruleName, const QString &service, AlertRule::Severity severity,
                                       bool flapping, qint64 nowMs) const
{
    for (const AlertSilence &silence : m_silences) {
        if (silence.isActive(nowMs) && silence.matcher.matches(ruleName, service, severity))
            return tr("silenced: %1").arg(silence.reason);
    }
    for (const MaintenanceWindow &window : m_windows) {
        if (window.matcher.matches(ruleName, service, severity) && window.contains(nowMs))
            return tr("maintenance window \"%1\"").arg(window.name);
    }
    if (flapping)
        return tr("flapping: it changes state too often to notify each change");
    return {};
}

QList<AlertNotification> NotificationPolicy::due(const QList<AlertInstanceState> &states, const SeverityQuery &severityOf,
                                                 const FlappingQuery &isFlapping,
                                                 const std::function<QString(const AlertInstanceState &)> &summaryOf,
                                                 qint64 nowMs)
{
    QList<AlertNotification> out;
    QSet<QString> seen;
    const auto notify = [&](AlertNotification::Kind kind, const AlertInstanceState &state, AlertRule::Severity severity) {
        AlertNotification n;
        n.kind = kind;
        n.ruleName = state.ruleName;
        n.service = state.service;
        n.severity = severity;
        n.summary = summaryOf(state);
        n.firedAtMs = state.firedAtMs;
        n.atMs = nowMs;
        n.value = state.value;
        out.append(n);
    };
    for (const AlertInstanceState &state : states) {
        const QString k = key(state.ruleName, state.service);
        seen.insert(k);
        const auto notified = m_notifiedFiring.constFind(k);
        const bool wasNotified = notified != m_notifiedFiring.cend();
        const bool firing = state.state == AlertState::Firing;
        // Due: a firing not yet told, or the end of one that was (resolved, or a new firing since).
        const bool firingDue = firing && (!wasNotified || notified.value() != state.firedAtMs);
        const bool resolvedDue = wasNotified
            && ((state.state == AlertState::Resolved) || (firing && notified.value() != state.firedAtMs));
        if (!firingDue && !resolvedDue)
            continue;
        const AlertRule::Severity severity = severityOf(state.ruleName);
        if (!holdReason(state.ruleName, state.service, severity, isFlapping(state.ruleName, state.service), nowMs).isEmpty())
            continue;
        if (resolvedDue) {
            AlertInstanceState ended = state;
            ended.firedAtMs = notified.value();
            notify(AlertNotification::Kind::Resolved, ended, severity);
            m_notifiedFiring.remove(k);
        }
        if (firingDue) {
            notify(AlertNotification::Kind::Firing, state, severity);
            m_notifiedFiring.insert(k, state.firedAtMs);
        }
    }
    // Alerts notified firing that are no longer listed went inactive: resolved.
    for (auto it = m_notifiedFiring.begin(); it != m_notifiedFiring.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        const qsizetype split = it.key().indexOf(u'\x1f');
        AlertInstanceState ended;
        ended.ruleName = it.key().left(split);
        ended.service = it.key().mid(split + 1);
        ended.state = AlertState::Inactive;
        ended.firedAtMs = it.value();
        const AlertRule::Severity severity = severityOf(ended.ruleName);
        if (!holdReason(ended.ruleName, ended.service, severity, false, nowMs).isEmpty()) {
            ++it;
            continue;
        }
        notify(AlertNotification::Kind::Resolved, ended, severity);
        it = m_notifiedFiring.erase(it);
    }
    return out;
}

} // namespace payops
