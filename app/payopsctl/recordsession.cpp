#include "app/payopsctl/recordsession.h"

#include "app/payopsctl/ctloutput.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/signalfd.h>
#include <unistd.h>

namespace payops {

RecordSession::RecordSession(Database &database, QList<ServiceTarget> targets, int publishIntervalMs,
                             CtlOutput &out, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_targets(std::move(targets))
    , m_publishIntervalMs(publishIntervalMs)
    , m_out(out)
{
}

RecordSession::~RecordSession()
{
    stop();
    if (m_signalFd >= 0)
        ::close(m_signalFd);
}

void RecordSession::watchTermination()
{
    // SIGINT and SIGTERM are blocked before any thread starts (threads inherit the mask) and read
    // from a signalfd on this thread: the session ends through its event loop, never in a handler.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    m_signalFd = ::signalfd(-1, &signals, SFD_CLOEXEC | SFD_NONBLOCK);
    if (m_signalFd < 0) {
        pthread_sigmask(SIG_UNBLOCK, &signals, nullptr); // no clean stop then, but a stop
        return;
    }
    auto *notifier = new QSocketNotifier(m_signalFd, QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, &m_loop, [this] {
        signalfd_siginfo info{};
        while (::read(m_signalFd, &info, sizeof info) == sizeof info) {
        }
        m_loop.quit();
    });
}

bool RecordSession::run(qint64 durationMs)
{
    watchTermination();
    m_history = std::make_unique<WorkerThread<HistoryRecorder>>(QStringLiteral("history"), m_database);
    HistoryRecorder *history = m_history->worker();
    connect(history, &HistoryRecorder::written, this, [this](qint64 timestampMs, int samples) {
        m_out.print(QStringLiteral("written %1 %2").arg(timestampMs).arg(samples));
    });
    connect(history, &HistoryRecorder::writeFailing, this, [this](const QString &message) {
        m_failing = true;
        m_out.error(message);
    });
    connect(history, &HistoryRecorder::writeResumed, this, [this](const QString &message) {
        m_failing = false;
        m_out.error(message);
    });
    connect(history, &HistoryRecorder::failed, this, [this](const QString &message) { m_out.error(message); });
    QMetaObject::invokeMethod(history, &HistoryRecorder::start);

    m_metrics = std::make_unique<WorkerThread<MetricsPublisher>>(QStringLiteral("metrics"), MetricStore::Config{},
                                                                 m_publishIntervalMs);
    m_scrape = std::make_unique<ScrapeThread>();
    MetricsPublisher *metrics = m_metrics->worker();
    connect(m_scrape->worker(), &ScrapeWorker::scraped, metrics, &MetricsPublisher::ingest);
    connect(m_scrape->worker(), &ScrapeWorker::healthChecked, metrics, &MetricsPublisher::ingestHealth);
    connect(m_scrape->worker(), &ScrapeWorker::targetsChanged, metrics, &MetricsPublisher::setTargetIds);
    connect(metrics, &MetricsPublisher::published, history, &HistoryRecorder::record);
    connect(metrics, &MetricsPublisher::published, this, [this](const MetricsSnapshot &snapshot) {
        int up = 0, total = 0;
        for (const ServiceState &service : snapshot.services) {
            up += service.instancesUp;
            total += service.instances;
        }
        m_out.print(QStringLiteral("live %1 %2/%3").arg(snapshot.timestampMs).arg(up).arg(total));
    });
    QMetaObject::invokeMethod(metrics, &MetricsPublisher::start);
    m_scrape->start(m_targets);

    if (durationMs > 0)
        QTimer::singleShot(durationMs, &m_loop, &QEventLoop::quit);
    m_loop.exec();
    stop();
    return !m_failing;
}

void RecordSession::stop()
{
    // The console's order: polling, then metrics, then the history writer (its last try and checkpoint).
    m_scrape.reset();
    m_metrics.reset();
    m_history.reset();
    QCoreApplication::sendPostedEvents(this); // the history's last signals, before the session goes
}

} // namespace payops
