#include "app/payops/console.h"

#include "app/payops/consolelog.h"
#include "app/payops/startupprobe.h"
#include "models/alerts/alertsdesk.h"
#include "models/consoleschema.h"
#include "models/contacts/contactdefaults.h"
#include "models/contacts/contactdirectory.h"
#include "models/core/jobpool.h"
#include "models/incidents/incidentdesk.h"
#include "models/knowledge/knowledgeimporter.h"
#include "models/knowledge/knowledgerepository.h"
#include "models/services/bundledsimulator.h"
#include "models/services/targetrepository.h"
#include "models/services/targetsdesk.h"
#include "models/storage/database.h"
#include "models/storage/databasewriter.h"
#include "models/tasks/taskdesk.h"
#include "widgets/alerts/alertnotifier.h"
#include "widgets/alerts/alertsview.h"
#include "widgets/contacts/contactdirectoryview.h"
#include "widgets/dashboard/dashboardview.h"
#include "widgets/dashboard/firstrunpage.h"
#include "widgets/datasourcedialog.h"
#include "widgets/incidents/incidentsview.h"
#include "widgets/incidents/wizard/wizardlauncher.h"
#include "widgets/knowledge/knowledgebrowser.h"
#include "widgets/mainwindow.h"
#include "widgets/playbooks/playbookbrowser.h"
#include "widgets/preferencesdialog.h"
#include "widgets/servicesview.h"
#include "widgets/targetimportdialog.h"
#include "widgets/targets/targetsview.h"
#include "widgets/tasks/tasksview.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent>

