#include "models/metrics/uptimehistory.h"

#include <algorithm>
#include <cmath>

namespace payops {

namespace {

// A scrape whose gap to the previous one differs from the run's spacing by more than this share
// starts a new run (scrape jitter stays within one run).
constexpr double kSpacingTolerance = 0.5;

} // namespace

void UptimeHistory::record(qint64 timestampMs, bool up)
{
    if (!m_runs.empty() && timestampMs <= m_runs.back().lastMs)
        return;
    if (!m_runs.empty()) {
        Run &run = m_runs.back();
        if (run.up == up) {
            const qint64 gap = timestampMs - run.lastMs;
            bool extend = run.count == 1;
            if (!extend) {
                const double spacing = double(run.lastMs - run.firstMs) / double(run.count - 1);
                extend = std::fabs(double(gap) - spacing) <= spacing * kSpacingTolerance;
            }
            if (extend) {
                run.lastMs = timestampMs;
                ++run.count;
                return;
            }
        }
    }
    m_runs.push_back({timestampMs, timestampMs, 1, up});
}

UptimeHistory::Counts UptimeHistory::counts(qint64 fromMs, qint64 toMs) const
{
    Counts result;
    if (toMs < fromMs)
        return result;
    for (const Run &run : m_runs) {
        if (run.lastMs < fromMs || run.firstMs > toMs)
            continue;
        qint64 inside = run.count;
        if (run.count > 1 && (run.firstMs < fromMs || run.lastMs > toMs)) {
            // Scrape i of the run was at first + i * spacing.
            const double spacing = double(run.lastMs - run.firstMs) / double(run.count - 1);
            constexpr double epsilon = 1e-6;
            const double firstIndex = run.firstMs < fromMs ? std::ceil(double(fromMs - run.firstMs) / spacing - epsilon)
                                                           : 0.0;
            const double lastIndex = run.lastMs > toMs ? std::floor(double(toMs - run.firstMs) / spacing + epsilon)
                                                       : double(run.count - 1);
            inside = std::max<qint64>(0, qint64(lastIndex) - qint64(firstIndex) + 1);
        }
        result.total += inside;
        if (run.up)
            result.up += inside;
    }
    return result;
}

void UptimeHistory::trimBefore(qint64 ms)
{
    while (!m_runs.empty() && m_runs.front().lastMs < ms)
        m_runs.pop_front();
}

} // namespace payops
