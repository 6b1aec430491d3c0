#pragma once

#include "app/payops/consoleoptions.h"
#include "app/payops/startupjob.h"
#include "models/security/auditlog.h"
#include "models/tasks/backuprestore.h"
#include "models/storage/databaseerror.h"

#include "models/core/preferences.h"
#include "models/alerts/alertspans.h"
#include "models/alerts/alertworker.h"
#include "models/alerts/prometheusalerts.h"
#include "models/core/workerthread.h"
#include "models/tasks/taskworker.h"
#include "models/metrics/historyrecorder.h"
#include "models/metrics/metricspublisher.h"
#include "models/metrics/pollingload.h"
#include "models/metrics/pollingpipeline.h"
#include "models/metrics/prometheussource.h"
#include "models/metrics/datasourcechoice.h"
#include "models/services/targetimportpreview.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QTemporaryDir;

namespace payops {

class AlertNotifier;
class AlertsDesk;
class AlertsView;
class ContactDirectory;
class DashboardView;
class IncidentDesk;
class IncidentsView;
class TaskDesk;
class WizardLauncher;
class DatabaseWriter;
class Database;
class KnowledgeImporter;
class KnowledgeRepository;
class MainWindow;
class ServicesView;
class BundledSimulator;
class FirstRunPage;
class StartupProbe;
class TargetsDesk;
class TargetsView;

// The composition root: builds the models, threads and views the options ask for and wires them.
//
// start() shows the window at once, in an "Opening the database…" state, and hands everything that
// needs SQL before the views can show data (open, migrations, default imports, the first reads) to a
// StartupJob on a pool thread. When it answers, the views are built and live data starts; the file's
// integrity check (which reads it whole) runs next on a pool thread, and only once the file is known
// sound do the history recorder and the knowledge import start writing to it. Problems are logged
// (lcConsole) and shown in the status bar, never on stderr.
class Console final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Console)

public:
    explicit Console(ConsoleOptions options, QObject *parent = nullptr);
    ~Console() override;

    // Shows the window and starts opening the database.
    void start();
    [[nodiscard]] MainWindow *window() const { return m_window.get(); }
    // True once the database is open and the views are built.
    [[nodiscard]] bool isReady() const { return m_writer != nullptr; }
    // The backup the operator chose to restore (Tasks ▸ Restore This Backup…): the console quit for
    // it, and main() starts it again with --restore-backup once this one has closed the database.
    [[nodiscard]] const QString &pendingRestore() const { return m_pendingRestore; }
    // Where the operator chose to move the database (File ▸ Preferences ▸ Move To…): the console quit
    // for it, and main() moves the closed file (DatabaseMove) and starts it again from there.
    [[nodiscard]] const QString &pendingMove() const { return m_pendingMove; }
    // Asks the operator to confirm, then quits for the move.
    void requestDatabaseMove(const QString &path);

Q_SIGNALS:
    // The database is open and every view is in the window.
    void ready();

