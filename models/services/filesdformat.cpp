#include "models/services/filesdformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <climits>
#include <optional>

namespace payops {

namespace {

const QString kService = QStringLiteral("service");
const QString kJob = QStringLiteral("job");
const QString kScheme = QStringLiteral("__scheme__");
const QString kMetricsPath = QStringLiteral("__metrics_path__");
const QString kHealthPath = QStringLiteral("__health_path__");
const QString kInterval = QStringLiteral("__scrape_interval__");
const QString kTimeout = QStringLiteral("__scrape_timeout__");
const QString kDefaultMetricsPath = QStringLiteral("/metrics");
const QString kDefaultHealthPath = QStringLiteral("/health");

/* TRANSLATOR payops::FileSdFormat */
QString tr(const char *text)
{
    return QCoreApplication::translate("payops::FileSdFormat", text);
}

FileSdFormat::Result failure(int entry, const QString &target, const QString &reason)
{
    FileSdFormat::Result result;
    result.error = FileSdFormat::Error{entry, target, reason};
    return result;
}

bool isLabelName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

bool isHostName(QStringView host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    for (const QChar c : host) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'-' && c != u'_')
            return false;
    }
    return !host.startsWith(u'.') && !host.startsWith(u'-');
}

struct HostPort
{
    QString host;
    int port = 0;
    QString error; // translated
};

HostPort splitHostPort(const QString &text)
{
    HostPort result;
    const QString notHostPort = tr("not a host:port pair");
    QString host;
    QString port;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0 || close + 1 >= text.size() || text.at(close + 1) != u':') {
            result.error = notHostPort;
            return result;
        }
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol) {
            result.error = tr("\"%1\" is not an IPv6 address").arg(host);
            return result;
        }
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon < 0) {
            result.error = tr("no port (expected host:port)");
            return result;
        }
        host = text.left(colon);
        port = text.mid(colon + 1);
        if (host.contains(u':')) {
            result.error = tr("an IPv6 address must be written in brackets, as [::1]:9100");
            return result;
        }
        if (!isHostName(host)) {
            result.error = host.isEmpty() ? tr("no host (expected host:port)")
                                          : tr("\"%1\" is not a host name or address").arg(host);
            return result;
        }
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    if (!digits.match(port).hasMatch()) {
        result.error = port.isEmpty() ? tr("no port (expected host:port)") : tr("\"%1\" is not a port number").arg(port);
        return result;
    }
    const int number = port.toInt();
    if (number < 1 || number > 65535) {
        result.error = tr("the port %1 is out of range (1 to 65535)").arg(number);
        return result;
    }
    result.host = host;
    result.port = number;
    return result;
}

QUrl makeUrl(const QString &scheme, const QString &host, int port, const QString &path)
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    url.setPort(port);
    url.setPath(path);
    return url;
}

QString pathOf(const QUrl &url)
{
    QString path = url.path();
    if (path.isEmpty())
        path = QStringLiteral("/");
    if (url.hasQuery())
        path += u'?' + url.query();
    return path;
}

// Why the labels of an entry describe no usable target (empty when they do).
QString entryProblem(const ServiceTarget &proto)
{
    if (proto.service.isEmpty())
        return tr("the entry has neither a \"service\" nor a \"job\" label");
    if (proto.intervalMs < ServiceTarget::minIntervalMs || proto.intervalMs > ServiceTarget::maxIntervalMs)
        return tr("the scrape interval %1 is out of range (1s to 1h)").arg(FileSdFormat::formatDuration(proto.intervalMs));
    if (proto.timeoutMs < 1 || proto.timeoutMs >= proto.intervalMs)
        return tr("the scrape timeout %1 is not shorter than the interval %2")
            .arg(FileSdFormat::formatDuration(proto.timeoutMs), FileSdFormat::formatDuration(proto.intervalMs));
    return {};
}

} // namespace

QString FileSdFormat::Error::toString() const
{
    if (entry <= 0)
        return reason;
    if (target.isEmpty())
        return QCoreApplication::translate("payops::FileSdFormat", "entry %1: %2").arg(entry).arg(reason);
    return QCoreApplication::translate("payops::FileSdFormat", "entry %1, target \"%2\": %3").arg(entry).arg(target, reason);
}

