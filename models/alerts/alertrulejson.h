#pragma once

#include "models/alerts/alertrule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace payops {

// Alert rules as JSON, for import and export and for the shipped defaults
// (resources/alerts/default-rules.json, as :/alerts/default-rules.json):
//
//   {"format": 1, "rules": [{
//      "name": "PaymentFailureRatioWarning", "enabled": true,
//      "metric": "failure_ratio",                      DerivedMetricCatalog name
//      "scope": "each_service" | "service" | "total", "service": "payment_backend" (scope service only),
//      "comparison": ">", "threshold": 2, "unit": "%", one of DerivedMetricCatalog::thresholdUnits
//      "clearThreshold": 1.5,                          optional, in the same unit
//      "for": "5m", "keepFiringFor": "2m",             Prometheus durations (FileSdFormat)
//      "severity": "warning" | "critical",
//      "labels": {"team": "payments"},
//      "summary": "...", "description": "...",         with {service} {value} {threshold}
//      "article": "incident-transaction-failure", "playbook": "transaction-failure"}]}
//
// Reading keeps every good rule and reports every bad one with its reason ("rule #3
// (HighLatency): ..."), so an import of 40 rules with one typo names the typo and loses nothing.
class AlertRuleJson final
{
    Q_DECLARE_TR_FUNCTIONS(payops::AlertRuleJson)

public:
    struct Result
    {
        QList<AlertRule> rules;   // the valid ones, in file order
        QStringList errors;       // one per bad rule (or one for a bad document), in words

        [[nodiscard]] bool ok() const { return errors.isEmpty(); }
    };

    AlertRuleJson() = delete;

    [[nodiscard]] static Result parse(const QByteArray &json);
    [[nodiscard]] static Result load(const QString &path);
    [[nodiscard]] static QByteArray toJson(const QList<AlertRule> &rules);

    // One rule as an object of the document above, and back (the reasons it is not a rule, or
    // none). The repository stores each rule as such an object.
    [[nodiscard]] static QJsonObject toObject(const AlertRule &rule);
    [[nodiscard]] static QStringList fromObject(const QJsonObject &object, AlertRule &rule);

    [[nodiscard]] static QString defaultsPath() { return QStringLiteral(":/alerts/default-rules.json"); }
    // The shipped rules on the console's own task metrics (a failed task, an overdue run).
    [[nodiscard]] static QString taskDefaultsPath() { return QStringLiteral(":/alerts/task-rules.json"); }
};

} // namespace payops
