#include "app/payopsctl/diagnosesession.h"

#include <QDateTime>

namespace payops {

namespace {

ScrapeWorker::Options workerOptions()
{
    ScrapeWorker::Options options;
    options.tickMs = 20;
    options.staggerStarts = false; // scrape every target now, not at its hashed phase
    options.checkHealth = false;   // the diagnosis asks /health itself, with its own deadline
    return options;
}

} // namespace

DiagnoseSession::DiagnoseSession(QList<ServiceTarget> targets, DiagnosisRequest request, QObject *parent)
    : QObject(parent)
    , m_targets(std::move(targets))
    , m_request(std::move(request))
    , m_worker(ScrapeWorker::Clock(&QDateTime::currentMSecsSinceEpoch), workerOptions())
{
    // The publisher first: direct connections run in order.
    connect(&m_worker, &ScrapeWorker::scraped, &m_publisher, &MetricsPublisher::ingest);
    connect(&m_worker, &ScrapeWorker::scraped, this, &DiagnoseSession::scraped);
    connect(&m_publisher, &MetricsPublisher::published, this, [this](const MetricsSnapshot &snapshot) {
        m_request.snapshot = snapshot;
    });
    connect(&m_runner, &DiagnosisRunner::finished, this, [this](const Diagnosis &diagnosis) {
        m_diagnosis = diagnosis;
        m_loop.quit();
    });
    m_guard.setSingleShot(true);
    connect(&m_guard, &QTimer::timeout, this, &DiagnoseSession::diagnose);
}

DiagnoseSession::~DiagnoseSession()
{
    m_worker.stop();
}

Diagnosis DiagnoseSession::run()
{
    int longestInterval = 0;
    int longestTimeout = 0;
    for (const ServiceTarget &target : std::as_const(m_targets)) {
        longestInterval = std::max(longestInterval, target.intervalMs);
        longestTimeout = std::max(longestTimeout, target.timeoutMs);
    }
    if (m_targets.isEmpty()) {
        diagnose();
    } else {
        // Two scrapes of every target, each with its deadline, plus slack for a slow start; then
        // the diagnosis runs with whatever came.
        m_guard.start(longestInterval + 2 * longestTimeout + 2000);
        m_worker.start();
        m_worker.setTargets(m_targets);
    }
    m_loop.exec();
    return m_diagnosis;
}

void DiagnoseSession::scraped(const ScrapeResult &result)
{
    ++m_scrapes[result.targetId];
    for (const ServiceTarget &target : std::as_const(m_targets)) {
        if (m_scrapes.value(target.id) < 2)
            return;
    }
    diagnose();
}

void DiagnoseSession::diagnose()
{
    if (m_diagnosing)
        return;
    m_diagnosing = true;
    m_guard.stop();
    m_worker.stop();
    if (!m_targets.isEmpty())
        m_publisher.publish(); // the snapshot from the scrapes, as the console's publisher makes it
    m_runner.start(m_request);
}

} // namespace payops
