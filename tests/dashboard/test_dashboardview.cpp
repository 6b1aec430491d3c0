// DashboardView: live snapshots into tiles and charts (bounded memory), service filter by tile and
// Esc, charts kept in step when paused, history requests for long ranges answered from a real
// HistoryStore, stale answers ignored, errors in words, thresholds and exports.
#include "widgets/dashboard/chartstatusoverlay.h"
#include "widgets/dashboard/dashboardview.h"
#include "widgets/dashboard/metricchart.h"
#include "widgets/dashboard/servicetile.h"
#include "widgets/dashboard/sparkline.h"
#include "widgets/dashboard/thresholdlines.h"
#include "widgets/dashboard/timerangeselector.h"
#include "models/consoleschema.h"
#include "models/storage/database.h"
#include "models/metrics/dashboardseries.h"
#include "models/metrics/historystore.h"
#include "tests/dashboard/syntheticsnapshots.h"

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
constexpr qint64 hour = 60 * minute;
const QString gateway = QStringLiteral("payment_gateway");

void feed(DashboardView &view, qint64 from, int seconds, const QList<synthetic::DownPeriod> &downs = {})
{
    for (int i = 0; i < seconds; ++i)
        view.applySnapshot(synthetic::snapshotAt(from + i * 1000, downs));
}

} // namespace

class TestDashboardView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeRangeStrings_data();
    void timeRangeStrings();
    void showsTilesAndChartsInOrder();
    void tilesFollowOutageAndShadeIt();
    void liveChartsStayBounded();
    void filtersByTileAndEsc();
    void pausingOneChartPausesAll();
    void loadsLongRangesFromHistory();
    void backfillsMemoryWindowAtStart();
    void showsHistoryErrorsInWords();
    void appliesThresholds();
    void exportsCurrentChart();
    void customRangeIsFixed();
};

void TestDashboardView::timeRangeStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("durationMs");
    QTest::newRow("5m") << QStringLiteral("5m") << 5 * minute;
    QTest::newRow("1h") << QStringLiteral("1h") << hour;
    QTest::newRow("24h") << QStringLiteral("24h") << 24 * hour;
    QTest::newRow("30d") << QStringLiteral("30d") << 30 * 24 * hour;
    QTest::newRow("custom") << QStringLiteral("custom:1000-61000") << 60'000LL;
    QTest::newRow("garbage gives 15m") << QStringLiteral("nonsense") << 15 * minute;
}

void TestDashboardView::timeRangeStrings()
{
    QFETCH(QString, text);
    QFETCH(qint64, durationMs);
    const DashboardTimeRange range = DashboardTimeRange::fromString(text);
    QCOMPARE(range.durationMs(), durationMs);
    if (text != QStringLiteral("nonsense"))
        QCOMPARE(range.toString(), text);
    QCOMPARE(DashboardTimeRange::fromString(range.toString()), range);
    QVERIFY(!range.label().isEmpty());
}

void TestDashboardView::showsTilesAndChartsInOrder()
{
    DashboardView view;
    QCOMPARE(view.services(), synthetic::services());
    for (const QString &service : synthetic::services())
        QVERIFY(view.tile(service));
    QCOMPARE(view.charts().size(), 5);
    QCOMPARE(view.currentChart(), view.chart(DashboardView::Chart::Volume));
    QCOMPARE(view.chart(DashboardView::Chart::Volume)->graphCount(), 4);
    QCOMPARE(view.chart(DashboardView::Chart::ResponseTime)->graphCount(), 3);
    QCOMPARE(view.chart(DashboardView::Chart::Memory)->yAxis->label(), QStringLiteral("MiB"));
    QCOMPARE(view.chart(DashboardView::Chart::ResponseTime)->yAxis->label(), QStringLiteral("ms"));
    QCOMPARE(view.chart(DashboardView::Chart::FailureRatio)->yAxis->label(), QStringLiteral("%"));
    // A service the dashboard did not know about gets a tile.
    MetricsSnapshot snapshot = synthetic::snapshotAt(t0);
    snapshot.services.append({QStringLiteral("payment_reports"), ServiceState::State::Up, {}, t0, 1, 1});
    view.applySnapshot(snapshot);
    QVERIFY(view.tile(QStringLiteral("payment_reports")));
    QCOMPARE(view.services().constLast(), QStringLiteral("payment_reports"));
}

