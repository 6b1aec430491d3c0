#include "models/alerts/prometheusruleexport.h"

#include "models/services/filesdformat.h"
#include "models/metrics/derivedmetriccatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

// A YAML double-quoted scalar: a JSON string is one.
QString quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

// How Prometheus' templates print a value of this metric.
QString humanized(const AlertRule &rule)
{
    switch (DerivedMetricCatalog::metric(rule.metric).formatKind()) {
    case DerivedMetric::Format::Ratio: return u"{{ $value | humanizePercentage }}"_s;
    case DerivedMetric::Format::Duration: return u"{{ $value | humanizeDuration }}"_s;
    case DerivedMetric::Format::Bytes: return u"{{ $value | humanize1024 }}B"_s;
    case DerivedMetric::Format::Percent: return u"{{ $value | printf \"%.1f\" }} %"_s;
    default: return u"{{ $value | humanize }}"_s;
    }
}

} // namespace

QString PrometheusRuleExport::templateOf(const AlertRule &rule, const QString &text)
{
    QString out = text;
    // Template delimiters written by the operator are literal text in the console.
    out.replace(u"{{"_s, u"{{ \"{{\" }}"_s);
    out.replace(u"{service}"_s, rule.scope == AlertRule::Scope::Total ? tr("all services") : u"{{ $labels.service }}"_s);
    out.replace(u"{value}"_s, humanized(rule));
    out.replace(u"{threshold}"_s, rule.thresholdText(rule.threshold));
    return out;
}

QString PrometheusRuleExport::expression(const AlertRule &rule, const PrometheusSourceConfig &config)
{
    using Scope = PrometheusSourceConfig::Scope;
    const QString metric = rule.metricName();
    const QString grouped = config.groupedExpression(metric, rule.scope == AlertRule::Scope::Total ? Scope::Total : Scope::Service);
    if (grouped.isEmpty())
        return {};
    QString expr = u"(%1) %2 %3"_s.arg(grouped, AlertRule::comparisonSymbol(rule.comparison), number(rule.threshold));
    if (rule.scope == AlertRule::Scope::Service)
        expr += u" and on (%1) label_replace(vector(1), %2, %3, \"\", \"\")"_s.arg(config.serviceLabel, quoted(config.serviceLabel),
                                                                              quoted(rule.service));
    return expr;
}

QByteArray PrometheusRuleExport::toYaml(const QList<AlertRule> &rules, const PrometheusSourceConfig &config,
                                        QStringList *skipped)
{
    QString out = u"# Alert rules of the PayOps console, for Prometheus (2.42 or later: keep_firing_for).\n"
                  u"# Check with: promtool check rules FILE\n"
                  u"groups:\n  - name: payops\n    rules:\n"_s;
    int written = 0;
    for (const AlertRule &rule : rules) {
        const QString expr = rule.enabled ? expression(rule, config) : QString();
        if (expr.isEmpty()) {
            if (skipped)
                skipped->append(rule.name);
            continue;
        }
        ++written;
        if (rule.clearThreshold)
            out += u"      # clears below %1 in the console; Prometheus has no clear threshold\n"_s.arg(
                rule.thresholdText(*rule.clearThreshold));
        out += u"      - alert: "_s + rule.name + u'\n';
        out += u"        expr: "_s + quoted(expr) + u'\n';
        if (rule.forMs > 0)
            out += u"        for: "_s + FileSdFormat::formatDuration(rule.forMs) + u'\n';
        if (rule.keepFiringForMs > 0)
            out += u"        keep_firing_for: "_s + FileSdFormat::formatDuration(rule.keepFiringForMs) + u'\n';
        out += u"        labels:\n          severity: "_s + AlertRule::severityKey(rule.severity) + u'\n';
        if (rule.scope == AlertRule::Scope::Service)
            out += u"          "_s + config.serviceLabel + u": "_s + quoted(rule.service) + u'\n';
        for (auto it = rule.labels.cbegin(); it != rule.labels.cend(); ++it)
            out += u"          "_s + it.key() + u": "_s + quoted(it.value()) + u'\n';
        out += u"        annotations:\n          summary: "_s + quoted(templateOf(rule, rule.summary)) + u'\n';
        if (!rule.description.isEmpty())
            out += u"          description: "_s + quoted(templateOf(rule, rule.description)) + u'\n';
        if (!rule.articleId.isEmpty())
            out += u"          kb_article: "_s + quoted(rule.articleId) + u'\n';
        if (!rule.playbookId.isEmpty())
            out += u"          playbook: "_s + quoted(rule.playbookId) + u'\n';
    }
    if (written == 0)
        out.replace(u"    rules:\n"_s, u"    rules: []\n"_s);
    return out.toUtf8();
}

} // namespace payops
