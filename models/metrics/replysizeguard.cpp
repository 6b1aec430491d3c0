#include "models/metrics/replysizeguard.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace payops {

void watchReplySize(QNetworkReply *reply, const QObject *context, const std::function<void(qint64 bytes)> &check)
{
    QObject::connect(reply, &QNetworkReply::metaDataChanged, context, [reply, check] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            check(length.toLongLong());
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, context,
                     [check](qint64 received, qint64) { check(received); });
}

} // namespace payops
