#pragma once

#include <QMetaType>

namespace payops {

// How the scrape worker keeps up with its targets, measured over its last load period.
struct PollingLoad
{
    int targets = 0;
    // Of the targets that answer (those timing out wait in a lane of their own and do not count):
    double wantedPerSecond = 0;  // metrics scrapes their intervals ask for
    double startedPerSecond = 0; // metrics scrapes started
    double stretch = 1.0;        // wanted / started (1: on time; 1.6: every interval 60 % longer)
    double meanIntervalMs = 0;   // the targets' configured interval, on average
    int inFlightLimit = 0;       // the adaptive limit of requests in flight
    int waiting = 0;             // requests due and not started yet
    bool behind = false;         // stretched noticeably (with hysteresis)

    double effectiveIntervalMs() const { return meanIntervalMs * stretch; }
};

} // namespace payops

Q_DECLARE_METATYPE(payops::PollingLoad)
