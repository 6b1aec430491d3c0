#include "models/metrics/prometheusapiclient.h"

#include "models/metrics/replysizeguard.h"
#include "models/metrics/scrapeerrortext.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#endif

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

constexpr char kUserAgent[] = "PayOps-Console/" PAYOPS_VERSION;
constexpr qint64 kMaxTokenBytes = 64 * 1024;

QByteArray secondsOf(qint64 ms)
{
    return QByteArray::number(double(ms) / 1000.0, 'f', 3);
}

QByteArray formValue(const QString &value)
{
    return QUrl::toPercentEncoding(value); // '+' and '&' included: PromQL has both
}

std::optional<double> parseValue(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (text == u"NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == u"+Inf" || text == u"Inf")
        return std::numeric_limits<double>::infinity();
    if (text == u"-Inf")
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double number = text.toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

// [<unix seconds>, "<value>"]
std::optional<SeriesPoint> parsePoint(const QJsonValue &value)
{
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2 || !pair.at(0).isDouble())
        return std::nullopt;
    const std::optional<double> v = parseValue(pair.at(1));
    if (!v)
        return std::nullopt;
    // A time that does not fit in milliseconds since the epoch (qint64) is malformed, not a crash:
    // converting it would be undefined behaviour (found by fuzz_prometheusjson).
    const double seconds = pair.at(0).toDouble();
    constexpr double limitSeconds = 9.0e15; // ~285 000 years either way
    if (!std::isfinite(seconds) || std::abs(seconds) > limitSeconds)
        return std::nullopt;
    return SeriesPoint{qRound64(seconds * 1000.0), *v};
}

// scheme://host:port, what a redirect is compared by.
QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toDisplayString();
}

QString modeText(QFileDevice::Permissions p)
{
    const auto digit = [p](QFileDevice::Permission r, QFileDevice::Permission w, QFileDevice::Permission x) {
        return QString::number((p & r ? 4 : 0) | (p & w ? 2 : 0) | (p & x ? 1 : 0));
    };
    return u"0"_s + digit(QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner)
           + digit(QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup)
           + digit(QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther);
}

} // namespace

PrometheusApiClient::PrometheusApiClient(QObject *parent)
    : QObject(parent)
{
}

PrometheusApiClient::~PrometheusApiClient()
{
    abortAll();
}

void PrometheusApiClient::setConfig(const PrometheusSourceConfig &config)
{
    m_config = config;
    m_configError.clear();
#if QT_CONFIG(ssl)
    m_ssl = std::make_unique<QSslConfiguration>(QSslConfiguration::defaultConfiguration());
    m_ssl->setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!config.caFile.isEmpty()) {
        QFile file(config.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            m_configError = tr("the CA file %1 cannot be read: %2").arg(config.caFile, file.errorString());
        } else {
            const QByteArray data = file.read(4 * 1024 * 1024);
            QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
            if (certificates.isEmpty())
                certificates = QSslCertificate::fromData(data, QSsl::Der);
            if (certificates.isEmpty())
                m_configError = tr("the CA file %1 holds no certificate").arg(config.caFile);
            else
                m_ssl->setCaCertificates(certificates); // as Prometheus' ca_file: these CAs only
        }
    }
#else
    if (config.baseUrl.scheme() == u"https")
        m_configError = tr("this build of the console has no TLS support");
#endif
    if (m_configError.isEmpty()) {
        if (const std::optional<QString> refusal = config.tokenTransportProblem())
            m_configError = *refusal;
    }
}

PrometheusApiClient::Token PrometheusApiClient::readBearerToken(const QString &path)
{
    Token token;
    const QFileInfo info(path);
    if (!info.exists()) {
        token.error = tr("the token file %1 does not exist").arg(path);
        return token;
    }
    const QFileDevice::Permissions permissions = info.permissions();
    constexpr QFileDevice::Permissions shared = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (permissions & shared) {
        token.error = tr("the token file %1 may be read or changed by other users (mode %2); "
                         "it must be private to its owner: chmod 600 %1")
                          .arg(path, modeText(permissions));
        return token;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        token.error = tr("the token file %1 cannot be read: %2").arg(path, file.errorString());
        return token;
    }
    const QByteArray data = file.read(kMaxTokenBytes + 1);
    if (data.size() > kMaxTokenBytes) {
        token.error = tr("the token file %1 is larger than %2").arg(path, ScrapeErrorText::byteSize(kMaxTokenBytes));
        return token;
    }
    token.value = data.trimmed();
    if (token.value.isEmpty() || token.value.contains('\n') || token.value.contains('\r'))
        token.error = token.value.isEmpty() ? tr("the token file %1 is empty").arg(path)
                                            : tr("the token file %1 holds more than one line").arg(path);
    if (!token.error.isEmpty())
        token.value.clear();
    return token;
}

