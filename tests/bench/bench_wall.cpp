// bench_wall [--iterations N] [--charts C] [--points P] [--idle-seconds S]: the wall display at
// 3840x2160 (offscreen).
//   wall_charts_full_frame: median time to replot C wall charts (8) of 4 series with P points each
//                  (86 400 = 24 h at 1 s; decimated by MetricChart to two points per line width), drawn
//                  as the wall draws them (32 px fonts, double-width lines), every chart at once
//   wall_page_full_frame: the wall window's dashboard page (4 tiles, 3 charts of 24 h) repainted whole
//   wall_idle_cpu: CPU of the whole process while the wall runs on its own timer for S seconds with one
//                  snapshot a second (what a wall does for months), in % of one core
// Targets: a full frame <= 16 ms; idle CPU <= 10 % of a core. Printed (FAILED when missed), not asserted:
// the figures depend on the machine's load. A run that did not measure what it says -- a frame that
// painted no chart, an idle stage that received no snapshot or ended late -- exits 1.
#include "tests/bench/benchoptions.h"
#include "widgets/dashboard/metricchart.h"
#include "widgets/dashboard/servicepalette.h"
#include "widgets/wall/wallchartgrid.h"
#include "widgets/wall/walldashboardpage.h"
#include "widgets/wall/wallwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace payops;

