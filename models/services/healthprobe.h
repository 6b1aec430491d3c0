#pragma once

#include "healthstatus.h"
#include "servicetarget.h"

#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

namespace payops {

// Asks each target's /health once per call, with a hard deadline per request.
// Lives on a worker thread; results arrive by (queued) signal.
class HealthProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthProbe)

public:
    static constexpr qint64 maxBodyBytes = 256 * 1024;

    explicit HealthProbe(QObject *parent = nullptr);
    ~HealthProbe() override;

    void probe(const QList<payops::ServiceTarget> &targets);

Q_SIGNALS:
    void checked(const payops::HealthStatus &status);

private:
    void finish(QNetworkReply *reply, const ServiceTarget &target);

    QNetworkAccessManager *m_network = nullptr;
};

} // namespace payops