std::optional<qint64> FileSdFormat::parseDurationMs(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:([0-9]+)h)?(?:([0-9]+)m(?!s))?(?:([0-9]+)s)?(?:([0-9]+)ms)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (text.isEmpty() || !match.hasMatch())
        return std::nullopt;
    static constexpr qint64 unit[] = {0, 3600 * 1000, 60 * 1000, 1000, 1};
    qint64 total = 0;
    for (int i = 1; i <= 4; ++i) {
        const QString part = match.captured(i);
        if (part.isEmpty())
            continue;
        if (part.size() > 9)
            return std::nullopt;
        total += part.toLongLong() * unit[i];
    }
    return total;
}

QString FileSdFormat::formatDuration(qint64 ms)
{
    if (ms % 60000 == 0 && ms > 0)
        return QString::number(ms / 60000) + u'm';
    if (ms % 1000 == 0)
        return QString::number(ms / 1000) + u's';
    return QString::number(ms) + QStringLiteral("ms");
}

bool FileSdFormat::isNodeExporterJob(const QString &job)
{
    return job == QLatin1String("node") || job == QLatin1String("node_exporter");
}

FileSdFormat::Result FileSdFormat::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(0, {}, tr("the file is not valid JSON: %1 at byte %2")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset));
    if (!document.isArray())
        return failure(0, {}, tr("the file must hold a JSON array of target groups, as Prometheus' file_sd does"));
    const QJsonArray groups = document.array();

    Result result;
    QHash<QString, int> seen; // metrics URL -> entry
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const int entry = int(g) + 1;
        const auto reject = [&result, entry](const QString &target, const QString &reason) {
            result.rejected.append(Error{entry, target, reason});
        };
        if (!groups.at(g).isObject()) {
            reject({}, tr("the entry is not a JSON object"));
            continue;
        }
        const QJsonObject group = groups.at(g).toObject();
        const QJsonValue targetsValue = group.value(QStringLiteral("targets"));
        if (!targetsValue.isArray()) {
            reject({}, tr("the entry has no \"targets\" list"));
            continue;
        }
        const QJsonArray targets = targetsValue.toArray();
        if (targets.isEmpty()) {
            reject({}, tr("the entry's \"targets\" list is empty"));
            continue;
        }
        const QJsonValue labelsValue = group.value(QStringLiteral("labels"));
        if (!labelsValue.isUndefined() && !labelsValue.isObject()) {
            reject({}, tr("\"labels\" is not a JSON object"));
            continue;
        }
        const QJsonObject labels = labelsValue.toObject();

        ServiceTarget proto;
        QString scheme = QStringLiteral("http");
        QString metricsPath = kDefaultMetricsPath;
        std::optional<QString> healthPath;
        QString problem;
        for (auto it = labels.constBegin(); it != labels.constEnd() && problem.isEmpty(); ++it) {
            const QString name = it.key();
            if (!it.value().isString()) {
                problem = tr("the label \"%1\" is not a string").arg(name);
                continue;
            }
            const QString value = it.value().toString();
            if (!isLabelName(name)) {
                problem = tr("\"%1\" is not a valid label name").arg(name);
            } else if (name == kService) {
                proto.service = value.trimmed();
            } else if (name == kScheme) {
                if (value != QLatin1String("http") && value != QLatin1String("https"))
                    problem = tr("the scheme \"%1\" is not http or https").arg(value);
                scheme = value;
            } else if (name == kMetricsPath || name == kHealthPath) {
                if (!(value.startsWith(u'/') || (name == kHealthPath && value.isEmpty())))
                    problem = tr("the path \"%1\" of %2 does not start with /").arg(value, name);
                else if (name == kMetricsPath)
                    metricsPath = value;
                else
                    healthPath = value;
            } else if (name == kInterval || name == kTimeout) {
                const std::optional<qint64> ms = parseDurationMs(value);
                if (!ms)
                    problem = tr("%1 \"%2\" is not a duration such as 5s or 500ms").arg(name, value);
                else
                    (name == kInterval ? proto.intervalMs : proto.timeoutMs) = int(std::min<qint64>(*ms, INT_MAX));
            } else if (!name.startsWith(QLatin1String("__"))) {
                proto.labels.insert(name, value);
            }
        }
        // Prometheus' own files name the job, not the service: the job is the service, and
        // node_exporters are the hosts' (their service is decided by who runs on the host).
        const QString job = proto.labels.value(kJob).trimmed();
        const bool host = proto.service.isEmpty() && isNodeExporterJob(job);
        if (proto.service.isEmpty())
            proto.service = job;
        if (problem.isEmpty())
            problem = entryProblem(proto);
        if (!problem.isEmpty()) {
            reject({}, problem);
            continue;
        }
        // node_exporter serves no health document: asking for one would mark its host's services degraded.
        const QString health = healthPath.value_or(host ? QString() : kDefaultHealthPath);

        for (const QJsonValue &value : targets) {
            if (!value.isString()) {
                reject({}, tr("a target is not a string"));
                continue;
            }
            const QString text = value.toString();
            const HostPort hostPort = splitHostPort(text.trimmed());
            if (!hostPort.error.isEmpty()) {
                reject(text, hostPort.error);
                continue;
            }
            ServiceTarget target = proto;
            target.metricsUrl = makeUrl(scheme, hostPort.host, hostPort.port, metricsPath);
            if (!health.isEmpty())
                target.healthUrl = makeUrl(scheme, hostPort.host, hostPort.port, health);
            // QUrl drops a host it cannot encode (a name part over 63 characters, say) and stays
            // "valid" without one: such a target would be scraped at "http://:port".
            if (!target.metricsUrl.isValid() || target.metricsUrl.host().isEmpty()) {
                reject(text, tr("\"%1\" is not a valid host name").arg(hostPort.host));
                continue;
            }
            const QString key = target.metricsUrl.toString();
            if (const auto previous = seen.constFind(key); previous != seen.constEnd()) {
                reject(text, previous.value() == entry ? tr("the target is listed twice in this entry")
                                                       : tr("the target is listed already in entry %1").arg(previous.value()));
                continue;
            }
            seen.insert(key, entry);
            (host ? result.hostTargets : result.targets).append(target);
        }
    }
    return result;
}

