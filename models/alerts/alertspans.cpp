#include "models/alerts/alertspans.h"

#include "models/metrics/derivedmetriccatalog.h"

#include <algorithm>

namespace payops {

void AlertSpans::setRules(const QList<AlertRule> &rules)
{
    m_metricOfRule.clear();
    for (const AlertRule &rule : rules)
        m_metricOfRule.insert(rule.name, DerivedMetricCatalog::name(rule.metric));
    for (AlertSpan &span : m_spans)
        span.metric = m_metricOfRule.value(span.ruleName, span.metric);
}

bool AlertSpans::apply(const QList<AlertTransition> &transitions)
{
    bool changed = false;
    for (const AlertTransition &t : transitions) {
        const auto open = std::find_if(m_spans.begin(), m_spans.end(), [&](const AlertSpan &span) {
            return span.isOpen() && span.ruleName == t.ruleName && span.service == t.service;
        });
        if (t.to == AlertState::Firing) {
            const qint64 fired = t.firedAtMs > 0 ? t.firedAtMs : t.atMs;
            const bool known = std::any_of(m_spans.cbegin(), m_spans.cend(), [&](const AlertSpan &span) {
                return span.ruleName == t.ruleName && span.service == t.service && span.firedMs == fired;
            });
            // Firing again after no data is the same span since its real start; a history read
            // again brings spans already known.
            if (open != m_spans.end() || known)
                continue;
            m_spans.append(AlertSpan{t.ruleName, m_metricOfRule.value(t.ruleName), t.service, t.severity, fired, 0});
            changed = true;
        } else if ((t.to == AlertState::Resolved || t.to == AlertState::Inactive) && open != m_spans.end()) {
            open->resolvedMs = t.atMs;
            changed = true;
        }
    }
    while (m_spans.size() > m_maxSpans) {
        const auto closed = std::find_if(m_spans.begin(), m_spans.end(), [](const AlertSpan &s) { return !s.isOpen(); });
        if (closed == m_spans.end())
            break;
        m_spans.erase(closed);
    }
    return changed;
}

} // namespace payops
