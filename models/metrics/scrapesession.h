#pragma once

#include "models/metrics/metricspublisher.h"
#include "models/metrics/metricssnapshot.h"
#include "models/metrics/scrapeworker.h"
#include "models/services/healthstatus.h"
#include "models/services/servicetarget.h"

#include <QEventLoop>
#include <QFuture>
#include <QObject>
#include <QTimer>

#include <optional>

namespace payops {

// Scrapes one target twice, `intervalMs` apart, through the console's ScrapeWorker (deadline, body
// cap, parser) and derives its metrics with the console's MetricsPublisher/MetricStore: rates and
// percentiles need two scrapes. Also asks the target's health URL once, if it has one.
// run() spins a local event loop: call it where no GUI thread waits (payopsctl scrape, the tasks
// thread's rolling update). It always ends: every request has the target's deadline, and the
// session as a whole a guard timer.
class ScrapeSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrapeSession)

public:
    struct Outcome
    {
        QString error;                     // the failed scrape's reason in words; empty when both were up
        MetricsSnapshot snapshot;          // after the second scrape
        std::optional<HealthStatus> health; // when the target has a health URL
        double durationSeconds = 0.0;      // the slower of the two scrapes
        int scrapes = 0;
    };

    explicit ScrapeSession(ServiceTarget target, QObject *parent = nullptr);
    ~ScrapeSession() override;

    [[nodiscard]] Outcome run();

    // A session on a pool thread, for the window's "Test" of a target before it is saved: the two
    // scrapes 1 s apart (or just over the target's timeout), whatever interval the target will poll at.
    [[nodiscard]] static QFuture<Outcome> trial(ServiceTarget target);
    // The values `snapshot` holds for `service`, in the catalog's order (each metric's overall value,
    // then its per-peer values): how payopsctl scrape and the window's test list them.
    [[nodiscard]] static QList<MetricValue> valuesOf(const MetricsSnapshot &snapshot, const QString &service);

private:
    void scraped(const payops::ScrapeResult &result);
    void healthChecked(const payops::HealthStatus &status);
    void finishIfDone();
    void giveUp();

    ServiceTarget m_target;
    ScrapeWorker m_worker;
    MetricsPublisher m_publisher;
    QEventLoop m_loop;
    QTimer m_guard;
    Outcome m_outcome;
};

} // namespace payops
