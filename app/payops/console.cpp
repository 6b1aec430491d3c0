#include "app/payops/console.h"

#include "models/consoleschema.h"
#include "models/contacts/contactdefaults.h"
#include "models/contacts/contactdirectory.h"
#include "widgets/contacts/contactdirectoryview.h"
#include "widgets/dashboard/dashboardview.h"
#include "models/incidents/playbookrepository.h"
#include "widgets/knowledge/knowledgebrowser.h"
#include "models/knowledge/knowledgeimporter.h"
#include "models/knowledge/knowledgerepository.h"
#include "widgets/mainwindow.h"
#include "models/metrics/scrapethread.h"
#include "widgets/playbooks/playbookbrowser.h"
#include "models/services/targetrepository.h"
#include "widgets/servicesview.h"
#include "models/storage/database.h"
#include "models/storage/databasewriter.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace payops {

namespace {

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("payops.db"));
}

bool scripted(const ConsoleOptions &options)
{
    return !options.screenshotPath.isEmpty() || options.quitAfterSeconds > 0;
}

} // namespace

Console::Console(ConsoleOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

Console::~Console()
{
    // Threads stop before the objects they use: polling, then metrics, then the history writer.
    m_prometheus.reset();
    m_scrape.reset();
    m_metrics.reset();
    m_history.reset();
    m_window.reset();
}

bool Console::start()
{
    if (!openDatabase())
        return false;
    m_window = std::make_unique<MainWindow>();
    m_window->setDatabaseFile(m_database->path());
    m_window->setMonitoringAvailable(!m_options.offline);
    buildOfflineViews();
    if (m_options.offline)
        m_window->setDataSource(tr("Offline: knowledge base, playbooks and contacts"));
    else
        startMonitoring();

    m_window->restoreSettings();
    if (!m_options.theme.isEmpty())
        m_window->setTheme(Theme::fromName(m_options.theme));
    if (!m_options.view.isEmpty())
        m_window->showView(m_options.view);
    if (m_options.windowSize.isValid())
        m_window->resize(m_options.windowSize);
    if (m_options.quitAfterSeconds > 0)
        QTimer::singleShot(int(m_options.quitAfterSeconds * 1000), qApp, &QApplication::quit);
    m_window->show();
    return true;
}

bool Console::openDatabase()
{
    const QString path = m_options.databasePath.isEmpty() ? defaultDatabasePath() : m_options.databasePath;
    m_database = std::make_unique<Database>(ConsoleSchema::databaseOptions());
    const std::optional<DatabaseError> error = m_database->open(path);
    if (!error)
        return true;
    // The operator's file is left as it is; the console can still run on a scratch database.
    std::fprintf(stderr, "%s\n", qPrintable(error->message));
    if (!scripted(m_options)) {
        QMessageBox box(QMessageBox::Critical, tr("PayOps Console"), error->message);
        box.setInformativeText(tr("Continue with a temporary database? Nothing will be kept after you quit."));
        box.setStandardButtons(QMessageBox::Yes | QMessageBox::Close);
        if (box.exec() != QMessageBox::Yes)
            return false;
    }
    m_fallbackDir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(ConsoleSchema::databaseOptions());
    return !m_database->open(m_fallbackDir->filePath(QStringLiteral("payops.db"))).has_value();
}

void Console::buildOfflineViews()
{
    m_targets = std::make_unique<TargetRepository>(*m_database);
    m_knowledge = std::make_unique<KnowledgeRepository>(*m_database);
    // One writer thread for the views' writes (contacts, knowledge edits); a child of the window, so it
    // finishes its queue and stops before the repositories and the database go.
    m_writer = new DatabaseWriter(*m_database, m_window.get());
    DatabaseWriter *writer = m_writer;
    auto *browser = new KnowledgeBrowser(*m_knowledge, *writer);
    browser->setLanguage(QLocale().name());
    browser->setAuthorName(qEnvironmentVariable("USER", tr("operator")));
    m_knowledgeImporter = new KnowledgeImporter(*m_knowledge, *m_database, this);
    connect(m_knowledgeImporter, &KnowledgeImporter::finished, browser, &KnowledgeBrowser::reload);

    PlaybookLoader::Context context;
    context.knownServices = m_targets->services();
    PlaybookRepository playbooks(*m_database, PlaybookLoader(context));
    if (const auto synced = playbooks.importDefaults(); !synced.error.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(synced.error));
    m_contacts = new ContactDirectory(*m_database, *writer, this);
    m_contacts->importDefaultsOnce(ContactDefaults::load().entries);

    auto *playbookBrowser = new PlaybookBrowser;
    playbookBrowser->setPlaybooks(playbooks.all().playbooks);
    playbookBrowser->setContactResolver([contacts = m_contacts](ContactRole role, const QString &service) {
        return contacts->contactsFor(role, service).entries;
    });
    auto *contactsView = new ContactDirectoryView(*m_contacts);
    connect(contactsView, &ContactDirectoryView::statusMessage, m_window.get(),
            [window = m_window.get()](const QString &message) { window->showMessage(message); });
    connect(playbookBrowser, &PlaybookBrowser::articleRequested, browser, [this, browser](const QString &id) {
        m_window->showView(QStringLiteral("knowledge"));
        browser->openArticle(id);
    });

    if (!m_options.offline) {
        m_dashboard = new DashboardView;
        m_dashboard->setServices(m_targets->services());
        m_dashboard->setTimeRange(DashboardTimeRange::fromString(
            QSettings().value(QStringLiteral("dashboard/range")).toString(), m_dashboard->timeRange()));
        connect(m_dashboard, &DashboardView::timeRangeChanged, this, [](const DashboardTimeRange &range) {
            QSettings().setValue(QStringLiteral("dashboard/range"), range.toString());
        });
        m_window->addView(QStringLiteral("dashboard"), QIcon(QStringLiteral(":/icons/dashboard.svg")), tr("Dashboard"),
                          m_dashboard);
        m_servicesView = new ServicesView;
        m_servicesView->setServices(m_targets->services());
        m_window->addView(QStringLiteral("services"), QIcon(QStringLiteral(":/icons/services.svg")), tr("Services"),
                          m_servicesView);
    }
    m_window->addView(QStringLiteral("knowledge"), QIcon(QStringLiteral(":/icons/knowledge.svg")), tr("Knowledge Base"),
                      browser);
    m_window->addView(QStringLiteral("playbooks"), QIcon(QStringLiteral(":/icons/playbooks.svg")), tr("Playbooks"),
                      playbookBrowser);
    m_window->addView(QStringLiteral("contacts"), QIcon(QStringLiteral(":/icons/contacts.svg")), tr("Contacts"),
                      contactsView);

    if (m_options.offline && !m_options.screenshotPath.isEmpty())
        connect(m_knowledgeImporter, &KnowledgeImporter::finished, this, &Console::takeScreenshotWhenReady);
    m_knowledgeImporter->start();
}

void Console::startMonitoring()
{
    if (const std::optional<QString> error = m_targets->ensureDefaults())
        showProblem(*error);
    TargetRepository::Listing listing = m_targets->list();
    if (!m_options.targetsFile.isEmpty()) {
        listing = m_targets->importFile(m_options.targetsFile);
        if (!listing.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(listing.error));
            showProblem(listing.error);
            listing = m_targets->list(); // keep polling what was configured before
        }
    }
    m_servicesView->setServices(m_targets->services());
    m_dashboard->setServices(m_targets->services());

    m_history = std::make_unique<WorkerThread<HistoryRecorder>>(QStringLiteral("history"), *m_database);
    HistoryRecorder *history = m_history->worker();
    connect(history, &HistoryRecorder::failed, this, &Console::showProblem);
    connect(m_window.get(), &MainWindow::importTargetsRequested, this, &Console::importTargets);
    connect(m_window.get(), &MainWindow::exportTargetsRequested, this, &Console::exportTargets);
    connect(m_window.get(), &MainWindow::exportChartRequested, m_dashboard,
            &DashboardView::exportCurrentChartInteractively);
    connect(m_dashboard, &DashboardView::notice, m_window.get(),
            [window = m_window.get()](const QString &message) { window->showMessage(message); });
    QMetaObject::invokeMethod(history, &HistoryRecorder::start);

    if (m_options.prometheusUrl.isValid())
        startPrometheusSource(); // records nothing: Prometheus keeps the history
    else
        startPolling(history, listing.targets);
    m_dashboard->backfillFromHistory(); // queued behind start(): answered once the history is open
}