namespace payops {

namespace {

HistoryOptions historyOptionsOf(const Preferences &preferences)
{
    HistoryOptions options;
    options.rawRetentionMs = qint64(preferences.rawRetentionHours) * HistoryOptions::hourMs;
    options.minuteRetentionMs = qint64(preferences.minuteRetentionDays) * 24 * HistoryOptions::hourMs;
    options.hourRetentionMs = qint64(preferences.hourRetentionDays) * 24 * HistoryOptions::hourMs;
    return options;
}

bool scripted(const ConsoleOptions &options)
{
    return !options.screenshotPath.isEmpty() || options.quitAfterSeconds > 0;
}

} // namespace

Console::Console(ConsoleOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_preferences(Preferences::load(QSettings()))
{
    // --prometheus wins for this run; else the source chosen in File ▸ Data Source.
    const DataSourceChoice saved = DataSourceChoice::load(QSettings());
    if (saved.prometheus)
        m_lastPrometheusConfig = *saved.prometheus;
    m_prometheusConfig = m_options.prometheusSource(saved);
    connect(&m_startup, &QFutureWatcherBase::finished, this, &Console::onStartupFinished);
    connect(&m_integrity, &QFutureWatcherBase::finished, this, &Console::onIntegrityChecked);
    connect(&m_auditCheck, &QFutureWatcherBase::finished, this, [this] {
        // A broken chain is a lasting condition (the log stays broken): it stays in the status bar.
        if (const AuditLog::Verification verification = m_auditCheck.result(); !verification.ok())
            reportLastingProblem(verification.summary());
    });
}

Console::~Console()
{
    m_startup.waitForFinished(); // jobs still running use the database
    m_integrity.waitForFinished();
    m_auditCheck.waitForFinished();
    // Threads stop before the objects they use: polling, then metrics, then the history writer, then
    // the views' writer (it finishes its queue first).
    m_prometheusAlerts.reset();
    m_prometheus.reset();
    m_polling.reset();
    m_alerting.reset(); // no snapshot reaches it any more; its last writes finish first
    m_tasks.reset();    // a run in progress finishes first
    m_history.reset();
    delete m_knowledgeImporter; // waits for a running import
    m_knowledgeImporter = nullptr;
    delete m_writer;
    m_writer = nullptr;
    m_window.reset();
}

void Console::start()
{
    m_window = std::make_unique<MainWindow>();
    m_probe = new StartupProbe(m_window.get(), this);
    connect(m_window.get(), &MainWindow::preferencesRequested, this, &Console::openPreferences);
    m_window->setMonitoringAvailable(!m_options.offline);
    m_window->restoreSettings();
    if (!m_options.theme.isEmpty())
        m_window->setTheme(Theme::fromName(m_options.theme));
    if (m_options.windowSize.isValid())
        m_window->resize(m_options.windowSize);
    m_window->showStartupState(tr("Opening the database…"));
    m_window->setDataSource(tr("Opening the database…"));
    if (m_options.quitAfterSeconds > 0)
        QTimer::singleShot(int(m_options.quitAfterSeconds * 1000), qApp, &QApplication::quit);
    m_window->show();
    const QString path = m_options.databaseFile();
    if (m_options.restoreBackup.isEmpty())
        openDatabase(path);
    else
        restoreThenOpen(path);
}

void Console::restoreThenOpen(const QString &path)
{
    m_window->showStartupState(tr("Restoring the database from %1…").arg(m_options.restoreBackup));
    connect(&m_restore, &QFutureWatcher<BackupRestore::Result>::finished, this, [this, path] {
        const BackupRestore::Result result = m_restore.result();
        if (!result.ok())
            reportProblem(tr("%1 The console goes on with the database as it was.").arg(result.error));
        else if (!result.auditError.isEmpty())
            reportProblem(tr("Restored, but the restore could not be written to the audit log: %1").arg(result.auditError));
        else
            m_window->showMessage(tr("Restored from %1. The content it had before is kept at %2.")
                                      .arg(m_options.restoreBackup, result.keptAsidePath),
                                  0);
        openDatabase(path);
    });
    m_restore.setFuture(QtConcurrent::run(jobPool(), [backup = m_options.restoreBackup, path] {
        return BackupRestore::run(backup, path, OsIdentity::current().user);
    }));
}

void Console::openDatabase(const QString &path)
{
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.quickCheckOnlyBeforeMigrating = true; // checkIntegrity() follows, off the critical path
    m_database = std::make_unique<Database>(options);
    StartupJob job;
    job.databasePath = path;
    job.monitoring = !m_options.offline;
    job.targetsFile = m_options.offline ? QString() : m_options.targetsFile;
    m_startup.setFuture(QtConcurrent::run(jobPool(), [job, database = m_database.get()] { return job.run(*database); }));
}

void Console::onStartupFinished()
{
    const StartupJob::Result startup = m_startup.result();
    if (startup.databaseError) {
        useTemporaryDatabase(*startup.databaseError);
        return;
    }
    // One writer thread for the views' writes (contacts, knowledge edits, target import).
    m_writer = new DatabaseWriter(*m_database, this);
    buildViews(startup);
    m_window->finishStartup();
    m_window->restoreView();
    if (!m_options.view.isEmpty())
        m_window->showView(m_options.view);
    for (const QString &problem : startup.problems)
        reportProblem(problem);

    if (m_options.offline) {
        m_window->setDataSource(tr("Offline: knowledge base, playbooks and contacts"));
        if (!m_options.screenshotPath.isEmpty())
            connect(m_knowledgeImporter, &KnowledgeImporter::finished, this, &Console::takeScreenshotWhenReady);
    } else {
        startLiveData(startup);
    }
    checkIntegrity();
    Q_EMIT ready();
}

void Console::useTemporaryDatabase(const DatabaseError &error)
{
    // The operator's file is left as it is; the console can still run on a scratch database.
    qCWarning(lcConsole).noquote() << error.message;
    if (m_fallbackDir) { // even a new file in a temporary folder failed: nothing to run on
        QMessageBox::critical(m_window.get(), tr("PayOps Console"), error.message);
        QCoreApplication::exit(1);
        return;
    }
    if (!scripted(m_options)) {
        QMessageBox box(QMessageBox::Critical, tr("PayOps Console"), error.message, QMessageBox::NoButton,
                        m_window.get());
        box.setInformativeText(tr("Continue with a temporary database? Nothing will be kept after you quit."));
        box.setStandardButtons(QMessageBox::Yes | QMessageBox::Close);
        if (box.exec() != QMessageBox::Yes) {
            QCoreApplication::exit(1);
            return;
        }
    }
    m_fallbackDir = std::make_unique<QTemporaryDir>();
    m_window->showStartupState(tr("Opening a temporary database…"));
    openDatabase(m_fallbackDir->filePath(QStringLiteral("payops.db")));
}

void Console::buildViews(const StartupJob::Result &startup)
{
    m_knowledge = std::make_unique<KnowledgeRepository>(*m_database);
    auto *browser = new KnowledgeBrowser(*m_knowledge, *m_writer);
    browser->setLanguage(QLocale().name());
    browser->setAuthorName(OsIdentity::current().user);
    m_knowledgeImporter = new KnowledgeImporter(*m_knowledge, *m_database, this);
    connect(m_knowledgeImporter, &KnowledgeImporter::finished, browser, &KnowledgeBrowser::reload);

    m_contacts = new ContactDirectory(*m_database, *m_writer, this);
    m_contacts->importDefaultsOnce(ContactDefaults::load().entries);

    auto *playbookBrowser = new PlaybookBrowser;
    playbookBrowser->setPlaybooks(startup.playbooks);
    playbookBrowser->setContactResolver([contacts = m_contacts](ContactRole role, const QString &service) {
        return contacts->contactsFor(role, service).entries;
    });
    auto *contactsView = new ContactDirectoryView(*m_contacts);
    connect(contactsView, &ContactDirectoryView::statusMessage, m_window.get(),
            [window = m_window.get()](const QString &message) { window->showMessage(message); });
    connect(playbookBrowser, &PlaybookBrowser::statusMessage, m_window.get(),
            [window = m_window.get()](const QString &message) { window->showMessage(message); });
    const auto openArticle = [this, browser](const QString &id) {
        m_window->showView(QStringLiteral("knowledge"));
        browser->openArticle(id);
    };
    connect(playbookBrowser, &PlaybookBrowser::articleRequested, browser, openArticle);

    if (!m_options.offline) {
        m_dashboard = new DashboardView;
        m_dashboard->setServices(startup.services);
        m_dashboard->setTimeRange(DashboardTimeRange::fromString(
            QSettings().value(QStringLiteral("dashboard/range")).toString(), m_dashboard->timeRange()));
        connect(m_dashboard, &DashboardView::timeRangeChanged, this, [](const DashboardTimeRange &range) {
            QSettings().setValue(QStringLiteral("dashboard/range"), range.toString());
        });
        m_window->addView(QStringLiteral("dashboard"), QIcon(QStringLiteral(":/icons/dashboard.svg")), tr("Dashboard"),
                          m_dashboard);
        m_servicesView = new ServicesView;
        m_servicesView->setServices(startup.services);
        m_window->addView(QStringLiteral("services"), QIcon(QStringLiteral(":/icons/services.svg")), tr("Services"),
                          m_servicesView);
        buildTargetsView();
        buildFirstRunPage();
        buildAlertsView(startup);
        connect(m_alertsView, &AlertsView::playbookRequested, playbookBrowser, [this, playbookBrowser](const QString &id) {
            m_window->showView(QStringLiteral("playbooks"));
            playbookBrowser->openPlaybook(id);
        });
    }
    m_window->addView(QStringLiteral("knowledge"), QIcon(QStringLiteral(":/icons/knowledge.svg")), tr("Knowledge Base"),
                      browser);
    m_window->addView(QStringLiteral("playbooks"), QIcon(QStringLiteral(":/icons/playbooks.svg")), tr("Playbooks"),
                      playbookBrowser);
    m_window->addView(QStringLiteral("contacts"), QIcon(QStringLiteral(":/icons/contacts.svg")), tr("Contacts"),
                      contactsView);
    buildIncidentsView(startup);
    connect(m_wizards, &WizardLauncher::articleRequested, browser, openArticle);
    if (!m_options.offline)
        buildTasksView();
}

void Console::buildTasksView()
{
    m_taskDesk = new TaskDesk(*m_database, *m_writer, {}, OsIdentity::current(), this);
    auto *view = new TasksView(*m_taskDesk);
    connect(view, &TasksView::statusMessage, m_window.get(),
            [window = m_window.get()](const QString &message) { window->showMessage(message); });
    m_window->addView(QStringLiteral("tasks"), QIcon(QStringLiteral(":/icons/tasks.svg")), tr("Tasks"), view);
    // A restore replaces the whole file under every open connection and cache: the console closes
    // and main() starts it again with --restore-backup, so the copy is made with nothing open.
    connect(view, &TasksView::restoreRequested, this, [this](const QString &backup) {
        m_pendingRestore = backup;
        QCoreApplication::quit();
    });
    // A run asked for in the window starts now, not at the task thread's next pass.
    connect(m_taskDesk, &TaskDesk::runRequested, this, [this] {
        if (m_tasks)
            QMetaObject::invokeMethod(m_tasks->worker(), &TaskWorker::runDue);
    });
}

void Console::buildIncidentsView(const StartupJob::Result &startup)
{
    // Also offline (--kb): past incidents and their timelines stay readable.
    m_incidents = new IncidentDesk(*m_database, *m_writer, {}, OsIdentity::current(), this);
    m_incidentsView = new IncidentsView(*m_incidents);
    m_incidentsView->setServices(startup.services);
    QList<QPair<QString, QString>> types;
    for (const Playbook &playbook : startup.playbooks)
        types.append({playbook.id, playbook.title.text()});
    m_incidentsView->setTypes(types);
    connect(m_incidentsView, &IncidentsView::statusMessage, m_window.get(),
            [window = m_window.get()](const QString &message) { window->showMessage(message); });
    m_window->addView(QStringLiteral("incidents"), QIcon(QStringLiteral(":/icons/alerts.svg")), tr("Incidents"),
                      m_incidentsView);

    // The troubleshooting wizard, one window per incident; offline it runs with manual checks only.
    WizardContext context;
    context.desk = m_incidents;
    context.playbooks = startup.playbooks;
    context.targets = startup.targets;
    context.live = !m_options.offline;
    m_wizards = new WizardLauncher(context, m_window.get(), this);
    connect(m_incidentsView, &IncidentsView::troubleshootRequested, m_wizards, &WizardLauncher::open);
    if (m_dashboard) {
        // A service tile's "Troubleshoot": what is wrong is asked first, then the wizard starts.
        connect(m_dashboard, &DashboardView::troubleshootRequested, this, [this](const QString &service) {
            m_window->showView(QStringLiteral("incidents"));
            m_incidentsView->newIncident(service, true);
        });
    }
    if (!m_alertsView)
        return;
    // A critical firing opens (or joins) its incident: the desk needs the rules' playbooks for that.
    connect(m_alertsDesk, &AlertsDesk::rulesLoaded, m_incidents, &IncidentDesk::setRules);
    // "Troubleshoot" on an alert: the incident of that service and type, opened or joined, selected.
    connect(m_alertsView, &AlertsView::troubleshootRequested, this, [this](const QString &service, const QString &type) {
        IncidentRepository::NewIncident incident;
        incident.services = {service};
        incident.type = type;
        m_incidents->open(incident, [this](const IncidentRepository::OpenResult &result) {
            if (!result.ok())
                return;
            m_window->showView(QStringLiteral("incidents"));
            m_incidentsView->showIncident(result.id);
            m_wizards->open(result.id);
        });
    });
}

void Console::startLiveData(const StartupJob::Result &startup)
{
    connect(m_window.get(), &MainWindow::importTargetsRequested, this, &Console::importTargets);
    connect(m_window.get(), &MainWindow::exportTargetsRequested, this, &Console::exportTargets);
    connect(m_window.get(), &MainWindow::exportChartRequested, m_dashboard,
            &DashboardView::exportCurrentChartInteractively);
    connect(m_dashboard, &DashboardView::notice, m_window.get(),
            [window = m_window.get()](const QString &message) { window->showMessage(message); });
    connect(m_window.get(), &MainWindow::dataSourceRequested, this, &Console::openDataSource);
    if (m_prometheusConfig)
        startPrometheusSource();
    else
        startPolling(startup.targets);
}

void Console::startPolling(const QList<ServiceTarget> &targets)
{
    if (!m_polling) {
        m_polling = std::make_unique<PollingPipeline>();
        connect(m_polling->scraper(), &ScrapeWorker::healthChecked, m_servicesView, &ServicesView::showHealth);
        connect(m_polling->scraper(), &ScrapeWorker::scraped, m_targetsView, &TargetsView::showScrape);
        connect(m_polling->scraper(), &ScrapeWorker::loadMeasured, this, &Console::showPollingLoad);
        MetricsPublisher *metrics = m_polling->publisher();
        connect(metrics, &MetricsPublisher::notice, this, &Console::reportProblem);
        connectSnapshotConsumers(metrics, &MetricsPublisher::published);
        if (m_history) // polling records its history; with Prometheus, Prometheus keeps it
            connect(metrics, &MetricsPublisher::published, m_history->worker(), &HistoryRecorder::record);
    }
    m_polling->setTargets(targets);
    m_window->setDataSource(tr("Polling %n target(s) directly", nullptr, int(targets.size())));
}

template<typename Source>
void Console::connectSnapshotConsumers(Source *source, void (Source::*published)(const MetricsSnapshot &))
{
    // Both sources stay connected once made; only the live one publishes (the other is stopped).
    connect(source, published, this, &Console::showSnapshot);
    connect(source, published, m_dashboard, &DashboardView::applySnapshot);
    if (m_alerting) // every snapshot, queued onto the alerts thread: the beat never waits for a write
        connect(source, published, m_alerting->worker(), &AlertWorker::evaluate);
}

void Console::showPollingLoad(const PollingLoad &load)
{
    const QLocale locale;
    m_window->setPollingWarning(
        load.behind ? tr("Polling behind: effective interval %1 s for %Ln target(s)", nullptr, load.targets)
                          .arg(locale.toString(load.effectiveIntervalMs() / 1000.0, 'f', 1))
                    : QString());
}

void Console::startPrometheusSource()
{
    // The metrics and their history from Prometheus' HTTP API instead of polling the services.
    if (!m_prometheus) {
        m_prometheus = std::make_unique<WorkerThread<PrometheusSource>>(QStringLiteral("prometheus"), *m_prometheusConfig,
                                                                         PrometheusSource::Clock());
        PrometheusSource *source = m_prometheus->worker();
        connectSnapshotConsumers(source, &PrometheusSource::published);
        connect(source, &PrometheusSource::failed, this, &Console::reportProblem);
    }
    QMetaObject::invokeMethod(m_prometheus->worker(), [source = m_prometheus->worker(), config = *m_prometheusConfig] {
        source->setConfig(config);
        source->start();
    });
    m_window->setDataSource(tr("Prometheus %1").arg(m_prometheusConfig->baseUrl.toDisplayString()));
    useLiveHistorySource();
}

void Console::useLiveHistorySource()
{
    HistorySource *history = nullptr;
    if (m_prometheusConfig && m_prometheus)
        history = m_prometheus->worker(); // Prometheus keeps the history: nothing is recorded here
    else if (m_history)
        history = m_history->worker();
    m_dashboard->setHistorySource(history);
    m_wizards->setHistorySource(history);
    if (m_alertsDesk)
        m_alertsDesk->setHistorySource(history);
    if (history)
        m_dashboard->backfillFromHistory(); // the chart's range again, from the source now live
}

void Console::usePrometheusAlerts()
{
    // Beside the console's own alerts, Prometheus' own (its rule files), read-only, while it is the source.
    m_prometheusAlerts.reset();
    m_alertsView->setPrometheusAlertsAvailable(m_prometheusConfig.has_value());
    if (!m_prometheusConfig)
        return;
    m_prometheusAlerts = std::make_unique<WorkerThread<PrometheusAlerts>>(QStringLiteral("prometheus-alerts"),
                                                                          *m_prometheusConfig);
    connect(m_prometheusAlerts->worker(), &PrometheusAlerts::alertsRead, m_alertsView, &AlertsView::setPrometheusAlerts);
    connect(m_prometheusAlerts->worker(), &PrometheusAlerts::failed, m_alertsView, &AlertsView::setPrometheusAlertsError);
    QMetaObject::invokeMethod(m_prometheusAlerts->worker(), &PrometheusAlerts::start);
}

void Console::openDataSource()
{
    DataSourceChoice current;
    current.prometheus = m_prometheusConfig;
    auto *dialog = new DataSourceDialog(current, m_lastPrometheusConfig, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { switchDataSource(dialog->choice()); });
    dialog->open();
}

void Console::switchDataSource(const DataSourceChoice &choice)
{
    QSettings settings;
    choice.save(settings);
    if (choice.prometheus)
        m_lastPrometheusConfig = *choice.prometheus;
    // The source that runs stops (its objects stay: views and open wizards may still hold them).
    if (m_prometheus)
        QMetaObject::invokeMethod(m_prometheus->worker(), &PrometheusSource::stop);
    if (m_polling)
        m_polling->pause();
    m_window->setPollingWarning({});
    m_prometheusConfig = choice.prometheus;
    if (m_prometheusConfig) {
        startPrometheusSource();
    } else {
        startPolling(m_targets->targets());
        useLiveHistorySource();
    }
    if (m_alerting) // the alert engine runs once the file is known sound; until then startAlerts() does this
        usePrometheusAlerts();
    updateFirstRunPage(nullptr);
    m_window->showMessage(m_prometheusConfig ? tr("Now reading the metrics from Prometheus at %1")
                                                   .arg(m_prometheusConfig->baseUrl.toDisplayString())
                                             : tr("Now polling the %n target(s) directly", nullptr,
                                                  int(m_targets->targets().size())));
}

void Console::checkIntegrity()
{
    // The file opened without reading it whole (DatabaseOptions::quickCheckOnlyBeforeMigrating): live
    // data shows meanwhile; what writes to the file in the background starts once it is known sound.
    m_window->setDatabaseFile(tr("%1 (checking…)").arg(m_database->path()));
    m_integrity.setFuture(QtConcurrent::run(jobPool(), [database = m_database.get()] {
        std::optional<DatabaseError> error = database->checkIntegrity();
        database->releaseConnection();
        return error;
    }));
}

void Console::onIntegrityChecked()
{
    m_window->setDatabaseFile(m_database->path());
    if (const std::optional<DatabaseError> error = m_integrity.result()) {
        reportProblem(tr("%1 Live data keeps coming, but no history is recorded and the knowledge base is not "
                         "updated until the file is repaired or replaced.").arg(error->message));
        if (m_options.offline && !m_options.screenshotPath.isEmpty())
            takeScreenshotWhenReady(); // no import will finish to trigger it
        return;
    }
    if (!m_options.offline)
        startHistory();
    startAlerts();
    if (!m_options.offline && !m_prometheusConfig)
        useLiveHistorySource(); // queued behind the recorder's start(): answered once the history is open
    if (!m_options.offline)
        startTasks();
    m_knowledgeImporter->start();
    verifyAuditLog();
}

void Console::verifyAuditLog()
{
    m_auditCheck.setFuture(QtConcurrent::run(jobPool(), [database = m_database.get()] {
        AuditLog::Verification verification = AuditLog(*database).verify();
        database->releaseConnection();
        return verification;
    }));
}

void Console::startHistory()
{
    m_history = std::make_unique<WorkerThread<HistoryRecorder>>(QStringLiteral("history"), *m_database,
                                                                 historyOptionsOf(m_preferences));
    HistoryRecorder *history = m_history->worker();
    connect(history, &HistoryRecorder::failed, this, &Console::reportProblem);
    connect(history, &HistoryRecorder::writeFailing, this, &Console::reportLastingProblem);
    connect(history, &HistoryRecorder::writeResumed, this, &Console::reportRecovery);
    QMetaObject::invokeMethod(history, &HistoryRecorder::start);
    if (m_polling) // polling records its history; with Prometheus, Prometheus keeps it
        connect(m_polling->publisher(), &MetricsPublisher::published, history, &HistoryRecorder::record);
}

void Console::buildAlertsView(const StartupJob::Result &startup)
{
    // Built with the other views; the engine behind it starts once the file is known sound
    // (startAlerts), as the history recorder does: until then its actions say so.
    m_alertsDesk = new AlertsDesk(*m_database, *m_writer, this);
    m_alertsView = new AlertsView(*m_alertsDesk);
    m_alertsView->setServices(startup.services);
    connect(m_alertsDesk, &AlertsDesk::problem, this, &Console::reportProblem);
    connect(m_alertsView, &AlertsView::statusMessage, m_window.get(),
            [window = m_window.get()](const QString &message) { window->showMessage(message); });
    m_window->addView(QStringLiteral("alerts"), QIcon(QStringLiteral(":/icons/alerts.svg")), tr("Alerts"), m_alertsView);

    // Tray, desktop notifications and sounds; a click opens the alert here.
    m_alertNotifier = new AlertNotifier(*m_alertsDesk, {}, true, this);
    connect(m_alertNotifier, &AlertNotifier::openRequested, this, [this](const QString &rule, const QString &service) {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
        m_window->showView(QStringLiteral("alerts"));
        m_alertsView->showAlert(rule, service);
    });

    // The dashboard follows the alerts: threshold lines from the rules (one source of truth),
    // tiles from the firing alerts, and the charts' firing spans.
    connect(m_alertsDesk, &AlertsDesk::rulesLoaded, m_dashboard, [this](const QList<AlertRule> &rules) {
        m_dashboard->setThresholds(DashboardThresholds::fromRules(rules));
        m_alertSpans.setRules(rules);
        m_dashboard->setAlertSpans(m_alertSpans.spans());
    });
    connect(m_alertsDesk, &AlertsDesk::alertsChanged, m_dashboard, &DashboardView::setActiveAlerts);
    connect(m_alertsDesk, &AlertsDesk::historyLoaded, m_dashboard, [this](const QList<AlertTransition> &history) {
        if (m_alertSpans.apply(history))
            m_dashboard->setAlertSpans(m_alertSpans.spans());
    });
}

void Console::startTasks()
{
    m_tasks = std::make_unique<WorkerThread<TaskWorker>>(QStringLiteral("payops-tasks"), *m_database);
    TaskWorker *worker = m_tasks->worker();
    connect(worker, &TaskWorker::problem, this, &Console::reportProblem);
    connect(worker, &TaskWorker::runEnded, this, [this](const QString &task, const QString &text, bool failed) {
        if (failed)
            reportProblem(tr("Task %1 failed: %2").arg(task, text));
        else
            m_window->showMessage(tr("Task %1: %2").arg(task, text));
    });
    if (m_taskDesk)
        connect(worker, &TaskWorker::tasksChanged, m_taskDesk, &TaskDesk::reload);
    // A failed or overdue task raises an alert: its health goes to the alert rules (startAlerts ran).
    if (m_alerting)
        connect(worker, &TaskWorker::healthRead, m_alerting->worker(), &AlertWorker::setConsoleValues);
    QMetaObject::invokeMethod(worker, &TaskWorker::start);
}

void Console::startAlerts()
{
    if (!m_alertsDesk || m_alerting)
        return;
    m_alerting = std::make_unique<WorkerThread<AlertWorker>>(QStringLiteral("payops-alerts"), *m_database);
    AlertWorker *worker = m_alerting->worker();
    connect(worker, &AlertWorker::problem, this, &Console::reportProblem);
    m_alertsDesk->attachWorker(worker);
    // Critical firings open or join incidents and fill their timelines, on the writer thread.
    if (m_incidents)
        connect(worker, &AlertWorker::transitioned, m_incidents, &IncidentDesk::recordTransitions);
    connect(worker, &AlertWorker::transitioned, m_dashboard, [this](const QList<AlertTransition> &transitions) {
        if (m_alertSpans.apply(transitions))
            m_dashboard->setAlertSpans(m_alertSpans.spans());
    });
    QMetaObject::invokeMethod(worker, &AlertWorker::start);
    // The last day's firings for the charts (a restart keeps them marked).
    AlertHistoryStore::HistoryQuery recent;
    recent.sinceMs = QDateTime::currentMSecsSinceEpoch() - 24 * 3600 * 1000;
    recent.limit = 5000;
    m_alertsDesk->loadHistory(recent);
    // Every snapshot of the sources made so far, queued onto the alerts thread.
    if (m_polling)
        connect(m_polling->publisher(), &MetricsPublisher::published, worker, &AlertWorker::evaluate);
    if (m_prometheus)
        connect(m_prometheus->worker(), &PrometheusSource::published, worker, &AlertWorker::evaluate);
    usePrometheusAlerts();
}

void Console::reportProblem(const QString &message)
{
    // The one place a problem is told: the log for whoever reads it later, the status bar for the
    // operator now (it stays until the next message: a problem is not a passing notice).
    qCWarning(lcConsole).noquote() << message;
    m_window->showMessage(message, 0);
}

void Console::reportLastingProblem(const QString &message)
{
    // A condition rather than an event (the disk stays full): it stays in the status bar until it
    // is over, whatever other messages come meanwhile.
    qCWarning(lcConsole).noquote() << message;
    m_window->setWarning(message);
}

void Console::reportRecovery(const QString &message)
{
    qCInfo(lcConsole).noquote() << message;
    m_window->setWarning({});
    m_window->showMessage(message);
}

void Console::showSnapshot(const MetricsSnapshot &snapshot)
{
    int up = 0, total = 0;
    for (const ServiceState &service : snapshot.services) {
        up += service.instancesUp;
        total += service.instances;
    }
    m_window->setTargetsSummary(up, total);
    m_anyTargetAnswered = m_anyTargetAnswered || up > 0;
    updateFirstRunPage(&snapshot);
    m_window->setLastPoll(QDateTime::fromMSecsSinceEpoch(snapshot.timestampMs));
    if (!snapshot.values.isEmpty())
        m_probe->dataShown();
    m_servicesView->showSnapshot(snapshot);
    m_wizards->showSnapshot(snapshot);
    // A picture is worth taking once every answering service has its rates (two scrapes in) and the
    // history the dashboard asked for has arrived; otherwise the next snapshot asks again.
    const bool complete = std::all_of(snapshot.services.cbegin(), snapshot.services.cend(), [&](const ServiceState &s) {
        return s.state == ServiceState::State::Down || snapshot.value(QStringLiteral("tps"), s.service).has_value();
    });
    if (!m_options.screenshotPath.isEmpty() && total > 0 && complete && !m_dashboard->isLoadingHistory())
        takeScreenshotWhenReady();
}

void Console::importTargets(const QString &path)
{
    // Reading the file and the configured targets happens on the writer thread, not here.
    Database &database = *m_database;
    m_writer->submit(
        this,
        [&database, path](QSqlDatabase &) {
            return TargetRepository(database).previewFile(path, TargetRepository::ImportMode::Replace);
        },
        [this, path](const TargetImportPreview &preview) {
            if (!preview.ok()) {
                QMessageBox::warning(m_window.get(), tr("Import Targets"),
                                     tr("The targets file %1 was not imported: %2").arg(path, preview.error()));
                return;
            }
            auto *dialog = new TargetImportDialog(preview, QFileInfo(path).fileName(), m_window.get());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog, path] { applyTargetImport(path, dialog->preview()); });
            dialog->open();
        });
}