private:
    // --restore-backup: the backup copied in before anything opens the database, off the GUI thread.
    void restoreThenOpen(const QString &path);
    void openDatabase(const QString &path);
    void onStartupFinished();
    void useTemporaryDatabase(const DatabaseError &error);
    void buildViews(const StartupJob::Result &startup);
    void startLiveData(const StartupJob::Result &startup);
    void startPolling(const QList<ServiceTarget> &targets);
    // Starts (or restarts with m_prometheusConfig) the Prometheus source.
    void startPrometheusSource();
    // What shows and consumes the snapshots of a source (the window, the dashboard, the alerts).
    template<typename Source>
    void connectSnapshotConsumers(Source *source, void (Source::*published)(const payops::MetricsSnapshot &));
    // The live source's history (Prometheus', or the recorder's when polling) for the charts, the
    // wizards and the alert previews; the charts reload their range from it.
    void useLiveHistorySource();
    // Prometheus' own alerts in the Alerts view while Prometheus is the source (once the alert engine runs).
    void usePrometheusAlerts();
    // File ▸ Data Source: the dialog, then the switch, which applies without a restart and is kept.
    void openDataSource();
    void switchDataSource(const payops::DataSourceChoice &choice);
    void checkIntegrity();
    void onIntegrityChecked();
    void startHistory();
    // The alerting engine on its own thread, fed by the same snapshots as the views.
    void startAlerts();
    // The scheduler's thread: runs what is due every 20 s (not offline: the knowledge browser runs no tasks).
    void startTasks();
    void buildAlertsView(const StartupJob::Result &startup);
    void buildIncidentsView(const StartupJob::Result &startup);
    // The Tasks view (not offline); its runs happen on the task thread (startTasks).
    void buildTasksView();
    // The audit log's hash chain, read whole on a pool thread once the file is known sound.
    void verifyAuditLog();
    void showSnapshot(const payops::MetricsSnapshot &snapshot);
    void showPollingLoad(const payops::PollingLoad &load);
    void reportProblem(const QString &message);
    void reportLastingProblem(const QString &message);
    void reportRecovery(const QString &message);
    // File ▸ Import Targets: the preview is read on the writer thread, shown in a dialog, and
    // applied there when the operator confirms it.
    void importTargets(const QString &path);
    void applyTargetImport(const QString &path, const TargetImportPreview &preview);
    void exportTargets(const QString &path);
    // The Targets view and its desk: every change to the targets, made there or imported, applies live.
    void buildTargetsView();
    // The first-run page over the dashboard: shown while no target is configured, or none has answered
    // since the start (until the operator asks for the dashboard anyway); never with --prometheus.
    void buildFirstRunPage();
    void updateFirstRunPage(const payops::MetricsSnapshot *snapshot);
    void watchBundledSimulator();
    // File ▸ Preferences: the series count for the size estimate is read on the writer thread, then
    // the dialog; what the operator keeps is saved and applied (theme, retention, new-target defaults).
    void openPreferences();
    void applyPreferences(const Preferences &preferences);
    void takeScreenshotWhenReady();
    void saveScreenshot();

    ConsoleOptions m_options;
    Preferences m_preferences;
    // Set: Prometheus is the live source (--prometheus, or File ▸ Data Source); none: polling.
    std::optional<PrometheusSourceConfig> m_prometheusConfig;
    PrometheusSourceConfig m_lastPrometheusConfig; // offered by the dialog while polling
    std::unique_ptr<QTemporaryDir> m_fallbackDir; // when the real database cannot be used
    std::unique_ptr<Database> m_database;
    QFutureWatcher<StartupJob::Result> m_startup;
    QFutureWatcher<std::optional<DatabaseError>> m_integrity;
    QFutureWatcher<AuditLog::Verification> m_auditCheck;
    QFutureWatcher<BackupRestore::Result> m_restore;
    QString m_pendingRestore;
    QString m_pendingMove;
    std::unique_ptr<KnowledgeRepository> m_knowledge;
    std::unique_ptr<MainWindow> m_window;
    StartupProbe *m_probe = nullptr;                  // child of this
    DatabaseWriter *m_writer = nullptr;               // child of this, once the database is open
    ContactDirectory *m_contacts = nullptr;           // child of this
    KnowledgeImporter *m_knowledgeImporter = nullptr; // child of this
    ServicesView *m_servicesView = nullptr;           // owned by the window
    TargetsDesk *m_targets = nullptr;                 // child of this
    TargetsView *m_targetsView = nullptr;             // owned by the window
    FirstRunPage *m_firstRun = nullptr;               // over the dashboard while there is nothing to watch
    BundledSimulator *m_simulator = nullptr;          // child of this, once the first-run page started it
    bool m_anyTargetAnswered = false;                 // since the console started
    bool m_firstRunDismissed = false;                 // "Show the dashboard anyway"
    DashboardView *m_dashboard = nullptr;             // owned by the window
    AlertsDesk *m_alertsDesk = nullptr;               // child of this
    AlertsView *m_alertsView = nullptr;               // owned by the window
    IncidentDesk *m_incidents = nullptr;              // child of this
    IncidentsView *m_incidentsView = nullptr;         // owned by the window
    WizardLauncher *m_wizards = nullptr;              // child of this; its windows are the window's
    TaskDesk *m_taskDesk = nullptr;                   // child of this
    AlertSpans m_alertSpans;                          // what the charts mark as firing
    AlertNotifier *m_alertNotifier = nullptr;         // child of this: tray, balloons, sounds
    std::unique_ptr<WorkerThread<HistoryRecorder>> m_history;
    std::unique_ptr<WorkerThread<AlertWorker>> m_alerting; // "payops-alerts", once the database is sound
    std::unique_ptr<WorkerThread<TaskWorker>> m_tasks;     // "payops-tasks", once the database is sound
    std::unique_ptr<WorkerThread<PrometheusAlerts>> m_prometheusAlerts; // --prometheus: its own alerts, read-only
    std::unique_ptr<PollingPipeline> m_polling; // made when first live; paused, not deleted, with Prometheus
    std::unique_ptr<WorkerThread<PrometheusSource>> m_prometheus; // made when first live; stopped, not deleted, when polling
    bool m_screenshotTaken = false;
};

} // namespace payops
