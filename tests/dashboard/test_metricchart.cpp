// MetricChart: points per series in display units, trimming to the retention, stacking, follow
// live (pauses on pan/zoom, resumes), thresholds, down-time shading, crosshair text and exports.
#include "widgets/dashboard/chartcrosshair.h"
#include "widgets/dashboard/chartexporter.h"
#include "widgets/dashboard/chartunit.h"
#include "widgets/dashboard/localedatetimeticker.h"
#include "widgets/dashboard/metricchart.h"
#include "widgets/dashboard/replotscheduler.h"
#include "widgets/dashboard/thresholdlines.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace payops;

namespace {

constexpr qint64 t0 = 1'700'000'000'000;
constexpr qint64 minute = 60'000;

// Times go through seconds-as-double keys: equal to well within a millisecond.
bool near(double a, double b)
{
    return std::abs(a - b) < 0.5;
}

// A live chart's right end: at the newest time, rounded up by less than a pixel's worth.
bool endsAt(const MetricChart &chart, qint64 ms)
{
    const double to = chart.visibleToMs();
    return to >= double(ms) - 0.5 && to - double(ms) < (to - chart.visibleFromMs()) / 50.0;
}

QList<ChartSeries> twoServices()
{
    return {{SeriesKey(DerivedMetricId::Tps, QStringLiteral("a")), QStringLiteral("a"), Qt::blue},
            {SeriesKey(DerivedMetricId::Tps, QStringLiteral("b")), QStringLiteral("b"), Qt::magenta}};
}

} // namespace

class TestMetricChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chartUnits_data();
    void chartUnits();
    void getsPointsInDisplayUnits();
    void holdsOnlyTheLiveWindow();
    void asksItsSourceBeyondWhatItHolds();
    void replacesDataAndStacks();
    void followLivePausesOnPanAndResumes();
    void keyboardZoomPansAndResets();
    void fixedRangeDoesNotPause();
    void drawsThresholds();
    void keepsLabelsWholeAndApart();
    void shadesDownSpans();
    void crosshairShowsValues();
    void exportsPngPdfCsv();
    void schedulerReplotsDirtyChartsOnly();
    void tickLabelsUseLocale();

private:
    static void fill(MetricChart &chart, qint64 from, int seconds);
};

void TestMetricChart::keepsLabelsWholeAndApart()
{
    // A narrow chart of four long names: the legend wraps instead of cutting them.
    MetricChart chart;
    chart.resize(520, 360);
    QList<ChartSeries> series;
    for (const char *name : {"payment_frontend", "payment_gateway", "payment_backend", "payment_callback"})
        series.append({SeriesKey(DerivedMetricId::FailureRatio, QString::fromLatin1(name)), QString::fromLatin1(name), Qt::blue});
    chart.setSeries(series);
    chart.setUnit(ChartUnit::forMetric(QStringLiteral("failure_ratio")));
    // 2 % and 5 % on an axis up to 100 %: the lines are a few pixels apart.
    chart.setThresholds(0.02, 0.05);
    chart.appendRow(t0, {1.0, 0.5, 0.2, 0.01});
    chart.appendRow(t0 + 1000, {1.0, 0.5, 0.2, 0.01});
    chart.show();
    chart.flush(QCustomPlot::rpImmediateRefresh);
    chart.flush(QCustomPlot::rpImmediateRefresh);
    chart.markDirty();
    chart.flush(QCustomPlot::rpImmediateRefresh);
    QVERIFY(chart.legend->wrap() < 4);
    const QFontMetrics metrics(chart.legend->font());
    int items = 0;
    for (int i = 0; i < chart.legend->itemCount(); ++i) {
        auto *item = qobject_cast<QCPPlottableLegendItem *>(chart.legend->item(i));
        if (!item)
            continue; // an empty cell of the wrapped grid
        ++items;
        QVERIFY2(item->outerRect().right() <= chart.width(), qPrintable(QString::number(i)));
        QVERIFY(item->outerRect().width() >= metrics.horizontalAdvance(item->plottable()->name()));
    }
    QCOMPARE(items, 4);
    // The warning label stands beside the critical one, not on it.
    const auto rectOf = [](const QCPItemText *label) {
        return QRectF(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition()).normalized();
    };
    const QRectF warning = rectOf(chart.thresholds().warningLabel());
    const QRectF critical = rectOf(chart.thresholds().criticalLabel());
    QVERIFY(warning.width() > 10 && critical.width() > 10);
    QVERIFY2(!warning.intersects(critical), qPrintable(QStringLiteral("%1,%2 %3x%4 vs %5,%6")
                                                           .arg(warning.x()).arg(warning.y()).arg(warning.width())
                                                           .arg(warning.height()).arg(critical.x()).arg(critical.y())));
}

