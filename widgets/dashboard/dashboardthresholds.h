#pragma once

#include "models/alerts/alertrule.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace payops {

// Warning and critical levels per metric name, in the metric's canonical unit (seconds, 0..1,
// percent, bytes). Charts draw them as dashed lines; a metric without levels draws none.
class DashboardThresholds
{
public:
    struct Levels
    {
        std::optional<double> warning;
        std::optional<double> critical;
        friend bool operator==(const Levels &, const Levels &) = default;
    };

    // The lines of the shipped alert rules (resources/alerts/default-rules.json): latency_p95
    // 0.8 s / 2 s, failure_ratio 0.02 / 0.05, cpu_percent 80 / 95, ... until the database's rules
    // are read.
    static DashboardThresholds defaults();
    // The lines the alert rules draw -- one source of truth: per metric, the lowest threshold of the
    // enabled warning rules and of the enabled critical rules that fire above a line ("> 800 ms")
    // for every service or the total. Rules for one service, or below a line, draw nothing here.
    static DashboardThresholds fromRules(const QList<AlertRule> &rules);

    void set(const QString &metric, Levels levels);
    void remove(const QString &metric);
    Levels levels(const QString &metric) const { return m_levels.value(metric); }
    QStringList metrics() const { return m_levels.keys(); }

    friend bool operator==(const DashboardThresholds &, const DashboardThresholds &) = default;

private:
    QHash<QString, Levels> m_levels;
};

} // namespace payops
