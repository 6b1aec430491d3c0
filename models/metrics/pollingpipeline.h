#pragma once

#include "models/core/workerthread.h"
#include "models/metrics/metricspublisher.h"
#include "models/metrics/scrapethread.h"

#include <QList>

namespace payops {

// Direct polling as the console and the wall run it: a ScrapeThread whose results feed a
// MetricsPublisher on its own "metrics" thread, which publishes one snapshot a second. Connect to
// scraper() and publisher() signals; setTargets() starts it the first time and replaces the targets
// afterwards; pause() stops both (no scrape, no snapshot) until the next setTargets(). Lives on the
// thread that made it (the GUI thread); the destructor stops both threads.
class PollingPipeline final
{
public:
    PollingPipeline();
    ~PollingPipeline();
    Q_DISABLE_COPY_MOVE(PollingPipeline)

    [[nodiscard]] ScrapeWorker *scraper() const { return m_scrape.worker(); }
    [[nodiscard]] MetricsPublisher *publisher() const { return m_metrics.worker(); }

    void setTargets(const QList<ServiceTarget> &targets);
    // Another source is live: nothing is scraped nor published until setTargets().
    void pause();

private:
    WorkerThread<MetricsPublisher> m_metrics;
    ScrapeThread m_scrape;
    bool m_started = false;
};

} // namespace payops
