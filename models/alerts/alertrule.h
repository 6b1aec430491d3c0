#pragma once

#include "models/metrics/derivedmetric.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>

namespace payops {

// One alerting rule: "when <metric> of <scope> <comparison> <threshold> for <for>, raise a <severity>
// alert", with a recovery condition so that a value hovering at the line does not flap.
//
// The metric is a DerivedMetricCatalog id (the one catalog). Thresholds are stored in the metric's
// canonical unit (what MetricValue carries); `unit` remembers the unit the operator wrote them in
// (one of DerivedMetricCatalog::thresholdUnits) so they are shown and exported the way they were
// written ("2 %" rather than "0.02").
//
// Recovery: once firing, the alert stays firing while the value is not on the clear side of
// `clearThreshold` (when set; otherwise of `threshold`), and then for `keepFiringForMs` more.
// A firing alert resolves only after both.
//
// Summary and description may use {service}, {value} and {threshold}; expand() fills them in.
struct AlertRule
{
    Q_DECLARE_TR_FUNCTIONS(payops::AlertRule)

public:
    enum class Scope {
        Service,      // one service, `service`
        EachService,  // every service separately: one alert per service
        Total,        // all services together (MetricValue::service empty)
    };
    enum class Comparison { Greater, GreaterOrEqual, Less, LessOrEqual, Equal, NotEqual };
    enum class Severity { Warning, Critical };

    qint64 id = 0;     // database id; 0 until stored
    QString name;      // stable, unique, a Prometheus alert name: [A-Za-z_][A-Za-z0-9_]*
    bool enabled = true;
    DerivedMetricId metric = DerivedMetricId::FailureRatio;
    Scope scope = Scope::EachService;
    QString service;   // Scope::Service only
    Comparison comparison = Comparison::Greater;
    double threshold = 0;                   // canonical unit
    std::optional<double> clearThreshold;   // canonical unit; on the same side as the breach
    QString unit;                           // the unit thresholds are written in; empty: canonical
    qint64 forMs = 0;
    qint64 keepFiringForMs = 0;
    Severity severity = Severity::Warning;
    QMap<QString, QString> labels;
    QString summary;
    QString description;
    QString articleId;   // knowledge-base article
    QString playbookId;  // incident playbook
    QString origin = QStringLiteral("user"); // "default" for the shipped rules

    // True when `value` is on the alerting side of the threshold.
    [[nodiscard]] bool breaches(double value) const { return compare(value, threshold); }
    // True when a firing alert's value is back on the quiet side (of the clear threshold if set).
    [[nodiscard]] bool clears(double value) const { return !compare(value, clearThreshold.value_or(threshold)); }
    [[nodiscard]] bool compare(double value, double line) const;

    // What is wrong with the rule, each in operator words; empty when it can be used.
    [[nodiscard]] QStringList validate() const;

    // {service} {value} {threshold} in `text` filled in; values formatted by the catalog.
    [[nodiscard]] QString expand(const QString &text, const QString &serviceName, double value) const;
    // expand() in two steps, for the evaluator that expands one rule's summary at every transition:
    // prepared() fills what never changes (the translation, {threshold}, and {service} unless the
    // rule covers every service separately), fill() the rest.
    [[nodiscard]] QString prepared(const QString &text) const;
    [[nodiscard]] QString fill(const QString &preparedText, const QString &serviceName, double value) const;
    // The threshold as written ("2 %", "800 ms"): in `unit`, or formatted by the catalog.
    [[nodiscard]] QString thresholdText(double canonical) const;
    // The canonical value expressed in `unit` (the inverse of DerivedMetricCatalog::toCanonical).
    [[nodiscard]] double inUnit(double canonical) const;

    [[nodiscard]] QString metricName() const;

    static QString comparisonSymbol(Comparison comparison);
    static std::optional<Comparison> comparisonFromSymbol(QStringView symbol);
    static QString scopeKey(Scope scope);
    static std::optional<Scope> scopeFromKey(QStringView key);
    static QString severityKey(Severity severity);
    static std::optional<Severity> severityFromKey(QStringView key);
    // Translated, for display.
    static QString severityTitle(Severity severity);
    static bool isValidName(QStringView name);

    friend bool operator==(const AlertRule &, const AlertRule &) = default;
};

} // namespace payops

Q_DECLARE_METATYPE(payops::AlertRule)
