#include "models/metrics/scrapesession.h"

#include "models/core/jobpool.h"
#include "models/metrics/derivedmetriccatalog.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

namespace payops {

namespace {

ScrapeWorker::Options workerOptions()
{
    ScrapeWorker::Options options;
    options.tickMs = 20;
    options.staggerStarts = false; // one target: scrape now, not at its hashed phase
    options.checkHealth = true;
    return options;
}

} // namespace

ScrapeSession::ScrapeSession(ServiceTarget target, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_worker(ScrapeWorker::Clock(&QDateTime::currentMSecsSinceEpoch), workerOptions())
{
    // The publisher first: direct connections run in order, and finishIfDone() publishes what it has.
    connect(&m_worker, &ScrapeWorker::scraped, &m_publisher, &MetricsPublisher::ingest);
    connect(&m_worker, &ScrapeWorker::healthChecked, &m_publisher, &MetricsPublisher::ingestHealth);
    connect(&m_worker, &ScrapeWorker::scraped, this, &ScrapeSession::scraped);
    connect(&m_worker, &ScrapeWorker::healthChecked, this, &ScrapeSession::healthChecked);
    connect(&m_publisher, &MetricsPublisher::published, this,
            [this](const MetricsSnapshot &snapshot) { m_outcome.snapshot = snapshot; });
    m_guard.setSingleShot(true);
    connect(&m_guard, &QTimer::timeout, this, &ScrapeSession::giveUp);
}

ScrapeSession::~ScrapeSession()
{
    m_worker.stop();
}

ScrapeSession::Outcome ScrapeSession::run()
{
    // Two scrapes and a health check, each with its deadline, plus slack for a slow start.
    m_guard.start(m_target.intervalMs + 3 * m_target.timeoutMs + 2000);
    m_worker.start();
    m_worker.setTargets({m_target});
    m_loop.exec();
    m_worker.stop();
    m_guard.stop();
    return m_outcome;
}

QFuture<ScrapeSession::Outcome> ScrapeSession::trial(ServiceTarget target)
{
    target.intervalMs = std::max(1000, target.timeoutMs + 100);
    return QtConcurrent::run(jobPool(), [target] {
        ScrapeSession session(target);
        return session.run();
    });
}

QList<MetricValue> ScrapeSession::valuesOf(const MetricsSnapshot &snapshot, const QString &service)
{
    QList<MetricValue> values;
    for (const DerivedMetric &metric : DerivedMetricCatalog::all()) {
        const QString name = metric.name();
        for (const bool perPeer : {false, true}) {
            for (const MetricValue &value : snapshot.values) {
                if (value.metric == name && value.service == service && value.peer.isEmpty() != perPeer)
                    values.append(value);
            }
        }
    }
    return values;
}

void ScrapeSession::scraped(const ScrapeResult &result)
{
    if (!m_outcome.error.isEmpty())
        return;
    ++m_outcome.scrapes;
    m_outcome.durationSeconds = std::max(m_outcome.durationSeconds, result.durationSeconds);
    if (!result.up) {
        m_outcome.error = result.error;
        m_loop.quit();
        return;
    }
    finishIfDone();
}

void ScrapeSession::healthChecked(const HealthStatus &status)
{
    if (!m_outcome.health)
        m_outcome.health = status;
    finishIfDone();
}

void ScrapeSession::finishIfDone()
{
    const bool healthDone = m_target.healthUrl.isEmpty() || m_outcome.health.has_value();
    if (m_outcome.scrapes < 2 || !healthDone)
        return;
    m_publisher.publish(); // the snapshot, from the two scrapes, as the console's publisher makes it
    m_loop.quit();
}

void ScrapeSession::giveUp()
{
    if (m_outcome.error.isEmpty() && m_outcome.scrapes >= 2)
        m_publisher.publish(); // both scrapes are in; the health answer is what is missing
    else if (m_outcome.error.isEmpty())
        m_outcome.error = tr("no answer in time");
    m_loop.quit();
}

} // namespace payops