void Console::applyTargetImport(const QString &path, const TargetImportPreview &preview)
{
    // The new list reaches polling and the views through TargetsDesk::targetsChanged.
    m_targets->applyImport(preview, this, [this, path, count = preview.targets().size()](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::warning(m_window.get(), tr("Import Targets"),
                                 tr("The targets file %1 was not imported: %2").arg(path, error));
        else
            m_window->showMessage(tr("Imported %n target(s) from %1", nullptr, int(count)).arg(path));
    });
}

void Console::buildTargetsView()
{
    m_targets = new TargetsDesk(*m_database, *m_writer, this);
    m_targetsView = new TargetsView(*m_targets);
    m_targetsView->setNewTargetDefaults(m_preferences.defaultIntervalMs, m_preferences.defaultTimeoutMs);
    m_window->addView(QStringLiteral("targets"), QIcon(QStringLiteral(":/icons/targets.svg")), tr("Targets"),
                      m_targetsView);
    connect(m_targetsView, &TargetsView::statusMessage, m_window.get(),
            [window = m_window.get()](const QString &message) { window->showMessage(message); });
    connect(m_targetsView, &TargetsView::importRequested, m_window.get(), &MainWindow::chooseTargetsToImport);
    connect(m_targetsView, &TargetsView::exportRequested, m_window.get(), &MainWindow::chooseTargetsExport);
    // Every change, made here or imported, applies at once: polling forgets removed targets
    // (ScrapeWorker::targetsChanged) and the views show the services the targets cover. With
    // --prometheus, Prometheus scrapes and only the list of services changes.
    connect(m_targets, &TargetsDesk::targetsChanged, this, [this](const QList<ServiceTarget> &targets, const QStringList &services) {
        if (m_polling && !m_prometheusConfig) {
            m_polling->setTargets(targets);
            m_window->setDataSource(tr("Polling %n target(s) directly", nullptr, int(targets.size())));
        }
        m_servicesView->setServices(services);
        m_dashboard->setServices(services);
        updateFirstRunPage(nullptr);
        if (m_alertsView)
            m_alertsView->setServices(services);
        if (m_incidentsView)
            m_incidentsView->setServices(services);
    });
    m_targets->reload();
}

