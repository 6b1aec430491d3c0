#pragma once

#include "models/alerts/alertmatcher.h"
#include "models/alerts/alertstate.h"
#include "models/alerts/maintenancewindow.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

namespace payops {

// One thing to tell people: an alert fired, or an alert that was notified firing has resolved.
struct AlertNotification
{
    enum class Kind { Firing, Resolved };
    Kind kind = Kind::Firing;
    QString ruleName;
    QString service;
    AlertRule::Severity severity = AlertRule::Severity::Warning;
    QString summary;
    qint64 firedAtMs = 0;
    qint64 atMs = 0;
    double value = qQNaN();
};

// Decides "notify now" or "hold" for every alert. Notifications follow the alert's state, not its
// transitions: an alert is notified firing once per firing, and resolved once after that; while
// it is held (a matching silence, a maintenance window in progress, or flapping) nothing is sent,
// and when the hold ends whatever is still due is sent then (an alert still firing when its
// silence ends notifies then; one that fired and cleared inside the silence never does).
//
// No QObject: the AlertWorker asks it after each evaluation with the evaluator's states and emits
// what is due. What was notified is kept by the worker in SQLite (alert_notified) and handed back
// with restoreNotified() on start: a restart does not notify a firing again, and does notify its
// resolve.
class NotificationPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(payops::NotificationPolicy)

public:
    using FlappingQuery = std::function<bool(const QString &ruleName, const QString &service)>;
    using SeverityQuery = std::function<AlertRule::Severity(const QString &ruleName)>;

    void setSilences(const QList<AlertSilence> &silences) { m_silences = silences; }
    void setWindows(const QList<MaintenanceWindow> &windows) { m_windows = windows; }
    [[nodiscard]] const QList<AlertSilence> &silences() const { return m_silences; }
    // Firings notified before a restart (key(rule, service) -> fired at).
    void restoreNotified(const QHash<QString, qint64> &firing) { m_notifiedFiring = firing; }
    [[nodiscard]] const QList<MaintenanceWindow> &windows() const { return m_windows; }

    // Why notifications of this alert are held at nowMs, in words; empty when they are not.
    [[nodiscard]] QString holdReason(const QString &ruleName, const QString &service, AlertRule::Severity severity,
                                     bool flapping, qint64 nowMs) const;

    // The notifications due at nowMs, given every alert that is not inactive (`states`, with the
    // summary of each from `summaries` by key(rule, service)). Remembers them as sent.
    [[nodiscard]] QList<AlertNotification> due(const QList<AlertInstanceState> &states, const SeverityQuery &severityOf,
                                               const FlappingQuery &isFlapping,
                                               const std::function<QString(const AlertInstanceState &)> &summaryOf,
                                               qint64 nowMs);

    [[nodiscard]] static QString key(const QString &ruleName, const QString &service)
    {
        return ruleName + u'\x1f' + service;
    }

private:
    QList<AlertSilence> m_silences;
    QList<MaintenanceWindow> m_windows;
    // Alerts notified firing and not yet notified resolved: key -> firedAt of that firing.
    QHash<QString, qint64> m_notifiedFiring;
};

} // namespace payops

Q_DECLARE_METATYPE(payops::AlertNotification)
