#include "models/metrics/prometheussourceconfig.h"

#include "models/metrics/derivedmetriccatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

/* TRANSLATOR payops::PrometheusSourceConfig */
QString tr(const char *text)
{
    return QCoreApplication::translate("payops::PrometheusSourceConfig", text);
}

// Histogram helpers for the defaults.
QString quantileOf(const char *q, const QString &histogram)
{
    return u"histogram_quantile(%1, sum by (service, le) (rate(%2_bucket[1m])))"_s.arg(QLatin1String(q), histogram);
}

QString averageOf(const QString &histogram)
{
    return u"sum by (service) (rate(%1_sum[1m])) / sum by (service) (rate(%1_count[1m]))"_s.arg(histogram);
}

// "part / whole" of two counters' rates; a part with no series at all counts as 0, so a service
// with traffic and no failure has a ratio of 0 rather than none (as MetricStore's).
QString ratioOf(const QString &part, const QString &whole)
{
    return u"(sum by (service) (rate(%1[1m])) or sum by (service) (rate(%2[1m])) * 0)"
           u" / sum by (service) (rate(%2[1m]))"_s.arg(part, whole);
}

const QRegularExpression &byClause()
{
    // `by (a, b)` of an aggregation, before or after its argument. Label names cannot contain
    // parentheses, so the list ends at the first ')'.
    static const QRegularExpression re(u"\\bby\\s*\\(([^()]*)\\)"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

QStringList labelsOf(const QString &list)
{
    QStringList labels;
    for (const QString &part : list.split(u',')) {
        const QString label = part.trimmed();
        if (!label.isEmpty())
            labels.append(label);
    }
    return labels;
}

QString secondsText(int ms)
{
    return QString::number(ms / 1000.0);
}

} // namespace

QMap<QString, QString> PrometheusSourceConfig::defaultExpressions()
{
    const QString request = u"payment_request_duration_seconds"_s;
    const QString db = u"payment_db_query_duration_seconds"_s;
    const QString external = u"payment_external_call_duration_seconds"_s;
    return {
        {u"tps"_s, u"sum by (service) (rate(payment_transactions_total[1m]))"_s},
        {u"failure_ratio"_s, ratioOf(u"payment_transactions_total{status=\"failed\"}"_s, u"payment_transactions_total"_s)},
        {u"latency_avg"_s, averageOf(request)},
        {u"latency_p50"_s, quantileOf("0.5", request)},
        {u"latency_p95"_s, quantileOf("0.95", request)},
        {u"latency_p99"_s, quantileOf("0.99", request)},
        {u"db_latency_avg"_s, averageOf(db)},
        {u"db_latency_p95"_s, quantileOf("0.95", db)},
        {u"external_latency_avg"_s, averageOf(external)},
        {u"external_latency_p95"_s, quantileOf("0.95", external)},
        {u"cpu_percent"_s, u"100 * sum by (service) (rate(process_cpu_seconds_total[1m]))"_s},
        {u"memory_bytes"_s, u"sum by (service) (process_resident_memory_bytes)"_s},
        {u"open_fds"_s, u"sum by (service) (process_open_fds)"_s},
        {u"host_cpu_percent"_s,
         u"100 * (1 - sum by (service) (rate(node_cpu_seconds_total{mode=\"idle\"}[1m]))"
         u" / sum by (service) (rate(node_cpu_seconds_total[1m])))"_s},
        {u"host_memory_percent"_s,
         u"100 * (1 - sum by (service) (node_memory_MemAvailable_bytes)"
         u" / sum by (service) (node_memory_MemTotal_bytes))"_s},
        {u"request_rate"_s, u"sum by (service) (rate(http_requests_total[1m]))"_s},
        {u"rejection_ratio"_s, ratioOf(u"http_requests_total{code=~\"429|5..\"}"_s, u"http_requests_total"_s)},
        {u"login_failure_rate"_s, u"sum by (service) (rate(payment_login_failures_total[1m]))"_s},
        {u"suspicious_rate"_s, u"sum by (service) (rate(payment_suspicious_transactions_total[1m]))"_s},
        {u"availability"_s, u"avg_over_time(up[1h])"_s},
        {u"up"_s, u"up"_s},
        {u"scrape_duration"_s, u"scrape_duration_seconds"_s},
    };
}

QStringList PrometheusSourceConfig::validate() const
{
    QStringList problems;
    const QString scheme = baseUrl.scheme();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        problems.append(tr("the Prometheus URL \"%1\" is not an http or https URL with a host").arg(baseUrl.toString()));
    else if (baseUrl.hasQuery() || baseUrl.hasFragment())
        problems.append(tr("the Prometheus URL \"%1\" must not have a query or a fragment").arg(baseUrl.toString()));
    if (const std::optional<QString> problem = tokenTransportProblem())
        problems.append(*problem);
    if (intervalMs < minIntervalMs || intervalMs > maxIntervalMs)
        problems.append(tr("the interval must be between 1 s and 3600 s (it is %1 s)").arg(secondsText(intervalMs)));
    if (timeoutMs < minTimeoutMs || timeoutMs > maxTimeoutMs)
        problems.append(tr("the timeout must be between 0.1 s and 300 s (it is %1 s)").arg(secondsText(timeoutMs)));
    if (maxBodyBytes < 1024)
        problems.append(tr("the answer size limit must be at least 1024 bytes (it is %1)").arg(maxBodyBytes));
    if (serviceLabel.isEmpty() || peerLabel.isEmpty())
        problems.append(tr("the service and peer label names must not be empty"));
    for (auto it = expressions.cbegin(); it != expressions.cend(); ++it) {
        const std::optional<DerivedMetric> metric = DerivedMetricCatalog::find(it.key());
        if (!metric)
            problems.append(tr("there is no metric called \"%1\" to give an expression for").arg(it.key()));
        else if (!metric->isScraped() && !it.value().trimmed().isEmpty())
            problems.append(tr("\"%1\" comes from the console's own scheduled tasks, not from Prometheus: it takes no expression")
                                .arg(it.key()));
    }
    if (expressions.value(u"up"_s).trimmed().isEmpty())
        problems.append(tr("the expression of \"up\" is needed: it tells which services are up"));
    return problems;
}

std::optional<QString> PrometheusSourceConfig::tokenTransportProblem() const
{
    if (tokenFile.isEmpty() || allowInsecureToken || baseUrl.scheme() != u"http")
        return std::nullopt;
    return tr("the bearer token is not sent over plain http:// (%1), where anyone on the way can read and reuse it: "
              "use an https:// URL, or accept the risk explicitly with --prometheus-allow-insecure-token "
              "(\"allowInsecureToken\": true in the settings file)")
        .arg(baseUrl.toDisplayString());
}

bool PrometheusSourceConfig::groupsByService(const QString &metric) const
{
    const QString text = expressions.value(metric);
    for (auto it = byClause().globalMatch(text); it.hasNext();) {
        if (labelsOf(it.next().captured(1)).contains(serviceLabel))
            return true;
    }
    return false;
}

QString PrometheusSourceConfig::expression(const QString &metric, Scope scope) const
{
    const QString text = expressions.value(metric).trimmed();
    if (text.isEmpty() || scope == Scope::Service || !groupsByService(metric))
        return text;
    const bool dropService = scope == Scope::Total || scope == Scope::Peer;
    const bool addPeer = scope == Scope::ServicePeer || scope == Scope::Peer;
    QString out;
    qsizetype from = 0;
    for (auto it = byClause().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        QStringList labels = labelsOf(match.captured(1));
        if (!labels.contains(serviceLabel)) {
            out += match.captured();
            continue;
        }
        if (dropService)
            labels.removeAll(serviceLabel);
        if (addPeer && !labels.contains(peerLabel))
            labels.append(peerLabel);
        if (!labels.isEmpty())
            out += u"by ("_s + labels.join(u", "_s) + u')';
        else if (out.endsWith(u' '))
            out.chop(1); // "sum by (service) (x)" -> "sum (x)"
    }
    out += QStringView(text).mid(from);
    return out;
}

PrometheusSourceConfig::Combine PrometheusSourceConfig::combineOf(const QString &metric)
{
    const std::optional<DerivedMetric> m = DerivedMetricCatalog::find(metric);
    if (!m)
        return Combine::Mean;
    if (m->id() == DerivedMetricId::ScrapeDuration)
        return Combine::Max;
    if (m->id() == DerivedMetricId::CpuPercent) // 200 % = two cores: per instance, summed
        return Combine::Sum;
    switch (m->formatKind()) {
    case DerivedMetric::Format::Rate:
    case DerivedMetric::Format::Bytes:
    case DerivedMetric::Format::Count: return Combine::Sum;
    default: return Combine::Mean;
    }
}

QString PrometheusSourceConfig::groupedExpression(const QString &metric, Scope scope) const
{
    const QString text = expression(metric, scope);
    if (text.isEmpty() || groupsByService(metric))
        return text;
    const Combine how = combineOf(metric);
    const QString function = how == Combine::Sum ? u"sum"_s : how == Combine::Max ? u"max"_s : u"avg"_s;
    const bool perService = scope == Scope::Service || scope == Scope::ServicePeer;
    return perService ? u"%1 by (%2) (%3)"_s.arg(function, serviceLabel, text) : u"%1 (%2)"_s.arg(function, text);
}

QByteArray PrometheusSourceConfig::toJson() const
{
    QJsonObject expressionsJson;
    for (auto it = expressions.cbegin(); it != expressions.cend(); ++it)
        expressionsJson.insert(it.key(), it.value());
    QJsonObject json{
        {u"url"_s, baseUrl.toString()},
        {u"tokenFile"_s, tokenFile},
        {u"caFile"_s, caFile},
        {u"allowInsecureToken"_s, allowInsecureToken},
        {u"intervalSeconds"_s, intervalMs / 1000.0},
        {u"timeoutSeconds"_s, timeoutMs / 1000.0},
        {u"maxBodyBytes"_s, double(maxBodyBytes)},
        {u"serviceLabel"_s, serviceLabel},
        {u"peerLabel"_s, peerLabel},
        {u"expressions"_s, expressionsJson},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

PrometheusSourceConfigLoad PrometheusSourceConfig::fromJson(const QByteArray &json)
{
    PrometheusSourceConfigLoad result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("the Prometheus settings are not valid JSON: %1 at offset %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    if (!document.isObject()) {
        result.error = tr("the Prometheus settings must be a JSON object");
        return result;
    }
    const QJsonObject object = document.object();
    PrometheusSourceConfig config;
    QStringList problems;
    const auto text = [&](const QString &key, QString &into) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return;
        if (!value.isString())
            problems.append(tr("\"%1\" must be a string").arg(key));
        else
            into = value.toString();
    };
    const auto number = [&](const QString &key, double scale, auto &into) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return;
        if (!value.isDouble())
            problems.append(tr("\"%1\" must be a number").arg(key));
        else
            into = std::remove_reference_t<decltype(into)>(qRound64(value.toDouble() * scale));
    };
    QString url;
    text(u"url"_s, url);
    if (!url.isEmpty())
        config.baseUrl = QUrl(url, QUrl::StrictMode);
    text(u"tokenFile"_s, config.tokenFile);
    text(u"caFile"_s, config.caFile);
    text(u"serviceLabel"_s, config.serviceLabel);
    text(u"peerLabel"_s, config.peerLabel);
    const QJsonValue insecure = object.value(u"allowInsecureToken"_s);
    if (insecure.isBool())
        config.allowInsecureToken = insecure.toBool();
    else if (!insecure.isUndefined())
        problems.append(tr("\"%1\" must be true or false").arg(u"allowInsecureToken"_s));
    number(u"intervalSeconds"_s, 1000.0, config.intervalMs);
    number(u"timeoutSeconds"_s, 1000.0, config.timeoutMs);
    number(u"maxBodyBytes"_s, 1.0, config.maxBodyBytes);
    const QJsonValue expressionsValue = object.value(u"expressions"_s);
    if (!expressionsValue.isUndefined()) {
        if (!expressionsValue.isObject()) {
            problems.append(tr("\"expressions\" must be an object of metric names and PromQL expressions"));
        } else {
            const QJsonObject expressionsObject = expressionsValue.toObject();
            for (auto it = expressionsObject.constBegin(); it != expressionsObject.constEnd(); ++it) {
                if (!it.value().isString())
                    problems.append(tr("the expression of \"%1\" must be a string").arg(it.key()));
                else
                    config.expressions.insert(it.key(), it.value().toString());
            }
        }
    }
    if (problems.isEmpty())
        problems = config.validate();
    if (!problems.isEmpty())
        result.error = problems.join(u"; "_s);
    else
        result.config = std::move(config);
    return result;
}

PrometheusSourceConfigLoad PrometheusSourceConfig::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PrometheusSourceConfigLoad result;
        result.error = tr("could not read the Prometheus settings from %1: %2").arg(path, file.errorString());
        return result;
    }
    constexpr qint64 maxSize = 1024 * 1024;
    const QByteArray data = file.read(maxSize + 1);
    if (data.size() > maxSize) {
        PrometheusSourceConfigLoad result;
        result.error = tr("the Prometheus settings file %1 is larger than 1 MiB").arg(path);
        return result;
    }
    PrometheusSourceConfigLoad result = fromJson(data);
    if (!result.ok())
        result.error = tr("%1: %2").arg(path, result.error);
    return result;
}

std::optional<QString> PrometheusSourceConfig::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit())
        return tr("could not write the Prometheus settings to %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace payops
