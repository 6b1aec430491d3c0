#pragma once

#include "app/paysim/serviceprofile.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <vector>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;
QT_END_NAMESPACE

namespace payops::sim {

class Simulation;

// Serves /metrics and /health of every instance. One QHttpServer is bound to one listening
// socket per instance, and the local port of a connection says which instance it is for:
// thousands of ports cost one router and no timers. Crash scenarios close a port
// (connection refused) or leave requests unanswered (hang).
class ServiceServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceServer)

public:
    struct Endpoint
    {
        ServiceKind service;
        int index;
        quint16 port;
    };
    using PortFunction = std::function<quint16(ServiceKind, int)>; // 0: any free port

    explicit ServiceServer(Simulation *simulation, QObject *parent = nullptr);
    ~ServiceServer() override;

    // Opens every instance's port. Returns an error in words; empty on success.
    QString listen(const QHostAddress &address, const PortFunction &portFor);

    // Restarts one instance as an update would: its port closes (connection refused, kept-alive
    // connections dropped) for `downtimeMs` of real time, then the new process listens again
    // (Simulation::restartInstance: counters from zero; `unhealthy`: its /health says "down").
    // Returns an error in words (no such instance, already restarting); empty when it started.
    QString restartInstance(ServiceKind service, int index, int downtimeMs, bool unhealthy);
    // Whether that instance is between the stop and the start of a restart.
    bool isRestarting(ServiceKind service, int index) const;

    QList<Endpoint> endpoints() const;
    quint16 port(ServiceKind service, int index) const;
    QHostAddress address() const { return m_address; }

private:
    struct Listener
    {
        ServiceKind service;
        int index;
        quint16 port;
        QTcpServer *server;
        bool restarting = false; // stopped by restartInstance(), not yet back
    };

    void applyCrashModes();
    void reopen(Listener &listener);
    void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder, bool health);

    Simulation *m_simulation;
    QHttpServer *m_http;
    QHostAddress m_address;
    std::vector<Listener> m_listeners;
    QHash<quint16, size_t> m_byPort;
};

} // namespace payops::sim
