#include "healthprobe.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace payops {

HealthProbe::HealthProbe(QObject *parent)
    : QObject(parent)
{
}

HealthProbe::~HealthProbe() = default;

void HealthProbe::probe(const QList<ServiceTarget> &targets)
{
    // Created lazily so that it belongs to the thread the probe was moved to.
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    for (const ServiceTarget &target : targets) {
        QNetworkRequest request(target.healthUrl);
        request.setTransferTimeout(target.timeoutMs);
        QNetworkReply *reply = m_network->get(request);
        // transferTimeout only catches silence; a trickling peer needs an overall deadline.
        QTimer::singleShot(target.timeoutMs, reply, &QNetworkReply::abort);
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
            if (received > maxBodyBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, target] { finish(reply, target); });
    }
}

void HealthProbe::finish(QNetworkReply *reply, const ServiceTarget &target)
{
    reply->deleteLater();
    HealthStatus status;
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        status.error = tr("no answer within %1 s").arg(target.timeoutMs / 1000.0);
    } else if (reply->error() == QNetworkReply::ConnectionRefusedError) {
        status.error = tr("connection refused");
    } else if (httpStatus >= 400) {
        status.error = tr("HTTP %1").arg(httpStatus);
    } else if (reply->error() != QNetworkReply::NoError) {
        status.error = reply->errorString();
    } else {
        status = HealthStatus::fromJson(target.service, reply->readAll());
    }
    status.service = target.service;
    status.address = target.healthUrl.authority();
    status.checkedAt = QDateTime::currentDateTime();
    Q_EMIT checked(status);
}

} // namespace payops
