#include "models/metrics/pollingpipeline.h"

namespace payops {

PollingPipeline::PollingPipeline()
    : m_metrics(QStringLiteral("metrics"))
{
    MetricsPublisher *metrics = m_metrics.worker();
    QObject::connect(scraper(), &ScrapeWorker::scraped, metrics, &MetricsPublisher::ingest);
    QObject::connect(scraper(), &ScrapeWorker::healthChecked, metrics, &MetricsPublisher::ingestHealth);
    QObject::connect(scraper(), &ScrapeWorker::targetsChanged, metrics, &MetricsPublisher::setTargetIds);
}

PollingPipeline::~PollingPipeline()
{
    m_scrape.stop(); // first: no result is queued to the publisher while its thread ends
}

void PollingPipeline::setTargets(const QList<ServiceTarget> &targets)
{
    if (m_started) {
        m_scrape.setTargets(targets);
    } else {
        m_started = true;
        m_scrape.start(targets);
    }
    QMetaObject::invokeMethod(publisher(), &MetricsPublisher::start);
}

void PollingPipeline::pause()
{
    m_scrape.setTargets({});
    QMetaObject::invokeMethod(publisher(), &MetricsPublisher::stop);
}

} // namespace payops
