#include "app/paysim/controlguard.h"

#include <QHttpServerRequest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace payops::sim {

void ControlGuard::setEndpoint(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = port;
}

bool ControlGuard::hostMatches(const QString &host) const
{
    // Parsed as the authority of a URL: "[::1]:9099", "127.0.0.1:9099", "localhost:9099".
    const QUrl url(u"http://"_s + host);
    if (!url.isValid() || host.isEmpty() || !url.userInfo().isEmpty() || !url.path().isEmpty()
        || url.port(80) != m_port)
        return false;
    const QString name = url.host();
    const QHostAddress literal(name);
    if (literal.isNull())
        return m_address.isLoopback() && name.compare(u"localhost"_s, Qt::CaseInsensitive) == 0;
    if (m_address == QHostAddress(QHostAddress::Any) || m_address == QHostAddress(QHostAddress::AnyIPv4)
        || m_address == QHostAddress(QHostAddress::AnyIPv6))
        return true;
    return literal.isEqual(m_address, QHostAddress::TolerantConversion);
}

std::optional<ControlGuard::Refusal> ControlGuard::check(const QHttpServerRequest &request, bool changesState) const
{
    const QString host = QString::fromLatin1(request.value("Host"));
    if (!hostMatches(host)) {
        const QString bound = m_address.protocol() == QAbstractSocket::IPv6Protocol
                                  ? u'[' + m_address.toString() + u']'
                                  : m_address.toString();
        return Refusal{403, tr("refused: the Host header \"%1\" does not name this control endpoint (%2:%3); "
                               "send the request to the address paysim prints on its \"control\" line")
                                .arg(host.left(100), bound)
                                .arg(m_port)};
    }
    if (!changesState)
        return std::nullopt;
    // The media type, without parameters such as "; charset=utf-8".
    const QByteArray contentType = request.value("Content-Type").split(';').constFirst().trimmed().toLower();
    if (contentType != "application/json") {
        return Refusal{415, tr("refused: a request that changes scenarios must be sent with "
                               "\"Content-Type: application/json\" (got \"%1\")")
                                .arg(QString::fromLatin1(contentType.left(100)))};
    }
    return std::nullopt;
}

} // namespace payops::sim
