#pragma once

#include "app/paysim/scenarioset.h"
#include "app/paysim/serviceprofile.h"

#include <QList>

#include <optional>

namespace payops::sim {

// What the active scenarios do to one service: multipliers and ratios the traffic model
// applies each step. Neutral values mean "no scenario".
struct Conditions
{
    double trafficFactor = 1;
    double attackShare = 0;       // of all requests: junk traffic, mostly rate-limited
    double processingFactor = 1;  // own CPU work per request
    double dbFactor = 1;
    double networkDelaySeconds = 0; // added to every external call
    double peerSigmaExtra = 0;      // jitter on a bad network
    QList<double> peerFactor;       // per peer of the profile
    QList<double> peerFailure;      // per peer: share of calls that fail
    double internalFailure = 0;     // extra share of transactions failing inside the service
    double timeoutRatio = 0;        // extra share ending in 504
    double loginAttemptFactor = 1;
    std::optional<double> loginFailureRatio;
    double suspiciousFactor = 1;
    bool cpuSaturated = false;
    std::optional<qint64> leakSinceMs; // memory climbs from here
    CrashMode crash = CrashMode::None;

    static Conditions forService(const ScenarioSet &set, ServiceKind service);
};

} // namespace payops::sim
