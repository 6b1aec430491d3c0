#include "models/metrics/scrapeconnection.h"

#include "models/metrics/scrapeerrortext.h"
#include "models/metrics/socketpoll.h"

#include <QHostInfo>
#include <QNetworkProxy>
#include <QSslSocket>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

namespace payops {

namespace {

bool isHttps(const QUrl &url)
{
    return url.scheme() == QLatin1String("https");
}

int portOf(const QUrl &url)
{
    return url.port(isHttps(url) ? 443 : 80);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && portOf(a) == portOf(b);
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// "GET /metrics HTTP/1.1", Host (with the port when it is not the scheme's), Basic credentials
// from the URL, then the caller's lines. QUrl's encoded form holds no CR, LF or space.
QByteArray requestFor(const QUrl &url, const QByteArray &headerLines)
{
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1 && url.port() != (isHttps(url) ? 443 : 80))
        host += ':' + QByteArray::number(url.port());
    QByteArray request;
    request.reserve(target.size() + host.size() + headerLines.size() + 64);
    request += "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    if (!url.userName().isEmpty())
        request += "Authorization: Basic " + (url.userName() + u':' + url.password()).toUtf8().toBase64() + "\r\n";
    request += headerLines;
    request += "\r\n";
    return request;
}

} // namespace

ScrapeConnection::ScrapeConnection(SocketPoll &poll, Done done, QObject *parent)
    : QObject(parent)
    , m_poll(poll)
    , m_done(std::move(done))
{
}

ScrapeConnection::~ScrapeConnection()
{
    abort();
}

void ScrapeConnection::get(const QUrl &url, const QByteArray &headerLines, qint64 maxBodyBytes)
{
    m_headerLines = headerLines;
    m_maxBody = maxBodyBytes;
    m_redirects = 0;
    send(url);
}

void ScrapeConnection::send(const QUrl &url)
{
    ++m_serial;
    m_url = url;
    m_request = requestFor(url, m_headerLines);
    m_sent = 0;
    m_retried = false;
    m_parser.reset(m_maxBody);
    if (reusable(url)) {
        m_reused = true;
        m_stage = Stage::Sending;
        if (m_tls) {
            m_sent = m_tls->write(m_request); // QSslSocket buffers what it cannot send yet
            m_stage = Stage::Receiving;
        } else {
            writeRequest();
        }
        return;
    }
    closeSocket();
    open();
}

bool ScrapeConnection::reusable(const QUrl &url) const
{
    if (!sameOrigin(url, m_connectedTo))
        return false;
    return m_tls ? m_tls->state() == QAbstractSocket::ConnectedState && m_tls->isEncrypted() : m_fd >= 0;
}

void ScrapeConnection::open()
{
    m_reused = false;
    m_connectedTo = QUrl();
    if (isHttps(m_url)) {
        openTls();
        return;
    }
    m_stage = Stage::Resolving;
    QHostAddress literal;
    if (literal.setAddress(m_url.host())) {
        m_addresses = {literal};
        m_nextAddress = 0;
        m_connectError.clear();
        connectNext();
        return;
    }
    m_lookupId = QHostInfo::lookupHost(m_url.host(), this, &ScrapeConnection::resolved);
}

void ScrapeConnection::resolved(const QHostInfo &info)
{
    m_lookupId = -1;
    if (m_stage != Stage::Resolving)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        fail(ScrapeErrorText::hostNotFound());
        return;
    }
    m_addresses = info.addresses();
    m_nextAddress = 0;
    m_connectError.clear();
    connectNext();
}

