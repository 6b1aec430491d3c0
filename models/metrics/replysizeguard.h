#pragma once

#include <QtGlobal>

#include <functional>

class QNetworkReply;
class QObject;

namespace payops {

// Calls `check` with the size of `reply`'s body as soon as it is known: the Content-Length once
// the headers are in, then the bytes received so far as the body arrives. The caller aborts the
// reply when the size is over its cap. The connections go with `context` (and with the reply).
void watchReplySize(QNetworkReply *reply, const QObject *context, const std::function<void(qint64 bytes)> &check);

} // namespace payops
