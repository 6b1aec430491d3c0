#pragma once

#include "app/paysim/serviceprofile.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace payops::sim {

struct ScenarioRequest
{
    QString name;
    QString service; // empty: the scenario's default services
};

// What the command line asked for.
struct PaysimOptions
{
    QHostAddress bind = QHostAddress(QHostAddress::LocalHost);
    int basePort = 9101;
    std::array<std::optional<int>, kServiceCount> portOf; // first port of a service's range
    int controlPort = 9099; // below the services; 9100 is node_exporter's port
    // The control endpoint switches scenarios: loopback unless asked otherwise, even when the
    // services listen on every address (--bind 0.0.0.0).
    QHostAddress controlBind = QHostAddress(QHostAddress::LocalHost);
    int instances = 1;
    QList<ScenarioRequest> scenarios;
    std::optional<quint64> seed;
    double speed = 1;
    std::optional<qint64> startMs;

    // Port scheme: instance i of service s (frontend 0, gateway 1, backend 2, callback 3) listens on
    // base + s*instances + i, or on PORT + i with --port-of. 0 means "any free port".
    quint16 portFor(ServiceKind service, int index) const;
};

} // namespace payops::sim
