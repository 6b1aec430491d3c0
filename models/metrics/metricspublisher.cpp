#include "models/metrics/metricspublisher.h"

#include <QDateTime>
#include <QTimer>

namespace payops {

MetricsPublisher::MetricsPublisher(MetricStore::Config config, int publishIntervalMs, Clock clock, QObject *parent)
    : QObject(parent)
    , m_store(config)
    , m_clock(clock ? std::move(clock) : Clock(&QDateTime::currentMSecsSinceEpoch))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(publishIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &MetricsPublisher::publish);
}

void MetricsPublisher::ingest(const ScrapeResult &result)
{
    m_store.ingest(result);
    for (const QString &message : m_store.takeNotices())
        Q_EMIT notice(message);
    // The first snapshot goes out shortly after the first result rather than a whole beat after
    // start: the dashboard fills at once. The delay lets the targets' first scrapes, started
    // together, land in the same snapshot.
    if (!m_firstResultSeen) {
        m_firstResultSeen = true;
        QTimer::singleShot(kFirstPublishDelayMs, this, &MetricsPublisher::publish);
    }
}

void MetricsPublisher::ingestHealth(const HealthStatus &status)
{
    m_store.ingestHealth(status);
}

void MetricsPublisher::setTargetIds(const QList<int> &targetIds)
{
    for (int id : std::as_const(m_targetIds)) {
        if (!targetIds.contains(id))
            m_store.removeTarget(id);
    }
    m_targetIds = targetIds;
}

void MetricsPublisher::start()
{
    m_timer->start(); // a timer starts in the thread it lives in: this slot runs there
}

void MetricsPublisher::stop()
{
    m_timer->stop();
}

void MetricsPublisher::publish()
{
    Q_EMIT published(m_store.snapshot(m_clock()));
}

} // namespace payops