void Console::exportTargets(const QString &path)
{
    Database &database = *m_database;
    m_writer->submit(
        this, [&database, path](QSqlDatabase &) { return TargetRepository(database).exportFile(path); },
        [this, path](const std::optional<QString> &error) {
            if (error)
                QMessageBox::warning(m_window.get(), tr("Export Targets"), *error);
            else
                m_window->showMessage(tr("Targets written to %1").arg(path));
        });
}

void Console::buildFirstRunPage()
{
    m_firstRun = new FirstRunPage;
    m_firstRun->hide();
    m_dashboard->setCover(m_firstRun);
    connect(m_firstRun, &FirstRunPage::watchSimulatorRequested, this, &Console::watchBundledSimulator);
    connect(m_firstRun, &FirstRunPage::importRequested, m_window.get(), &MainWindow::chooseTargetsToImport);
    connect(m_firstRun, &FirstRunPage::prometheusRequested, this, &Console::openDataSource);
    connect(m_firstRun, &FirstRunPage::addTargetRequested, this, [this] {
        m_window->showView(QStringLiteral("targets"));
        m_targetsView->startAdding();
    });
    connect(m_firstRun, &FirstRunPage::dashboardRequested, this, [this] {
        m_firstRunDismissed = true;
        m_firstRun->hide();
    });
}

