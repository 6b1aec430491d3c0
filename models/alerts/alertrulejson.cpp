#include "models/alerts/alertrulejson.h"

#include "models/services/filesdformat.h"
#include "models/metrics/derivedmetriccatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

const QStringList &allowedKeys()
{
    static const QStringList keys{u"name"_s,     u"enabled"_s,       u"metric"_s,    u"scope"_s,
                                  u"service"_s,  u"comparison"_s,    u"threshold"_s, u"unit"_s,
                                  u"clearThreshold"_s, u"for"_s,     u"keepFiringFor"_s, u"severity"_s,
                                  u"labels"_s,   u"summary"_s,       u"description"_s, u"article"_s,
                                  u"playbook"_s, u"origin"_s};
    return keys;
}

// A JSON number or a numeric string ("2.5"), else NaN.
double numberOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    return qQNaN();
}

// One rule from its object; the rule, or the reasons it cannot be one.
QStringList readRule(const QJsonObject &object, AlertRule &rule)
{
    QStringList problems;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowedKeys().contains(it.key()))
            problems.append(AlertRuleJson::tr("unknown field \"%1\"").arg(it.key()));
    }
    rule.name = object.value(u"name"_s).toString().trimmed();
    rule.enabled = object.value(u"enabled"_s).toBool(true);
    const QString metricName = object.value(u"metric"_s).toString();
    const std::optional<DerivedMetric> metric = DerivedMetricCatalog::find(metricName);
    if (!metric) {
        problems.append(metricName.isEmpty() ? AlertRuleJson::tr("the metric is missing")
                                             : AlertRuleJson::tr("there is no metric called \"%1\"").arg(metricName));
        return problems; // units and thresholds mean nothing without it
    }
    rule.metric = metric->id();

    const QString scope = object.value(u"scope"_s).toString(u"each_service"_s);
    if (const std::optional<AlertRule::Scope> parsed = AlertRule::scopeFromKey(scope))
        rule.scope = *parsed;
    else
        problems.append(AlertRuleJson::tr("the scope \"%1\" is not one of service, each_service, total").arg(scope));
    rule.service = object.value(u"service"_s).toString().trimmed();

    const QString comparison = object.value(u"comparison"_s).toString();
    if (const std::optional<AlertRule::Comparison> parsed = AlertRule::comparisonFromSymbol(comparison))
        rule.comparison = *parsed;
    else
        problems.append(AlertRuleJson::tr("the comparison \"%1\" is not one of >, >=, <, <=, ==, !=").arg(comparison));

    const QStringList units = DerivedMetricCatalog::thresholdUnits(rule.metric);
    rule.unit = object.value(u"unit"_s).toString(units.value(0));
    const auto canonical = [&](const char *key, double written) -> std::optional<double> {
        if (!std::isfinite(written)) {
            problems.append(AlertRuleJson::tr("\"%1\" must be a number").arg(QLatin1String(key)));
            return std::nullopt;
        }
        const std::optional<double> value = DerivedMetricCatalog::toCanonical(rule.metric, written, rule.unit);
        if (!value)
            problems.append(AlertRuleJson::tr("\"%1\" is not a unit of %2; use one of: %3")
                                .arg(rule.unit, metricName, units.join(u", "_s)));
        return value;
    };
    if (!object.contains(u"threshold"_s))
        problems.append(AlertRuleJson::tr("the threshold is missing"));
    else if (const std::optional<double> value = canonical("threshold", numberOf(object.value(u"threshold"_s))))
        rule.threshold = *value;
    if (object.contains(u"clearThreshold"_s) && !object.value(u"clearThreshold"_s).isNull()) {
        if (const std::optional<double> value = canonical("clearThreshold", numberOf(object.value(u"clearThreshold"_s))))
            rule.clearThreshold = *value;
    }
    for (const auto &[key, target] : {std::pair{"for", &rule.forMs}, std::pair{"keepFiringFor", &rule.keepFiringForMs}}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            continue;
        const std::optional<qint64> ms = FileSdFormat::parseDurationMs(value.toString());
        if (ms)
            *target = *ms;
        else
            problems.append(AlertRuleJson::tr("\"%1\" must be a duration such as 90s, 5m or 1h (it is \"%2\")")
                                .arg(QLatin1String(key), value.toVariant().toString()));
    }
    const QString severity = object.value(u"severity"_s).toString();
    if (const std::optional<AlertRule::Severity> parsed = AlertRule::severityFromKey(severity))
        rule.severity = *parsed;
    else
        problems.append(AlertRuleJson::tr("the severity \"%1\" is not warning or critical").arg(severity));
    const QJsonObject labels = object.value(u"labels"_s).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        rule.labels.insert(it.key(), it.value().toString());
    rule.summary = object.value(u"summary"_s).toString();
    rule.description = object.value(u"description"_s).toString();
    rule.articleId = object.value(u"article"_s).toString();
    rule.playbookId = object.value(u"playbook"_s).toString();
    rule.origin = object.value(u"origin"_s).toString(u"user"_s);
    problems.append(rule.validate());
    return problems;
}

} // namespace

