#include "models/incidents/playbookloader.h"
#include "models/metrics/derivedmetriccatalog.h"

#include "models/incidents/playbooklog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <optional>

namespace payops {

namespace {

const QString kAffected = QStringLiteral("affected");

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

bool isId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(?:-[a-z0-9]+)*$"));
    return pattern.match(text).hasMatch();
}

bool isServiceName(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]*$"));
    return pattern.match(text).hasMatch();
}

bool isHostName(const QString &text)
{
    // A DNS name, an IPv4 address or an IPv6 literal (without brackets).
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:-]+$"));
    return pattern.match(text).hasMatch();
}

std::optional<int> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::floor(number) != number || std::abs(number) > 1e9)
        return std::nullopt;
    return int(number);
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QStringLiteral("[...]");
    case QJsonValue::Object:
        return QStringLiteral("{...}");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

const char *comparisonText(PlaybookCheck::Comparison comparison)
{
    switch (comparison) {
    case PlaybookCheck::Comparison::Greater:
        return ">";
    case PlaybookCheck::Comparison::GreaterOrEqual:
        return ">=";
    case PlaybookCheck::Comparison::Less:
        return "<";
    case PlaybookCheck::Comparison::LessOrEqual:
        return "<=";
    }
    return ">";
}

std::optional<PlaybookCheck::Comparison> comparisonFrom(const QString &text)
{
    using C = PlaybookCheck::Comparison;
    for (C candidate : {C::Greater, C::GreaterOrEqual, C::Less, C::LessOrEqual}) {
        if (text == QLatin1String(comparisonText(candidate)))
            return candidate;
    }
    return std::nullopt;
}

const char *checkTypeKey(PlaybookCheck::Type type)
{
    switch (type) {
    case PlaybookCheck::Type::Metric:
        return "metric";
    case PlaybookCheck::Type::Health:
        return "health";
    case PlaybookCheck::Type::Tcp:
        return "tcp";
    case PlaybookCheck::Type::Manual:
        return "manual";
    }
    return "manual";
}

const QStringList &healthStatuses()
{
    static const QStringList statuses{QStringLiteral("up"), QStringLiteral("degraded"), QStringLiteral("down")};
    return statuses;
}

const QStringList &shellPrograms()
{
    static const QStringList shells{QStringLiteral("sh"), QStringLiteral("bash"), QStringLiteral("dash"),
                                    QStringLiteral("zsh"), QStringLiteral("ksh"), QStringLiteral("csh"),
                                    QStringLiteral("tcsh"), QStringLiteral("fish"), QStringLiteral("busybox"),
                                    QStringLiteral("env"), QStringLiteral("eval")};
    return shells;
}

const QStringList &placeholders()
{
    static const QStringList names{QStringLiteral("{service}"), QStringLiteral("{host}"), QStringLiteral("{port}")};
    return names;
}

// Walks one document and collects every problem; the `where` strings name the location.
class Reader
{
public:
    Reader(const PlaybookLoader::Context &context, QStringList &errors)
        : m_context(context)
        , m_errors(errors)
    {
    }

    std::optional<Playbook> playbook(const QJsonValue &value, int index);

private:
    void error(const QString &where, const QString &message) { m_errors.append(where + u": " + message); }

