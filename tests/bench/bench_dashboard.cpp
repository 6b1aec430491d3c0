// bench_dashboard [--iterations N] [--charts C] [--series S] [--points P]: C MetricCharts (8) of
// S series (3) with P points each (86 400 = 24 h at 1 s), laid out in a 1920x1080 window offscreen.
//   full_replot:     median time to replot every chart (QCustomPlot::replot(rpImmediateRefresh))
//   full_replot_qcp: the same as QCustomPlot::replotTime() measures it (sum over the charts)
//   live_tick_mean/_median/_max: a dashboard tick: append one point per series to every chart
//                    (trimmed), move the live window, replot the charts whose pixels changed;
//                    with the targets (mean <= 4 ms, max <= 16 ms) met or FAILED beside them
//   live_tick_forced: the same with every chart replotted
// Figures are printed, never asserted (the machine may be shared).
// Set BENCH_TICKS=1 to print every live tick's time (to see which ones are slow).
#include "tests/bench/benchoptions.h"
#include "widgets/dashboard/metricchart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <vector>

using namespace payops;

namespace {

// The budget of a live tick: on average a quarter of a frame, never more than one frame.
constexpr double kMeanTargetMs = 4.0;
constexpr double kMaxTargetMs = 16.0;

double valueAt(qint64 i, int series, int chart)
{
    const double x = double(i);
    return 100.0 + 20.0 * series + 30.0 * std::sin(x / 7200.0 + chart) + 5.0 * std::sin(x / 37.0 + series)
        + 2.0 * std::sin(x * 1.7);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const char *name, double fallback) { return bench::option(args, name, fallback); };
    const int iterations = std::max(1, int(option("--iterations", 15)));
    const int chartCount = std::max(1, int(option("--charts", 8)));
    const int seriesCount = std::max(1, int(option("--series", 3)));
    const qint64 points = std::max<qint64>(2, qint64(option("--points", 86400)));

    const qint64 t0 = 1'700'000'000'000;
    const qint64 spanMs = (points - 1) * 1000;
    QWidget window;
    window.resize(1920, 1080);
    auto *grid = new QGridLayout(&window);
    grid->setContentsMargins(4, 4, 4, 4);
    std::vector<MetricChart *> charts;
    for (int c = 0; c < chartCount; ++c) {
        auto *chart = new MetricChart(&window);
        chart->setTitle(QStringLiteral("Chart %1").arg(c + 1));
        chart->setUnit(ChartUnit(QStringLiteral("tps"), 1.0, QStringLiteral("tx/s")));
        QList<ChartSeries> series;
        for (int s = 0; s < seriesCount; ++s)
            series.append({SeriesKey(QStringLiteral("series_%1_%2").arg(c).arg(s)), QStringLiteral("series %1").arg(s + 1),
                           QColor::fromHsv((s * 110 + c * 20) % 360, 200, 200)});
        chart->setSeries(series);
        chart->setThresholds(180.0, 220.0);
        chart->setLiveWindow(spanMs);
        QList<QList<SeriesPoint>> data(seriesCount);
        for (int s = 0; s < seriesCount; ++s) {
            data[s].reserve(points);
            for (qint64 i = 0; i < points; ++i)
                data[s].append({t0 + i * 1000, valueAt(i, s, c)});
        }
        chart->setSeriesData(data);
        chart->setLiveEdge(t0 + spanMs);
        grid->addWidget(chart, c / 4, c % 4);
        charts.push_back(chart);
    }
    window.show();
    QCoreApplication::processEvents();
    for (MetricChart *chart : charts) {
        chart->updateRanges();
        chart->replot(QCustomPlot::rpImmediateRefresh); // warm-up: layout, label caches
    }

    std::vector<double> full;
    std::vector<double> fullQcp;
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        double qcp = 0;
        timer.start();
        for (MetricChart *chart : charts) {
            chart->replot(QCustomPlot::rpImmediateRefresh);
            qcp += chart->replotTime();
        }
        full.push_back(double(timer.nsecsElapsed()) / 1e6);
        fullQcp.push_back(qcp);
    }

    // A dashboard tick: append, then flush (replots the charts whose pixels changed).
    // Forced: the same with every chart replotted.
    std::vector<double> live;
    std::vector<double> forced;
    qint64 next = points;
    long replotted = 0;
    for (int i = 0; i < 2 * iterations; ++i) {
        const bool force = i % 2 == 1;
        const qint64 at = t0 + next * 1000;
        timer.start();
        for (int c = 0; c < chartCount; ++c) {
            MetricChart *chart = charts[size_t(c)];
            QList<double> row(seriesCount);
            for (int s = 0; s < seriesCount; ++s)
                row[s] = valueAt(next, s, c);
            chart->appendRow(at, row);
            chart->setLiveEdge(at);
            if (force)
                chart->markDirty();
            else if (chart->isDirty())
                ++replotted;
            chart->flush(QCustomPlot::rpImmediateRefresh);
        }
        (force ? forced : live).push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!force && qEnvironmentVariableIsSet("BENCH_TICKS"))
            std::printf("tick %d: %.2f ms\n", i / 2, live.back());
        ++next;
    }

    int largest = 0;
    for (MetricChart *chart : charts)
        largest = std::max(largest, chart->pointCount(0));
    std::printf("charts: %d x %d series x %lld points, %dx%d\n", chartCount, seriesCount, static_cast<long long>(points),
                window.width(), window.height());
    std::printf("full_replot: %.2f ms\n", bench::median(full));
    std::printf("full_replot_qcp: %.2f ms\n", bench::median(fullQcp));
    std::vector<double> sorted = live;
    std::sort(sorted.begin(), sorted.end());
    const double mean = std::accumulate(live.begin(), live.end(), 0.0) / double(live.size());
    // One figure per line, `name: value unit`; the targets' verdicts beside the speeds.
    std::printf("live_tick_mean: %.2f ms\n", mean);
    std::printf("live_tick_median: %.2f ms\n", bench::median(live));
    std::printf("live_tick_max: %.2f ms\n", sorted.back());
    std::printf("live_tick_charts_replotted: %.1f of %d\n", double(replotted) / double(iterations), chartCount);
    std::printf("live_tick_mean_target: %s (<= %.0f ms)\n", mean <= kMeanTargetMs ? "met" : "FAILED", kMeanTargetMs);
    std::printf("live_tick_max_target: %s (<= %.0f ms)\n", sorted.back() <= kMaxTargetMs ? "met" : "FAILED",
                kMaxTargetMs);
    std::printf("live_tick_over_frame: %ld of %zu ticks\n",
                long(std::count_if(live.begin(), live.end(), [](double ms) { return ms > kMaxTargetMs; })),
                live.size());
    std::printf("live_tick_forced: %.2f ms (median, every chart replotted)\n", bench::median(forced));
    std::printf("points_per_series_after_ticks: %d\n", largest);
    return 0;
}