template<typename Source>
void Console::showAndRecord(Source *source, HistoryRecorder *history)
{
    if (history) // null for Prometheus: it keeps the history, SQLite does not copy it
        connect(source, &Source::published, history, &HistoryRecorder::record);
    connect(source, &Source::published, this, &Console::showSnapshot);
    connect(source, &Source::published, m_dashboard, &DashboardView::applySnapshot);
}

void Console::startPolling(HistoryRecorder *history, const QList<ServiceTarget> &targets)
{
    m_metrics = std::make_unique<WorkerThread<MetricsPublisher>>(QStringLiteral("metrics"));
    m_scrape = std::make_unique<ScrapeThread>();
    MetricsPublisher *metrics = m_metrics->worker();
    connect(m_scrape->worker(), &ScrapeWorker::scraped, metrics, &MetricsPublisher::ingest);
    connect(m_scrape->worker(), &ScrapeWorker::healthChecked, metrics, &MetricsPublisher::ingestHealth);
    connect(m_scrape->worker(), &ScrapeWorker::healthChecked, m_servicesView, &ServicesView::showHealth);
    showAndRecord(metrics, history);
    m_dashboard->setHistorySource(history);
    QMetaObject::invokeMethod(metrics, &MetricsPublisher::start);
    m_scrape->start(targets);
    m_window->setDataSource(tr("Polling %n target(s) directly", nullptr, int(targets.size())));
}

