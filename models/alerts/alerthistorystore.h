#pragma once

#include "models/alerts/alertstate.h"
#include "models/alerts/notificationpolicy.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace payops {

class Database;

// The alerts' memory in SQLite (AlertSchema): every transition (alert_events, the history), the
// state each alert reached (alert_states, restored after a restart) and acknowledgements
// (alert_acks, holding for one firing until it resolves) and what was notified (alert_notified). Every call uses the calling thread's
// own connection; writes go through one Transaction each.
class AlertHistoryStore final
{
    Q_DECLARE_TR_FUNCTIONS(payops::AlertHistoryStore)

public:
    struct HistoryQuery
    {
        QString ruleName; // empty: every rule
        QString service;  // empty: every service
        qint64 sinceMs = 0;
        int limit = 1000; // the newest ones
    };

    explicit AlertHistoryStore(Database &database);

    // Appends the transitions and brings the stored states up to date, in one transaction. An alert
    // that resolves (or goes inactive) drops its acknowledgement.
    [[nodiscard]] std::optional<QString> record(const QList<AlertTransition> &transitions);
    // The stored states of the alerts that were not inactive (for AlertEvaluator::restore).
    [[nodiscard]] QList<AlertInstanceState> states(QString *error = nullptr) const;
    // Transitions, oldest first.
    [[nodiscard]] QList<AlertTransition> history(const HistoryQuery &query, QString *error = nullptr) const;

    // Acknowledges the firing of rule/service that began at firedAtMs.
    [[nodiscard]] std::optional<QString> acknowledge(const QString &ruleName, const QString &service, qint64 firedAtMs,
                                                     const Acknowledgement &acknowledgement);
    // Acknowledgements by key(rule, service, firedAtMs).
    [[nodiscard]] QHash<QString, Acknowledgement> acknowledgements(QString *error = nullptr) const;
    [[nodiscard]] static QString key(const QString &ruleName, const QString &service, qint64 firedAtMs);

    // What was notified (alert_notified, AlertNotificationSchema): a firing is remembered until its
    // resolve is notified, so a restarted console does not notify it again.
    [[nodiscard]] std::optional<QString> recordNotified(const QList<AlertNotification> &notifications);
    // By NotificationPolicy::key(rule, service): the firing (its start) notified.
    [[nodiscard]] QHash<QString, qint64> notifiedFiring(QString *error = nullptr) const;

private:
    Database &m_database;
};

} // namespace payops