quint64 PrometheusApiClient::query(const QString &expression, qint64 atMs)
{
    return post(u"query"_s, "query=" + formValue(expression) + "&time=" + secondsOf(atMs));
}

quint64 PrometheusApiClient::queryRange(const QString &expression, qint64 fromMs, qint64 toMs, qint64 stepMs)
{
    return post(u"query_range"_s, "query=" + formValue(expression) + "&start=" + secondsOf(fromMs) + "&end="
                                      + secondsOf(toMs) + "&step=" + secondsOf(std::max<qint64>(stepMs, 1)));
}

void PrometheusApiClient::failLater(quint64 id, const QString &error)
{
    PrometheusResult result;
    result.error = error;
    QTimer::singleShot(0, this, [this, id, result] { Q_EMIT finished(id, result); });
}

quint64 PrometheusApiClient::post(const QString &endpoint, const QByteArray &form)
{
    const quint64 id = ++m_nextId;
    if (!m_configError.isEmpty()) {
        failLater(id, m_configError);
        return id;
    }
    QByteArray authorization;
    if (!m_config.tokenFile.isEmpty()) {
        const Token token = readBearerToken(m_config.tokenFile);
        if (!token.error.isEmpty()) {
            failLater(id, token.error);
            return id;
        }
        authorization = "Bearer " + token.value;
    }
    QUrl url = m_config.baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/api/v1/"_s + endpoint);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("User-Agent"), kUserAgent);
    if (!authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // The token (and the query) go to the configured origin only: a redirect to another scheme, host
    // or port ends the request with InsecureRedirectError instead of re-sending the Authorization
    // header there (Qt copies the request's headers to the redirected request).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
#if QT_CONFIG(ssl)
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
#endif

    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkReply *reply = m_network->post(request, form);
    m_inFlight.insert(reply, InFlight{id, Abort::None});
    connect(reply, &QNetworkReply::finished, this, [this, reply] { replyFinished(reply); });
    // The Content-Length is checked as soon as the headers are in, the body as it arrives.
    watchReplySize(reply, this, [this, reply](qint64 bytes) { checkSize(reply, bytes); });
    // The overall deadline: connect, sending, Prometheus' evaluation and the transfer together.
    auto *deadline = new QTimer(reply); // goes with the reply
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, reply] { abortReply(reply, Abort::Timeout); });
    deadline->start(m_config.timeoutMs);
    return id;
}

void PrometheusApiClient::abortAll()
{
    const QList<QNetworkReply *> replies = m_inFlight.keys();
    m_inFlight.clear();
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void PrometheusApiClient::checkSize(QNetworkReply *reply, qint64 bytes)
{
    if (bytes > m_config.maxBodyBytes)
        abortReply(reply, Abort::TooLarge);
}

void PrometheusApiClient::abortReply(QNetworkReply *reply, Abort reason)
{
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    if (it->abort == Abort::None)
        it->abort = reason;
    reply->abort(); // finished() follows and reports the reason
}

void PrometheusApiClient::replyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_inFlight.constFind(reply);
    if (it == m_inFlight.constEnd())
        return;
    const InFlight request = *it;
    m_inFlight.erase(it);

    PrometheusResult result;
    if (request.abort == Abort::Timeout) {
        result.error = ScrapeErrorText::timedOut(m_config.timeoutMs);
    } else if (reply->error() == QNetworkReply::InsecureRedirectError) {
        // The token and the query go only to the configured origin; the operator decides.
        const QUrl target = reply->header(QNetworkRequest::LocationHeader).toUrl();
        result.error = target.isValid()
                           ? tr("Prometheus at %1 redirected the request to another address, %2; it was not "
                                "followed: the token and the query go only to the configured address. If %2 is "
                                "right, configure it instead")
                                 .arg(originOf(m_config.baseUrl), originOf(reply->url().resolved(target)))
                           : tr("Prometheus at %1 redirected the request to another address; it was not followed: "
                                "the token and the query go only to the configured address")
                                 .arg(originOf(m_config.baseUrl));
    } else if (request.abort == Abort::TooLarge) {
        result.error = ScrapeErrorText::tooLarge(m_config.maxBodyBytes);
    } else {
        const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
        if (status == 0 && reply->error() != QNetworkReply::NoError) {
            result.error = ScrapeErrorText::fromReply(*reply); // no answer at all
        } else {
            const QByteArray body = reply->readAll();
            if (body.size() > m_config.maxBodyBytes)
                result.error = ScrapeErrorText::tooLarge(m_config.maxBodyBytes);
            else
                result = parseResponse(body, status);
        }
    }
    Q_EMIT finished(request.id, result);
}

