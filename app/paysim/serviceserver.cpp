#include "app/paysim/serviceserver.h"

#include "app/paysim/logging.h"
#include "app/paysim/simulation.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace payops::sim {

ServiceServer::ServiceServer(Simulation *simulation, QObject *parent)
    : QObject(parent)
    , m_simulation(simulation)
    , m_http(new QHttpServer(this))
{
    m_http->route(u"/metrics"_s, QHttpServerRequest::Method::Get,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      serve(request, std::move(responder), false);
                  });
    m_http->route(u"/health"_s, QHttpServerRequest::Method::Get,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      serve(request, std::move(responder), true);
                  });
    connect(m_simulation, &Simulation::scenariosChanged, this, &ServiceServer::applyCrashModes);
}

ServiceServer::~ServiceServer() = default;

QString ServiceServer::listen(const QHostAddress &address, const PortFunction &portFor)
{
    m_address = address;
    for (ServiceKind kind : ServiceProfile::allKinds()) {
        for (int i = 0; i < m_simulation->instanceCount(); ++i) {
            auto *server = new QTcpServer(m_http);
            const quint16 wanted = portFor(kind, i);
            if (!server->listen(address, wanted)) {
                const QString error = tr("cannot listen on %1:%2 for %3: %4")
                                          .arg(address.toString())
                                          .arg(wanted)
                                          .arg(ServiceProfile::nameOf(kind), server->errorString());
                delete server;
                return error;
            }
            m_http->bind(server);
            m_byPort.insert(server->serverPort(), m_listeners.size());
            m_listeners.push_back({kind, i, server->serverPort(), server});
        }
    }
    applyCrashModes();
    return {};
}

QList<ServiceServer::Endpoint> ServiceServer::endpoints() const
{
    QList<Endpoint> result;
    result.reserve(qsizetype(m_listeners.size()));
    for (const Listener &l : m_listeners)
        result.append({l.service, l.index, l.port});
    return result;
}

quint16 ServiceServer::port(ServiceKind service, int index) const
{
    for (const Listener &l : m_listeners) {
        if (l.service == service && l.index == index)
            return l.port;
    }
    return 0;
}

QString ServiceServer::restartInstance(ServiceKind service, int index, int downtimeMs, bool unhealthy)
{
    const auto found = std::find_if(m_listeners.begin(), m_listeners.end(),
                                    [&](const Listener &l) { return l.service == service && l.index == index; });
    if (found == m_listeners.end())
        return tr("%1 has no instance %2 (instances are numbered from 0 to %3)")
            .arg(ServiceProfile::nameOf(service))
            .arg(index)
            .arg(m_simulation->instanceCount() - 1);
    if (found->restarting)
        return tr("instance %1 of %2 is restarting already").arg(index).arg(ServiceProfile::nameOf(service));
    found->restarting = true;
    found->server->close();
    // Kept-alive connections die with the old process.
    for (QTcpSocket *socket : found->server->findChildren<QTcpSocket *>())
        socket->abort();
    qCInfo(lcPaysim) << "restarting" << ServiceProfile::nameOf(service) << index << "for" << downtimeMs << "ms";
    const size_t position = size_t(found - m_listeners.begin());
    QTimer::singleShot(std::max(0, downtimeMs), this, [this, position, unhealthy] {
        Listener &l = m_listeners[position];
        m_simulation->restartInstance(l.service, l.index, unhealthy);
        l.restarting = false;
        reopen(l);
        qCInfo(lcPaysim) << "restarted" << ServiceProfile::nameOf(l.service) << l.index << (unhealthy ? "(unhealthy)" : "");
    });
    return {};
}

bool ServiceServer::isRestarting(ServiceKind service, int index) const
{
    return std::any_of(m_listeners.cbegin(), m_listeners.cend(),
                       [&](const Listener &l) { return l.service == service && l.index == index && l.restarting; });
}

void ServiceServer::reopen(Listener &l)
{
    if (l.restarting || m_simulation->crashMode(l.service) == CrashMode::Refuse || l.server->isListening())
        return;
    // The same port again, so a scraper's target comes back as it would after a restart.
    if (!l.server->listen(m_address, l.port))
        qCWarning(lcPaysim) << "cannot reopen port" << l.port << l.server->errorString();
}

void ServiceServer::applyCrashModes()
{
    for (Listener &l : m_listeners) {
        const bool refuse = m_simulation->crashMode(l.service) == CrashMode::Refuse;
        if (refuse && l.server->isListening()) {
            l.server->close();
            qCInfo(lcPaysim) << "closed" << ServiceProfile::nameOf(l.service) << l.index << "port" << l.port;
        } else if (!refuse) {
            reopen(l);
        }
    }
}

void ServiceServer::serve(const QHttpServerRequest &request, QHttpServerResponder &&responder, bool health)
{
    Q_UNUSED(request);
    QTcpSocket *socket = responder.socket();
    const auto it = m_byPort.constFind(socket->localPort());
    if (it == m_byPort.constEnd()) {
        responder.write(QHttpServerResponder::StatusCode::NotFound);
        return;
    }
    const Listener &l = m_listeners[*it];
    if (l.restarting) {
        socket->abort(); // a connection accepted just before the stop
        return;
    }
    switch (m_simulation->crashMode(l.service)) {
    case CrashMode::Refuse:
        socket->abort(); // a kept-alive connection dies with the process
        return;
    case CrashMode::Hang:
        return; // accepted, read, never answered
    case CrashMode::None:
        break;
    }
    if (health) {
        const QJsonObject doc = m_simulation->health(l.service, l.index);
        const bool down = doc.value(u"status"_s).toString() == u"down";
        responder.write(QJsonDocument(doc), down ? QHttpServerResponder::StatusCode::ServiceUnavailable
                                                 : QHttpServerResponder::StatusCode::Ok);
        return;
    }
    responder.write(m_simulation->metrics(l.service, l.index),
                    QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"));
}

} // namespace payops::sim
