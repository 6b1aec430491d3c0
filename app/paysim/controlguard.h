#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
QT_END_NAMESPACE

namespace payops::sim {

// Keeps web pages away from the control endpoint. A page the operator's browser shows can send
// requests to 127.0.0.1 (cross-site request forgery) or, after rebinding its own name to
// 127.0.0.1, read the answers too (DNS rebinding). So:
// - every request carries a `Host` naming the address the endpoint is bound to, with its port:
//   the literal address, or `localhost` when it is a loopback address; when bound to every
//   address (0.0.0.0, ::), any literal IP address. A rebinding page sends its own name.
// - a request that changes scenarios also carries `Content-Type: application/json`: a form or a
//   no-CORS fetch can only send text/plain, form-urlencoded or multipart without a preflight,
//   which this server never grants.
class ControlGuard final
{
    Q_DECLARE_TR_FUNCTIONS(payops::sim::ControlGuard)

public:
    struct Refusal
    {
        int httpStatus = 403;
        QString reason; // translated, says what to send instead
    };

    void setEndpoint(const QHostAddress &address, quint16 port);

    // Why `request` is refused; nullopt when it may proceed.
    std::optional<Refusal> check(const QHttpServerRequest &request, bool changesState) const;

    // Whether a Host header value names this endpoint.
    bool hostMatches(const QString &host) const;

private:
    QHostAddress m_address = QHostAddress(QHostAddress::LocalHost);
    quint16 m_port = 0;
};

} // namespace payops::sim
