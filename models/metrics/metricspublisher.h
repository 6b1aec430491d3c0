#pragma once

#include "models/metrics/metricssnapshot.h"
#include "models/metrics/metricstore.h"
#include "models/metrics/scraperesult.h"
#include "models/services/healthstatus.h"

#include <QObject>

#include <functional>

class QTimer;

namespace payops {

// Feeds scrape and health results into the MetricStore and publishes a MetricsSnapshot on a fixed
// beat, so the GUI and the history get one consistent picture per cycle however many targets
// there are. Lives on a worker thread: deriving 2000 targets' metrics never touches the GUI thread.
class MetricsPublisher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsPublisher)

public:
    using Clock = std::function<qint64()>;

    explicit MetricsPublisher(MetricStore::Config config = {}, int publishIntervalMs = 1000, Clock clock = {},
                              QObject *parent = nullptr);

    // Slots (queued from the scrape thread).
    void ingest(const payops::ScrapeResult &result);
    void ingestHealth(const payops::HealthStatus &status);
    void setTargetIds(const QList<int> &targetIds); // forget targets that were removed
    void start();
    void stop(); // publishes nothing until start() (another source is live)
    void publish();

Q_SIGNALS:
    void published(const payops::MetricsSnapshot &snapshot);
    // Something about the data the operator should know, told once (see MetricStore::takeNotices).
    void notice(const QString &message);

private:
    static constexpr int kFirstPublishDelayMs = 150;

    MetricStore m_store;
    Clock m_clock;
    QTimer *m_timer;
    QList<int> m_targetIds;
    bool m_firstResultSeen = false;
};

} // namespace payops
