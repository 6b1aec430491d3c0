#pragma once

#include "models/alerts/alertrule.h"
#include "models/metrics/prometheussourceconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace payops {

// The rules as a Prometheus rule file, so a fleet that outgrows the console runs the same rules in
// Prometheus:
//
//   groups:
//     - name: payops
//       rules:
//         - alert: ResponseTimeP95Warning
//           expr: (histogram_quantile(0.95, sum by (service, le) (rate(...[1m])))) > 0.8
//           for: 5m
//           keep_firing_for: 1m
//           labels: {severity: warning, ...}
//           annotations: {summary: ..., description: ..., kb_article: ..., playbook: ...}
//
// Each metric's PromQL is the one the Prometheus data source queries
// (PrometheusSourceConfig::groupedExpression), so both see the same numbers; thresholds are in the
// same canonical units. A rule for one service adds `and on (service)` a one-series vector holding
// that service. keep_firing_for is written (Prometheus accepts it from 2.42, Debian 12's version;
// the tests check it with promtool). A clear threshold has no Prometheus equivalent: it is noted in
// a comment and keep_firing_for stands in for it. Disabled rules and rules whose metric has no
// expression are left out (and listed in `skipped`).
class PrometheusRuleExport final
{
    Q_DECLARE_TR_FUNCTIONS(payops::PrometheusRuleExport)

public:
    PrometheusRuleExport() = delete;

    [[nodiscard]] static QByteArray toYaml(const QList<AlertRule> &rules,
                                           const PrometheusSourceConfig &config = PrometheusSourceConfig(),
                                           QStringList *skipped = nullptr);
    // The rule's PromQL expression (empty when the metric has none).
    [[nodiscard]] static QString expression(const AlertRule &rule, const PrometheusSourceConfig &config);
    // A summary or description with {service} {value} {threshold} as Prometheus templates.
    [[nodiscard]] static QString templateOf(const AlertRule &rule, const QString &text);
};

} // namespace payops
