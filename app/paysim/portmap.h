#pragma once

#include "app/paysim/serviceserver.h"

#include <QHostAddress>
#include <QList>
#include <QStringList>

namespace payops::sim {

// The machine-readable start-up lines scripts and tests parse (not translated: a protocol):
//   listening <service> <address>:<first>[-<last>] /metrics /health
//   control <address>:<port>
// Consecutive ports of one service collapse into one range line, in instance order.
class PortMap
{
public:
    static QStringList lines(const QHostAddress &address, const QList<ServiceServer::Endpoint> &endpoints,
                             const QHostAddress &controlAddress, quint16 controlPort);
};

} // namespace payops::sim