void Console::updateFirstRunPage(const MetricsSnapshot *snapshot)
{
    if (!m_firstRun)
        return;
    bool show = false;
    if (m_prometheusConfig) {
        show = false; // Prometheus scrapes: the console's own targets do not matter
    } else if (m_targets->targets().isEmpty()) {
        m_firstRun->showNoTargets();
        show = true;
    } else if (snapshot && !m_anyTargetAnswered && !m_firstRunDismissed && !snapshot->services.isEmpty()
               && std::all_of(snapshot->services.cbegin(), snapshot->services.cend(),
                              [](const ServiceState &s) { return s.state == ServiceState::State::Down; })) {
        QStringList reasons;
        for (const ServiceState &service : snapshot->services)
            reasons << tr("%1: %2").arg(service.service, service.reason.isEmpty() ? tr("no answer") : service.reason);
        m_firstRun->showUnreachable(int(m_targets->targets().size()), reasons);
        show = true;
    } else if (!snapshot) {
        show = m_firstRun->isVisible() && !m_anyTargetAnswered && !m_firstRunDismissed; // until the next snapshot says
    }
    m_firstRun->setVisible(show);
}

void Console::watchBundledSimulator()
{
    if (!m_simulator) {
        m_simulator = new BundledSimulator(this);
        connect(m_simulator, &BundledSimulator::ready, this, [this] {
            m_firstRun->setSimulatorState(tr("paysim is running; its four services are being added…"));
            m_targets->merge(ServiceTarget::paysimDefaults(), this, [this](const QString &error) {
                if (!error.isEmpty()) {
                    m_firstRun->setSimulatorState(tr("paysim runs, but its services could not be added: %1").arg(error));
                    return;
                }
                m_firstRun->setSimulatorState({});
                m_window->showMessage(tr("Watching the bundled simulator (paysim on 127.0.0.1:9101-9104); it stops "
                                         "when the console does"));
            });
        });
        connect(m_simulator, &BundledSimulator::failed, this, [this](const QString &reason) {
            m_firstRun->setSimulatorState(reason);
            reportProblem(reason);
        });
    }
    m_firstRun->setSimulatorState(tr("Starting paysim…"));
    m_simulator->start();
}

