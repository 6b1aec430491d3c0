#include "app/paysim/controlserver.h"

#include "app/paysim/scenariocatalog.h"
#include "app/paysim/scenarioresult.h"
#include "app/paysim/serviceserver.h"
#include "app/paysim/simulation.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTcpServer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace payops::sim {

namespace {

using Status = QHttpServerResponse::StatusCode;

QJsonObject toJson(const ActiveScenario &a)
{
    return {{u"name"_s, ScenarioCatalog::nameOf(a.kind)},
            {u"service"_s, ServiceProfile::nameOf(a.service)},
            {u"since"_s, QDateTime::fromMSecsSinceEpoch(a.sinceMs, Qt::UTC).toString(Qt::ISODateWithMs)}};
}

QHttpServerResponse errorResponse(const QString &message, Status status = Status::BadRequest)
{
    return QHttpServerResponse(QJsonObject{{u"error"_s, message}}, status);
}

} // namespace

ControlServer::ControlServer(Simulation *simulation, QObject *parent)
    : QObject(parent)
    , m_simulation(simulation)
    , m_http(new QHttpServer(this))
{
    m_http->route(u"/scenarios"_s, QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &request) {
        return guarded(request, false, [this] { return QHttpServerResponse(state()); });
    });

    m_http->route(u"/scenario"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
        return guarded(request, true, [this, &request] {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
            if (!doc.isObject())
                return errorResponse(tr("the body must be a JSON object such as {\"name\": \"slow-db\"}"));
            const QJsonObject body = doc.object();
            const QString name = body.value(u"name"_s).toString();
            if (name.isEmpty())
                return errorResponse(tr("the body has no \"name\""));
            return answer(m_simulation->activate(name, body.value(u"service"_s).toString()));
        });
    });

    m_http->route(u"/scenario/<arg>"_s, QHttpServerRequest::Method::Put,
                  [this](const QString &name, const QHttpServerRequest &request) {
                      return guarded(request, true, [&] {
                          return answer(m_simulation->activate(name, request.query().queryItemValue(u"service"_s)));
                      });
                  });

    m_http->route(u"/scenario/<arg>"_s, QHttpServerRequest::Method::Delete,
                  [this](const QString &name, const QHttpServerRequest &request) {
                      return guarded(request, true, [&] {
                          return answer(m_simulation->deactivate(name, request.query().queryItemValue(u"service"_s)));
                      });
                  });

    m_http->route(u"/scenario"_s, QHttpServerRequest::Method::Delete, [this](const QHttpServerRequest &request) {
        return guarded(request, true, [this] {
            m_simulation->clearScenarios();
            return QHttpServerResponse(state());
        });
    });

    m_http->route(u"/instances"_s, QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &request) {
        return guarded(request, false, [this] { return QHttpServerResponse(instances()); });
    });

    m_http->route(u"/instances/<arg>/<arg>/restart"_s, QHttpServerRequest::Method::Post,
                  [this](const QString &service, const QString &index, const QHttpServerRequest &request) {
                      return guarded(request, true, [&] { return restart(service, index, request); });
                  });
}

