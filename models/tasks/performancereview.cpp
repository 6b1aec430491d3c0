#include "models/tasks/performancereview.h"

#include "models/metrics/derivedmetriccatalog.h"
#include "models/metrics/historysnapshot.h"
#include "models/tasks/trendfit.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

using Id = DerivedMetricId;
constexpr qint64 hourMs = 3600 * 1000;
constexpr qint64 dayMs = 24 * hourMs;

// One series' hourly buckets, by bucket start.
using Buckets = QList<RollupPoint>;

QList<RollupPoint> within(const Buckets &buckets, qint64 fromMs, qint64 toMs)
{
    QList<RollupPoint> out;
    for (const RollupPoint &b : buckets) {
        if (b.bucketMs >= fromMs && b.bucketMs < toMs && std::isfinite(b.average))
            out.append(b);
    }
    return out;
}

std::optional<double> meanOf(const QList<RollupPoint> &buckets)
{
    if (buckets.isEmpty())
        return std::nullopt;
    double sum = 0.0;
    for (const RollupPoint &b : buckets)
        sum += b.average;
    return sum / double(buckets.size());
}

// Hourly averages weighted by the hour's weight (its TPS) where known: an hour with ten times the
// traffic holds ten times the transactions a failure ratio is a share of.
std::optional<double> weightedMeanOf(const QList<RollupPoint> &buckets, const QHash<qint64, double> &weights)
{
    double sum = 0.0, total = 0.0;
    for (const RollupPoint &b : buckets) {
        const double w = weights.value(b.bucketMs, 0.0);
        if (w > 0.0) {
            sum += b.average * w;
            total += w;
        }
    }
    if (total > 0.0)
        return sum / total;
    return meanOf(buckets);
}

std::optional<double> peakOf(const QList<RollupPoint> &buckets, qint64 *atMs = nullptr)
{
    std::optional<double> peak;
    for (const RollupPoint &b : buckets) {
        if (std::isfinite(b.max) && (!peak || b.max > *peak)) {
            peak = b.max;
            if (atMs)
                *atMs = b.bucketMs;
        }
    }
    return peak;
}

WeekOverWeek weekOverWeek(const Buckets &buckets, const PerformanceReviewResult &r,
                          const QHash<qint64, double> *weights = nullptr)
{
    const QList<RollupPoint> current = within(buckets, r.fromMs, r.toMs);
    const QList<RollupPoint> previous = within(buckets, r.previousFromMs, r.fromMs);
    if (weights)
        return {weightedMeanOf(current, *weights), weightedMeanOf(previous, *weights)};
    return {meanOf(current), meanOf(previous)};
}

// The busiest hour of each day of the trend window (days counted back from now, so none is partial),
// at the middle of its hour.
QList<SeriesPoint> dailyPeaks(const Buckets &buckets, const PerformanceReviewResult &r)
{
    QList<SeriesPoint> peaks;
    for (qint64 dayStart = r.trendFromMs; dayStart + dayMs <= r.toMs; dayStart += dayMs) {
        std::optional<RollupPoint> best;
        for (const RollupPoint &b : within(buckets, dayStart, dayStart + dayMs)) {
            if (!best || b.average > best->average)
                best = b;
        }
        if (best)
            peaks.append({best->bucketMs + hourMs / 2, best->average});
    }
    return peaks;
}

QList<SeriesPoint> hourlyAverages(const Buckets &buckets, qint64 fromMs, qint64 toMs)
{
    QList<SeriesPoint> points;
    for (const RollupPoint &b : within(buckets, fromMs, toMs))
        points.append({b.bucketMs, b.average});
    return points;
}

} // namespace

std::optional<double> WeekOverWeek::changePercent() const
{
    if (!current || !previous || *previous == 0.0)
        return std::nullopt;
    // Means of the same values summed in another order differ in the last bits: that is no change.
    if (std::abs(*current - *previous) <= 1e-9 * std::abs(*previous))
        return 0.0;
    return (*current - *previous) / std::abs(*previous) * 100.0;
}

QString ServiceReview::title() const
{
    return service.isEmpty() ? PerformanceReview::tr("All services") : service;
}

const ReviewForecast *ServiceReview::forecast(DerivedMetricId metric) const
{
    for (const ReviewForecast &f : forecasts) {
        if (f.metric == metric)
            return &f;
    }
    return nullptr;
}

const ReviewForecast *PerformanceReviewResult::soonestCrossing() const
{
    const ReviewForecast *soonest = nullptr;
    for (const ServiceReview &s : services) {
        for (const ReviewForecast &f : s.forecasts) {
            if (f.daysLeft && (!soonest || *f.daysLeft < *soonest->daysLeft))
                soonest = &f;
        }
    }
    return soonest;
}

QList<DerivedMetricId> PerformanceReview::forecastMetrics()
{
    return {Id::LatencyP95, Id::LatencyP99, Id::FailureRatio, Id::CpuPercent, Id::MemoryBytes, Id::HostMemoryPercent};
}

QList<DerivedMetricId> PerformanceReview::regressionMetrics()
{
    return {Id::LatencyP95, Id::LatencyP99, Id::LatencyAvg, Id::FailureRatio, Id::DbLatencyP95,
            Id::RejectionRatio, Id::CpuPercent, Id::MemoryBytes};
}

PerformanceReviewResult PerformanceReview::compute(Database &database, const ReviewThresholds &thresholds,
                                                   const PerformanceReviewOptions &options)
{
    const HistorySnapshot history(database);
    if (history.error()) {
        PerformanceReviewResult failed;
        failed.error = tr("The metric history cannot be read: %1").arg(*history.error());
        return failed;
    }
    const Reader reader = [&history](const SeriesKey &key, qint64 fromMs, qint64 toMs) {
        return history.read(key.toString(), fromMs, toMs, HistoryRead::Resolution::Hour);
    };
    return compute(history.seriesNames(), reader, thresholds, options);
}

