#pragma once

#include "app/paysim/controlguard.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerResponse;
class QTcpServer;
QT_END_NAMESPACE

namespace payops::sim {

struct ScenarioResult;
class ServiceServer;
class Simulation;

// Switches scenarios at run time on its own port (and address, loopback by default), so it stays
// reachable while a service is crashed. JSON in and out; every request names the endpoint in its
// Host header and those that change scenarios are sent as application/json (ControlGuard):
//   GET    /scenarios                  available and active scenarios, simulated time
//   POST   /scenario                   body {"name": "slow-db", "service": "payment_backend"}
//   PUT    /scenario/<name>[?service=S]
//   DELETE /scenario/<name>[?service=S] one scenario (on every service without S)
//   DELETE /scenario                   all scenarios
//   GET    /instances                  every instance: port, restarts, uptime, restarting, unhealthy
//   POST   /instances/<service>/<index>/restart[?downtime=SECONDS&fail=1]
//                                      restarts one instance (index from 0) as an update would: its
//                                      port is closed for the downtime (default 2 s, real time), then
//                                      a new process listens; with fail=1 its /health says "down"
//                                      (a release that does not work) until the next restart. The
//                                      same settings may come as a JSON body {"downtime": 2, "fail": true}.
class ControlServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlServer)

public:
    explicit ControlServer(Simulation *simulation, QObject *parent = nullptr);
    ~ControlServer() override;

    // Returns an error in words; empty on success.
    QString listen(const QHostAddress &address, quint16 port);
    quint16 port() const;

    QJsonObject state() const;
    // The instances' listeners, for /instances (set by the composition root; none: 404).
    void setServices(ServiceServer *services) { m_services = services; }

private:
    QHttpServerResponse answer(const ScenarioResult &result) const;
    // Runs `handle` unless the guard refuses the request.
    template<typename Handler>
    QHttpServerResponse guarded(const QHttpServerRequest &request, bool changesState, Handler &&handle) const;

    QHttpServerResponse restart(const QString &service, const QString &index, const QHttpServerRequest &request);
    QJsonObject instances() const;

    Simulation *m_simulation;
    ServiceServer *m_services = nullptr;
    QHttpServer *m_http;
    QTcpServer *m_server = nullptr;
    ControlGuard m_guard;
};

} // namespace payops::sim