FileSdFormat::Result FileSdFormat::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(0, {}, tr("cannot read %1: %2").arg(path, file.errorString()));
    return parse(file.readAll());
}

QByteArray FileSdFormat::serialize(const QList<ServiceTarget> &targets)
{
    QList<QJsonObject> labelSets;
    QList<QJsonArray> groups;
    for (const ServiceTarget &target : targets) {
        QJsonObject labels;
        for (auto it = target.labels.constBegin(); it != target.labels.constEnd(); ++it)
            labels.insert(it.key(), it.value());
        labels.insert(kService, target.service);
        if (target.metricsUrl.scheme() != QLatin1String("http"))
            labels.insert(kScheme, target.metricsUrl.scheme());
        const QString metricsPath = pathOf(target.metricsUrl);
        if (metricsPath != kDefaultMetricsPath)
            labels.insert(kMetricsPath, metricsPath);
        const QString healthPath = target.healthUrl.isEmpty() ? QString() : pathOf(target.healthUrl);
        if (healthPath != kDefaultHealthPath)
            labels.insert(kHealthPath, healthPath);
        if (target.intervalMs != ServiceTarget::defaultIntervalMs)
            labels.insert(kInterval, formatDuration(target.intervalMs));
        if (target.timeoutMs != ServiceTarget::defaultTimeoutMs)
            labels.insert(kTimeout, formatDuration(target.timeoutMs));

        qsizetype index = labelSets.indexOf(labels);
        if (index < 0) {
            labelSets.append(labels);
            groups.append(QJsonArray());
            index = labelSets.size() - 1;
        }
        groups[index].append(target.instance());
    }
    QJsonArray document;
    for (qsizetype i = 0; i < groups.size(); ++i)
        document.append(QJsonObject{{QStringLiteral("targets"), groups.at(i)}, {QStringLiteral("labels"), labelSets.at(i)}});
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace payops