    void allowOnly(const QJsonObject &object, std::initializer_list<const char *> allowed, const QString &where)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char *key : allowed)
                known = known || it.key() == QLatin1String(key);
            if (!known)
                error(where, PlaybookLoader::tr("unknown field \"%1\"").arg(it.key()));
        }
    }

    // The field's value; std::nullopt when it is absent or null, an error too when it is required.
    std::optional<QJsonValue> field(const QJsonObject &object, const char *key, const QString &where, bool required)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (required)
                error(where, PlaybookLoader::tr("missing field \"%1\"").arg(QLatin1String(key)));
            return std::nullopt;
        }
        return value;
    }

    std::optional<QString> string(const QJsonObject &object, const char *key, const QString &where, bool required)
    {
        const std::optional<QJsonValue> present = field(object, key, where, required);
        if (!present)
            return std::nullopt;
        const QJsonValue &value = *present;
        if (!value.isString()) {
            error(where, PlaybookLoader::tr("field \"%1\" must be a text, not %2").arg(QLatin1String(key), valueText(value)));
            return std::nullopt;
        }
        const QString text = value.toString().trimmed();
        if (text.isEmpty() && required) {
            error(where, PlaybookLoader::tr("field \"%1\" is empty").arg(QLatin1String(key)));
            return std::nullopt;
        }
        return text;
    }

    QString id(const QJsonObject &object, const char *key, const QString &where)
    {
        const std::optional<QString> text = string(object, key, where, true);
        if (!text)
            return {};
        if (!isId(*text)) {
            error(where, PlaybookLoader::tr("bad id %1 in field \"%2\" (use lower-case letters, digits and hyphens)")
                             .arg(quoted(*text), QLatin1String(key)));
            return {};
        }
        return *text;
    }

    PlaybookText text(const QJsonObject &object, const char *key, const QString &where, bool required)
    {
        const std::optional<QJsonValue> present = field(object, key, where, required);
        if (!present)
            return {};
        const QJsonValue &value = *present;
        if (!value.isObject()) {
            error(where, PlaybookLoader::tr("field \"%1\" must be an object with \"en\" and \"zh_CN\" texts")
                             .arg(QLatin1String(key)));
            return {};
        }
        const QJsonObject texts = value.toObject();
        const QString path = QLatin1String(key);
        PlaybookText result;
        const auto one = [&](const char *language, QString &target) {
            const QJsonValue part = texts.value(QLatin1String(language));
            if (!part.isString() || part.toString().trimmed().isEmpty()) {
                error(where, PlaybookLoader::tr("missing field \"%1\"").arg(path + u'.' + QLatin1String(language)));
                return;
            }
            target = part.toString().trimmed();
        };
        one("en", result.en);
        one("zh_CN", result.zhCN);
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            if (it.key() != u"en" && it.key() != u"zh_CN")
                error(where, PlaybookLoader::tr("unknown field \"%1\"").arg(path + u'.' + it.key()));
        }
        return result;
    }

    QJsonArray array(const QJsonObject &object, const char *key, const QString &where, bool required)
    {
        const std::optional<QJsonValue> present = field(object, key, where, required);
        if (!present)
            return {};
        const QJsonValue &value = *present;
        if (!value.isArray()) {
            error(where, PlaybookLoader::tr("field \"%1\" must be a list").arg(QLatin1String(key)));
            return {};
        }
        const QJsonArray items = value.toArray();
        if (items.isEmpty() && required)
            error(where, PlaybookLoader::tr("field \"%1\" is an empty list").arg(QLatin1String(key)));
        return items;
    }

    // "affected" or a service name (checked against the known services when there are some).
    QString service(const QJsonObject &object, const QString &where, bool required)
    {
        const std::optional<QString> name = string(object, "service", where, required);
        if (!name || name->isEmpty())
            return {};
        if (*name == kAffected)
            return *name;
        if (!isServiceName(*name)) {
            error(where, PlaybookLoader::tr("bad service name %1").arg(quoted(*name)));
            return {};
        }
        if (!m_context.knownServices.isEmpty() && !m_context.knownServices.contains(*name)) {
            error(where, PlaybookLoader::tr("unknown service %1 (known: %2, or \"affected\")")
                             .arg(quoted(*name), m_context.knownServices.join(QStringLiteral(", "))));
            return {};
        }
        return *name;
    }

    QString article(const QString &articleId, const QString &where)
    {
        if (!m_context.knownArticles.isEmpty() && !m_context.knownArticles.contains(articleId))
            error(where, PlaybookLoader::tr("unknown knowledge article %1").arg(quoted(articleId)));
        return articleId;
    }

    std::optional<PlaybookCheck> check(const QJsonValue &value, const QString &parent, int index, bool indicator);
    void metricCheck(const QJsonObject &object, PlaybookCheck &check, const QString &where);
    void healthCheck(const QJsonObject &object, PlaybookCheck &check, const QString &where);
    void tcpCheck(const QJsonObject &object, PlaybookCheck &check, const QString &where);
    void manualCheck(const QJsonObject &object, PlaybookCheck &check, const QString &where);
    PlaybookAction action(const QJsonValue &value, const QString &where);
    std::optional<PlaybookCause> cause(const QJsonValue &value, const QString &parent, int index);
    std::optional<PlaybookSolution> solution(const QJsonValue &value, const QString &parent, int index);

    static QString child(const QString &parent, const char *what, const QString &id, int index)
    {
        const QString self = id.isEmpty() ? QStringLiteral("%1 #%2").arg(PlaybookLoader::tr(what)).arg(index + 1)
                                          : PlaybookLoader::tr(what) + u' ' + quoted(id);
        return parent.isEmpty() ? self : parent + QStringLiteral(", ") + self;
    }

    // Entry `index` of a list (a cause, a solution) as an object; `where` names it by its id when it
    // has one, else by its position. std::nullopt, and an error, when it is not an object.
    std::optional<QJsonObject> listEntry(const QJsonValue &value, const QString &parent, const char *what, int index,
                                         QString &where)
    {
        where = child(parent, what, {}, index);
        if (!value.isObject()) {
            error(where, PlaybookLoader::tr("must be an object"));
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        if (object.value(QStringLiteral("id")).isString())
            where = child(parent, what, object.value(QStringLiteral("id")).toString(), index);
        return object;
    }

    const PlaybookLoader::Context &m_context;
    QStringList &m_errors;
    QSet<QString> m_checkIds;    // per playbook
    QSet<QString> m_solutionIds; // per playbook
};