void TestDashboardView::tilesFollowOutageAndShadeIt()
{
    DashboardView view;
    const QList<synthetic::DownPeriod> downs{{gateway, t0 + 60'000, t0 + 120'000, QStringLiteral("connection refused")}};
    feed(view, t0, 90, downs);
    ServiceTile *tile = view.tile(gateway);
    QCOMPARE(tile->state(), ServiceState::State::Down);
    QVERIFY(tile->toolTip().contains(QStringLiteral("connection refused")));
    MetricChart *volume = view.chart(DashboardView::Chart::Volume);
    QCOMPARE(volume->downSpans().size(), 1);
    QCOMPARE(volume->downSpans().constFirst().fromMs, t0 + 60'000);
    QVERIFY(volume->downSpans().constFirst().ongoing);
    // The gateway's line has a gap while it is down.
    const int gatewayIndex = int(synthetic::services().indexOf(gateway));
    QVERIFY(std::isnan(volume->seriesPoints(gatewayIndex).constLast().value));

    feed(view, t0 + 90'000, 60, downs);
    QCOMPARE(tile->state(), ServiceState::State::Up);
    QCOMPARE(volume->downSpans().size(), 1);
    QCOMPARE(volume->downSpans().constFirst().toMs, t0 + 120'000);
    QVERIFY(!volume->downSpans().constFirst().ongoing);
    view.flushCharts();
    QCOMPARE(volume->shadedSpanCount(), 1);
}

void TestDashboardView::liveChartsStayBounded()
{
    DashboardView view;
    view.setMemoryWindowMs(10 * minute);
    view.setTimeRange(DashboardTimeRange::preset(DashboardTimeRange::Preset::Last5Minutes));
    MetricChart *volume = view.chart(DashboardView::Chart::Volume);
    int largest = 0;
    for (int block = 0; block < 6; ++block) {
        feed(view, t0 + block * 5 * minute, 300);
        view.flushCharts();
        largest = std::max(largest, volume->pointCount(0));
    }
    // The model keeps the 10-minute memory window; the chart only its 5 minutes and a margin.
    const SeriesKey frontendTps(DerivedMetricId::Tps, QStringLiteral("payment_frontend"));
    QCOMPARE(view.data().memoryPoints(frontendTps, std::numeric_limits<qint64>::min()).size(), 601);
    QVERIFY2(largest <= 451, qPrintable(QString::number(largest)));
    QVERIFY(volume->followsLive());
    const double to = volume->visibleToMs();
    QVERIFY(to >= double(t0 + 30 * minute - 1000) && to < double(t0 + 30 * minute - 1000) + 5 * minute / 50.0);
    QVERIFY(double(volume->seriesPoints(0).constFirst().timestampMs) <= volume->visibleFromMs());
    // Filtering rebuilds from the model: the visible 5 minutes and a quarter of a window before.
    view.setServiceFilter(gateway);
    QVERIFY2(volume->pointCount(0) >= 301 && volume->pointCount(0) <= 376,
             qPrintable(QString::number(volume->pointCount(0))));
    QVERIFY(double(volume->seriesPoints(0).constFirst().timestampMs) <= volume->visibleFromMs());
}

void TestDashboardView::filtersByTileAndEsc()
{
    DashboardView view;
    view.resize(1600, 900);
    view.show();
    feed(view, t0, 10);
    QSignalSpy spy(&view, &DashboardView::serviceFilterChanged);
    ServiceTile *tile = view.tile(gateway);
    QTest::mouseClick(tile, Qt::LeftButton, {}, tile->rect().center());
    QCOMPARE(view.serviceFilter(), gateway);
    QCOMPARE(spy.count(), 1);
    QVERIFY(tile->isSelected());
    MetricChart *volume = view.chart(DashboardView::Chart::Volume);
    QCOMPARE(volume->graphCount(), 1);
    QCOMPARE(volume->graph(0)->name(), gateway);
    QCOMPARE(volume->pointCount(0), 10);
    QVERIFY(view.chart(DashboardView::Chart::ResponseTime)->title().contains(gateway));
    QCOMPARE(view.chart(DashboardView::Chart::ResponseTime)->series().at(1).key,
             SeriesKey(QStringLiteral("latency_p95"), gateway));

    // Clicking again shows all; so does Esc.
    QTest::mouseClick(tile, Qt::LeftButton, {}, tile->rect().center());
    QCOMPARE(view.serviceFilter(), QString());
    QTest::mouseClick(tile, Qt::LeftButton, {}, tile->rect().center());
    QCOMPARE(view.serviceFilter(), gateway);
    QTest::keyClick(tile, Qt::Key_Escape);
    QCOMPARE(view.serviceFilter(), QString());
    QVERIFY(!tile->isSelected());
    QCOMPARE(volume->graphCount(), 4);
    QCOMPARE(volume->pointCount(3), 10);
}

void TestDashboardView::pausingOneChartPausesAll()
{
    DashboardView view;
    view.resize(1600, 900);
    view.show();
    feed(view, t0, 300);
    view.flushCharts();
    MetricChart *volume = view.chart(DashboardView::Chart::Volume);
    MetricChart *memory = view.chart(DashboardView::Chart::Memory);
    volume->panBy(-0.25);
    for (MetricChart *chart : view.charts()) {
        QVERIFY(!chart->followsLive());
        QCOMPARE(chart->visibleToMs(), volume->visibleToMs());
    }
    QVERIFY(memory->followLiveButton()->isVisibleTo(memory));
    QTest::mouseClick(memory->followLiveButton(), Qt::LeftButton);
    for (MetricChart *chart : view.charts())
        QVERIFY(chart->followsLive());
}

void TestDashboardView::backfillsMemoryWindowAtStart()
{
    // After a restart the charts and sparklines show what the history recorded, not an empty plot.
    DashboardView view;
    const qint64 now = t0 + hour;
    view.setClock([now] { return now; });
    view.setServices({QStringLiteral("payment_frontend"), QStringLiteral("payment_gateway")});
    QSignalSpy requests(&view, &DashboardView::historyRequested);
    view.backfillFromHistory();
    QCOMPARE(requests.count(), 1);
    const quint64 id = requests.at(0).at(0).value<quint64>();
    const QList<SeriesKey> series = requests.at(0).at(1).value<HistoryQuery>().series;
    QCOMPARE(requests.at(0).at(1).value<HistoryQuery>().toMs, now);
    QVERIFY(requests.at(0).at(1).value<HistoryQuery>().fromMs < now - 10 * minute);

    QList<HistoryRead> reads; // ten minutes of TPS, a point every 5 s, for every service
    for (const SeriesKey &key : series) {
        HistoryRead read;
        if (key.metric == QStringLiteral("tps") && !key.service.isEmpty()) {
            for (qint64 t = now - 10 * minute; t < now; t += 5000)
                read.points.append({t, 42.0});
        }
        reads.append(read);
    }
    view.historyLoaded(id, series, reads);
    view.flushCharts();
    QCOMPARE(view.chart(DashboardView::Chart::Volume)->pointCount(0), 120);
    QCOMPARE(view.tile(QStringLiteral("payment_gateway"))->sparkline()->points().size(), 120);
}

void TestDashboardView::loadsLongRangesFromHistory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DashboardView view;
    view.setMemoryWindowMs(10 * minute);
    const qint64 now = (t0 + 24 * hour) / minute * minute; // whole minutes: roll-up buckets start at `from`
    const qint64 start = now - 119'000;
    feed(view, start, 120);

    QSignalSpy requests(&view, &DashboardView::historyRequested);
    view.setTimeRange(DashboardTimeRange::preset(DashboardTimeRange::Preset::Last24Hours));
    QCOMPARE(requests.count(), 1);
    const quint64 id = requests.at(0).at(0).value<quint64>();
    const QList<SeriesKey> series = requests.at(0).at(1).value<HistoryQuery>().series;
    QCOMPARE(requests.at(0).at(1).value<HistoryQuery>().fromMs, now - 24 * hour);
    QCOMPARE(requests.at(0).at(1).value<HistoryQuery>().toMs, now);
    QCOMPARE(series, view.historySeries());
    QVERIFY(series.contains(SeriesKey(QStringLiteral("tps"), gateway)));
    QVERIFY(series.contains(SeriesKey(QStringLiteral("up"), gateway)));
    QVERIFY(series.contains(SeriesKey(QStringLiteral("latency_p99"))));
    QVERIFY(view.isLoadingHistory());
    for (MetricChart *chart : view.charts())
        QVERIFY(chart->isLoading());

    // A day of history, every 5 minutes, with the gateway down from 03:00 to 04:00.
    Database database(ConsoleSchema::databaseOptions());
    QVERIFY(!database.open(dir.filePath(QStringLiteral("history.db"))));
    HistoryStore store;
    QVERIFY(!store.open(database));
    QStringList names; // as the history file names them
    for (const SeriesKey &key : series)
        names.append(key.toString());
    QHash<QString, int> ids;
    for (const QString &name : names)
        ids.insert(name, store.seriesId(name).id);
    const qint64 from = now - 24 * hour;
    const QString gatewayUp = SeriesKey(QStringLiteral("up"), gateway).toString();
    for (qint64 t = from; t < start; t += 5 * minute) {
        QList<HistorySample> cycle;
        for (const QString &name : names) {
            double value = 1.0 + double((t - from) / minute % 60);
            if (name.startsWith(QStringLiteral("up{")))
                value = (name == gatewayUp && t >= from + 3 * hour && t < from + 4 * hour) ? 0.0 : 1.0;
            cycle.append({ids.value(name), t, value});
        }
        QVERIFY(!store.append(cycle));
    }
    QList<HistoryRead> reads;
    for (const QString &name : names)
        reads.append(store.read(database.connection(), name, from, now, HistoryRead::Resolution::Minute));
    QVERIFY(!reads.constFirst().error);
    QCOMPARE(reads.constFirst().points.size(), 288);

    // An answer to an older request changes nothing.
    view.historyLoaded(id + 7, series, reads);
    QVERIFY(view.isLoadingHistory());

    view.historyLoaded(id, series, reads);
    QVERIFY(!view.isLoadingHistory());
    MetricChart *volume = view.chart(DashboardView::Chart::Volume);
    QVERIFY(!volume->isLoading());
    QVERIFY(!volume->statusOverlay()->isVisible());
    // 288 points of history and the 120 snapshots in memory after them.
    QCOMPARE(volume->pointCount(0), 288 + 120);
    QCOMPARE(volume->seriesPoints(0).constFirst().timestampMs, from);
    QCOMPARE(volume->seriesPoints(0).constLast().timestampMs, now);
    QCOMPARE(volume->downSpans().size(), 1);
    QCOMPARE(volume->downSpans().constFirst().fromMs, from + 3 * hour);
    QCOMPARE(volume->downSpans().constFirst().toMs, from + 4 * hour);
    QVERIFY(volume->followsLive());
    QCOMPARE(volume->windowMs(), 24 * hour);

    // Live snapshots keep arriving on top of the history.
    feed(view, now + 1000, 5);
    QCOMPARE(volume->pointCount(0), 288 + 125);
    // Filtering needs no new request: every service was loaded.
    view.setServiceFilter(gateway);
    QCOMPARE(requests.count(), 1);
    QCOMPARE(volume->pointCount(0), 288 + 125);
    view.flushCharts();

    // Back to a short range: from memory, nothing requested, nothing loading.
    view.setTimeRange(DashboardTimeRange::preset(DashboardTimeRange::Preset::Last5Minutes));
    QCOMPARE(requests.count(), 1);
    QVERIFY(!view.isLoadingHistory());
    QCOMPARE(volume->pointCount(0), 125);
}

void TestDashboardView::showsHistoryErrorsInWords()
{
    DashboardView view;
    feed(view, t0, 5);
    QSignalSpy requests(&view, &DashboardView::historyRequested);
    view.setTimeRange(DashboardTimeRange::preset(DashboardTimeRange::Preset::Last7Days));
    QCOMPARE(requests.count(), 1);
    const quint64 id = requests.at(0).at(0).value<quint64>();
    const QList<SeriesKey> series = requests.at(0).at(1).value<HistoryQuery>().series;
    QList<HistoryRead> reads(series.size());
    reads[0].error = QStringLiteral("disk I/O error");
    view.historyLoaded(id, series, reads);
    QVERIFY(!view.isLoadingHistory());
    MetricChart *chart = view.chart(DashboardView::Chart::Cpu);
    QVERIFY(!chart->isLoading());
    QVERIFY2(chart->errorText().contains(QStringLiteral("disk I/O error")), qPrintable(chart->errorText()));
    QVERIFY(chart->statusOverlay()->text().contains(QStringLiteral("disk I/O error")));

    // A new range clears the message.
    view.setTimeRange(DashboardTimeRange::preset(DashboardTimeRange::Preset::Last15Minutes));
    QVERIFY(chart->errorText().isEmpty());
}

void TestDashboardView::appliesThresholds()
{
    DashboardView view;
    MetricChart *response = view.chart(DashboardView::Chart::ResponseTime);
    MetricChart *failures = view.chart(DashboardView::Chart::FailureRatio);
    MetricChart *cpu = view.chart(DashboardView::Chart::Cpu);
    MetricChart *memory = view.chart(DashboardView::Chart::Memory);
    QCOMPARE(response->thresholds().warning(), 800.0);
    QCOMPARE(response->thresholds().critical(), 2000.0);
    QCOMPARE(failures->thresholds().warning(), 2.0);
    QCOMPARE(failures->thresholds().critical(), 5.0);
    QCOMPARE(cpu->thresholds().warning(), 80.0);
    QVERIFY(!memory->thresholds().warning());
    QVERIFY(!memory->thresholds().warningLine()->visible());

    DashboardThresholds thresholds = DashboardThresholds::defaults();
    thresholds.set(QStringLiteral("cpu_percent"), {60.0, std::nullopt});
    thresholds.set(QStringLiteral("memory_bytes"), {std::nullopt, 1024.0 * 1024 * 1024});
    view.setThresholds(thresholds);
    QCOMPARE(cpu->thresholds().warning(), 60.0);
    QVERIFY(!cpu->thresholds().critical());
    QVERIFY(!cpu->thresholds().criticalLine()->visible());
    QCOMPARE(memory->thresholds().critical(), 1024.0);
    QVERIFY(memory->thresholds().criticalLine()->visible());
    // Filtering keeps them.
    view.setServiceFilter(gateway);
    QCOMPARE(cpu->thresholds().warning(), 60.0);
}

void TestDashboardView::exportsCurrentChart()
{
    QTemporaryDir dir;
    DashboardView view;
    view.resize(1600, 900);
    feed(view, t0, 30);
    view.setCurrentChart(view.chart(DashboardView::Chart::Cpu));
    const QString csv = dir.filePath(QStringLiteral("cpu.csv"));
    QCOMPARE(view.exportChart(csv), std::nullopt);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.value(0).contains(QStringLiteral("payment_gateway (%)")), qPrintable(lines.value(0)));
    QCOMPARE(lines.size(), 31);
    const QString png = dir.filePath(QStringLiteral("cpu.png"));
    QCOMPARE(view.exportChart(png, ChartExporter::Format::Png), std::nullopt);
    QVERIFY(!QImage(png).isNull());
    QVERIFY(view.exportChart(dir.filePath(QStringLiteral("cpu.txt"))).has_value());
}

void TestDashboardView::customRangeIsFixed()
{
    DashboardView view;
    feed(view, t0, 60);
    QSignalSpy requests(&view, &DashboardView::historyRequested);
    const DashboardTimeRange range = DashboardTimeRange::custom(t0 - 2 * hour, t0 - hour);
    view.setTimeRange(range);
    QCOMPARE(view.timeRange(), range);
    QCOMPARE(view.timeRangeSelector()->range(), range);
    QCOMPARE(requests.count(), 1);
    QCOMPARE(requests.at(0).at(1).value<HistoryQuery>().fromMs, t0 - 2 * hour);
    QCOMPARE(requests.at(0).at(1).value<HistoryQuery>().toMs, t0 - hour);
    MetricChart *volume = view.chart(DashboardView::Chart::Volume);
    QVERIFY(!volume->isLiveMode());
    QCOMPARE(volume->visibleFromMs(), double(t0 - 2 * hour));
    // Live snapshots do not move it nor add to it.
    feed(view, t0 + 60'000, 10);
    QCOMPARE(volume->pointCount(0), 0);
    QCOMPARE(volume->visibleToMs(), double(t0 - hour));

    // The selector's preset buttons switch back.
    QSignalSpy changed(&view, &DashboardView::timeRangeChanged);
    view.timeRangeSelector()->presetButton(DashboardTimeRange::Preset::Last5Minutes)->click();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(view.timeRange().kind(), DashboardTimeRange::Preset::Last5Minutes);
    QVERIFY(volume->isLiveMode());
    QCOMPARE(volume->pointCount(0), 70);
}

QTEST_MAIN(TestDashboardView)
#include "test_dashboardview.moc"
