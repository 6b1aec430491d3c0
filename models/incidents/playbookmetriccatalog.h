#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace payops {

// The derived metrics a playbook check may name, and the units its threshold may be written in.
// Every metric has one canonical unit, the one the console's derived values use:
//   duration -> seconds, ratio -> 0..1, percent -> 0..100, rate -> per second, bytes -> bytes,
//   boolean (`up`) -> 0 or 1.
// A threshold written as "800 ms" or "5 %" is converted with canonicalThreshold().
class PlaybookMetricCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(payops::PlaybookMetricCatalog)

public:
    enum class Dimension { Rate, Ratio, Duration, Percent, Bytes, Boolean };

    PlaybookMetricCatalog() = delete;

    [[nodiscard]] static const QStringList &metricNames();
    [[nodiscard]] static bool isKnownMetric(const QString &name);
    // Precondition: isKnownMetric(name).
    [[nodiscard]] static Dimension dimension(const QString &name);
    // The units a threshold of this dimension may use; the first one is the canonical unit.
    [[nodiscard]] static QStringList units(Dimension dimension);
    // `value` in `unit` converted to the canonical unit, or nullopt if the unit does not fit.
    [[nodiscard]] static std::optional<double> toCanonical(Dimension dimension, double value, const QString &unit);
    // The metric in operator words ("95th percentile response time"), translated.
    [[nodiscard]] static QString displayName(const QString &name);
};

} // namespace payops
