#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace payops::sim {

// The four simulated services, in port order (see PaysimOptions::portFor).
enum class ServiceKind { Frontend = 0, Gateway = 1, Backend = 2, Callback = 3 };

inline constexpr int kServiceCount = 4;

// A dependency the service calls out to; labels payment_external_call_duration_seconds{peer}.
struct PeerProfile
{
    QString name;
    double medianSeconds = 0.1;
    double callsPerRequest = 1.0;
    // Set when the peer is one of our own services, so its scenarios propagate to callers.
    std::optional<ServiceKind> service;
};

// Static, per-instance figures of a service at its daily peak. Tuned so that the peak
// runs at roughly half capacity: queueing only dominates under a scenario.
struct ServiceProfile
{
    ServiceKind kind = ServiceKind::Frontend;
    QString name;
    double peakTps = 100;
    double capacityTps = 200;
    double processingMedianSeconds = 0.01;
    double dbQueriesPerRequest = 1;
    double dbMedianSeconds = 0.004;
    double loginsPerRequest = 0;
    double cpuCoresLimit = 2;
    double baseMemoryBytes = 256.0 * 1024 * 1024;
    QList<PeerProfile> peers;

    static const ServiceProfile &of(ServiceKind kind);
    static QList<ServiceKind> allKinds();
    static std::optional<ServiceKind> kindFromName(QStringView name);
    static QString nameOf(ServiceKind kind);
};

} // namespace payops::sim
