#include "app/payopsctl/alertchecksession.h"

#include <QDateTime>

#include <climits>

namespace payops {

AlertCheckSession::AlertCheckSession(QList<ServiceTarget> targets, QList<AlertRule> rules, TransitionSink onTransition,
                                     QObject *parent)
    : QObject(parent)
    , m_targets(std::move(targets))
    , m_worker(ScrapeWorker::Clock(&QDateTime::currentMSecsSinceEpoch), ScrapeWorker::Options())
    , m_publisher(MetricStore::Config(), 1000, MetricsPublisher::Clock(&QDateTime::currentMSecsSinceEpoch))
    , m_onTransition(std::move(onTransition))
{
    m_evaluator.setRules(rules);
    connect(&m_worker, &ScrapeWorker::scraped, &m_publisher, &MetricsPublisher::ingest);
    connect(&m_worker, &ScrapeWorker::healthChecked, &m_publisher, &MetricsPublisher::ingestHealth);
    connect(&m_worker, &ScrapeWorker::targetsChanged, &m_publisher, &MetricsPublisher::setTargetIds);
    connect(&m_publisher, &MetricsPublisher::published, this, &AlertCheckSession::evaluate);
    m_end.setSingleShot(true);
    connect(&m_end, &QTimer::timeout, &m_loop, &QEventLoop::quit);
}

AlertCheckSession::~AlertCheckSession()
{
    m_worker.stop();
}

int AlertCheckSession::run(qint64 durationMs)
{
    m_end.start(int(std::min<qint64>(durationMs, INT_MAX)));
    m_worker.start();
    m_worker.setTargets(m_targets);
    m_publisher.start();
    m_loop.exec();
    m_worker.stop();
    return m_fired;
}

void AlertCheckSession::evaluate(const MetricsSnapshot &snapshot)
{
    ++m_snapshots;
    const AlertEvaluator::Cycle cycle = m_evaluator.evaluate(snapshot);
    for (const AlertTransition &transition : cycle.transitions) {
        if (transition.to == AlertState::Firing)
            ++m_fired;
        m_onTransition(transition);
    }
}

} // namespace payops
