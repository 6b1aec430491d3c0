#include "app/payops/wallconsole.h"

#include "app/payops/consolelog.h"
#include "models/consoleschema.h"
#include "models/core/jobpool.h"
#include "models/services/filesdformat.h"
#include "models/services/targetrepository.h"
#include "models/storage/database.h"
#include "widgets/theme.h"
#include "widgets/wall/wallalertfocus.h"
#include "widgets/wall/wallchartgrid.h"
#include "widgets/wall/walldashboardpage.h"
#include "widgets/wall/wallwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QWindow>
#include <QtConcurrent>

namespace payops {

namespace {

constexpr int kMaxRetryMs = 5 * 60 * 1000;

} // namespace

WallConsole::WallConsole(ConsoleOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    connect(&m_read, &QFutureWatcherBase::finished, this, &WallConsole::onTargetsRead);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &WallConsole::readTargetsFromDatabase);
}

WallConsole::~WallConsole()
{
    m_read.waitForFinished();
    m_prometheus.reset();
    m_historyFile.reset(); // before the database whose connection it uses
    m_polling.reset();
    m_alerts.reset();
    m_window.reset();
}

void WallConsole::start()
{
    Theme::apply(*qApp, m_options.theme.isEmpty() ? Theme::Kind::Dark : Theme::fromName(m_options.theme));
    WallConfig config;
    if (!m_options.wallPages.isEmpty())
        config.pages = m_options.wallPages;
    config.rotateMs = qint64(m_options.wallRotateSeconds) * 1000;
    m_window = std::make_unique<WallWindow>(config);
    connect(m_window.get(), &WallWindow::leaveRequested, qApp, &QApplication::quit);
    QGuiApplication::setOverrideCursor(Qt::BlankCursor);
    placeOnScreen();

    // Alerts drive the focus, read from the database (even when the targets come from a file);
    // without it the services' state still does. Problems go to the log: the banner is the targets'.
    m_alerts = std::make_unique<WallAlertFocus>(*m_window);
    connect(m_alerts.get(), &WallAlertFocus::problem, this,
            [](const QString &message) { qCWarning(lcConsole).noquote() << message; });
    m_alerts->start(m_options.databaseFile());

    if (!m_options.screenshotPath.isEmpty() && m_options.quitAfterSeconds > 0) {
        // A picture after the given time (charts with some history), then quit.
        QTimer::singleShot(std::max(0, int(m_options.quitAfterSeconds * 1000) - 200), this, &WallConsole::saveScreenshot);
    } else if (m_options.quitAfterSeconds > 0) {
        QTimer::singleShot(int(m_options.quitAfterSeconds * 1000), qApp, [] { QCoreApplication::exit(0); });
    }

    if (const std::optional<PrometheusSourceConfig> prometheus = m_options.prometheusSource(DataSourceChoice::load(QSettings()))) {
        readFromPrometheus(*prometheus);
        return;
    }
    if (!m_options.targetsFile.isEmpty()) {
        // The file is read, not imported: a wall writes nothing.
        const FileSdFormat::Result file = FileSdFormat::readFile(m_options.targetsFile);
        if (!file.ok()) {
            m_window->showProblem(tr("The targets file %1 cannot be used: %2").arg(m_options.targetsFile, file.error->toString()));
            return;
        }
        poll(file.targets + file.hostTargets);
        return;
    }
    readTargetsFromDatabase();
}

void WallConsole::placeOnScreen()
{
    if (m_options.windowSize.isValid()) { // screenshots and tests: a window of that size
        m_window->resize(m_options.windowSize);
        m_window->show();
        return;
    }
    QSettings settings;
    const QString wanted = m_options.wallScreen.isEmpty() ? settings.value(QStringLiteral("wall/screen")).toString()
                                                          : m_options.wallScreen;
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *screen = nullptr;
    bool isIndex = false;
    const int index = wanted.toInt(&isIndex);
    for (int i = 0; i < screens.size() && !wanted.isEmpty(); ++i) {
        if ((isIndex && i == index) || screens.at(i)->name() == wanted)
            screen = screens.at(i);
    }
    if (!screen) {
        screen = QGuiApplication::primaryScreen();
        if (!wanted.isEmpty()) {
            QStringList names;
            for (int i = 0; i < screens.size(); ++i)
                names.append(QStringLiteral("%1 (%2)").arg(i).arg(screens.at(i)->name()));
            m_window->showProblem(tr("There is no screen \"%1\"; showing on the primary screen. Screens: %2")
                                      .arg(wanted, names.join(QStringLiteral(", "))));
        }
    } else if (!m_options.wallScreen.isEmpty()) {
        settings.setValue(QStringLiteral("wall/screen"), m_options.wallScreen); // remembered for the next start
    }
    m_window->setGeometry(screen->geometry());
    m_window->winId(); // creates the native window, so it can be put on the screen before it shows
    m_window->windowHandle()->setScreen(screen);
    m_window->showFullScreen();
}

void WallConsole::readTargetsFromDatabase()
{
    // Read-only: the wall never creates, migrates or writes the database; the quick check is the
    // recording console's job.
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.readOnly = true;
    options.quickCheckOnlyBeforeMigrating = true;
    m_database = std::make_unique<Database>(options);
    const QString path = m_options.databaseFile();
    m_read.setFuture(QtConcurrent::run(jobPool(), [database = m_database.get(), path] {
        TargetsRead read;
        if (const std::optional<DatabaseError> error = database->open(path)) {
            read.error = error->message;
        } else {
            TargetRepository::Listing listing = TargetRepository(*database).list();
            read.targets = listing.targets;
            read.error = listing.error;
        }
        database->releaseConnection();
        return read;
    }));
}

