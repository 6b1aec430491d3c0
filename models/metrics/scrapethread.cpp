#include "models/metrics/scrapethread.h"

#include "models/metrics/scrapelog.h"

namespace payops {

ScrapeThread::ScrapeThread(QObject *parent)
    : ScrapeThread(ScrapeWorker::Clock(), ScrapeWorker::Options(), parent)
{
}

ScrapeThread::ScrapeThread(ScrapeWorker::Clock clock, ScrapeWorker::Options options, QObject *parent)
    : QObject(parent)
    , m_thread(StartLater(), QStringLiteral("payops-scrape"), std::move(clock), options)
{
    qRegisterMetaType<payops::ScrapeResult>();
    qRegisterMetaType<payops::HealthStatus>();
    qRegisterMetaType<payops::ServiceTarget>();
    qRegisterMetaType<payops::PollingLoad>();
}

ScrapeThread::~ScrapeThread()
{
    stop();
}

void ScrapeThread::start(const QList<ServiceTarget> &targets)
{
    if (m_thread.isRunning())
        return;
    setTargets(targets);
    QMetaObject::invokeMethod(worker(), &ScrapeWorker::start, Qt::QueuedConnection);
    m_thread.start(); // runs the two calls queued above, in order
    qCInfo(lcScrape) << "scrape thread started with" << targets.size() << "targets";
}

void ScrapeThread::setTargets(const QList<ServiceTarget> &targets)
{
    ScrapeWorker *worker = this->worker();
    QMetaObject::invokeMethod(worker, [worker, targets] { worker->setTargets(targets); }, Qt::QueuedConnection);
}

void ScrapeThread::stop()
{
    if (!m_thread.isRunning())
        return;
    // Queued, so it runs in the worker's thread (after the calls queued before it), which then ends:
    // the objects it deletes later go as the thread finishes.
    QMetaObject::invokeMethod(worker(), &ScrapeWorker::stop, Qt::QueuedConnection);
    m_thread.stop();
    qCInfo(lcScrape) << "scrape thread stopped";
}

bool ScrapeThread::isRunning() const
{
    return m_thread.isRunning();
}

} // namespace payops