QHttpServerResponse ControlServer::restart(const QString &service, const QString &index, const QHttpServerRequest &request)
{
    if (!m_services)
        return errorResponse(tr("this paysim serves no instances"), Status::NotFound);
    const std::optional<ServiceKind> kind = ServiceProfile::kindFromName(service);
    if (!kind)
        return errorResponse(tr("unknown service \"%1\"").arg(service.left(100)), Status::NotFound);
    bool numeric = false;
    const int number = index.toInt(&numeric);
    if (!numeric)
        return errorResponse(tr("the instance must be a number from 0 (got \"%1\")").arg(index.left(100)), Status::NotFound);

    // Settings from the query, or from a JSON body (the query wins).
    QJsonObject body;
    if (!request.body().trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body());
        if (!doc.isObject())
            return errorResponse(tr("the body must be empty or a JSON object such as {\"downtime\": 2, \"fail\": true}"));
        body = doc.object();
    }
    const QUrlQuery query = request.query();
    double downtime = body.value(u"downtime"_s).toDouble(2.0);
    if (query.hasQueryItem(u"downtime"_s)) {
        bool ok = false;
        downtime = query.queryItemValue(u"downtime"_s).toDouble(&ok);
        if (!ok)
            downtime = -1;
    }
    if (!(downtime >= 0 && downtime <= 600))
        return errorResponse(tr("the downtime must be from 0 to 600 seconds"));
    bool fail = body.value(u"fail"_s).toBool(false);
    if (query.hasQueryItem(u"fail"_s)) {
        const QString value = query.queryItemValue(u"fail"_s);
        fail = value == u"1"_s || value == u"true"_s;
    }
    if (const QString error = m_services->restartInstance(*kind, number, int(downtime * 1000), fail); !error.isEmpty())
        return errorResponse(error, Status::Conflict);
    QJsonObject answer = m_simulation->instanceState(*kind, number);
    answer.insert(u"service"_s, ServiceProfile::nameOf(*kind));
    answer.insert(u"restarting"_s, true);
    answer.insert(u"downtime_seconds"_s, downtime);
    answer.insert(u"fail"_s, fail);
    return QHttpServerResponse(answer);
}

QJsonObject ControlServer::instances() const
{
    QJsonArray list;
    if (m_services) {
        for (const ServiceServer::Endpoint &endpoint : m_services->endpoints()) {
            QJsonObject entry = m_simulation->instanceState(endpoint.service, endpoint.index);
            entry.insert(u"service"_s, ServiceProfile::nameOf(endpoint.service));
            entry.insert(u"port"_s, endpoint.port);
            entry.insert(u"restarting"_s, m_services->isRestarting(endpoint.service, endpoint.index));
            list.append(entry);
        }
    }
    return {{u"instances"_s, list}};
}

template<typename Handler>
QHttpServerResponse ControlServer::guarded(const QHttpServerRequest &request, bool changesState, Handler &&handle) const
{
    if (const std::optional<ControlGuard::Refusal> refusal = m_guard.check(request, changesState))
        return errorResponse(refusal->reason, Status(refusal->httpStatus));
    return handle();
}

ControlServer::~ControlServer() = default;

QString ControlServer::listen(const QHostAddress &address, quint16 port)
{
    auto *server = new QTcpServer(m_http);
    if (!server->listen(address, port)) {
        const QString error = tr("cannot listen on %1:%2 for the control endpoint: %3")
                                  .arg(address.toString())
                                  .arg(port)
                                  .arg(server->errorString());
        delete server;
        return error;
    }
    m_http->bind(server);
    m_server = server;
    m_guard.setEndpoint(address, server->serverPort());
    return {};
}

quint16 ControlServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QJsonObject ControlServer::state() const
{
    QJsonArray active;
    for (const ActiveScenario &a : m_simulation->scenarios().entries())
        active.append(toJson(a));
    QJsonArray available;
    for (const ScenarioInfo &info : ScenarioCatalog::all()) {
        QJsonArray services;
        for (ServiceKind s : info.defaultServices)
            services.append(ServiceProfile::nameOf(s));
        available.append(QJsonObject{{u"name"_s, info.name},
                                     {u"description"_s, info.description},
                                     {u"default_services"_s, services}});
    }
    const qint64 now = m_simulation->now();
    return {{u"simulated_time"_s, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs)},
            {u"simulated_time_ms"_s, double(now)},
            {u"speed"_s, m_simulation->config().speed},
            {u"instances"_s, m_simulation->instanceCount()},
            {u"active"_s, active},
            {u"available"_s, available}};
}

QHttpServerResponse ControlServer::answer(const ScenarioResult &result) const
{
    if (!result.ok())
        return errorResponse(result.error);
    QJsonArray changed;
    for (const ActiveScenario &a : result.changed)
        changed.append(toJson(a));
    QJsonObject body = state();
    body.insert(u"changed"_s, changed);
    return QHttpServerResponse(body);
}

} // namespace payops::sim
