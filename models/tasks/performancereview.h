#pragma once

#include "models/metrics/derivedmetric.h"
#include "models/metrics/historyread.h"
#include "models/metrics/serieskey.h"
#include "models/tasks/reviewthresholds.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace payops {

class Database;

// What the review looks at and how (PerformanceReviewTask reads these from the task's settings).
struct PerformanceReviewOptions
{
    qint64 nowMs = 0;
    int periodDays = 7;              // the period reviewed, compared with the one before it
    int trendDays = 28;              // the window the trend is fitted over
    int minimumTrendDays = 7;        // fewer days with data: no forecast (a line through 3 days says little)
    double regressionPercent = 10.0; // a week-over-week worsening from this much on is a regression
    int maxRegressions = 10;
    double cpuCapacityPercent = 100.0;     // every service's, unless cpuCapacity names it (100 % = one core)
    QHash<QString, double> cpuCapacity;    // per service, percent
    QHash<QString, double> memoryCapacity; // per service, bytes; none: memory is shown without capacity
};

// A value this period and the one before.
struct WeekOverWeek
{
    std::optional<double> current;
    std::optional<double> previous;
    // (current - previous) / previous in percent; nullopt without both or with previous 0.
    [[nodiscard]] std::optional<double> changePercent() const;
};

// When a metric's daily peak crosses its line at the current trend.
struct ReviewForecast
{
    QString service; // empty: all services
    DerivedMetricId metric = DerivedMetricId::LatencyP95;
    double threshold = 0.0;
    QString thresholdSource;
    double trendNow = 0.0;   // the fitted daily peak now
    double slopePerDay = 0.0;
    int days = 0;            // days with data in the fit
    std::optional<double> daysLeft; // 0: crossed already; nullopt: not at this trend
};

// A metric that got worse from the previous period to this one.
struct ReviewRegression
{
    QString service;
    DerivedMetricId metric = DerivedMetricId::LatencyP95;
    double previous = 0.0;
    double current = 0.0;
    double changePercent = 0.0;
};

struct ServiceReview
{
    QString service; // empty: all services together
    std::optional<double> tpsPeak;    // the highest sample of the period
    qint64 tpsPeakHourMs = 0;         // the hour it was in
    WeekOverWeek tpsAverage;          // mean of the hourly averages
    WeekOverWeek failureRatio;        // hourly averages weighted by the hour's TPS
    WeekOverWeek p95;                 // mean of the hourly averages
    WeekOverWeek p99;
    std::optional<double> cpuPeak;    // percent
    double cpuCapacity = 100.0;
    std::optional<double> memoryPeak; // bytes
    std::optional<double> memoryCapacity;
    std::optional<double> hostMemoryPeak; // percent of the host's memory
    QList<ReviewForecast> forecasts;
    QList<SeriesPoint> tpsHourly; // hourly averages over the trend window, for charts
    QList<SeriesPoint> p95Hourly;

    [[nodiscard]] QString title() const; // the service, or "All services"
    [[nodiscard]] const ReviewForecast *forecast(DerivedMetricId metric) const;
};

struct PerformanceReviewResult
{
    qint64 fromMs = 0;         // this period: [fromMs, toMs)
    qint64 toMs = 0;
    qint64 previousFromMs = 0; // the one before: [previousFromMs, fromMs)
    qint64 trendFromMs = 0;
    QList<ServiceReview> services; // by name, all services last
    QList<ReviewRegression> regressions; // worst first
    QString error; // nothing could be reviewed, in words (no history, unreadable file)

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    // The forecast with the fewest days left (crossed ones first); nullptr when none crosses.
    [[nodiscard]] const ReviewForecast *soonestCrossing() const;
};

// Computes the performance review from the metric history: per service and in total, the TPS peak
// and average, the failure ratio, p95 and p99 this period against the one before, CPU and memory
// peaks against capacity, the days before a threshold is crossed (TrendFit over the daily peaks of
// the hourly averages in the trend window: the busiest hour of each day is what an alert would see
// first) and the largest week-over-week regressions.
//
// Everything comes from the hourly roll-ups (min, max, average per hour), which the history keeps
// for 400 days: a review reads a few hundred rows per series whatever the poll interval was.
class PerformanceReview final
{
    Q_DECLARE_TR_FUNCTIONS(payops::PerformanceReview)

public:
    PerformanceReview() = delete;

    // One series' hourly roll-ups over [fromMs, toMs].
    using Reader = std::function<HistoryRead(const SeriesKey &key, qint64 fromMs, qint64 toMs)>;

    // From the history in `database` (read through HistoryStore, the charts' reader, inside one read
    // transaction: every series is read as of the same moment while the recorder keeps writing).
    [[nodiscard]] static PerformanceReviewResult compute(Database &database, const ReviewThresholds &thresholds,
                                                         const PerformanceReviewOptions &options);
    // From any reader; `seriesNames` are the history's series (SeriesKey text).
    [[nodiscard]] static PerformanceReviewResult compute(const QStringList &seriesNames, const Reader &reader,
                                                         const ReviewThresholds &thresholds,
                                                         const PerformanceReviewOptions &options);

    // The metrics forecast against a threshold, and those ranked for regressions (all: higher is worse).
    [[nodiscard]] static QList<DerivedMetricId> forecastMetrics();
    [[nodiscard]] static QList<DerivedMetricId> regressionMetrics();
};

} // namespace payops
