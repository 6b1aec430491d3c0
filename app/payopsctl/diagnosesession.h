#pragma once

#include "models/incidents/diagnosisrunner.h"
#include "models/metrics/metricspublisher.h"
#include "models/metrics/scrapeworker.h"

#include <QEventLoop>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace payops {

// payopsctl diagnose's run: polls the targets twice through the console's ScrapeWorker and
// MetricsPublisher (rates and percentiles need two scrapes), then hands the snapshot to the
// DiagnosisRunner the wizard's locate step uses, and waits for its answer. run() spins a local
// event loop and always ends: every request has its deadline, and the polling a guard timer.
class DiagnoseSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnoseSession)

public:
    DiagnoseSession(QList<ServiceTarget> targets, DiagnosisRequest request, QObject *parent = nullptr);
    ~DiagnoseSession() override;

    [[nodiscard]] Diagnosis run();

private:
    void scraped(const payops::ScrapeResult &result);
    void diagnose();

    QList<ServiceTarget> m_targets;
    DiagnosisRequest m_request;
    ScrapeWorker m_worker;
    MetricsPublisher m_publisher;
    DiagnosisRunner m_runner;
    QEventLoop m_loop;
    QTimer m_guard;
    QHash<int, int> m_scrapes; // by target id
    bool m_diagnosing = false;
    Diagnosis m_diagnosis;
};

} // namespace payops