void Console::openPreferences()
{
    const auto open = [this](qint64 seriesCount) {
        Preferences current = m_preferences;
        current.theme = Theme::name(m_window->theme()); // as shown, whether from the menu or --theme
        auto *dialog = new PreferencesDialog(current, seriesCount, m_database ? m_database->path() : QString(),
                                             m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { applyPreferences(dialog->preferences()); });
        connect(dialog, &PreferencesDialog::moveDatabaseRequested, this, &Console::requestDatabaseMove);
        dialog->open();
    };
    if (!m_writer) { // still opening the database
        open(-1);
        return;
    }
    m_writer->submit(
        this,
        [](QSqlDatabase &db) {
            QSqlQuery query(db);
            return query.exec(QStringLiteral("SELECT COUNT(*) FROM history_series")) && query.next()
                ? query.value(0).toLongLong()
                : qint64(-1);
        },
        open);
}

void Console::requestDatabaseMove(const QString &path)
{
    const auto answer = QMessageBox::question(
        m_window.get(), tr("Move the Database"),
        tr("The console closes the database, copies it to %1, proves the copy, removes the old file and starts "
           "again from the new one. Polling pauses for the seconds this takes; every sample recorded so far "
           "moves with the file.\n\nMove it now?")
            .arg(path),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_pendingMove = path;
    QApplication::quit();
}

void Console::applyPreferences(const Preferences &preferences)
{
    const bool newLanguage = preferences.language != m_preferences.language;
    m_preferences = preferences;
    QSettings settings;
    preferences.save(settings);
    m_window->setTheme(Theme::fromName(preferences.theme));
    if (m_history) {
        const HistoryOptions history = historyOptionsOf(preferences);
        QMetaObject::invokeMethod(m_history->worker(), [recorder = m_history->worker(), history] {
            recorder->setRetention(history.rawRetentionMs, history.minuteRetentionMs, history.hourRetentionMs);
        });
    }
    if (m_targetsView)
        m_targetsView->setNewTargetDefaults(preferences.defaultIntervalMs, preferences.defaultTimeoutMs);
    m_window->showMessage(newLanguage ? tr("Preferences saved; the new language is used from the next start")
                                      : tr("Preferences saved and applied"));
}

void Console::takeScreenshotWhenReady()
{
    if (m_screenshotTaken)
        return;
    m_screenshotTaken = true;
    // The charts replot on a timer tick; ask for it now. Their queued replots run before this
    // zero-timer does, so the picture shows what just arrived.
    if (m_dashboard)
        m_dashboard->flushCharts();
    QTimer::singleShot(0, this, &Console::saveScreenshot);
}

void Console::saveScreenshot()
{
    if (!m_window->grab().save(m_options.screenshotPath)) {
        qCCritical(lcConsole).noquote() << tr("Could not write the screenshot to %1").arg(m_options.screenshotPath);
        QCoreApplication::exit(1);
        return;
    }
    QApplication::quit();
}

} // namespace payops
