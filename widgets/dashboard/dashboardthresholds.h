#pragma once

#include <QHash>
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

    // latency_p95 0.8 s / 2 s, failure_ratio 0.02 / 0.05, cpu_percent 80 / 95.
    static DashboardThresholds defaults();

    void set(const QString &metric, Levels levels);
    void remove(const QString &metric);
    Levels levels(const QString &metric) const { return m_levels.value(metric); }
    QStringList metrics() const { return m_levels.keys(); }

    friend bool operator==(const DashboardThresholds &, const DashboardThresholds &) = default;

private:
    QHash<QString, Levels> m_levels;
};

} // namespace payops