void ScrapeConnection::connectNext()
{
    while (m_nextAddress < m_addresses.size()) {
        const QHostAddress address = m_addresses.at(m_nextAddress++);
        const quint16 port = quint16(portOf(m_url));
        sockaddr_storage storage{};
        socklen_t length = 0;
        if (address.protocol() == QAbstractSocket::IPv6Protocol) {
            auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
            in6->sin6_family = AF_INET6;
            in6->sin6_port = htons(port);
            const Q_IPV6ADDR bytes = address.toIPv6Address();
            std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
            length = sizeof(sockaddr_in6);
        } else {
            auto *in = reinterpret_cast<sockaddr_in *>(&storage);
            in->sin_family = AF_INET;
            in->sin_port = htons(port);
            in->sin_addr.s_addr = htonl(address.toIPv4Address());
            length = sizeof(sockaddr_in);
        }
        m_fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (m_fd < 0) {
            m_connectError = ScrapeErrorText::fromErrno(errno);
            continue;
        }
        const int one = 1;
        setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one); // the request is one small write
        if (!m_poll.add(m_fd, EPOLLOUT, [this](quint32 events) { socketEvent(events); })) {
            m_connectError = ScrapeErrorText::fromErrno(errno);
            closeSocket();
            continue;
        }
        if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&storage), length) == 0 || errno == EINPROGRESS) {
            m_stage = Stage::Connecting; // writable once connected (or failed): socketEvent()
            return;
        }
        m_connectError = ScrapeErrorText::fromErrno(errno);
        closeSocket();
    }
    failLater(m_connectError.isEmpty() ? ScrapeErrorText::hostNotFound() : m_connectError);
}

void ScrapeConnection::socketEvent(quint32 events)
{
    switch (m_stage) {
    case Stage::Connecting: {
        int error = 0;
        socklen_t length = sizeof error;
        if (getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
            error = errno;
        if (error != 0) {
            m_connectError = ScrapeErrorText::fromErrno(error);
            closeSocket();
            m_stage = Stage::Resolving;
            connectNext(); // the next address, or the failure
            return;
        }
        m_connectedTo = m_url;
        m_stage = Stage::Sending;
        writeRequest();
        return;
    }
    case Stage::Sending:
        if (events & EPOLLOUT)
            writeRequest();
        if (m_stage == Stage::Sending && (events & (EPOLLIN | EPOLLHUP | EPOLLERR)))
            readSocket(); // an answer (or a close) before the whole request went
        return;
    case Stage::Receiving:
        readSocket();
        return;
    case Stage::Idle: // a kept-alive connection the peer closed (or talks on unasked): not reusable
    case Stage::Resolving:
        closeSocket();
        return;
    }
}

void ScrapeConnection::writeRequest()
{
    while (m_sent < m_request.size()) {
        const ssize_t n = ::send(m_fd, m_request.constData() + m_sent, size_t(m_request.size() - m_sent), MSG_NOSIGNAL);
        if (n > 0) {
            m_sent += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            m_poll.setEvents(m_fd, EPOLLOUT | EPOLLIN);
            return;
        }
        ended(ScrapeErrorText::fromErrno(errno));
        return;
    }
    m_stage = Stage::Receiving;
    m_poll.setEvents(m_fd, EPOLLIN);
}

void ScrapeConnection::readSocket()
{
    std::array<char, 64 * 1024> buffer;
    const quint64 serial = m_serial;
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer.data(), buffer.size(), 0);
        if (n > 0) {
            received(buffer.data(), n);
            if (m_serial != serial || m_stage == Stage::Idle)
                return; // answered (`done` may have asked again), failed, or gone on to a redirect
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        ended(n == 0 ? QString() : ScrapeErrorText::fromErrno(errno));
        return;
    }
}

void ScrapeConnection::received(const char *data, qsizetype size)
{
    qsizetype used = 0;
    const HttpResponseParser::State state = m_parser.feed(data, size, &used);
    if (state == HttpResponseParser::State::Incomplete)
        return;
    // Bytes nobody asked for, or an answer before the whole request went: the connection cannot
    // carry another request.
    if (state == HttpResponseParser::State::Complete && (used < size || m_sent < m_request.size()))
        m_connectedTo = QUrl();
    complete();
}

void ScrapeConnection::ended(const QString &error)
{
    // A kept-alive connection the peer closed before it saw this request: once more, on a new one.
    if (m_reused && !m_retried && !m_parser.started()) {
        m_retried = true;
        closeSocket();
        m_parser.reset(m_maxBody);
        m_sent = 0;
        open();
        return;
    }
    m_connectedTo = QUrl();
    if (m_parser.finish() == HttpResponseParser::State::Complete) {
        complete();
        return;
    }
    fail(m_parser.started() || error.isEmpty() ? m_parser.error() : error);
}

