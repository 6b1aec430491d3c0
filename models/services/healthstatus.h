#pragma once

#include "models/services/healthcheck.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace payops {

// What one /health request told us about a service; `error` is set (in operator words) when
// the service could not be asked or answered something we cannot read.
struct HealthStatus
{
    int targetId = 0;
    QString service;
    QString address; // host:port of the health URL
    QString status;  // the service's own word: ok, degraded, down
    QString version;
    QString error;
    QDateTime checkedAt;
    qint64 timestampMs = 0; // when the request started (the injected clock), ms since the epoch
    double durationSeconds = 0.0;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QList<HealthCheck> checks; // per-dependency checks, by name (or in array order)

    bool reachable() const { return error.isEmpty(); }

    // Reads a /health JSON document: {"status": "ok", "version": "…", "checks": {NAME: {"status":
    // …, "latency_ms": …, …}}} (checks may also be an array of objects with a "name").
    // On failure the returned status carries the reason.
    static HealthStatus fromJson(const QString &service, const QByteArray &body);
};

} // namespace payops

Q_DECLARE_METATYPE(payops::HealthStatus)