void Console::startPrometheusSource()
{
    // The metrics and their history from Prometheus' HTTP API instead of polling the services.
    PrometheusSourceConfig config;
    config.baseUrl = m_options.prometheusUrl;
    config.tokenFile = m_options.prometheusTokenFile;
    config.caFile = m_options.prometheusCaFile;
    m_prometheus = std::make_unique<WorkerThread<PrometheusSource>>(QStringLiteral("prometheus"), config,
                                                                     PrometheusSource::Clock());
    PrometheusSource *source = m_prometheus->worker();
    showAndRecord(source, static_cast<HistoryRecorder *>(nullptr));
    m_dashboard->setHistorySource(source); // ranges beyond memory from query_range, never from SQLite
    connect(source, &PrometheusSource::failed, this, &Console::showProblem);
    QMetaObject::invokeMethod(source, &PrometheusSource::start);
    m_window->setDataSource(tr("Prometheus %1").arg(m_options.prometheusUrl.toDisplayString()));
}

void Console::showProblem(const QString &message)
{
    m_window->showMessage(message, 0); // stays until the next message: a problem is not a passing notice
}

void Console::showSnapshot(const MetricsSnapshot &snapshot)
{
    int up = 0, total = 0;
    for (const ServiceState &service : snapshot.services) {
        up += service.instancesUp;
        total += service.instances;
    }
    m_window->setTargetsSummary(up, total);
    m_window->setLastPoll(QDateTime::fromMSecsSinceEpoch(snapshot.timestampMs));
    m_servicesView->showSnapshot(snapshot);
    // A picture is worth taking once every answering service has its rates (two scrapes in).
    const bool complete = std::all_of(snapshot.services.cbegin(), snapshot.services.cend(), [&](const ServiceState &s) {
        return s.state == ServiceState::State::Down || snapshot.value(QStringLiteral("tps"), s.service).has_value();
    });
    if (!m_options.screenshotPath.isEmpty() && total > 0 && complete)
        takeScreenshotWhenReady();
}

void Console::importTargets(const QString &path)
{
    // Reading the file and storing the targets happen on the writer thread, not here.
    Database &database = *m_database;
    m_writer->submit(
        this, [&database, path](QSqlDatabase &) { return TargetRepository(database).importFile(path); },
        [this, path](const TargetRepository::Listing &listing) {
            if (!listing.ok()) {
                QMessageBox::warning(m_window.get(), tr("Import Targets"), listing.error);
                return;
            }
            if (m_scrape) // with --prometheus, Prometheus scrapes: only the list of services changes
                m_scrape->setTargets(listing.targets);
            m_servicesView->setServices(m_targets->services());
            m_dashboard->setServices(m_targets->services());
            if (m_scrape)
                m_window->setDataSource(tr("Polling %n target(s) directly", nullptr, int(listing.targets.size())));
            m_window->showMessage(tr("Imported %n target(s) from %1", nullptr, int(listing.targets.size())).arg(path));
        });
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

void Console::takeScreenshotWhenReady()
{
    if (m_screenshotTaken)
        return;
    m_screenshotTaken = true;
    // Let the views lay out and paint what just arrived before the picture is taken.
    QTimer::singleShot(1500, this, &Console::saveScreenshot);
}

void Console::saveScreenshot()
{
    if (!m_window->grab().save(m_options.screenshotPath))
        std::fprintf(stderr, "%s\n", qPrintable(tr("Could not write the screenshot to %1").arg(m_options.screenshotPath)));
    QApplication::quit();
}

} // namespace payops
