#include "models/alerts/alertrulepreview.h"

#include "models/alerts/alertevaluator.h"
#include "models/metrics/derivedmetriccatalog.h"
#include "models/metrics/metricssnapshot.h"

#include <QLocale>
#include <QSet>

#include <map>

namespace payops {

QString AlertRulePreview::Result::text() const
{
    if (!error.isEmpty())
        return error;
    const QLocale locale;
    const qint64 spanMin = std::max<qint64>(1, (toMs - fromMs + 30'000) / 60'000);
    if (samples == 0)
        return tr("No history to try the rule on yet.");
    if (fired == 0)
        return tr("Would not have fired in the last %n min.", nullptr, int(spanMin));
    const qint64 firingMin = (firingMs + 30'000) / 60'000;
    const QString duration = firingMin >= 1 ? tr("%n min", nullptr, int(firingMin))
                                            : tr("%n s", nullptr, int(firingMs / 1000));
    return tr("Would have fired %n time(s) (%1), for %2 in total, in the last %3 min.", nullptr, fired)
        .arg(tr("%n service(s)", nullptr, servicesFired), duration, locale.toString(spanMin));
}

AlertRulePreview::Result AlertRulePreview::run(const AlertRule &rule, const QHash<QString, QList<SeriesPoint>> &series,
                                               qint64 fromMs, qint64 toMs)
{
    Result result;
    result.fromMs = fromMs;
    result.toMs = toMs;
    if (const QStringList problems = rule.validate(); !problems.isEmpty()) {
        result.error = tr("The rule cannot be tried: %1").arg(problems.join(QStringLiteral("; ")));
        return result;
    }
    AlertRule enabled = rule;
    enabled.enabled = true; // a disabled rule is previewed as if it were on
    AlertEvaluator evaluator; // clock: each snapshot's time
    evaluator.setRules({enabled});

    // One snapshot per timestamp, with every service's value at that time.
    const QString metric = DerivedMetricCatalog::name(rule.metric);
    std::map<qint64, QList<MetricValue>> byTime;
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        for (const SeriesPoint &point : it.value()) {
            if (point.timestampMs < fromMs || point.timestampMs > toMs)
                continue;
            byTime[point.timestampMs].append(MetricValue{metric, it.key(), {}, point.value, point.timestampMs});
            ++result.samples;
        }
    }
    QHash<QString, qint64> firingSince; // service -> fired at
    QSet<QString> servicesFired;
    for (const auto &[at, values] : byTime) {
        MetricsSnapshot snapshot;
        snapshot.timestampMs = at;
        snapshot.values = values;
        for (const MetricValue &value : values) {
            if (!value.service.isEmpty())
                snapshot.services.append(ServiceState{value.service, ServiceState::State::Up, {}, at, 1, 1});
        }
        const AlertEvaluator::Cycle cycle = evaluator.evaluate(snapshot);
        for (const AlertTransition &t : cycle.transitions) {
            result.transitions.append(t);
            if (t.to == AlertState::Firing && t.from != AlertState::Firing && !firingSince.contains(t.service)) {
                ++result.fired;
                servicesFired.insert(t.service);
                firingSince.insert(t.service, t.atMs);
            } else if ((t.to == AlertState::Resolved || t.to == AlertState::Inactive) && firingSince.contains(t.service)) {
                result.firingMs += t.atMs - firingSince.take(t.service);
            }
        }
    }
    for (auto it = firingSince.cbegin(); it != firingSince.cend(); ++it)
        result.firingMs += toMs - it.value();
    result.servicesFired = int(servicesFired.size());
    return result;
}

} // namespace payops
