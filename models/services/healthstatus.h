#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace payops {

// What one /health request told us about a service; `error` is set (in operator words) when
// the service could not be asked or answered something we cannot read.
struct HealthStatus
{
    QString service;
    QString address;
    QString status; // the service's own word: ok, degraded, down
    QString version;
    QString error;
    QDateTime checkedAt;

    bool reachable() const { return error.isEmpty(); }

    // Reads a /health JSON document; on failure the returned status carries the reason.
    static HealthStatus fromJson(const QString &service, const QByteArray &body);
};

} // namespace payops

Q_DECLARE_METATYPE(payops::HealthStatus)
