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

void MetricsPublisher::publish()
{
    Q_EMIT published(m_store.snapshot(m_clock()));
}

} // namespace payops
