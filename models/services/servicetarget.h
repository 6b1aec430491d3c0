#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace payops {

// One scrape target of a service (one instance): where its metrics and health documents are
// served, how often they are asked for and how long one request may take.
struct ServiceTarget
{
    static constexpr int defaultIntervalMs = 5000;
    static constexpr int defaultTimeoutMs = 3000;
    static constexpr int minIntervalMs = 1000;
    static constexpr int maxIntervalMs = 3600 * 1000;

    int id = 0; // row id in the targets table; 0 when not stored
    QString service;
    QUrl metricsUrl;
    QUrl healthUrl; // empty: the target has no health document
    int intervalMs = defaultIntervalMs;
    int timeoutMs = defaultTimeoutMs;
    // Extra labels of the target (as in Prometheus' file_sd), without "service" and the
    // reserved "__…__" ones.
    QMap<QString, QString> labels;

    // "host:port" of the metrics URL (the Prometheus `instance` label).
    QString instance() const;

    // Why this target cannot be used (translated), or an empty string when it is valid:
    // a service name, an http(s) metrics URL with a host, an http(s) health URL or none,
    // an interval of 1 s to 1 h and a timeout of at least 1 ms and below the interval.
    QString validate() const;

    friend bool operator==(const ServiceTarget &, const ServiceTarget &) = default;

    // The four payment services as paysim serves them by default, in the knowledge base's order.
    static QList<ServiceTarget> paysimDefaults(const QString &host = QStringLiteral("127.0.0.1"),
                                               int basePort = 9101);
};

} // namespace payops

Q_DECLARE_METATYPE(payops::ServiceTarget)