void TestMetricChart::fill(MetricChart &chart, qint64 from, int seconds)
{
    for (int i = 0; i < seconds; ++i)
        chart.appendRow(from + i * 1000, {double(i % 100), 2.0 * (i % 100)});
}

void TestMetricChart::chartUnits_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<double>("canonical");
    QTest::addColumn<double>("display");
    QTest::addColumn<QString>("unit");
    QTest::newRow("tps") << QStringLiteral("tps") << 12.5 << 12.5 << QStringLiteral("tx/s");
    QTest::newRow("ratio") << QStringLiteral("failure_ratio") << 0.02 << 2.0 << QStringLiteral("%");
    QTest::newRow("latency") << QStringLiteral("latency_p95") << 0.25 << 250.0 << QStringLiteral("ms");
    QTest::newRow("cpu") << QStringLiteral("cpu_percent") << 75.0 << 75.0 << QStringLiteral("%");
    QTest::newRow("memory") << QStringLiteral("memory_bytes") << 512.0 * 1024 * 1024 << 512.0 << QStringLiteral("MiB");
    QTest::newRow("unknown") << QStringLiteral("whatever") << 3.0 << 3.0 << QString();
}

void TestMetricChart::chartUnits()
{
    QFETCH(QString, metric);
    QFETCH(double, canonical);
    QFETCH(double, display);
    QFETCH(QString, unit);
    const ChartUnit chartUnit = ChartUnit::forMetric(metric);
    QCOMPARE(chartUnit.toDisplay(canonical), display);
    QCOMPARE(chartUnit.toCanonical(display), canonical);
    QCOMPARE(chartUnit.unit(), unit);
}

void TestMetricChart::getsPointsInDisplayUnits()
{
    MetricChart chart;
    chart.setUnit(ChartUnit::forMetric(QStringLiteral("latency_p95")));
    chart.setSeries(twoServices());
    QCOMPARE(chart.graphCount(), 2);
    QCOMPARE(chart.graph(0)->name(), QStringLiteral("a"));
    QCOMPARE(chart.yAxis->label(), QStringLiteral("ms"));
    chart.appendRow(t0, {0.1, 0.2});
    chart.appendRow(t0 + 1000, {0.15, qQNaN()});
    QCOMPARE(chart.pointCount(0), 2);
    QCOMPARE(chart.pointCount(1), 2);
    QCOMPARE(chart.graph(0)->data()->at(0)->value, 100.0);
    QCOMPARE(chart.graph(0)->data()->at(0)->key, double(t0) / 1000.0);
    QVERIFY(std::isnan(chart.graph(1)->data()->at(1)->value)); // a gap
    const QList<SeriesPoint> points = chart.seriesPoints(0);
    QCOMPARE(points.size(), 2);
    QCOMPARE(points[1].timestampMs, t0 + 1000);
    QCOMPARE(points[1].value, 0.15);
    QVERIFY(chart.isDirty());
    chart.flush();
    QVERIFY(!chart.isDirty());
}

