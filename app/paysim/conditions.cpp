#include "app/paysim/conditions.h"

#include <algorithm>

namespace payops::sim {

Conditions Conditions::forService(const ScenarioSet &set, ServiceKind service)
{
    const ServiceProfile &profile = ServiceProfile::of(service);
    Conditions c;
    c.peerFactor.fill(1.0, profile.peers.size());
    c.peerFailure.fill(0.0, profile.peers.size());
    c.crash = set.crashMode(service);

    for (const ActiveScenario &a : set.entries()) {
        if (a.service != service)
            continue;
        switch (a.kind) {
        case ScenarioKind::NetworkDelay:
            c.networkDelaySeconds += 0.35;
            c.peerSigmaExtra += 0.3;
            c.timeoutRatio += 0.03;
            for (double &f : c.peerFailure)
                f += 0.02;
            break;
        case ScenarioKind::GatewayAnomaly:
            c.internalFailure += 0.35;
            c.processingFactor *= 1.6;
            break;
        case ScenarioKind::ResourceExhaustion:
            c.cpuSaturated = true;
            c.processingFactor *= 5;
            c.dbFactor *= 1.5;
            c.timeoutRatio += 0.01;
            c.leakSinceMs = a.sinceMs;
            break;
        case ScenarioKind::SlowDb:
            c.dbFactor *= 35;
            c.timeoutRatio += 0.01;
            break;
        case ScenarioKind::SlowExternal:
            if (!c.peerFactor.isEmpty()) {
                c.peerFactor[0] *= 15;
                c.peerFailure[0] += 0.02;
            }
            break;
        case ScenarioKind::Crash:
        case ScenarioKind::CrashHang:
            break; // handled by crashMode above
        case ScenarioKind::Ddos:
            c.trafficFactor *= 12;
            c.attackShare = 1.0 - 1.0 / 12.0;
            break;
        case ScenarioKind::AccountTheft:
            c.loginAttemptFactor *= 4;
            c.loginFailureRatio = 0.55;
            c.suspiciousFactor *= 30;
            break;
        }
    }

    // Callers feel what happens to the services they depend on.
    for (qsizetype i = 0; i < profile.peers.size(); ++i) {
        const std::optional<ServiceKind> peer = profile.peers.at(i).service;
        if (!peer)
            continue;
        if (set.isActive(ScenarioKind::GatewayAnomaly, *peer)) {
            c.peerFailure[i] += 0.3;
            c.peerFactor[i] *= 2.5;
        }
        if (set.isActive(ScenarioKind::ResourceExhaustion, *peer))
            c.peerFactor[i] *= 4;
        if (set.isActive(ScenarioKind::SlowDb, *peer) || set.isActive(ScenarioKind::SlowExternal, *peer))
            c.peerFactor[i] *= 3;
        switch (set.crashMode(*peer)) {
        case CrashMode::Refuse:
            c.peerFailure[i] = 1; // fails fast
            break;
        case CrashMode::Hang:
            c.peerFailure[i] = 1;
            c.peerFactor[i] *= 60; // until the client's timeout
            break;
        case CrashMode::None:
            break;
        }
    }
    for (double &f : c.peerFailure)
        f = std::clamp(f, 0.0, 1.0);
    return c;
}

} // namespace payops::sim
