#pragma once

#include "models/alerts/alertevaluator.h"
#include "models/metrics/metricspublisher.h"
#include "models/metrics/scrapeworker.h"
#include "models/services/servicetarget.h"

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <functional>

namespace payops {

// Polls targets for a while with the console's own code -- ScrapeWorker (deadlines, body cap,
// parser), MetricsPublisher/MetricStore (one snapshot a second) -- and evaluates alert rules on
// every snapshot with AlertEvaluator, handing each transition to `onTransition` as it happens.
// run() spins a local event loop (payopsctl has no GUI thread to keep free) and ends after
// `durationMs`. Nothing is written to the database: the console is the one that records.
class AlertCheckSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertCheckSession)

public:
    using TransitionSink = std::function<void(const AlertTransition &)>;

    AlertCheckSession(QList<ServiceTarget> targets, QList<AlertRule> rules, TransitionSink onTransition,
                      QObject *parent = nullptr);
    ~AlertCheckSession() override;

    // Polls and evaluates for `durationMs`; returns how many alerts fired.
    int run(qint64 durationMs);
    [[nodiscard]] int snapshots() const { return m_snapshots; }

private:
    void evaluate(const payops::MetricsSnapshot &snapshot);

    QList<ServiceTarget> m_targets;
    ScrapeWorker m_worker;
    MetricsPublisher m_publisher;
    AlertEvaluator m_evaluator;
    TransitionSink m_onTransition;
    QEventLoop m_loop;
    QTimer m_end;
    int m_fired = 0;
    int m_snapshots = 0;
};

} // namespace payops
