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
class Simulation;

// Switches scenarios at run time on its own port (and address, loopback by default), so it stays
// reachable while a service is crashed. JSON in and out; every request names the endpoint in its
// Host header and those that change scenarios are sent as application/json (ControlGuard):
//   GET    /scenarios                  available and active scenarios, simulated time
//   POST   /scenario                   body {"name": "slow-db", "service": "payment_backend"}
//   PUT    /scenario/<name>[?service=S]
//   DELETE /scenario/<name>[?service=S] one scenario (on every service without S)
//   DELETE /scenario                   all scenarios
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

private:
    QHttpServerResponse answer(const ScenarioResult &result) const;
    // Runs `handle` unless the guard refuses the request.
    template<typename Handler>
    QHttpServerResponse guarded(const QHttpServerRequest &request, bool changesState, Handler &&handle) const;

    Simulation *m_simulation;
    QHttpServer *m_http;
    QTcpServer *m_server = nullptr;
    ControlGuard m_guard;
};

} // namespace payops::sim
