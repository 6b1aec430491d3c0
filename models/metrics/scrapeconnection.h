#pragma once

#include "models/metrics/httpresponseparser.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QHostInfo;
class QSslSocket;

namespace payops {

class SocketPoll;

// One kept-alive HTTP/1.1 connection of the scrape worker to one target, one GET at a time — as
// Prometheus scrapes. Plain http runs on a non-blocking socket in the thread's SocketPoll; https
// through a QSslSocket (certificates checked as Qt does). Host names are resolved with QHostInfo
// (asynchronous, cached); addresses are tried in turn. No proxy, no cookies, no compression.
//
// - Redirects are followed (at most 5; never from https to http); the URL's user name and password
//   go as Basic credentials to the URL's own origin only, never to another one a redirect names.
// - A kept-alive connection the peer closed while idle is opened again once, transparently.
// - No deadline here: the worker holds every request's deadline and calls abort().
// - `done` is called once per get(), from the event loop (never from within get()); it may call
//   get() again. Delete the object with deleteLater() when it may be inside `done`.
class ScrapeConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrapeConnection)

public:
    struct Response
    {
        int status = 0; // the HTTP status; 0 when no answer came
        QByteArray body;
        QString error;  // why no answer came, in words; empty when one did (whatever its status)
    };
    using Done = std::function<void(Response &&)>;

    static constexpr int kMaxRedirects = 5;

    ScrapeConnection(SocketPoll &poll, Done done, QObject *parent = nullptr);
    ~ScrapeConnection() override;

    // A GET of `url` with `headerLines` (each ending in "\r\n") besides Host and Authorization,
    // the body capped at `maxBodyBytes`.
    void get(const QUrl &url, const QByteArray &headerLines, qint64 maxBodyBytes);
    // Drops the request in flight and the connection, without calling `done`.
    void abort();

private:
    enum class Stage { Idle, Resolving, Connecting, Sending, Receiving };

    void send(const QUrl &url);
    bool reusable(const QUrl &url) const;
    void open();
    void resolved(const QHostInfo &info);
    void connectNext();
    void socketEvent(quint32 events);
    void writeRequest();
    void readSocket();
    void received(const char *data, qsizetype size);
    void ended(const QString &error);
    void complete();
    void fail(const QString &error);
    void failLater(const QString &error);
    void closeSocket();
    void openTls();

    SocketPoll &m_poll;
    Done m_done;
    Stage m_stage = Stage::Idle;
    QUrl m_url;          // of the request in flight (after redirects)
    QUrl m_connectedTo;  // the origin of the open connection
    QByteArray m_headerLines;
    QByteArray m_request;
    qsizetype m_sent = 0;
    qint64 m_maxBody = 0;
    HttpResponseParser m_parser;
    quint64 m_serial = 0; // of the request in flight: a read loop stops when `done` asked again
    int m_redirects = 0;
    bool m_reused = false;  // the request went on a connection that had answered before
    bool m_retried = false;
    int m_fd = -1;
    QSslSocket *m_tls = nullptr;
    QList<QHostAddress> m_addresses;
    qsizetype m_nextAddress = 0;
    int m_lookupId = -1;
    QString m_connectError; // of the last address tried
};

} // namespace payops
