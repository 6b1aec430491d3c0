// bench_alerts [--cycles N] [--rules R] [--targets T] [--services S]: AlertEvaluator over the
// snapshots of T targets (2000) in S services (200: ten instances each, as MetricStore aggregates
// them per service), with R rules (1000): a third for every service separately, the rest for one
// service or the total, over the whole metric catalog. Each cycle is one snapshot a second later,
// values drifting so that alerts go pending, fire and resolve as in a bad day.
//   alerts_first_cycle: the first snapshot (tables sized, every alert's state created)
//   alerts_cycle_mean/_median/_p99/_max: time to evaluate one snapshot against every rule, with
//                                   the target (<= 5 ms per cycle) met or FAILED beside the mean and
//                                   the worst cycle (and how many alerts changed state in it)
//   alerts_evaluated: rule x scope evaluations per cycle; alerts_transitions: per cycle (mean)
// Figures are printed, never asserted (the machine may be shared).
#include "models/alerts/alertevaluator.h"
#include "models/metrics/derivedmetriccatalog.h"
#include "tests/bench/benchoptions.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace payops;

namespace {

constexpr double kTargetMs = 5.0;

// A value of metric m for service s at cycle c, relative to the "line" of 1.0 the rules compare
// with (scaled below): mostly well below it, a few services drifting over it and back over
// minutes, as on a bad day.
double valueAt(int m, int s, int c)
{
    const double wave = std::sin(c / 120.0 + s * 0.7 + m);
    return 0.6 + 0.5 * wave * wave * wave * wave * wave; // 0.1..1.1, above 0.9 a few % of the time
}

double scaleOf(DerivedMetricId id)
{
    switch (DerivedMetricCatalog::metric(id).formatKind()) {
    case DerivedMetric::Format::Ratio: return 0.05;
    case DerivedMetric::Format::Percent: return 80;
    case DerivedMetric::Format::Duration: return 0.8;
    case DerivedMetric::Format::Bytes: return 1e9;
    default: return 100;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const char *name, double fallback) { return bench::option(args, name, fallback); };
    const int cycles = std::max(1, int(option("--cycles", 200)));
    const int ruleCount = std::max(1, int(option("--rules", 1000)));
    const int targets = std::max(1, int(option("--targets", 2000)));
    const int serviceCount = std::clamp(int(option("--services", 200)), 1, targets);

    QStringList services;
    for (int s = 0; s < serviceCount; ++s)
        services.append(QStringLiteral("service_%1").arg(s, 4, 10, QLatin1Char('0')));
    const QList<DerivedMetric> metrics = DerivedMetricCatalog::all();

    QList<AlertRule> rules;
    for (int r = 0; r < ruleCount; ++r) {
        const DerivedMetric &metric = metrics[r % metrics.size()];
        AlertRule rule;
        rule.name = QStringLiteral("Rule%1").arg(r);
        rule.metric = metric.id();
        rule.scope = r % 3 == 0 ? AlertRule::Scope::EachService : r % 7 == 1 ? AlertRule::Scope::Total : AlertRule::Scope::Service;
        if (rule.scope == AlertRule::Scope::Service)
            rule.service = services[r % serviceCount];
        rule.threshold = scaleOf(metric.id()) * (0.9 + 0.2 * ((r % 5) / 5.0));
        rule.clearThreshold = rule.threshold * 0.9;
        rule.forMs = (r % 4) * 60'000;
        rule.keepFiringForMs = (r % 2) * 30'000;
        rule.severity = r % 2 ? AlertRule::Severity::Critical : AlertRule::Severity::Warning;
        rule.summary = QStringLiteral("{service}: {value} above {threshold}");
        rules.append(rule);
    }

    // One snapshot per cycle as MetricStore publishes it for T targets: per service (its
    // instances aggregated) and in total, every metric; one service in 50 down (values stale),
    // another one every 30 cycles. Each cycle's values are its own moment of the drift (built
    // before the clock starts), so consecutive snapshots differ as a real minute does.
    const qint64 t0 = 1'700'000'000'000;
    const auto snapshotAt = [&](int c) {
        MetricsSnapshot snapshot;
        snapshot.timestampMs = t0 + qint64(c) * 1000;
        for (int s = 0; s <= serviceCount; ++s) {
            const QString service = s < serviceCount ? services[s] : QString();
            const bool down = s < serviceCount && (s + c / 30) % 50 == 0;
            if (s < serviceCount)
                snapshot.services.append({service, down ? ServiceState::State::Down : ServiceState::State::Up, {}, t0,
                                          down ? 0 : targets / serviceCount, targets / serviceCount});
            for (int m = 0; m < metrics.size(); ++m) {
                const DerivedMetric &metric = metrics[m];
                const bool scrapeMetric = metric.id() == DerivedMetricId::Up || metric.id() == DerivedMetricId::Availability
                    || metric.id() == DerivedMetricId::ScrapeDuration;
                const double value = metric.id() == DerivedMetricId::Up ? (down ? 0.0 : 1.0)
                                                                        : valueAt(m, s, c) * scaleOf(metric.id());
                (down && !scrapeMetric ? snapshot.staleValues : snapshot.values)
                    .append({metric.name(), service, {}, value, t0});
            }
        }
        return snapshot;
    };

    AlertEvaluator evaluator;
    evaluator.setRules(rules);
    // The first cycle sizes the tables and creates every alert's state: reported apart.
    {
        QElapsedTimer timer;
        timer.start();
        evaluator.evaluate(snapshotAt(-1));
        std::printf("alerts_first_cycle: %.3f ms\n", double(timer.nsecsElapsed()) / 1e6);
    }
    std::vector<double> times;
    times.reserve(size_t(cycles));
    qint64 transitions = 0;
    qsizetype evaluated = 0;
    qsizetype worstTransitions = 0;
    for (int c = 0; c < cycles; ++c) {
        const MetricsSnapshot snapshot = snapshotAt(c);
        QElapsedTimer timer;
        timer.start();
        const AlertEvaluator::Cycle cycle = evaluator.evaluate(snapshot);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        transitions += cycle.transitions.size();
        if (times.back() >= *std::max_element(times.begin(), times.end()))
            worstTransitions = cycle.transitions.size();
        evaluated = std::max(evaluated, evaluator.lastEvaluatedCount());
    }
    double sum = 0;
    for (double t : times)
        sum += t;
    const double mean = sum / double(times.size());
    std::printf("alerts_rules: %d rules\n", ruleCount);
    std::printf("alerts_targets: %d targets in %d services\n", targets, serviceCount);
    std::printf("alerts_evaluated: %lld evaluations per cycle\n", qint64(evaluated));
    std::printf("alerts_transitions: %.1f per cycle\n", double(transitions) / double(cycles));
    std::printf("alerts_cycle_mean: %.3f ms (target <= %.0f ms: %s)\n", mean, kTargetMs, mean <= kTargetMs ? "met" : "FAILED");
    std::printf("alerts_cycle_median: %.3f ms\n", bench::median(times));
    std::sort(times.begin(), times.end());
    std::printf("alerts_cycle_p99: %.3f ms\n", times[std::min(times.size() - 1, size_t(0.99 * double(times.size())))]);
    std::printf("alerts_cycle_max: %.3f ms (%lld transitions in that cycle; target <= %.0f ms: %s)\n", times.back(),
                qint64(worstTransitions), kTargetMs, times.back() <= kTargetMs ? "met" : "FAILED");
    return 0;
}
