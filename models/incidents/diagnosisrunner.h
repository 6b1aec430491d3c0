#pragma once

#include "models/incidents/diagnosis.h"
#include "models/incidents/playbook.h"
#include "models/metrics/metricssnapshot.h"
#include "models/services/healthstatus.h"
#include "models/services/servicetarget.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTcpSocket;

namespace payops {

// What to diagnose: the playbooks whose causes to weigh, for which service, with what to check.
struct DiagnosisRequest
{
    QString service;                          // the affected service ("affected" in checks)
    QList<Playbook> playbooks;                // their causes are weighed
    QList<ServiceTarget> targets;             // where each service's health document and port are
    std::optional<MetricsSnapshot> snapshot;  // the metric store's values now (none: metric checks open)
    bool live = true;                         // false (offline): only manual answers count
    QHash<QString, bool> answers;             // manual answers by CheckVerdict::key(): true = yes
    int deadlineMs = 2000;                    // for each health request and TCP connect
};

// Runs every check of the request's playbooks at once and ranks the causes (DiagnosisRanking):
// metric checks against the snapshot and manual answers at once; health checks (HTTP GET of the
// service's /health document) and TCP connects (QTcpSocket, latency measured) in parallel, each
// with the deadline, one request per URL or address however many checks ask it. A slow probe never
// holds the others; after the deadline nothing is pending. Lives on the thread that calls start()
// (a worker thread in the console; payopsctl's event loop).
class DiagnosisRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosisRunner)

public:
    explicit DiagnosisRunner(QObject *parent = nullptr);
    ~DiagnosisRunner() override;

    // The service a check is about: its own, or the request's for "affected" (and for none).
    [[nodiscard]] static QString serviceOf(const PlaybookCheck &check, const QString &affected);
    // A metric check against the snapshot's current value.
    [[nodiscard]] static CheckVerdict evaluateMetric(const PlaybookCheck &check, const QString &service,
                                                     const MetricsSnapshot &snapshot);
    // A manual question and the operator's answer (none: unanswered).
    [[nodiscard]] static CheckVerdict evaluateManual(const PlaybookCheck &check, std::optional<bool> answer);
    // A health check against an answer of the service's /health. A service that does not answer
    // confirms a check of its overall status and leaves a check of one dependency unanswered.
    [[nodiscard]] static CheckVerdict evaluateHealth(const PlaybookCheck &check, const QString &service,
                                                     const HealthStatus &status);

    [[nodiscard]] bool isRunning() const { return m_running; }

public Q_SLOTS:
    // Starts a diagnosis (a running one is cancelled first). checkAnswered() follows for every
    // check as it is answered, then finished() once.
    void start(const payops::DiagnosisRequest &request);
    // Stops the probes in flight; no finished() follows.
    void cancel();

Q_SIGNALS:
    void checkAnswered(const payops::CheckVerdict &verdict);
    void finished(const payops::Diagnosis &diagnosis);

private:
    struct Pending
    {
        PlaybookCheck check;
        CheckVerdict verdict; // ids filled in
        QString service;
    };

    void answer(CheckVerdict verdict);
    void startHealth(const QString &url, const QString &service);
    void startTcp(const QString &host, quint16 port);
    void healthAnswered(const QString &url, const HealthStatus &status);
    void tcpAnswered(const QString &address, std::optional<double> latencyMs, const QString &error);
    void expire();
    void finishIfDone();
    [[nodiscard]] const ServiceTarget *targetOf(const QString &service, bool needHealth) const;

    DiagnosisRequest m_request;
    QNetworkAccessManager *m_network = nullptr;
    QHash<QString, QList<Pending>> m_healthWaiting; // by health URL
    QHash<QString, QList<Pending>> m_tcpWaiting;    // by host:port
    QHash<QString, QPointer<QNetworkReply>> m_replies;
    QHash<QString, QPointer<QTcpSocket>> m_sockets;
    QHash<QString, CheckVerdict> m_verdicts;
    QElapsedTimer m_elapsed;
    QTimer m_deadline;
    qint64 m_lastAnswerMs = 0;
    bool m_running = false;
};

} // namespace payops