void ScrapeConnection::complete()
{
    if (m_parser.state() != HttpResponseParser::State::Complete) {
        fail(m_parser.error());
        return;
    }
    if (!m_parser.keepAlive())
        m_connectedTo = QUrl();
    if (!m_connectedTo.isValid())
        closeSocket();
    if (isRedirect(m_parser.status()) && !m_parser.location().isEmpty()) {
        const QUrl next = m_url.resolved(QUrl::fromEncoded(m_parser.location()));
        if (++m_redirects > kMaxRedirects) {
            fail(ScrapeErrorText::tooManyRedirects());
        } else if (!next.isValid() || (next.scheme() != QLatin1String("http") && !isHttps(next))) {
            fail(ScrapeErrorText::badRedirect());
        } else if (isHttps(m_url) && !isHttps(next)) {
            fail(ScrapeErrorText::insecureRedirect());
        } else {
            // The target's credentials go to its own origin only (and a Location's own are not used).
            QUrl target = next;
            target.setUserInfo(sameOrigin(next, m_url) ? m_url.userInfo() : QString());
            send(target);
        }
        return;
    }
    Response response;
    response.status = m_parser.status();
    response.body = m_parser.takeBody();
    m_stage = Stage::Idle;
    if (m_fd >= 0)
        m_poll.setEvents(m_fd, EPOLLIN | EPOLLRDHUP); // idle: only a close or stray bytes wake it
    m_done(std::move(response));
}

void ScrapeConnection::fail(const QString &error)
{
    closeSocket();
    m_stage = Stage::Idle;
    Response response;
    response.error = error;
    m_done(std::move(response));
}

void ScrapeConnection::failLater(const QString &error)
{
    // Inside get() (a refused connection on loopback is refused at once): report from the loop.
    m_stage = Stage::Resolving;
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            if (m_stage == Stage::Resolving && m_fd < 0 && !m_tls)
                fail(error);
        },
        Qt::QueuedConnection);
}

void ScrapeConnection::abort()
{
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    closeSocket();
    m_stage = Stage::Idle;
}

void ScrapeConnection::closeSocket()
{
    m_connectedTo = QUrl();
    if (m_fd >= 0) {
        m_poll.remove(m_fd);
        ::close(m_fd);
        m_fd = -1;
    }
    if (m_tls) {
        m_tls->disconnect(this);
        m_tls->abort();
        m_tls->deleteLater();
        m_tls = nullptr;
    }
}

void ScrapeConnection::openTls()
{
    m_stage = Stage::Connecting;
    m_tls = new QSslSocket(this);
    m_tls->setProxy(QNetworkProxy::NoProxy);
    connect(m_tls, &QSslSocket::encrypted, this, [this] {
        m_connectedTo = m_url;
        m_stage = Stage::Receiving;
        m_sent = m_tls->write(m_request); // QSslSocket buffers what it cannot send yet
    });
    connect(m_tls, &QSslSocket::readyRead, this, [this] {
        const QByteArray bytes = m_tls->readAll();
        if (m_stage == Stage::Receiving)
            received(bytes.constData(), bytes.size());
        else if (m_stage == Stage::Idle)
            closeSocket(); // stray bytes on an idle connection: not reusable
    });
    connect(m_tls, &QSslSocket::disconnected, this, [this] {
        if (m_stage == Stage::Receiving)
            ended(QString());
        else if (m_stage == Stage::Idle)
            closeSocket();
    });
    connect(m_tls, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError || m_stage == Stage::Idle)
            return; // disconnected() follows
        const QString text = error == QAbstractSocket::SslHandshakeFailedError
                                 ? ScrapeErrorText::tlsFailed(m_tls->errorString())
                             : error == QAbstractSocket::HostNotFoundError    ? ScrapeErrorText::hostNotFound()
                             : error == QAbstractSocket::ConnectionRefusedError ? ScrapeErrorText::connectionRefused()
                                                                                 : ScrapeErrorText::printable(m_tls->errorString());
        if (m_stage == Stage::Receiving)
            ended(text);
        else
            fail(text);
    });
    m_tls->connectToHostEncrypted(m_url.host(), quint16(portOf(m_url)));
}

} // namespace payops
