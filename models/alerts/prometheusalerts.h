#pragma once

#include "models/metrics/prometheusresult.h"
#include "models/metrics/prometheussourceconfig.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>

class QTimer;

namespace payops {

class PrometheusApiClient;

// One of Prometheus' own alerts (its rule files, not the console's): shown read-only.
struct PrometheusAlert
{
    QString name;     // alertname
    QString state;    // "firing" / "pending"
    QString severity; // the severity label, if any
    QString service;  // the service (or job) label, if any
    qint64 activeAtMs = 0; // 0: unknown
    friend bool operator==(const PrometheusAlert &, const PrometheusAlert &) = default;
};

// Reads Prometheus' active alerts every `intervalMs` through the data source's own client and
// configuration (token, CA, deadline): the `ALERTS` series Prometheus keeps for every pending and
// firing alert, and `ALERTS_FOR_STATE` for when each became active -- the same alerts
// /api/v1/alerts lists, through the query endpoint the client already speaks.
//
// Lives on a worker thread (WorkerThread<PrometheusAlerts>, "prometheus-alerts"); answers with
// alertsRead (or failed, in words).
class PrometheusAlerts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusAlerts)

public:
    using Clock = std::function<qint64()>;
    explicit PrometheusAlerts(PrometheusSourceConfig config, int intervalMs = 15'000, Clock clock = {},
                              QObject *parent = nullptr);
    ~PrometheusAlerts() override;

    // Slots (queued).
    void start();
    void poll();

    // The alerts in two answers (ALERTS and ALERTS_FOR_STATE), joined by their labels.
    [[nodiscard]] static QList<PrometheusAlert> join(const PrometheusResult &alerts, const PrometheusResult &forState);

Q_SIGNALS:
    void alertsRead(const QList<payops::PrometheusAlert> &alerts);
    void failed(const QString &message);

private:
    void onFinished(quint64 requestId, const payops::PrometheusResult &result);

    PrometheusSourceConfig m_config;
    int m_intervalMs;
    Clock m_clock;
    PrometheusApiClient *m_client = nullptr; // created on the worker thread
    QTimer *m_timer = nullptr;
    quint64 m_alertsRequest = 0;
    quint64 m_forStateRequest = 0;
    std::optional<PrometheusResult> m_alerts;
    std::optional<PrometheusResult> m_forState;
};

} // namespace payops

Q_DECLARE_METATYPE(payops::PrometheusAlert)
