#include "models/metrics/scrapethread.h"

#include "models/metrics/scrapelog.h"

#include <QThread>

namespace payops {

ScrapeThread::ScrapeThread(QObject *parent)
    : ScrapeThread(ScrapeWorker::Clock(), ScrapeWorker::Options(), parent)
{
}

ScrapeThread::ScrapeThread(ScrapeWorker::Clock clock, ScrapeWorker::Options options, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(std::make_unique<ScrapeWorker>(std::move(clock), options))
{
    qRegisterMetaType<payops::ScrapeResult>();
    qRegisterMetaType<payops::HealthStatus>();
    qRegisterMetaType<payops::ServiceTarget>();
    m_thread->setObjectName(QStringLiteral("payops-scrape"));
    m_worker->moveToThread(m_thread);
    // finished() is emitted in the worker's thread, as its last act: the worker frees its network
    // objects there (the posted deletions run before the thread ends).
    connect(m_thread, &QThread::finished, m_worker.get(), &ScrapeWorker::stop, Qt::DirectConnection);
}

ScrapeThread::~ScrapeThread()
{
    stop();
}

void ScrapeThread::start(const QList<ServiceTarget> &targets)
{
    if (m_thread->isRunning())
        return;
    setTargets(targets);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker.get(), &ScrapeWorker::start, Qt::QueuedConnection);
    qCInfo(lcScrape) << "scrape thread started with" << targets.size() << "targets";
}

void ScrapeThread::setTargets(const QList<ServiceTarget> &targets)
{
    ScrapeWorker *worker = m_worker.get();
    QMetaObject::invokeMethod(worker, [worker, targets] { worker->setTargets(targets); }, Qt::QueuedConnection);
}

void ScrapeThread::stop()
{
    if (!m_thread->isRunning())
        return;
    m_thread->quit();
    m_thread->wait();
    qCInfo(lcScrape) << "scrape thread stopped";
}

bool ScrapeThread::isRunning() const
{
    return m_thread->isRunning();
}

} // namespace payops