std::optional<Playbook> Reader::playbook(const QJsonValue &value, int index)
{
    const int errorsBefore = m_errors.size();
    QString where = child({}, QT_TRANSLATE_NOOP("payops::PlaybookLoader", "playbook"), {}, index);
    if (!value.isObject()) {
        error(where, PlaybookLoader::tr("must be an object"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    Playbook result;
    const QJsonValue rawId = object.value(QStringLiteral("id"));
    if (rawId.isString() && !rawId.toString().isEmpty())
        where = child({}, QT_TRANSLATE_NOOP("payops::PlaybookLoader", "playbook"), rawId.toString(), index);
    allowOnly(object, {"id", "revision", "article", "related", "title", "summary", "symptoms", "causes"}, where);
    result.id = id(object, "id", where);

    const QJsonValue revision = object.value(QStringLiteral("revision"));
    if (!revision.isUndefined()) {
        const std::optional<int> number = wholeNumber(revision);
        if (!number || *number < 1)
            error(where, PlaybookLoader::tr("bad revision %1 (a whole number from 1)").arg(valueText(revision)));
        else
            result.revision = *number;
    }
    result.article = id(object, "article", where);
    if (!result.article.isEmpty())
        article(result.article, where);
    const QJsonArray related = array(object, "related", where, false);
    for (const QJsonValue &item : related) {
        if (!item.isString() || !isId(item.toString())) {
            error(where, PlaybookLoader::tr("bad related article %1").arg(valueText(item)));
            continue;
        }
        result.relatedArticles.append(article(item.toString(), where));
    }
    result.title = text(object, "title", where, true);
    result.summary = text(object, "summary", where, true);

    m_checkIds.clear();
    m_solutionIds.clear();
    const QJsonArray symptoms = array(object, "symptoms", where, true);
    for (int i = 0; i < symptoms.size(); ++i) {
        const QString symptomWhere = child(where, QT_TRANSLATE_NOOP("payops::PlaybookLoader", "symptom"), {}, i);
        if (!symptoms.at(i).isObject()) {
            error(symptomWhere, PlaybookLoader::tr("must be an object"));
            continue;
        }
        const QJsonObject symptomObject = symptoms.at(i).toObject();
        allowOnly(symptomObject, {"text", "indicator"}, symptomWhere);
        PlaybookSymptom symptom;
        symptom.text = text(symptomObject, "text", symptomWhere, true);
        if (symptomObject.contains(QStringLiteral("indicator")))
            symptom.indicator = check(symptomObject.value(QStringLiteral("indicator")), symptomWhere, 0, true);
        result.symptoms.append(symptom);
    }

    QSet<QString> causeIds;
    const QJsonArray causes = array(object, "causes", where, true);
    for (int i = 0; i < causes.size(); ++i) {
        std::optional<PlaybookCause> parsed = cause(causes.at(i), where, i);
        if (!parsed)
            continue;
        if (!parsed->id.isEmpty() && causeIds.contains(parsed->id))
            error(where, PlaybookLoader::tr("duplicate cause id %1").arg(quoted(parsed->id)));
        causeIds.insert(parsed->id);
        result.causes.append(*parsed);
    }
    if (m_errors.size() != errorsBefore)
        return std::nullopt;
    return result;
}

std::optional<PlaybookCause> Reader::cause(const QJsonValue &value, const QString &parent, int index)
{
    QString where;
    const std::optional<QJsonObject> entry =
        listEntry(value, parent, QT_TRANSLATE_NOOP("payops::PlaybookLoader", "cause"), index, where);
    if (!entry)
        return std::nullopt;
    const QJsonObject &object = *entry;
    allowOnly(object, {"id", "title", "description", "scenario", "checks", "solutions"}, where);
    PlaybookCause result;
    result.id = id(object, "id", where);
    result.title = text(object, "title", where, true);
    result.description = text(object, "description", where, false);
    if (const std::optional<QString> scenario = string(object, "scenario", where, false)) {
        if (!isId(*scenario))
            error(where, PlaybookLoader::tr("bad scenario name %1").arg(quoted(*scenario)));
        result.scenario = *scenario;
    }
    const QJsonArray checks = array(object, "checks", where, true);
    for (int i = 0; i < checks.size(); ++i) {
        if (std::optional<PlaybookCheck> parsed = check(checks.at(i), where, i, false))
            result.checks.append(*parsed);
    }
    const QJsonArray solutions = array(object, "solutions", where, true);
    for (int i = 0; i < solutions.size(); ++i) {
        if (std::optional<PlaybookSolution> parsed = solution(solutions.at(i), where, i))
            result.solutions.append(*parsed);
    }
    return result;
}

std::optional<PlaybookCheck> Reader::check(const QJsonValue &value, const QString &parent, int index, bool indicator)
{
    const char *what = indicator ? QT_TRANSLATE_NOOP("payops::PlaybookLoader", "indicator")
                                 : QT_TRANSLATE_NOOP("payops::PlaybookLoader", "check");
    QString where = child(parent, what, {}, index);
    if (indicator)
        where = parent + QStringLiteral(", ") + PlaybookLoader::tr(what);
    if (!value.isObject()) {
        error(where, PlaybookLoader::tr("must be an object"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    PlaybookCheck result;
    if (!indicator) {
        if (object.value(QStringLiteral("id")).isString())
            where = child(parent, what, object.value(QStringLiteral("id")).toString(), index);
        result.id = id(object, "id", where);
        if (!result.id.isEmpty()) {
            if (m_checkIds.contains(result.id))
                error(where, PlaybookLoader::tr("duplicate check id %1").arg(quoted(result.id)));
            m_checkIds.insert(result.id);
        }
    }
    const std::optional<QString> type = string(object, "type", where, true);
    if (!type)
        return std::nullopt;
    if (*type == u"metric") {
        result.type = PlaybookCheck::Type::Metric;
        metricCheck(object, result, where);
    } else if (indicator) {
        error(where, PlaybookLoader::tr("an indicator must be a metric check, not %1").arg(quoted(*type)));
        return std::nullopt;
    } else if (*type == u"health") {
        result.type = PlaybookCheck::Type::Health;
        healthCheck(object, result, where);
    } else if (*type == u"tcp") {
        result.type = PlaybookCheck::Type::Tcp;
        tcpCheck(object, result, where);
    } else if (*type == u"manual") {
        result.type = PlaybookCheck::Type::Manual;
        manualCheck(object, result, where);
    } else {
        error(where, PlaybookLoader::tr("unknown check type %1 (use metric, health, tcp or manual)").arg(quoted(*type)));
        return std::nullopt;
    }
    result.note = text(object, "note", where, false);
    return result;
}

void Reader::metricCheck(const QJsonObject &object, PlaybookCheck &check, const QString &where)
{
    allowOnly(object, {"id", "type", "note", "metric", "service", "comparison", "threshold", "unit", "windowSeconds"},
              where);
    check.service = service(object, where, true);
    const std::optional<QString> metric = string(object, "metric", where, true);
    std::optional<DerivedMetric> known;
    if (metric) {
        check.metric = *metric;
        known = DerivedMetricCatalog::find(*metric);
        if (!known)
            error(where, PlaybookLoader::tr("unknown metric name %1").arg(quoted(*metric)));
    }
    if (const std::optional<QString> comparison = string(object, "comparison", where, true)) {
        if (const auto parsed = comparisonFrom(*comparison))
            check.comparison = *parsed;
        else
            error(where, PlaybookLoader::tr("bad comparison %1 (use >, >=, < or <=)").arg(quoted(*comparison)));
    }
    const QJsonValue threshold = object.value(QStringLiteral("threshold"));
    bool thresholdOk = false;
    if (threshold.isUndefined()) {
        error(where, PlaybookLoader::tr("missing field \"%1\"").arg(QStringLiteral("threshold")));
    } else if (!threshold.isDouble()) {
        error(where, PlaybookLoader::tr("threshold must be a number, not %1").arg(valueText(threshold)));
    } else {
        check.threshold = threshold.toDouble();
        thresholdOk = true;
    }
    const QJsonValue window = object.value(QStringLiteral("windowSeconds"));
    if (!window.isUndefined()) {
        const std::optional<int> seconds = wholeNumber(window);
        if (!seconds || *seconds < 10 || *seconds > 86400)
            error(where, PlaybookLoader::tr("bad windowSeconds %1 (a whole number from 10 to 86400)").arg(valueText(window)));
        else
            check.windowSeconds = *seconds;
    }
    if (!known)
        return;
    // `up` is compared as a boolean (all instances up or not): its unit may be left out.
    const bool boolean = known->id() == DerivedMetricId::Up;
    const QStringList units = DerivedMetricCatalog::thresholdUnits(known->id());
    std::optional<QString> unit = string(object, "unit", where, !boolean);
    if (!unit && boolean)
        unit = units.constFirst();
    if (!unit)
        return;
    check.unit = *unit;
    if (!units.contains(*unit)) {
        error(where, PlaybookLoader::tr("unit %1 does not fit metric %2 (use %3)")
                         .arg(quoted(*unit), quoted(check.metric), units.join(QStringLiteral(", "))));
        return;
    }
    if (!thresholdOk)
        return;
    if (boolean && *unit == units.constFirst() && check.threshold != 0.0 && check.threshold != 1.0) {
        error(where, PlaybookLoader::tr("threshold of %1 must be 0 or 1").arg(quoted(check.metric)));
        return;
    }
    if (check.threshold < 0.0) {
        error(where, PlaybookLoader::tr("threshold %1 is negative").arg(check.threshold));
        return;
    }
    check.canonicalThreshold = DerivedMetricCatalog::toCanonical(known->id(), check.threshold, *unit).value_or(0.0);
}

void Reader::healthCheck(const QJsonObject &object, PlaybookCheck &check, const QString &where)
{
    allowOnly(object, {"id", "type", "note", "service", "dependency", "expect"}, where);
    check.service = service(object, where, true);
    check.dependency = string(object, "dependency", where, false).value_or(QString());
    if (const std::optional<QString> expect = string(object, "expect", where, true)) {
        if (!healthStatuses().contains(*expect))
            error(where, PlaybookLoader::tr("bad expected status %1 (use up, degraded or down)").arg(quoted(*expect)));
        check.expect = *expect;
    }
}

void Reader::tcpCheck(const QJsonObject &object, PlaybookCheck &check, const QString &where)
{
    allowOnly(object, {"id", "type", "note", "service", "host", "port", "maxLatencyMs"}, where);
    const bool hasService = object.contains(QStringLiteral("service"));
    const bool hasHost = object.contains(QStringLiteral("host"));
    const bool hasPort = object.contains(QStringLiteral("port"));
    if (hasService && (hasHost || hasPort)) {
        error(where, PlaybookLoader::tr("give either \"service\" or \"host\" and \"port\", not both"));
    } else if (hasService) {
        check.service = service(object, where, true);
    } else if (!hasHost && !hasPort) {
        error(where, PlaybookLoader::tr("missing field \"%1\"").arg(QStringLiteral("service")));
    } else {
        if (const std::optional<QString> host = string(object, "host", where, true)) {
            if (!isHostName(*host))
                error(where, PlaybookLoader::tr("bad host %1").arg(quoted(*host)));
            check.host = *host;
        }
        const QJsonValue port = object.value(QStringLiteral("port"));
        if (port.isUndefined()) {
            error(where, PlaybookLoader::tr("missing field \"%1\"").arg(QStringLiteral("port")));
        } else {
            const std::optional<int> number = wholeNumber(port);
            if (!number || *number < 1 || *number > 65535)
                error(where, PlaybookLoader::tr("bad port %1 (a whole number from 1 to 65535)").arg(valueText(port)));
            else
                check.port = *number;
        }
    }
    const QJsonValue latency = object.value(QStringLiteral("maxLatencyMs"));
    if (latency.isUndefined()) {
        error(where, PlaybookLoader::tr("missing field \"%1\"").arg(QStringLiteral("maxLatencyMs")));
    } else {
        const std::optional<int> number = wholeNumber(latency);
        if (!number || *number < 1 || *number > 60000)
            error(where, PlaybookLoader::tr("bad maxLatencyMs %1 (a whole number of milliseconds from 1 to 60000)")
                             .arg(valueText(latency)));
        else
            check.maxLatencyMs = *number;
    }
}

void Reader::manualCheck(const QJsonObject &object, PlaybookCheck &check, const QString &where)
{
    allowOnly(object, {"id", "type", "note", "question", "yesMeans"}, where);
    check.question = text(object, "question", where, true);
    if (const std::optional<QString> yesMeans = string(object, "yesMeans", where, true)) {
        if (*yesMeans == u"confirms")
            check.yesConfirms = true;
        else if (*yesMeans == u"rules_out")
            check.yesConfirms = false;
        else
            error(where, PlaybookLoader::tr("bad yesMeans %1 (use confirms or rules_out)").arg(quoted(*yesMeans)));
    }
}

std::optional<PlaybookSolution> Reader::solution(const QJsonValue &value, const QString &parent, int index)
{
    QString where;
    const std::optional<QJsonObject> entry =
        listEntry(value, parent, QT_TRANSLATE_NOOP("payops::PlaybookLoader", "solution"), index, where);
    if (!entry)
        return std::nullopt;
    const QJsonObject &object = *entry;
    allowOnly(object, {"id", "text", "action"}, where);
    PlaybookSolution result;
    result.id = id(object, "id", where);
    if (!result.id.isEmpty()) {
        if (m_solutionIds.contains(result.id))
            error(where, PlaybookLoader::tr("duplicate solution id %1").arg(quoted(result.id)));
        m_solutionIds.insert(result.id);
    }
    result.text = text(object, "text", where, true);
    if (object.contains(QStringLiteral("action")))
        result.action = action(object.value(QStringLiteral("action")), where);
    return result;
}

PlaybookAction Reader::action(const QJsonValue &value, const QString &parent)
{
    const QString where = parent + QStringLiteral(", ") + PlaybookLoader::tr("action");
    PlaybookAction result;
    if (!value.isObject()) {
        error(where, PlaybookLoader::tr("must be an object"));
        return result;
    }
    const QJsonObject object = value.toObject();
    const std::optional<QString> type = string(object, "type", where, true);
    if (!type)
        return result;
    if (*type == u"command") {
        result.type = PlaybookAction::Type::Command;
        allowOnly(object, {"type", "program", "arguments", "confirm"}, where);
        if (const std::optional<QString> program = string(object, "program", where, true)) {
            static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./+-]+$"));
            const QString base = QFileInfo(*program).fileName();
            if (!plain.match(*program).hasMatch())
                error(where, PlaybookLoader::tr("program %1 is a shell string: give the program alone and its arguments as a list")
                                 .arg(quoted(*program)));
            else if (shellPrograms().contains(base))
                error(where, PlaybookLoader::tr("program %1 runs a shell: give the program to run and its arguments instead")
                                 .arg(quoted(*program)));
            result.program = *program;
        }
        const QJsonArray arguments = array(object, "arguments", where, false);
        static const QRegularExpression placeholder(QStringLiteral("\\{[^}]*\\}"));
        for (const QJsonValue &argument : arguments) {
            if (!argument.isString()) {
                error(where, PlaybookLoader::tr("argument %1 must be a text").arg(valueText(argument)));
                continue;
            }
            const QString text = argument.toString();
            auto matches = placeholder.globalMatch(text);
            while (matches.hasNext()) {
                const QString name = matches.next().captured(0);
                if (!placeholders().contains(name))
                    error(where, PlaybookLoader::tr("unknown placeholder %1 (use {service}, {host} or {port})").arg(name));
            }
            result.arguments.append(text);
        }
        const QJsonValue confirm = object.value(QStringLiteral("confirm"));
        if (!confirm.isUndefined()) {
            if (!confirm.isBool())
                error(where, PlaybookLoader::tr("field \"confirm\" must be true or false"));
            else
                result.confirm = confirm.toBool();
        }
    } else if (*type == u"contact") {
        result.type = PlaybookAction::Type::Contact;
        allowOnly(object, {"type", "role", "service"}, where);
        if (const std::optional<QString> role = string(object, "role", where, true)) {
            if (const std::optional<ContactRole> parsed = ContactRoles::fromKey(*role))
                result.role = *parsed;
            else
                error(where, PlaybookLoader::tr("unknown contact role %1 (use %2)")
                                 .arg(quoted(*role), ContactRoles::keys().join(QStringLiteral(", "))));
        }
        const bool needsService = ContactRoles::needsService(result.role);
        result.service = service(object, where, needsService);
    } else {
        error(where, PlaybookLoader::tr("unknown action type %1 (use command or contact)").arg(quoted(*type)));
    }
    return result;
}

QJsonObject textJson(const PlaybookText &text)
{
    return QJsonObject{{QStringLiteral("en"), text.en}, {QStringLiteral("zh_CN"), text.zhCN}};
}

QJsonObject checkJson(const PlaybookCheck &check, bool indicator)
{
    QJsonObject object;
    if (!indicator)
        object.insert(QStringLiteral("id"), check.id);
    object.insert(QStringLiteral("type"), QLatin1String(checkTypeKey(check.type)));
    switch (check.type) {
    case PlaybookCheck::Type::Metric:
        object.insert(QStringLiteral("metric"), check.metric);
        object.insert(QStringLiteral("service"), check.service);
        object.insert(QStringLiteral("comparison"), QLatin1String(comparisonText(check.comparison)));
        object.insert(QStringLiteral("threshold"), check.threshold);
        object.insert(QStringLiteral("unit"), check.unit);
        object.insert(QStringLiteral("windowSeconds"), check.windowSeconds);
        break;
    case PlaybookCheck::Type::Health:
        object.insert(QStringLiteral("service"), check.service);
        if (!check.dependency.isEmpty())
            object.insert(QStringLiteral("dependency"), check.dependency);
        object.insert(QStringLiteral("expect"), check.expect);
        break;
    case PlaybookCheck::Type::Tcp:
        if (check.host.isEmpty()) {
            object.insert(QStringLiteral("service"), check.service);
        } else {
            object.insert(QStringLiteral("host"), check.host);
            object.insert(QStringLiteral("port"), check.port);
        }
        object.insert(QStringLiteral("maxLatencyMs"), check.maxLatencyMs);
        break;
    case PlaybookCheck::Type::Manual:
        object.insert(QStringLiteral("question"), textJson(check.question));
        object.insert(QStringLiteral("yesMeans"), check.yesConfirms ? QStringLiteral("confirms") : QStringLiteral("rules_out"));
        break;
    }
    if (!check.note.isEmpty())
        object.insert(QStringLiteral("note"), textJson(check.note));
    return object;
}

QJsonObject actionJson(const PlaybookAction &action)
{
    QJsonObject object;
    switch (action.type) {
    case PlaybookAction::Type::None:
        break;
    case PlaybookAction::Type::Command:
        object.insert(QStringLiteral("type"), QStringLiteral("command"));
        object.insert(QStringLiteral("program"), action.program);
        object.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(action.arguments));
        object.insert(QStringLiteral("confirm"), action.confirm);
        break;
    case PlaybookAction::Type::Contact:
        object.insert(QStringLiteral("type"), QStringLiteral("contact"));
        object.insert(QStringLiteral("role"), ContactRoles::key(action.role));
        if (!action.service.isEmpty())
            object.insert(QStringLiteral("service"), action.service);
        break;
    }
    return object;
}

} // namespace

PlaybookLoader::PlaybookLoader(Context context)
    : m_context(std::move(context))
{
}

PlaybookLoader::Result PlaybookLoader::load(const QByteArray &json) const
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errors.append(tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return result;
    }
    if (!document.isObject()) {
        result.errors.append(tr("the document must be an object with \"format\" and \"playbooks\""));
        return result;
    }
    const QJsonObject root = document.object();
    const QString where = tr("document");
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != u"format" && it.key() != u"playbooks")
            result.errors.append(where + u": " + tr("unknown field \"%1\"").arg(it.key()));
    }
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined()) {
        result.errors.append(where + u": " + tr("missing field \"%1\"").arg(QStringLiteral("format")));
    } else if (format.toInt(-1) != FormatVersion) {
        result.errors.append(where + u": " + tr("unsupported format %1 (this version reads format %2)")
                                                  .arg(valueText(format))
                                                  .arg(FormatVersion));
        return result;
    }
    const QJsonValue list = root.value(QStringLiteral("playbooks"));
    if (!list.isArray()) {
        result.errors.append(where + u": " + tr("missing field \"%1\"").arg(QStringLiteral("playbooks")));
        return result;
    }
    Reader reader(m_context, result.errors);
    QSet<QString> ids;
    const QJsonArray items = list.toArray();
    for (int i = 0; i < items.size(); ++i) {
        std::optional<Playbook> playbook = reader.playbook(items.at(i), i);
        if (!playbook)
            continue;
        if (ids.contains(playbook->id)) {
            result.errors.append(tr("playbook %1: duplicate playbook id").arg(quoted(playbook->id)));
            continue;
        }
        ids.insert(playbook->id);
        result.playbooks.append(*playbook);
    }
    if (!result.errors.isEmpty()) {
        for (const QString &problem : std::as_const(result.errors))
            qCWarning(lcPlaybooks).noquote() << problem;
        result.playbooks.clear();
    }
    return result;
}

