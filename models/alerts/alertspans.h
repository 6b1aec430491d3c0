#pragma once

#include "models/alerts/alertrule.h"
#include "models/alerts/alertstate.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace payops {

// One stretch of time an alert was firing, for the charts' annotations: the band, and the moments
// it fired and resolved.
struct AlertSpan
{
    QString ruleName;
    QString metric;   // DerivedMetricCatalog name of the rule's metric: the charts it belongs on
    QString service;  // "" = all services together
    AlertRule::Severity severity = AlertRule::Severity::Warning;
    qint64 firedMs = 0;
    qint64 resolvedMs = 0; // 0: still firing

    [[nodiscard]] bool isOpen() const { return resolvedMs == 0; }
    friend bool operator==(const AlertSpan &, const AlertSpan &) = default;
};

// Turns alert transitions (the history read at start, then the worker's live ones) into firing
// spans. No QObject, no thread: the console keeps one on the GUI thread and hands spans() to the
// dashboard. Old closed spans beyond `maxSpans` are dropped first.
class AlertSpans final
{
public:
    explicit AlertSpans(int maxSpans = 2000)
        : m_maxSpans(maxSpans)
    {
    }

    // The rules give each span its metric; spans of unknown rules are kept without one.
    void setRules(const QList<AlertRule> &rules);
    // Transitions in time order; transitions seen before change nothing. True when the spans changed.
    bool apply(const QList<AlertTransition> &transitions);
    [[nodiscard]] const QList<AlertSpan> &spans() const { return m_spans; }

private:
    QHash<QString, QString> m_metricOfRule;
    QList<AlertSpan> m_spans;
    int m_maxSpans;
};

} // namespace payops

Q_DECLARE_METATYPE(payops::AlertSpan)
