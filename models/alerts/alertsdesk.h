#pragma once

#include "models/alerts/alerthistorystore.h"
#include "models/alerts/alertmatcher.h"
#include "models/alerts/alertrule.h"
#include "models/alerts/alertrulepreview.h"
#include "models/alerts/alertstate.h"
#include "models/alerts/maintenancewindow.h"
#include "models/alerts/notificationpolicy.h"
#include "models/metrics/historyread.h"
#include "models/metrics/serieskey.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace payops {

class AlertWorker;
class Database;
class DatabaseWriter;
class HistorySource;

// What the Alerts view (and the tray) talk to, on the GUI thread: the one door to the alerting engine
// for everything a person does with alerts. It forwards the AlertWorker's values (alerts, silences,
// windows, notifications) and turns the operator's actions into work off the GUI thread:
// acknowledgements, silences and windows go to the worker (queued, on "payops-alerts"); rule edits,
// imports and history reads run as jobs on the DatabaseWriter, and the rules the worker evaluates
// are replaced after each rule write. Answers come back as signals; problems in words as problem().
//
// The worker may be attached later than the view is built (the console starts alerting only once
// the database is known sound): until then actions that need it are refused with a reason.
class AlertsDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsDesk)

public:
    // `writer` and `database` must outlive the desk's last job.
    AlertsDesk(Database &database, DatabaseWriter &writer, QObject *parent = nullptr);

    // The worker (on its own thread) whose alerts this desk shows and whose actions it takes.
    void attachWorker(AlertWorker *worker);
    [[nodiscard]] bool hasWorker() const { return !m_worker.isNull(); }

    // Actions on alerts, through the worker.
    void acknowledge(const QString &ruleName, const QString &service, const QString &comment);
    void addSilence(const payops::AlertSilence &silence);
    void expireSilence(qint64 id);
    void addWindow(const payops::MaintenanceWindow &window);
    void removeWindow(qint64 id);

    // Rules, through the writer. Each answers with rulesLoaded (the whole list) or problem().
    void loadRules();
    // Saves (inserts, or updates the rule of the same id) after validating it.
    void saveRule(const payops::AlertRule &rule);
    void removeRule(const QString &name);
    // Restores rules exactly as given (undo of an edit, an enable or a removal).
    void restoreRules(const QList<payops::AlertRule> &rules);
    void importRules(const QString &path);
    void exportRules(const QString &path, const QList<payops::AlertRule> &rules);

    // History, through the writer (a read; the writer's FIFO keeps it behind the writes asked before).
    void loadHistory(const payops::AlertHistoryStore::HistoryQuery &query);

    // Where the rule preview reads the last hour of values (the dashboard's source), and the
    // services an "each service" rule is tried on.
    void setHistorySource(HistorySource *source);
    void setServices(const QStringList &services);
    // Replays the last `spanMs` of history through the rule (off the GUI thread); answers with
    // previewReady. A newer request supersedes one still running.
    void previewRule(const payops::AlertRule &rule, qint64 nowMs, qint64 spanMs = 3'600'000);

    [[nodiscard]] const QList<AlertRule> &rules() const { return m_rules; }
    [[nodiscard]] const QList<ActiveAlert> &alerts() const { return m_alerts; }
    [[nodiscard]] const QList<AlertSilence> &silences() const { return m_silences; }
    [[nodiscard]] const QList<MaintenanceWindow> &windows() const { return m_windows; }

Q_SIGNALS:
    void alertsChanged(const QList<payops::ActiveAlert> &alerts);
    void notify(const payops::AlertNotification &notification);
    void silencesChanged(const QList<payops::AlertSilence> &silences);
    void windowsChanged(const QList<payops::MaintenanceWindow> &windows);
    void rulesLoaded(const QList<payops::AlertRule> &rules);
    void historyLoaded(const QList<payops::AlertTransition> &history);
    void previewReady(const payops::AlertRulePreview::Result &result);
    // Something the operator asked for is done ("Imported 3 rules from …").
    void message(const QString &text);
    void problem(const QString &message);

private:
    void publishRules(const QList<AlertRule> &rules);
    void onHistoryLoaded(quint64 requestId, const QList<payops::SeriesKey> &series,
                         const QList<payops::HistoryRead> &reads);
    void runRuleJob(std::function<QString(Database &)> write, QString doneMessage);

    Database &m_database;
    DatabaseWriter &m_writer;
    QPointer<AlertWorker> m_worker;
    QList<AlertRule> m_rules;
    QList<ActiveAlert> m_alerts;
    QList<AlertSilence> m_silences;
    QList<MaintenanceWindow> m_windows;
    QPointer<HistorySource> m_historySource;
    QStringList m_services;
    // The preview asked last: its history request (ids far above the dashboard's) and the rule.
    quint64 m_previewRequest = quint64(1) << 62;
    AlertRule m_previewRule;
    qint64 m_previewFrom = 0;
    qint64 m_previewTo = 0;
};

} // namespace payops
