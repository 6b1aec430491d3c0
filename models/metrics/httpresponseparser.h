#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace payops {

// Reads one HTTP/1.1 response out of a connection's bytes as they arrive, split anywhere: the
// status, the few headers a scrape needs, and the body, framed by Content-Length, by the chunked
// transfer coding or by the end of the connection. Interim 1xx responses are skipped.
//
// Bounded: the head (status line and headers) at most kMaxHeadBytes, the body at most the cap
// given (a Content-Length over it fails as soon as the head is in, before any of the body).
// No compression: the scrape client never asks for it, and a compressed body fails with words.
// Pure (no I/O, no Qt event loop): ScrapeConnection feeds it, the tests and a fuzz target too.
class HttpResponseParser final
{
    Q_DECLARE_TR_FUNCTIONS(payops::HttpResponseParser)

public:
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;

    enum class State { Incomplete, Complete, Failed };

    explicit HttpResponseParser(qint64 maxBodyBytes = 16 * 1024 * 1024);

    // Ready for the next response of the same connection.
    void reset(qint64 maxBodyBytes);
    // Takes bytes of the connection; returns Complete once the whole response is in (bytes after
    // it are left: *consumed says how many were used) or Failed (error() says why).
    State feed(const char *data, qsizetype size, qsizetype *consumed = nullptr);
    // The connection ended: completes a body that runs until the end, anything else fails.
    State finish();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] int status() const { return m_status; }
    // Whether the connection may carry the next request (HTTP/1.1 without "Connection: close", or
    // HTTP/1.0 with "Connection: keep-alive"; never for a body framed by the connection's end).
    [[nodiscard]] bool keepAlive() const { return m_keepAlive && m_framing != Framing::UntilClose; }
    [[nodiscard]] const QByteArray &location() const { return m_location; }
    [[nodiscard]] const QByteArray &body() const { return m_body; }
    [[nodiscard]] QByteArray takeBody() { return std::exchange(m_body, {}); }
    // Whether any byte of a response came (a kept-alive connection closed before it did can be retried).
    [[nodiscard]] bool started() const { return m_started; }
    // Set when the body was over the cap (error() says so too).
    [[nodiscard]] bool tooLarge() const { return m_tooLarge; }
    // Why it failed, in the operator's words ("invalid HTTP response: …").
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    enum class Phase { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, Done };
    enum class Framing { None, Length, Chunked, UntilClose };

    State fail(const QString &reason);
    State failTooLarge();
    State parseHead();
    bool parseHeader(const QByteArray &name, const QByteArray &value);
    State takeLine(const char *data, qsizetype size, qsizetype &used, QByteArray &line);
    State appendBody(const char *data, qsizetype size);

    qint64 m_maxBody = 0;
    State m_state = State::Incomplete;
    Phase m_phase = Phase::Head;
    Framing m_framing = Framing::None;
    QByteArray m_head;   // the head so far, or the current chunk-size / trailer line
    QByteArray m_body;
    QByteArray m_location;
    QString m_error;
    qint64 m_remaining = 0; // of the Content-Length, or of the current chunk
    qint64 m_contentLength = -1;
    int m_status = 0;
    bool m_http10 = false;
    bool m_keepAlive = true;
    bool m_started = false;
    bool m_tooLarge = false;
};

} // namespace payops