PerformanceReviewResult PerformanceReview::compute(const QStringList &seriesNames, const Reader &reader,
                                                   const ReviewThresholds &thresholds,
                                                   const PerformanceReviewOptions &options)
{
    PerformanceReviewResult r;
    const int period = std::max(1, options.periodDays);
    const int trend = std::max(2, options.trendDays);
    r.toMs = options.nowMs;
    r.fromMs = r.toMs - period * dayMs;
    r.previousFromMs = r.fromMs - period * dayMs;
    r.trendFromMs = r.toMs - trend * dayMs;
    const qint64 readFromMs = std::min(r.previousFromMs, r.trendFromMs);

    // The services the history knows (overall series only; per-peer ones belong to a service too).
    QSet<QString> serviceSet;
    bool hasTotal = false;
    for (const QString &name : seriesNames) {
        const std::optional<SeriesKey> key = SeriesKey::parse(name);
        if (!key || !key->peer.isEmpty())
            continue;
        if (key->service.isEmpty())
            hasTotal = true;
        else
            serviceSet.insert(key->service);
    }
    QStringList services(serviceSet.cbegin(), serviceSet.cend());
    std::sort(services.begin(), services.end());
    if (hasTotal)
        services.append(QString());

    QList<Id> wanted = regressionMetrics();
    for (const Id id : forecastMetrics())
        if (!wanted.contains(id))
            wanted.append(id);
    if (!wanted.contains(Id::Tps))
        wanted.prepend(Id::Tps);

    for (const QString &service : std::as_const(services)) {
        QHash<Id, Buckets> series;
        bool any = false;
        for (const Id id : std::as_const(wanted)) {
            const HistoryRead read = reader(SeriesKey(id, service), readFromMs, r.toMs);
            if (read.error) {
                r.error = tr("The metric history cannot be read: %1").arg(*read.error);
                return r;
            }
            if (!within(read.buckets, readFromMs, r.toMs).isEmpty())
                any = true;
            series.insert(id, read.buckets);
        }
        if (!any)
            continue; // a service of the past: nothing in the weeks reviewed

        ServiceReview s;
        s.service = service;
        const Buckets &tps = series.value(Id::Tps);
        s.tpsPeak = peakOf(within(tps, r.fromMs, r.toMs), &s.tpsPeakHourMs);
        s.tpsAverage = weekOverWeek(tps, r);
        QHash<qint64, double> tpsByHour;
        for (const RollupPoint &b : tps)
            tpsByHour.insert(b.bucketMs, b.average);
        s.failureRatio = weekOverWeek(series.value(Id::FailureRatio), r, &tpsByHour);
        s.p95 = weekOverWeek(series.value(Id::LatencyP95), r);
        s.p99 = weekOverWeek(series.value(Id::LatencyP99), r);
        s.cpuPeak = peakOf(within(series.value(Id::CpuPercent), r.fromMs, r.toMs));
        s.cpuCapacity = options.cpuCapacity.value(service, options.cpuCapacityPercent);
        s.memoryPeak = peakOf(within(series.value(Id::MemoryBytes), r.fromMs, r.toMs));
        if (options.memoryCapacity.contains(service))
            s.memoryCapacity = options.memoryCapacity.value(service);
        s.hostMemoryPeak = peakOf(within(series.value(Id::HostMemoryPercent), r.fromMs, r.toMs));
        s.tpsHourly = hourlyAverages(tps, r.trendFromMs, r.toMs);
        s.p95Hourly = hourlyAverages(series.value(Id::LatencyP95), r.trendFromMs, r.toMs);

        for (const Id id : forecastMetrics()) {
            std::optional<ReviewThresholds::Line> line = thresholds.lineFor(id, service);
            if (id == Id::MemoryBytes)
                line = s.memoryCapacity ? std::optional(ReviewThresholds::Line{*s.memoryCapacity, tr("capacity")})
                                        : std::nullopt;
            if (!line)
                continue;
            const QList<SeriesPoint> peaks = dailyPeaks(series.value(id), r);
            if (peaks.size() < options.minimumTrendDays)
                continue;
            const std::optional<TrendFit> fit = TrendFit::fit(peaks);
            if (!fit)
                continue;
            ReviewForecast f;
            f.service = service;
            f.metric = id;
            f.threshold = line->value;
            f.thresholdSource = line->source;
            f.trendNow = fit->valueAt(r.toMs);
            f.slopePerDay = fit->slopePerDay();
            f.days = int(peaks.size());
            f.daysLeft = fit->daysUntil(line->value, r.toMs);
            s.forecasts.append(f);
        }

        for (const Id id : regressionMetrics()) {
            const WeekOverWeek change = weekOverWeek(series.value(id), r, id == Id::FailureRatio ? &tpsByHour : nullptr);
            const std::optional<double> percent = change.changePercent();
            if (percent && *percent >= options.regressionPercent)
                r.regressions.append({service, id, *change.previous, *change.current, *percent});
        }
        r.services.append(s);
    }

    std::stable_sort(r.regressions.begin(), r.regressions.end(),
                     [](const ReviewRegression &a, const ReviewRegression &b) { return a.changePercent > b.changePercent; });
    if (r.regressions.size() > options.maxRegressions)
        r.regressions.resize(std::max(0, options.maxRegressions));

    if (r.services.isEmpty())
        r.error = tr("There is no metric history for the last %n day(s): the review needs the console (or "
                     "payopsctl record) to have recorded the services' metrics.",
                     nullptr, std::max(period * 2, trend));
    return r;
}

} // namespace payops
