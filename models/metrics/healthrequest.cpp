#include "models/metrics/healthrequest.h"

#include "models/metrics/replysizeguard.h"
#include "models/metrics/scrapeerrortext.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace payops {

QNetworkReply *HealthRequest::send(QNetworkAccessManager &network, const QUrl &url, int deadlineMs, const QObject *context)
{
    QNetworkRequest request{url};
    request.setTransferTimeout(std::max(1, deadlineMs));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    watchReplySize(reply, context, [reply](qint64 bytes) {
        if (bytes > maxBodyBytes)
            reply->abort();
    });
    return reply;
}

HealthStatus HealthRequest::read(QNetworkReply &reply, const QString &service, int deadlineMs)
{
    HealthStatus status;
    const int httpStatus = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply.error() == QNetworkReply::OperationCanceledError || reply.error() == QNetworkReply::TimeoutError) {
        status.error = tr("no answer within %1 ms").arg(deadlineMs);
    } else if (reply.error() != QNetworkReply::NoError && httpStatus == 0) {
        status.error = ScrapeErrorText::printable(reply.errorString());
    } else {
        // A 503 with a document is an answer ("down"); read what it says.
        status = HealthStatus::fromJson(service, reply.readAll());
        if (!status.reachable() && httpStatus >= 400)
            status.error = tr("HTTP %1").arg(httpStatus);
    }
    status.service = service;
    status.httpStatus = httpStatus;
    return status;
}

} // namespace payops