AlertRuleJson::Result AlertRuleJson::parse(const QByteArray &json)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.errors.append(tr("the rules are not a JSON object: %1 at offset %2")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset));
        return result;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toInt() != 1) {
        result.errors.append(tr("unsupported rules format (expected \"format\": 1)"));
        return result;
    }
    if (!root.value(u"rules"_s).isArray()) {
        result.errors.append(tr("the field \"rules\" (a list) is missing"));
        return result;
    }
    const QJsonArray rules = root.value(u"rules"_s).toArray();
    QSet<QString> names;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        AlertRule rule;
        QStringList problems;
        if (!rules.at(i).isObject())
            problems.append(tr("not a JSON object"));
        else
            problems = readRule(rules.at(i).toObject(), rule);
        if (problems.isEmpty() && names.contains(rule.name))
            problems.append(tr("another rule has the same name"));
        if (!problems.isEmpty()) {
            const QString where = rule.name.isEmpty() ? tr("rule #%1").arg(i + 1)
                                                      : tr("rule #%1 (%2)").arg(i + 1).arg(rule.name);
            result.errors.append(where + u": "_s + problems.join(u"; "_s));
            continue;
        }
        names.insert(rule.name);
        result.rules.append(rule);
    }
    return result;
}

AlertRuleJson::Result AlertRuleJson::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.errors.append(tr("cannot read %1: %2").arg(path, file.errorString()));
        return result;
    }
    return parse(file.readAll());
}

QStringList AlertRuleJson::fromObject(const QJsonObject &object, AlertRule &rule)
{
    return readRule(object, rule);
}

QByteArray AlertRuleJson::toJson(const QList<AlertRule> &rules)
{
    QJsonArray array;
    for (const AlertRule &rule : rules)
        array.append(toObject(rule));
    return QJsonDocument(QJsonObject{{u"format"_s, 1}, {u"rules"_s, array}}).toJson(QJsonDocument::Indented);
}

QJsonObject AlertRuleJson::toObject(const AlertRule &rule)
{
    QJsonObject object{
        {u"name"_s, rule.name},
        {u"enabled"_s, rule.enabled},
        {u"metric"_s, rule.metricName()},
        {u"scope"_s, AlertRule::scopeKey(rule.scope)},
        {u"comparison"_s, AlertRule::comparisonSymbol(rule.comparison)},
        {u"threshold"_s, rule.inUnit(rule.threshold)},
        {u"unit"_s, rule.unit.isEmpty() ? DerivedMetricCatalog::thresholdUnits(rule.metric).value(0) : rule.unit},
        {u"for"_s, FileSdFormat::formatDuration(rule.forMs)},
        {u"severity"_s, AlertRule::severityKey(rule.severity)},
        {u"summary"_s, rule.summary},
    };
    if (rule.scope == AlertRule::Scope::Service)
        object.insert(u"service"_s, rule.service);
    if (rule.clearThreshold)
        object.insert(u"clearThreshold"_s, rule.inUnit(*rule.clearThreshold));
    if (rule.keepFiringForMs > 0)
        object.insert(u"keepFiringFor"_s, FileSdFormat::formatDuration(rule.keepFiringForMs));
    if (!rule.labels.isEmpty()) {
        QJsonObject labels;
        for (auto it = rule.labels.cbegin(); it != rule.labels.cend(); ++it)
            labels.insert(it.key(), it.value());
        object.insert(u"labels"_s, labels);
    }
    if (!rule.description.isEmpty())
        object.insert(u"description"_s, rule.description);
    if (!rule.articleId.isEmpty())
        object.insert(u"article"_s, rule.articleId);
    if (!rule.playbookId.isEmpty())
        object.insert(u"playbook"_s, rule.playbookId);
    if (rule.origin != u"user"_s)
        object.insert(u"origin"_s, rule.origin);
    return object;
}

} // namespace payops
