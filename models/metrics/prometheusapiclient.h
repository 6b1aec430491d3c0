#pragma once

#include "models/metrics/prometheusresult.h"
#include "models/metrics/prometheussourceconfig.h"

#include <QHash>
#include <QObject>
#include <QtNetwork/qtnetworkglobal.h>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSslConfiguration;

namespace payops {

// Asks a Prometheus server's HTTP API for instant queries (/api/v1/query) and range queries
// (/api/v1/query_range), POSTing the expression form-encoded, and answers each request id by
// finished() (always queued, also when the request could not even be sent).
//
// - Bearer token: read from the configured file for every request, as Prometheus' own
//   `credentials_file`, so a rotated token is used at once. A file that its group or other users
//   may read or write is refused (the request fails with a clear error, nothing is sent).
//   The token goes only to the configured origin: a redirect to another scheme, host or port is
//   refused with the reason (same-origin redirects are followed), and a token is sent over plain
//   http only when the configuration allows it by name (allowInsecureToken).
// - TLS is always verified: against the system's CA store, or only the configured CA file.
// - Every request has an overall deadline (connect + transfer, a QTimer) and a body cap
//   (Content-Length up front, then the bytes received).
// - Failures in words: Prometheus' own `"status":"error"` answers with their errorType and error,
//   "the token was refused" for 401/403, other HTTP statuses, network errors, timeouts, size and
//   malformed JSON.
// Lives on the thread that uses it (the source's worker thread); creates its network access
// manager on the first request.
class PrometheusApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusApiClient)

public:
    struct Token
    {
        QByteArray value;
        QString error; // set: do not send the request
    };

    explicit PrometheusApiClient(QObject *parent = nullptr);
    ~PrometheusApiClient() override;

    // For requests started afterwards. An unusable CA file makes every request fail with the reason.
    void setConfig(const PrometheusSourceConfig &config);
    const PrometheusSourceConfig &config() const { return m_config; }

    // Instant query evaluated at atMs (ms since the epoch). Returns the request id.
    quint64 query(const QString &expression, qint64 atMs);
    // Range query over [fromMs, toMs] every stepMs (rounded to whole milliseconds of seconds).
    quint64 queryRange(const QString &expression, qint64 fromMs, qint64 toMs, qint64 stepMs);
    // Drops every request in flight without answering it.
    void abortAll();
    int requestsInFlight() const { return int(m_inFlight.size()); }

    // The body of an API answer (with its HTTP status, 0 when unknown) as a result or an error.
    static PrometheusResult parseResponse(const QByteArray &body, int httpStatus);
    // The token in `path`, or why it cannot be used (missing, readable by others, empty, too big).
    static Token readBearerToken(const QString &path);

Q_SIGNALS:
    void finished(quint64 requestId, const payops::PrometheusResult &result);

private:
    enum class Abort { None, Timeout, TooLarge };
    struct InFlight
    {
        quint64 id = 0;
        Abort abort = Abort::None;
    };

    quint64 post(const QString &endpoint, const QByteArray &form);
    void failLater(quint64 id, const QString &error);
    void abortReply(QNetworkReply *reply, Abort reason);
    void checkSize(QNetworkReply *reply, qint64 bytes);
    void replyFinished(QNetworkReply *reply);

    PrometheusSourceConfig m_config;
    QString m_configError; // the CA file could not be used
#if QT_CONFIG(ssl)
    std::unique_ptr<QSslConfiguration> m_ssl;
#endif
    QNetworkAccessManager *m_network = nullptr; // child, created on the first request
    QHash<QNetworkReply *, InFlight> m_inFlight;
    quint64 m_nextId = 0;
};

} // namespace payops
