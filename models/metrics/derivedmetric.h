#pragma once

#include <QLocale>
#include <QString>

namespace payops {

// Identifies a derived metric without a string compare; DerivedMetricCatalog maps it to its name.
// The order is the catalog's order (the order views list metrics in).
enum class DerivedMetricId : quint8 {
    Tps,
    FailureRatio,
    LatencyAvg,
    LatencyP50,
    LatencyP95,
    LatencyP99,
    DbLatencyAvg,
    DbLatencyP95,
    ExternalLatencyAvg,
    ExternalLatencyP95,
    CpuPercent,
    MemoryBytes,
    OpenFds,
    HostCpuPercent,
    HostMemoryPercent,
    RequestRate,
    RejectionRatio,
    LoginFailureRate,
    SuspiciousRate,
    Availability,
    Up,
    ScrapeDuration,
    TaskFailed,
    TaskOverdue,
};
inline constexpr int kDerivedMetricCount = int(DerivedMetricId::TaskOverdue) + 1;

// One metric the console derives from the scraped series (see ARCHITECTURE.md, "Metrics contract").
// Values are always in the canonical unit (the one thresholds are converted to, see
// DerivedMetricCatalog::toCanonical):
//   Rate -> per second, Ratio -> 0..1, Percent -> 0..100, Duration -> seconds, Bytes -> bytes,
//   Count -> a plain number.
// format() turns a canonical value into what an operator reads ("245 ms", "12.3 %", "512 MiB").
class DerivedMetric
{
public:
    enum class Format {
        Rate,     // "1,234.5 tx/s"
        Ratio,    // 0..1 shown as "12.3 %"
        Percent,  // 0..100 shown as "12.3 %"
        Duration, // seconds shown as "245 ms" or "1.25 s"
        Bytes,    // bytes shown as "512 MiB" (IEC units)
        Count,    // "1,234"
    };

    // Where the values come from: the services' scrapes (or Prometheus), or the console itself (its
    // scheduled tasks: one value per task, the task's name in MetricValue::service). The console's
    // own metrics have no PromQL and no history; alert rules watch them like any other.
    enum class Origin { Scraped, Console };

    constexpr DerivedMetric(DerivedMetricId id, const char *name, const char *titleSource, const char *unitSource,
                            Format format, bool perPeer, Origin origin = Origin::Scraped)
        : m_id(id)
        , m_name(name)
        , m_titleSource(titleSource)
        , m_unitSource(unitSource)
        , m_format(format)
        , m_perPeer(perPeer)
        , m_origin(origin)
    {
    }

    constexpr DerivedMetricId id() const { return m_id; }
    // Stable name: what views, alert rules, playbooks and MetricValue::metric use.
    QString name() const;
    // Translated, for display ("95th percentile response time").
    QString title() const;
    // Translated canonical unit for axis titles ("tx/s", "%", "s", "B"); empty for plain counts.
    QString unit() const;
    Format formatKind() const { return m_format; }
    // True when values exist per peer (MetricValue::peer) as well as overall.
    bool perPeer() const { return m_perPeer; }
    Origin origin() const { return m_origin; }
    bool isScraped() const { return m_origin == Origin::Scraped; }

    // The value as an operator reads it, with the unit. NaN or infinity shows as a dash.
    QString format(double value, const QLocale &locale = QLocale()) const;

    constexpr const char *nameLatin1() const { return m_name; }
    // Untranslated sources, for lupdate-aware callers (QT_TRANSLATE_NOOP context
    // "payops::DerivedMetricCatalog").
    const char *titleSource() const { return m_titleSource; }
    const char *unitSource() const { return m_unitSource; }

private:
    DerivedMetricId m_id;
    const char *m_name;
    const char *m_titleSource;
    const char *m_unitSource;
    Format m_format;
    bool m_perPeer;
    Origin m_origin;
};

} // namespace payops