void TestMetricChart::holdsOnlyTheLiveWindow()
{
    MetricChart chart;
    chart.setSeries(twoServices());
    chart.setLiveWindow(5 * minute);
    // Two hours at 1 s: the chart holds its 5-minute window and at most half a window before it.
    int largest = 0;
    for (int block = 0; block < 12; ++block) {
        fill(chart, t0 + block * 10 * minute, 600);
        chart.flush();
        largest = std::max(largest, chart.pointCount(0));
    }
    QVERIFY2(largest <= 451, qPrintable(QString::number(largest)));
    QCOMPARE(chart.pointCount(1), chart.pointCount(0));
    const QList<SeriesPoint> points = chart.seriesPoints(1);
    QCOMPARE(points.constLast().timestampMs, t0 + 12 * 10 * minute - 1000);
    // Everything visible is held.
    QVERIFY(double(points.constFirst().timestampMs) <= chart.visibleFromMs());
    // Follows the newest data: the visible range ends there, 5 minutes wide.
    QVERIFY(endsAt(chart, points.constLast().timestampMs));
    QVERIFY(near(chart.visibleToMs() - chart.visibleFromMs(), double(5 * minute)));
}

void TestMetricChart::asksItsSourceBeyondWhatItHolds()
{
    // The model holds an hour at 1 s; the chart holds what it shows and asks for more on zoom.
    QList<SeriesPoint> hour;
    for (qint64 i = 0; i < 3600; ++i)
        hour.append({t0 + i * 1000, double(i)});
    const qint64 newest = hour.constLast().timestampMs;
    int asked = 0;
    MetricChart chart;
    chart.resize(800, 400);
    chart.setSeries({twoServices().constFirst()});
    chart.setPointSource([&](const SeriesKey &key, qint64 fromMs, qint64 toMs) {
        ++asked;
        QList<SeriesPoint> points;
        if (key != twoServices().constFirst().key)
            return points;
        for (const SeriesPoint &point : std::as_const(hour)) {
            if (point.timestampMs >= fromMs && point.timestampMs <= toMs)
                points.append(point);
        }
        return points;
    });
    chart.setLiveWindow(5 * minute);
    chart.setLiveEdge(newest);
    chart.reload();
    QCOMPARE(asked, 1);
    QVERIFY2(chart.pointCount(0) >= 301 && chart.pointCount(0) <= 376, qPrintable(QString::number(chart.pointCount(0))));
    chart.flush();
    QCOMPARE(asked, 1); // what is shown is held: nothing asked again

    // Live rows continue what is held, without asking.
    hour.append({newest + 1000, 3600.0});
    chart.appendRow(newest + 1000, {3600.0});
    chart.setLiveEdge(newest + 1000);
    chart.flush();
    QCOMPARE(asked, 1);
    QCOMPARE(chart.seriesPoints(0).constLast().value, 3600.0);

    // Zooming out to 20 minutes needs more than is held: asked once, all of it there.
    chart.zoomBy(4.0);
    QCOMPARE(asked, 2);
    QVERIFY(!chart.followsLive());
    const qint64 from = qint64(chart.visibleFromMs());
    const qint64 to = qint64(chart.visibleToMs());
    QVERIFY(to - from > 19 * minute);
    const auto inView = std::count_if(hour.cbegin(), hour.cend(), [&](const SeriesPoint &point) {
        return point.timestampMs >= from && point.timestampMs <= to;
    });
    QVERIFY(inView > 600);
    QCOMPARE(chart.seriesPoints(0, from, to).size(), inView);
    QCOMPARE(chart.seriesPoints(0).constLast().timestampMs, newest + 1000);

    // Paused: new rows far to the right are not held; following again asks for them.
    for (qint64 i = 2; i < 1000; ++i) {
        hour.append({newest + i * 1000, double(3599 + i)});
        chart.appendRow(newest + i * 1000, {double(3599 + i)});
    }
    QVERIFY(chart.seriesPoints(0).constLast().timestampMs < newest + 999'000);
    chart.setLiveEdge(newest + 999'000);
    chart.setFollowLive(true);
    QCOMPARE(asked, 3);
    QCOMPARE(chart.seriesPoints(0).constLast().timestampMs, newest + 999'000);
    QVERIFY(chart.pointCount(0) <= 1501);
}

void TestMetricChart::replacesDataAndStacks()
{
    MetricChart chart;
    chart.setSeries(twoServices());
    chart.setSeriesData({{{t0, 1.0}, {t0 + 2000, 3.0}}, {{t0 + 1000, 10.0}, {t0 + 2000, 20.0}}});
    QCOMPARE(chart.pointCount(0), 2);
    QCOMPARE(chart.pointCount(1), 2);

    chart.setStacked(true);
    // Stacked: the union of times; b stacks on a (a holds its value until its next point).
    QCOMPARE(chart.pointCount(0), 3);
    QCOMPARE(chart.pointCount(1), 3);
    QCOMPARE(chart.graph(1)->data()->at(1)->value, 1.0 + 10.0);
    QCOMPARE(chart.graph(1)->data()->at(2)->value, 3.0 + 20.0);
    QCOMPARE(chart.graph(1)->channelFillGraph(), chart.graph(0));
    QCOMPARE(chart.seriesPoints(1).at(2).value, 20.0); // raw values back out
    chart.appendRow(t0 + 3000, {4.0, 5.0});
    QCOMPARE(chart.graph(1)->data()->at(3)->value, 9.0);
    QCOMPARE(chart.seriesPoints(1).constLast().value, 5.0);
    QVERIFY(chart.valuesAt(t0 + 3000).contains(QStringLiteral("b: 5")));

    chart.setStacked(false);
    QCOMPARE(chart.graph(1)->data()->at(3)->value, 5.0);
    QCOMPARE(chart.graph(1)->channelFillGraph(), nullptr);
}

void TestMetricChart::followLivePausesOnPanAndResumes()
{
    MetricChart chart;
    chart.resize(800, 400);
    chart.show();
    chart.setSeries(twoServices());
    chart.setLiveWindow(5 * minute);
    fill(chart, t0, 600);
    chart.setLiveEdge(t0 + 599'000);
    chart.flush();
    QVERIFY(chart.followsLive());
    QVERIFY(!chart.followLiveButton()->isVisibleTo(&chart));
    QVERIFY(endsAt(chart, t0 + 599'000));

    QSignalSpy follow(&chart, &MetricChart::followLiveChanged);
    QSignalSpy user(&chart, &MetricChart::userRangeChanged);
    // The operator drags the plot back by a minute (what QCPAxisRect does on a drag).
    chart.xAxis->moveRange(-60.0);
    QVERIFY(!chart.followsLive());
    QCOMPARE(follow.count(), 1);
    QCOMPARE(follow.at(0).at(0).toBool(), false);
    QCOMPARE(user.count(), 1);
    QVERIFY(chart.followLiveButton()->isVisibleTo(&chart));
    QVERIFY(chart.followLiveButton()->text().contains(QStringLiteral("follow live")));

    // New data does not move a paused chart.
    const double pausedTo = chart.visibleToMs();
    fill(chart, t0 + 600'000, 30);
    chart.setLiveEdge(t0 + 629'000);
    chart.flush();
    QCOMPARE(chart.visibleToMs(), pausedTo);

    // The button resumes following.
    QTest::mouseClick(chart.followLiveButton(), Qt::LeftButton);
    QVERIFY(chart.followsLive());
    QCOMPARE(follow.count(), 2);
    QVERIFY(endsAt(chart, t0 + 629'000));
    QVERIFY(!chart.followLiveButton()->isVisibleTo(&chart));
}

void TestMetricChart::keyboardZoomPansAndResets()
{
    MetricChart chart;
    chart.resize(800, 400);
    chart.show();
    chart.setSeries(twoServices());
    chart.setLiveWindow(10 * minute);
    fill(chart, t0, 600);
    chart.flush();
    const double width = chart.visibleToMs() - chart.visibleFromMs();

    QTest::keyClick(&chart, Qt::Key_Plus);
    QVERIFY(!chart.followsLive());
    QVERIFY(chart.visibleToMs() - chart.visibleFromMs() < width);
    QTest::keyClick(&chart, Qt::Key_Minus);
    QTest::keyClick(&chart, Qt::Key_Minus);
    QVERIFY(chart.visibleToMs() - chart.visibleFromMs() > width);
    const double to = chart.visibleToMs();
    QTest::keyClick(&chart, Qt::Key_Left);
    QVERIFY(chart.visibleToMs() < to);
    QTest::keyClick(&chart, Qt::Key_Home);
    QVERIFY(chart.followsLive());
    QVERIFY(near(chart.visibleToMs() - chart.visibleFromMs(), width));
    // Zooming in never goes below 10 seconds.
    for (int i = 0; i < 40; ++i)
        chart.zoomBy(0.5);
    QVERIFY(chart.visibleToMs() - chart.visibleFromMs() >= 9999.0);
    // Double-click resets too.
    QTest::mouseDClick(&chart, Qt::LeftButton, {}, chart.rect().center());
    QVERIFY(chart.followsLive());
}

void TestMetricChart::fixedRangeDoesNotPause()
{
    MetricChart chart;
    chart.setSeries(twoServices());
    chart.setFixedRange(t0, t0 + 10 * minute);
    fill(chart, t0, 600);
    chart.flush();
    QCOMPARE(chart.visibleFromMs(), double(t0));
    chart.panBy(0.5);
    QVERIFY(!chart.followsLive());
    QVERIFY(!chart.followLiveButton()->isVisibleTo(&chart));
    chart.resetView();
    QCOMPARE(chart.visibleFromMs(), double(t0));
    QCOMPARE(chart.visibleToMs(), double(t0 + 10 * minute));
}

void TestMetricChart::drawsThresholds()
{
    MetricChart chart;
    chart.setUnit(ChartUnit::forMetric(QStringLiteral("latency_p95")));
    chart.setSeries({{SeriesKey(DerivedMetricId::LatencyP95), QStringLiteral("p95"), Qt::blue}});
    chart.setThresholds(0.5, 1.0);
    QVERIFY(chart.thresholds().warningLine()->visible());
    QVERIFY(chart.thresholds().criticalLine()->visible());
    QCOMPARE(chart.thresholds().warningLine()->point1->value(), 500.0);
    QCOMPARE(chart.thresholds().criticalLine()->point1->value(), 1000.0);
    QCOMPARE(chart.thresholds().warningLine()->pen().style(), Qt::DashLine);
    QVERIFY(chart.thresholds().warningLine()->pen().color() != chart.thresholds().criticalLine()->pen().color());

    // Data near the warning level brings it into view; far below, the axis fits the data.
    chart.setLiveWindow(5 * minute);
    chart.appendRow(t0, {0.35});
    chart.flush();
    QVERIFY(chart.yAxis->range().upper >= 500.0);
    chart.setSeriesData({{{t0, 0.05}}});
    chart.flush();
    QVERIFY(chart.yAxis->range().upper < 100.0);

    chart.setThresholds(std::nullopt, std::nullopt);
    QVERIFY(!chart.thresholds().warningLine()->visible());
    QVERIFY(!chart.thresholds().criticalLine()->visible());
}

void TestMetricChart::shadesDownSpans()
{
    MetricChart chart;
    chart.setSeries(twoServices());
    fill(chart, t0, 300);
    const QList<SeriesPoint> up{{t0, 1}, {t0 + 10'000, 0}, {t0 + 20'000, 0}, {t0 + 30'000, 1}, {t0 + 40'000, 0}};
    const QList<DownSpan> spans = DownSpan::fromUpSeries(QStringLiteral("b"), up, t0 + 50'000);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(spans[0].fromMs, t0 + 10'000);
    QCOMPARE(spans[0].toMs, t0 + 30'000);
    QVERIFY(!spans[0].ongoing);
    QCOMPARE(spans[1].toMs, t0 + 50'000);
    QVERIFY(spans[1].ongoing);
    chart.setDownSpans(spans);
    QCOMPARE(chart.shadedSpanCount(), 2);
    QVERIFY(chart.valuesAt(t0 + 15'000).contains(QStringLiteral("b down")));
    QVERIFY(!chart.valuesAt(t0 + 35'000).contains(QStringLiteral("down")));
    chart.setDownSpans({});
    QCOMPARE(chart.shadedSpanCount(), 0);
}

void TestMetricChart::crosshairShowsValues()
{
    MetricChart chart;
    chart.resize(800, 400);
    chart.show();
    chart.setUnit(ChartUnit::forMetric(QStringLiteral("latency_p95")));
    chart.setSeries(twoServices());
    chart.setLiveWindow(minute);
    for (int i = 0; i < 60; ++i)
        chart.appendRow(t0 + i * 1000, {0.245, 1.5});
    chart.flush();
    chart.replot();
    const QString text = chart.valuesAt(t0 + 30'000);
    QVERIFY2(text.contains(QStringLiteral("a: 245 ms")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("b: 1.50 s")), qPrintable(text));
    chart.crosshair().showAt(chart.axisRect()->rect().center());
    QVERIFY(chart.crosshair().isVisible());
    QVERIFY(chart.crosshair().text().contains(QStringLiteral("a: 245 ms")));
    chart.crosshair().hide();
    QVERIFY(!chart.crosshair().isVisible());
}

void TestMetricChart::exportsPngPdfCsv()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MetricChart chart;
    chart.resize(900, 450);
    chart.setTitle(QStringLiteral("Transaction volume"));
    chart.setUnit(ChartUnit::forMetric(QStringLiteral("tps")));
    chart.setSeries(twoServices());
    chart.setLiveWindow(minute);
    fill(chart, t0, 120); // 2 minutes, 1 visible

    const QString png = dir.filePath(QStringLiteral("chart.png"));
    QCOMPARE(ChartExporter::exportChart(chart, png, ChartExporter::Format::Png), std::nullopt);
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 900);

    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    QCOMPARE(ChartExporter::exportChart(chart, pdf, ChartExporter::Format::Pdf), std::nullopt);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5).startsWith("%PDF"));

    const QString csv = dir.filePath(QStringLiteral("chart.csv"));
    QCOMPARE(ChartExporter::exportChart(chart, csv, ChartExporter::Format::Csv), std::nullopt);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(csvFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("time_utc,timestamp_ms,a (tx/s),b (tx/s)"));
    QCOMPARE(lines.size(), 1 + 61); // the visible minute, both ends included
    const QStringList last = lines.constLast().split(QLatin1Char(','));
    QCOMPARE(last.value(1), QString::number(t0 + 119'000));
    QCOMPARE(last.value(2), QStringLiteral("19"));
    QCOMPARE(last.value(3), QStringLiteral("38"));
    QVERIFY(last.value(0).endsWith(QLatin1Char('Z')));

    QVERIFY(ChartExporter::exportChart(chart, dir.filePath(QStringLiteral("missing/dir/x.csv")),
                                       ChartExporter::Format::Csv)
                .has_value());
    QCOMPARE(ChartExporter::formatForPath(QStringLiteral("a.PDF")), ChartExporter::Format::Pdf);
    QCOMPARE(ChartExporter::formatForPath(QStringLiteral("a.txt")), std::nullopt);
}

void TestMetricChart::schedulerReplotsDirtyChartsOnly()
{
    MetricChart a;
    MetricChart b;
    a.setSeries(twoServices());
    b.setSeries(twoServices());
    ReplotScheduler scheduler;
    scheduler.addChart(&a);
    scheduler.addChart(&b);
    scheduler.tick();
    QVERIFY(!a.isDirty());
    QVERIFY(!b.isDirty());
    a.appendRow(t0, {1.0, 2.0});
    QCOMPARE(scheduler.tick(), 1);
    QCOMPARE(scheduler.tick(), 0);
}

void TestMetricChart::tickLabelsUseLocale()
{
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    const double key = double(QDateTime(QDate(2024, 3, 5), QTime(0, 0)).toMSecsSinceEpoch()) / 1000.0;
    QCOMPARE(LocaleDateTimeTicker::labelFor(key, 86400.0, 7 * 86400.0, chinese),
             chinese.toString(QDate(2024, 3, 5), QLocale::ShortFormat));
    const QString timeOnly = LocaleDateTimeTicker::labelFor(key + 3600 * 13.5, 1800.0, 6 * 3600.0, QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(timeOnly, QStringLiteral("13:30"));
    const QString seconds = LocaleDateTimeTicker::labelFor(key + 3600 * 13.5 + 15, 30.0, 300.0, QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(seconds, QStringLiteral("13:30:15"));
}

QTEST_MAIN(TestMetricChart)
#include "test_metricchart.moc"