void WallConsole::onTargetsRead()
{
    const TargetsRead read = m_read.result();
    if (read.error.isEmpty()) {
        if (m_databaseUnavailableShown)
            m_window->clearProblem();
        m_databaseUnavailableShown = false;
        m_retryMs = 5000;
        poll(read.targets);
        if (!m_historyFile) // the database opened: its history starts the charts
            m_historyFile = std::make_unique<WorkerThread<HistoryFileReader>>(QStringLiteral("wall-history"), *m_database);
        backfillCharts(m_historyFile->worker());
        return;
    }
    qCWarning(lcConsole).noquote() << read.error;
    m_window->showProblem(tr("The database cannot be read (%1). Showing live data of the default targets; history "
                             "is unavailable. Trying again in %2 s.")
                              .arg(read.error)
                              .arg(m_retryMs / 1000));
    m_databaseUnavailableShown = true;
    if (!m_polling)
        poll(ServiceTarget::paysimDefaults());
    m_retry.start(m_retryMs);
    m_retryMs = std::min(kMaxRetryMs, m_retryMs * 2);
}

void WallConsole::poll(const QList<ServiceTarget> &targets)
{
    m_services = TargetRepository::servicesOf(targets);
    m_window->setServices(m_services);
    if (!m_polling) {
        // The console's polling pipeline without its history recorder: a wall records nothing.
        m_polling = std::make_unique<PollingPipeline>();
        MetricsPublisher *metrics = m_polling->publisher();
        connect(metrics, &MetricsPublisher::published, m_window.get(), &WallWindow::applySnapshot);
        connect(metrics, &MetricsPublisher::published, m_alerts.get(), &WallAlertFocus::evaluate);
        connect(metrics, &MetricsPublisher::notice, m_window.get(), &WallWindow::showProblem);
    }
    m_polling->setTargets(targets);
}

void WallConsole::readFromPrometheus(const PrometheusSourceConfig &config)
{
    m_prometheus = std::make_unique<WorkerThread<PrometheusSource>>(QStringLiteral("prometheus"), config,
                                                                     PrometheusSource::Clock());
    PrometheusSource *source = m_prometheus->worker();
    // In this order: the services a snapshot names are shown before the snapshot is applied.
    connect(source, &PrometheusSource::published, this, &WallConsole::onPrometheusPublished);
    connect(source, &PrometheusSource::published, m_window.get(), &WallWindow::applySnapshot);
    connect(source, &PrometheusSource::published, m_alerts.get(), &WallAlertFocus::evaluate);
    connect(source, &PrometheusSource::failed, this, [this](const QString &message) {
        m_prometheusFailed = m_prometheusFailedThisCycle = true;
        m_window->showProblem(message);
    });
    QMetaObject::invokeMethod(source, &PrometheusSource::start);
}

void WallConsole::onPrometheusPublished(const MetricsSnapshot &snapshot)
{
    // failed() comes just before published() in a cycle that failed.
    if (!m_prometheusFailedThisCycle && m_prometheusFailed) {
        m_prometheusFailed = false;
        m_window->clearProblem();
    }
    m_prometheusFailedThisCycle = false;
    QStringList services = m_services;
    for (const ServiceState &state : snapshot.services) {
        if (!services.contains(state.service))
            services.append(state.service);
    }
    if (services == m_services)
        return;
    m_services = services;
    m_window->setServices(services); // new charts: their past again
    backfillCharts(m_prometheus->worker());
}

void WallConsole::backfillCharts(HistorySource *source)
{
    const WallChartGrid *charts = m_window->dashboardPage()->charts();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const HistoryQuery query{charts->seriesKeys(), nowMs - charts->windowMs(), nowMs, std::nullopt};
    connect(source, &HistorySource::loaded, this, &WallConsole::onHistoryLoaded, Qt::UniqueConnection);
    const quint64 requestId = ++m_backfillRequest;
    QMetaObject::invokeMethod(source, [source, requestId, query] { source->load(requestId, query); });
}

void WallConsole::onHistoryLoaded(quint64 requestId, const QList<SeriesKey> &series, const QList<HistoryRead> &reads)
{
    if (requestId != m_backfillRequest)
        return; // the charts were rebuilt since: a newer load is on its way
    for (const HistoryRead &read : reads) {
        if (read.error) {
            // The charts go on from now; the banner is for what the operator must act on.
            qCWarning(lcConsole).noquote() << tr("The wall's charts start without their past: %1").arg(*read.error);
            break;
        }
    }
    m_window->dashboardPage()->charts()->backfill(series, reads);
}

void WallConsole::saveScreenshot()
{
    if (!m_window->grab().save(m_options.screenshotPath)) {
        qCCritical(lcConsole).noquote() << tr("Could not write the screenshot to %1").arg(m_options.screenshotPath);
        QCoreApplication::exit(1);
        return;
    }
    // exit(), not quit(): quit() first asks the windows to close, and a wall refuses that.
    QCoreApplication::exit(0);
}

} // namespace payops