namespace {

constexpr double kFrameTargetMs = 16.0;
constexpr double kIdleTargetPercent = 10.0;

double valueAt(qint64 i, int series, int chart)
{
    return 100.0 + 20.0 * series + 30.0 * std::sin(double(i) / 7200.0 + chart) + 5.0 * std::sin(double(i) / 37.0 + series)
        + 2.0 * std::sin(double(i) * 1.7);
}

QList<QList<SeriesPoint>> dayOfPoints(qint64 t0, qint64 points, int seriesCount, int chart)
{
    QList<QList<SeriesPoint>> data(seriesCount);
    for (int s = 0; s < seriesCount; ++s) {
        data[s].reserve(points);
        for (qint64 i = 0; i < points; ++i)
            data[s].append({t0 + i * 1000, valueAt(i, s, chart)});
    }
    return data;
}

MetricsSnapshot snapshotAt(qint64 ms, const QStringList &services)
{
    MetricsSnapshot snapshot;
    snapshot.timestampMs = ms;
    int i = 0;
    for (const QString &service : services) {
        snapshot.services.append({service, ServiceState::State::Up, QString(), ms, 2, 2});
        snapshot.values.append({QStringLiteral("tps"), service, {}, 120.0 + 10 * i + std::sin(ms / 9000.0) * 5, ms});
        snapshot.values.append({QStringLiteral("failure_ratio"), service, {}, 0.004 + 0.001 * i, ms});
        snapshot.values.append({QStringLiteral("latency_p95"), service, {}, 0.18 + 0.02 * i, ms});
        ++i;
    }
    return snapshot;
}

double processCpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

// Counts the paint events the charts receive: a "frame" in which no chart painted measured nothing.
class PaintCounter final : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && qobject_cast<MetricChart *>(watched))
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const char *name, double fallback) { return bench::option(args, name, fallback); };
    const int iterations = std::max(1, int(option("--iterations", 15)));
    const int chartCount = std::max(1, int(option("--charts", 8)));
    const qint64 points = std::max<qint64>(2, qint64(option("--points", 86400)));
    const double idleSeconds = std::max(1.0, option("--idle-seconds", 30));
    const QStringList services = ServicePalette::knownServices();
    const qint64 t0 = 1'700'000'000'000;
    const qint64 spanMs = (points - 1) * 1000;
    const qint64 end = t0 + spanMs;
    PaintCounter counter;
    app.installEventFilter(&counter);
    QStringList broken; // what the run failed to measure, in words

    // 1. C wall charts of the four services, a day each.
    WallChartGrid grid(4);
    grid.resize(3840, 2160);
    grid.setScale(WallScale::forHeight(2160));
    grid.setWindowMs(spanMs);
    for (int c = 0; c < chartCount; ++c) {
        QList<ChartSeries> series;
        for (const QString &service : services)
            series.append({SeriesKey(QStringLiteral("tps"), service), service, ServicePalette::serviceColor(service)});
        MetricChart *chart = grid.addChart(QStringLiteral("Chart %1").arg(c + 1), QStringLiteral("tps"), series);
        chart->setSeriesData(dayOfPoints(t0, points, int(services.size()), c));
    }
    grid.setScale(WallScale::forHeight(2160));
    grid.show();
    QCoreApplication::processEvents();
    grid.flush(end);
    for (MetricChart *chart : grid.charts())
        chart->replot(QCustomPlot::rpImmediateRefresh); // warm-up
    std::vector<double> frames;
    QElapsedTimer timer;
    counter.paints = 0;
    for (int i = 0; i < iterations; ++i) {
        timer.start();
        for (MetricChart *chart : grid.charts())
            chart->replot(QCustomPlot::rpImmediateRefresh);
        frames.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double chartsFrame = bench::median(frames);
    if (counter.paints < iterations * chartCount)
        broken.append(QStringLiteral("stage 1 painted %1 charts in %2 frames of %3").arg(counter.paints).arg(iterations).arg(chartCount));
    grid.hide();

    // 2. The wall window's dashboard page, whole, with a day in its charts.
    qint64 now = end;
    WallConfig config;
    config.pages = {QStringLiteral("dashboard")};
    WallWindow wall(config, [&now] { return now; });
    wall.resize(3840, 2160);
    wall.setServices(services);
    WallChartGrid *pageCharts = wall.dashboardPage()->charts();
    for (int c = 0; c < pageCharts->charts().size(); ++c) {
        pageCharts->charts().at(c)->setLiveWindow(spanMs);
        pageCharts->charts().at(c)->setSeriesData(dayOfPoints(t0, points, int(services.size()), c));
    }
    wall.show();
    wall.applySnapshot(snapshotAt(now, services));
    QCoreApplication::processEvents();
    std::vector<double> pageFrames;
    counter.paints = 0;
    for (int i = 0; i < iterations + 1; ++i) {
        timer.start();
        for (MetricChart *chart : pageCharts->charts())
            chart->replot(QCustomPlot::rpImmediateRefresh);
        wall.repaint();
        if (i > 0) // the first is the warm-up
            pageFrames.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double pageFrame = bench::median(pageFrames);
    if (counter.paints < (iterations + 1) * int(pageCharts->charts().size()))
        broken.append(QStringLiteral("stage 2 painted %1 charts in %2 frames").arg(counter.paints).arg(iterations + 1));
    wall.hide();

    // 3. A wall on its own timer, one snapshot a second, as it runs for months.
    WallWindow live(config);
    live.resize(3840, 2160);
    live.setServices(services);
    live.show();
    QTimer feed;
    int fed = 0;
    QObject::connect(&feed, &QTimer::timeout, &live, [&] {
        live.applySnapshot(snapshotAt(QDateTime::currentMSecsSinceEpoch(), services));
        ++fed;
    });
    feed.start(1000);
    QCoreApplication::processEvents();
    const double cpuBefore = processCpuSeconds();
    QElapsedTimer wallClock;
    wallClock.start();
    // exit(), not quit(): Qt 6's quit() first asks every window to close and gives up when one refuses,
    // and a wall refuses (only its leave sequence ends it) -- with quit() this loop never ended.
    QTimer::singleShot(int(idleSeconds * 1000), &app, [] { QCoreApplication::exit(0); });
    counter.paints = 0;
    QCoreApplication::exec();
    const double idleElapsed = double(wallClock.elapsed()) / 1000.0;
    const double idlePercent = 100.0 * (processCpuSeconds() - cpuBefore) / idleElapsed;
    if (fed < int(idleSeconds) - 1 || counter.paints == 0)
        broken.append(QStringLiteral("stage 3 applied %1 snapshots and painted %2 charts in %3 s").arg(fed).arg(counter.paints).arg(idleElapsed, 0, 'f', 1));
    if (idleElapsed > idleSeconds + 5)
        broken.append(QStringLiteral("stage 3 ran %1 s instead of %2 s").arg(idleElapsed, 0, 'f', 1).arg(idleSeconds));

    std::printf("wall_charts: %d x %lld series x %lld points, 3840x2160\n", chartCount,
                static_cast<long long>(services.size()), static_cast<long long>(points));
    std::printf("wall_charts_full_frame: %.2f ms (median) — target %s (<= %.0f ms)\n", chartsFrame,
                chartsFrame <= kFrameTargetMs ? "met" : "FAILED", kFrameTargetMs);
    std::printf("wall_page_full_frame: %.2f ms (median) — target %s (<= %.0f ms)\n", pageFrame,
                pageFrame <= kFrameTargetMs ? "met" : "FAILED", kFrameTargetMs);
    std::printf("wall_idle_cpu: %.1f %% of a core over %.0f s (%d snapshots, %d chart paints) — target %s (<= %.0f %%)\n",
                idlePercent, idleSeconds, fed, counter.paints, idlePercent <= kIdleTargetPercent ? "met" : "FAILED",
                kIdleTargetPercent);
    for (const QString &problem : std::as_const(broken))
        std::fprintf(stderr, "bench_wall: not measured: %s\n", qPrintable(problem));
    return broken.isEmpty() ? 0 : 1;
}
