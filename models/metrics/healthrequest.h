#pragma once

#include "models/services/healthstatus.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QObject;

namespace payops {

// One GET of a service's /health document with a deadline, read into a HealthStatus: the
// diagnosis' health checks and the rolling update's "is this instance up" ask the same way.
// send() sets the transfer deadline, asks for JSON, keeps redirects unfollowed (a health answer is
// the answer) and aborts a body over the cap; the caller keeps the reply (and deletes it).
// read() says what a finished reply means: no answer in time, a network error in words, or the
// document (a 503 with a document is an answer: "down").
class HealthRequest final
{
    Q_DECLARE_TR_FUNCTIONS(payops::HealthRequest)

public:
    static constexpr qint64 maxBodyBytes = 1 << 20;

    HealthRequest() = delete;

    // `context` owns the size watch (it goes with the context or the reply).
    [[nodiscard]] static QNetworkReply *send(QNetworkAccessManager &network, const QUrl &url, int deadlineMs,
                                             const QObject *context);
    [[nodiscard]] static HealthStatus read(QNetworkReply &reply, const QString &service, int deadlineMs);
};

} // namespace payops