PlaybookLoader::Result PlaybookLoader::loadFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.errors.append(tr("cannot read %1: %2").arg(path, file.errorString()));
        return result;
    }
    return load(file.readAll());
}

PlaybookLoader::Result PlaybookLoader::loadPlaybook(const QJsonObject &object) const
{
    Result result;
    Reader reader(m_context, result.errors);
    if (std::optional<Playbook> playbook = reader.playbook(object, 0))
        result.playbooks.append(*playbook);
    return result;
}

QJsonObject PlaybookLoader::toJson(const Playbook &playbook)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), playbook.id);
    object.insert(QStringLiteral("revision"), playbook.revision);
    object.insert(QStringLiteral("article"), playbook.article);
    if (!playbook.relatedArticles.isEmpty())
        object.insert(QStringLiteral("related"), QJsonArray::fromStringList(playbook.relatedArticles));
    object.insert(QStringLiteral("title"), textJson(playbook.title));
    object.insert(QStringLiteral("summary"), textJson(playbook.summary));
    QJsonArray symptoms;
    for (const PlaybookSymptom &symptom : playbook.symptoms) {
        QJsonObject item{{QStringLiteral("text"), textJson(symptom.text)}};
        if (symptom.indicator)
            item.insert(QStringLiteral("indicator"), checkJson(*symptom.indicator, true));
        symptoms.append(item);
    }
    object.insert(QStringLiteral("symptoms"), symptoms);
    QJsonArray causes;
    for (const PlaybookCause &cause : playbook.causes) {
        QJsonObject item{{QStringLiteral("id"), cause.id}, {QStringLiteral("title"), textJson(cause.title)}};
        if (!cause.description.isEmpty())
            item.insert(QStringLiteral("description"), textJson(cause.description));
        if (!cause.scenario.isEmpty())
            item.insert(QStringLiteral("scenario"), cause.scenario);
        QJsonArray checks;
        for (const PlaybookCheck &check : cause.checks)
            checks.append(checkJson(check, false));
        item.insert(QStringLiteral("checks"), checks);
        QJsonArray solutions;
        for (const PlaybookSolution &solution : cause.solutions) {
            QJsonObject entry{{QStringLiteral("id"), solution.id}, {QStringLiteral("text"), textJson(solution.text)}};
            if (!solution.action.isNone())
                entry.insert(QStringLiteral("action"), actionJson(solution.action));
            solutions.append(entry);
        }
        item.insert(QStringLiteral("solutions"), solutions);
        causes.append(item);
    }
    object.insert(QStringLiteral("causes"), causes);
    return object;
}

QByteArray PlaybookLoader::toDocument(const QList<Playbook> &playbooks)
{
    QJsonArray list;
    for (const Playbook &playbook : playbooks)
        list.append(toJson(playbook));
    const QJsonObject root{{QStringLiteral("format"), FormatVersion}, {QStringLiteral("playbooks"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString PlaybookLoader::defaultsPath()
{
    return QStringLiteral(":/playbooks/playbooks.json");
}

} // namespace payops