PrometheusResult PrometheusApiClient::parseResponse(const QByteArray &body, int httpStatus)
{
    PrometheusResult result;
    const auto fail = [&result](const QString &error) {
        result = PrometheusResult();
        result.error = error;
        return result;
    };
    if (httpStatus == 401 || httpStatus == 403)
        return fail(tr("the token was refused (HTTP %1)").arg(httpStatus));
    const bool httpOk = httpStatus == 0 || (httpStatus >= 200 && httpStatus <= 299);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject root = document.object();
    const QString status = root.value(u"status"_s).toString();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || status.isEmpty()) {
        // A proxy's or load balancer's page, or not Prometheus at all.
        if (!httpOk)
            return fail(tr("HTTP %1").arg(httpStatus));
        if (parseError.error != QJsonParseError::NoError)
            return fail(tr("Prometheus answered with malformed JSON: %1 at offset %2")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
        return fail(tr("the answer is not a Prometheus API answer (no \"status\")"));
    }
    for (const QJsonValue &warning : root.value(u"warnings"_s).toArray())
        result.warnings.append(ScrapeErrorText::printable(warning.toString()));
    if (status == u"error") {
        // The server's own words reach the log and the status bar: made printable first.
        const QString type = ScrapeErrorText::printable(root.value(u"errorType"_s).toString(), 40);
        const QString error = ScrapeErrorText::printable(root.value(u"error"_s).toString());
        if (type == u"timeout")
            return fail(tr("the query timed out in Prometheus: %1").arg(error));
        if (type == u"bad_data")
            return fail(tr("Prometheus rejected the query: %1").arg(error));
        return fail(tr("Prometheus could not answer (%1): %2").arg(type.isEmpty() ? tr("error") : type, error));
    }
    if (status != u"success")
        return fail(tr("Prometheus answered with the unknown status \"%1\"").arg(ScrapeErrorText::printable(status, 40)));
    if (!httpOk)
        return fail(tr("HTTP %1").arg(httpStatus));

    const QJsonObject data = root.value(u"data"_s).toObject();
    const QString type = data.value(u"resultType"_s).toString();
    const QJsonValue resultValue = data.value(u"result"_s);
    const QString malformed = tr("Prometheus answered with malformed data: %1");
    if (type == u"vector" || type == u"matrix") {
        const bool matrix = type == u"matrix";
        result.type = matrix ? PrometheusResult::Type::Matrix : PrometheusResult::Type::Vector;
        if (!resultValue.isArray())
            return fail(malformed.arg(tr("\"result\" is not a list")));
        const QJsonArray items = resultValue.toArray();
        result.series.reserve(items.size());
        for (const QJsonValue &item : items) {
            const QJsonObject object = item.toObject();
            PrometheusSeries series;
            const QJsonObject metric = object.value(u"metric"_s).toObject();
            for (auto it = metric.constBegin(); it != metric.constEnd(); ++it)
                series.labels.insert(it.key(), it.value().toString());
            if (matrix) {
                const QJsonArray values = object.value(u"values"_s).toArray();
                series.points.reserve(values.size());
                for (const QJsonValue &value : values) {
                    const std::optional<SeriesPoint> point = parsePoint(value);
                    if (!point)
                        return fail(malformed.arg(tr("a value is not a [time, \"number\"] pair")));
                    series.points.append(*point);
                }
            } else {
                const std::optional<SeriesPoint> point = parsePoint(object.value(u"value"_s));
                if (!point)
                    return fail(malformed.arg(tr("a value is not a [time, \"number\"] pair")));
                series.points.append(*point);
            }
            result.series.append(std::move(series));
        }
        return result;
    }
    if (type == u"scalar") {
        const std::optional<SeriesPoint> point = parsePoint(resultValue);
        if (!point)
            return fail(malformed.arg(tr("the scalar is not a [time, \"number\"] pair")));
        result.type = PrometheusResult::Type::Scalar;
        result.series.append(PrometheusSeries{{}, {*point}});
        return result;
    }
    if (type == u"string") {
        result.type = PrometheusResult::Type::String; // nothing the console can chart
        return result;
    }
    return fail(malformed.arg(tr("unknown result type \"%1\"").arg(type)));
}

} // namespace payops
