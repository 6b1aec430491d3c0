#include "models/alerts/prometheusalerts.h"

#include "models/metrics/prometheusapiclient.h"

#include <QDateTime>
#include <QTimer>

namespace payops {

namespace {

// The labels that name one alert (everything but the state and the series name).
QMap<QString, QString> identity(QMap<QString, QString> labels)
{
    labels.remove(QStringLiteral("alertstate"));
    labels.remove(QStringLiteral("__name__"));
    return labels;
}

} // namespace

PrometheusAlerts::PrometheusAlerts(PrometheusSourceConfig config, int intervalMs, Clock clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_intervalMs(intervalMs)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

PrometheusAlerts::~PrometheusAlerts() = default;

void PrometheusAlerts::start()
{
    m_client = new PrometheusApiClient(this);
    m_client->setConfig(m_config);
    connect(m_client, &PrometheusApiClient::finished, this, &PrometheusAlerts::onFinished);
    m_timer = new QTimer(this);
    m_timer->setInterval(m_intervalMs);
    connect(m_timer, &QTimer::timeout, this, &PrometheusAlerts::poll);
    m_timer->start();
    poll();
}

void PrometheusAlerts::poll()
{
    if (!m_client || m_client->requestsInFlight() > 0) // the last poll has not answered: do not pile up
        return;
    m_alerts.reset();
    m_forState.reset();
    const qint64 now = m_clock();
    m_alertsRequest = m_client->query(QStringLiteral("ALERTS"), now);
    m_forStateRequest = m_client->query(QStringLiteral("ALERTS_FOR_STATE"), now);
}

void PrometheusAlerts::onFinished(quint64 requestId, const PrometheusResult &result)
{
    if (requestId == m_alertsRequest)
        m_alerts = result;
    else if (requestId == m_forStateRequest)
        m_forState = result;
    else
        return;
    if (!m_alerts || !m_forState)
        return;
    if (!m_alerts->ok())
        Q_EMIT failed(*m_alerts->error);
    else
        Q_EMIT alertsRead(join(*m_alerts, *m_forState));
}

QList<PrometheusAlert> PrometheusAlerts::join(const PrometheusResult &alerts, const PrometheusResult &forState)
{
    QList<PrometheusAlert> out;
    for (const PrometheusSeries &series : alerts.series) {
        PrometheusAlert alert;
        alert.name = series.label(QStringLiteral("alertname"));
        alert.state = series.label(QStringLiteral("alertstate"));
        alert.severity = series.label(QStringLiteral("severity"));
        alert.service = series.label(QStringLiteral("service"));
        if (alert.service.isEmpty())
            alert.service = series.label(QStringLiteral("job"));
        const QMap<QString, QString> id = identity(series.labels);
        for (const PrometheusSeries &since : forState.series) {
            if (identity(since.labels) == id && !since.points.isEmpty())
                alert.activeAtMs = qint64(since.points.constLast().value * 1000.0);
        }
        out.append(alert);
    }
    std::sort(out.begin(), out.end(), [](const PrometheusAlert &a, const PrometheusAlert &b) {
        return std::tie(a.state, a.name, a.service) < std::tie(b.state, b.name, b.service);
    });
    return out;
}

} // namespace payops
