#pragma once

#include "models/alerts/alertevaluator.h"
#include "models/alerts/alerthistorystore.h"
#include "models/alerts/alertmanagerclient.h"
#include "models/alerts/alertmatcher.h"
#include "models/alerts/alertsilencestore.h"
#include "models/alerts/maintenancewindow.h"
#include "models/alerts/notificationpolicy.h"
#include "models/metrics/metricssnapshot.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace payops {

class Database;

// The alerting engine: evaluates the rules on every snapshot, records every transition, decides
// what to notify, and keeps acknowledgements, silences and maintenance windows.
//
// Thread: it lives on its own thread, owned as WorkerThread<AlertWorker> ("payops-alerts") by the
// composition root, which connects MetricsPublisher::published (metrics thread) -- or
// PrometheusSource's snapshots -- to evaluate() queued. Its own thread because a transition means an
// SQLite write (its own connection) and neither the publisher's beat nor the GUI may wait for one;
// evaluation itself is cheap (bench_alerts). Call its slots queued (invokeMethod) and connect to
// its signals; everything it emits is a value.
class AlertWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertWorker)

public:
    using Clock = std::function<qint64()>;

    // `clock` stamps acknowledgements and silences, and decides what silences and windows are in
    // force; `user` is who acknowledges (the OS user by default).
    AlertWorker(Database &database, Clock clock = {}, AlertEvaluator::Options options = {}, QString user = {},
                QObject *parent = nullptr);

    // Slots (queued).
    // Reads the rules, the states before a restart, acknowledgements, silences and windows.
    void start();
    void setRules(const QList<payops::AlertRule> &rules);
    void evaluate(const payops::MetricsSnapshot &snapshot);
    // The console's own metrics (TaskHealth: task_failed, task_overdue), replacing the previous
    // ones; evaluated with every snapshot from now on, beside the services' values.
    void setConsoleValues(const QList<payops::MetricValue> &values);
    void acknowledge(const QString &ruleName, const QString &service, const QString &comment);
    void addSilence(const payops::AlertSilence &silence);
    void expireSilence(qint64 id);
    void addWindow(const payops::MaintenanceWindow &window);
    void removeWindow(qint64 id);
    // Posts firing alerts to an Alertmanager from now on (an empty URL stops it).
    void setAlertmanager(const payops::AlertmanagerClient::Config &config);

    // For tests and payopsctl on the same thread.
    [[nodiscard]] const AlertEvaluator &evaluator() const { return m_evaluator; }
    [[nodiscard]] QList<ActiveAlert> activeAlerts() const;

Q_SIGNALS:
    void transitioned(const QList<payops::AlertTransition> &transitions);
    // The alerts not inactive, after every cycle in which any is (values move) or any changed.
    void alertsChanged(const QList<payops::ActiveAlert> &alerts);
    void notify(const payops::AlertNotification &notification);
    void flappingChanged(const QString &ruleName, const QString &service, bool flapping);
    void silencesChanged(const QList<payops::AlertSilence> &silences);
    void windowsChanged(const QList<payops::MaintenanceWindow> &windows);
    // Alertmanager took a post (alerts in it, of them resolved).
    void alertmanagerPosted(int alerts, int resolved);
    // Something went wrong, in words (a write failed, a silence did not validate).
    void problem(const QString &message);

private:
    void reloadSilences();
    void reloadWindows();
    void publishAlerts();

    Database &m_database;
    Clock m_clock;
    QString m_user;
    AlertEvaluator m_evaluator;
    AlertHistoryStore m_history;
    AlertSilenceStore m_silences;
    NotificationPolicy m_policy;
    QHash<QString, Acknowledgement> m_acks; // AlertHistoryStore::key
    QList<MetricValue> m_consoleValues;
    AlertmanagerClient *m_alertmanager = nullptr; // child; none when not configured
    bool m_hadActive = false;
};

} // namespace payops
