// DashboardSeries without a widget: the memory window, history ranges merged in front of it,
// down-time spans kept point by point, gaps.
#include "models/metrics/dashboardseries.h"
#include "models/metrics/downspantracker.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 t0 = 1'700'000'000'000;
constexpr qint64 minute = 60'000;
const QString gateway = u"payment_gateway"_s;

MetricsSnapshot snapshot(qint64 at, double tps, ServiceState::State state = ServiceState::State::Up)
{
    MetricsSnapshot s;
    s.timestampMs = at;
    ServiceState service;
    service.service = gateway;
    service.state = state;
    s.services.append(service);
    if (state != ServiceState::State::Down)
        s.values.append({u"tps"_s, gateway, {}, tps, at});
    return s;
}

} // namespace

class TestDashboardSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tracksPerServiceAndTotals();
    void trimsToTheMemoryWindow();
    void mergesHistoryWithOverlap();
    void ignoresStaleAnswers();
    void rangeAskedBeforeTheSourceIsAskedOfIt();
    void backfillKeepsNewerLivePoints();
    void backfillFromANewerSourceKeepsOlderPoints();
    void breaksLinesAtGaps();
    void downSpansFromUpAndState();
    void incrementalDownSpansEqualRecomputed_data();
    void incrementalDownSpansEqualRecomputed();
};

void TestDashboardSeries::tracksPerServiceAndTotals()
{
    DashboardSeries data;
    data.setServices({gateway});
    const QList<SeriesKey> tracked = data.trackedSeries();
    QVERIFY(tracked.contains(SeriesKey(DerivedMetricId::Tps, gateway)));
    QVERIFY(tracked.contains(SeriesKey(DerivedMetricId::Up, gateway)));
    QVERIFY(tracked.contains(SeriesKey(DerivedMetricId::LatencyP99)));
    QVERIFY(!tracked.contains(SeriesKey(DerivedMetricId::Up)));
    // A service seen for the first time in a snapshot is added.
    MetricsSnapshot s = snapshot(t0, 5);
    s.services.append(ServiceState{});
    s.services.last().service = u"payment_new"_s;
    QVERIFY(data.append(s));
    QCOMPARE(data.services(), (QStringList{gateway, u"payment_new"_s}));
    QCOMPARE(data.latest(SeriesKey(DerivedMetricId::Tps, gateway)), 5.0);
    QVERIFY(std::isnan(data.latest(SeriesKey(DerivedMetricId::Tps))));
}

namespace {
// A history source that only remembers what it was asked.
class RecordingSource final : public HistorySource
{
public:
    void load(quint64 requestId, const HistoryQuery &query) override { asked.append({requestId, query.fromMs}); }
    QList<QPair<quint64, qint64>> asked;
};
} // namespace

void TestDashboardSeries::rangeAskedBeforeTheSourceIsAskedOfIt()
{
    DashboardSeries data;
    data.setServices({gateway});
    const quint64 id = data.requestRange(t0, t0 + 3600'000, false);
    QVERIFY(data.isLoading());
    RecordingSource source;
    data.setHistorySource(&source);
    QTRY_COMPARE(source.asked.size(), 1);
    QCOMPARE(source.asked.constFirst().first, id);
    QCOMPARE(source.asked.constFirst().second, t0);
}

void TestDashboardSeries::trimsToTheMemoryWindow()
{
    DashboardSeries data;
    data.setServices({gateway});
    data.setMemoryWindowMs(2 * minute);
    for (int i = 0; i <= 300; ++i)
        data.append(snapshot(t0 + i * 1000, i));
    const QList<SeriesPoint> points = data.points(SeriesKey(DerivedMetricId::Tps, gateway));
    QCOMPARE(points.size(), 121);
    QCOMPARE(points.constFirst().timestampMs, t0 + 180'000);
    QCOMPARE(points.constLast(), (SeriesPoint{t0 + 300'000, 300.0}));
    // Shrinking the window trims at once.
    data.setMemoryWindowMs(minute);
    QCOMPARE(data.points(SeriesKey(DerivedMetricId::Tps, gateway)).size(), 61);
}

void TestDashboardSeries::mergesHistoryWithOverlap()
{
    DashboardSeries data;
    data.setServices({gateway});
    data.setMemoryWindowMs(10 * minute);
    for (int i = 0; i < 60; ++i) // the last minute in memory
        data.append(snapshot(t0 + i * 1000, 100 + i));
    QSignalSpy requests(&data, &DashboardSeries::historyRequested);
    QSignalSpy loaded(&data, &DashboardSeries::rangeLoaded);
    const quint64 id = data.requestRange(t0 - 60 * minute, t0 + 59'000, true);
    QCOMPARE(requests.size(), 1);
    const HistoryQuery query = requests.at(0).at(1).value<HistoryQuery>();
    QCOMPARE(query.fromMs, t0 - 60 * minute);
    QVERIFY(data.isLoading());

    // The history overlaps memory by 30 s: the history wins up to its last point, memory after.
    QList<HistoryRead> reads(query.series.size());
    const qsizetype tps = query.series.indexOf(SeriesKey(DerivedMetricId::Tps, gateway));
    for (qint64 t = t0 - 60 * minute; t <= t0 + 30'000; t += 5000)
        reads[tps].points.append({t, 1.0});
    data.historyLoaded(id, query.series, reads);
    QCOMPARE(loaded.size(), 1);
    QVERIFY(loaded.at(0).at(0).toStringList().isEmpty());
    QVERIFY(!data.isLoading());
    const QList<SeriesPoint> points = data.points(SeriesKey(DerivedMetricId::Tps, gateway));
    QCOMPARE(points.size(), 727 + 29);
    QCOMPARE(points.at(726), (SeriesPoint{t0 + 30'000, 1.0}));
    QCOMPARE(points.at(727), (SeriesPoint{t0 + 31'000, 131.0}));
    for (qsizetype i = 1; i < points.size(); ++i)
        QVERIFY(points[i].timestampMs > points[i - 1].timestampMs);
    // Live points keep coming after the history.
    data.append(snapshot(t0 + 60'000, 7));
    QCOMPARE(data.points(SeriesKey(DerivedMetricId::Tps, gateway)).constLast(), (SeriesPoint{t0 + 60'000, 7.0}));
    // Back to memory only.
    data.showMemory();
    QCOMPARE(data.points(SeriesKey(DerivedMetricId::Tps, gateway)).size(), 61);
}

void TestDashboardSeries::ignoresStaleAnswers()
{
    DashboardSeries data;
    data.setServices({gateway});
    QSignalSpy requests(&data, &DashboardSeries::historyRequested);
    QSignalSpy loaded(&data, &DashboardSeries::rangeLoaded);
    const quint64 first = data.requestRange(t0 - 24 * 60 * minute, t0, true);
    const quint64 second = data.requestRange(t0 - 7 * 24 * 60 * minute, t0, true);
    const QList<SeriesKey> series = requests.at(1).at(1).value<HistoryQuery>().series;
    QList<HistoryRead> reads(series.size());
    reads[0].error = u"disk I/O error"_s;
    data.historyLoaded(first, series, reads);
    QCOMPARE(loaded.size(), 0);
    QVERIFY(data.isLoading());
    data.historyLoaded(second, series, reads);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.at(0).at(0).toStringList(), QStringList{u"disk I/O error"_s});
}

void TestDashboardSeries::backfillKeepsNewerLivePoints()
{
    DashboardSeries data;
    data.setServices({gateway});
    QSignalSpy requests(&data, &DashboardSeries::historyRequested);
    const quint64 id = data.backfill(t0);
    const HistoryQuery query = requests.at(0).at(1).value<HistoryQuery>();
    QCOMPARE(query.toMs, t0);
    QCOMPARE(query.fromMs, t0 - data.memoryWindowMs());
    data.append(snapshot(t0 + 1000, 9)); // arrives before the answer
    QList<HistoryRead> reads(query.series.size());
    const qsizetype tps = query.series.indexOf(SeriesKey(DerivedMetricId::Tps, gateway));
    for (qint64 t = t0 - 10 * minute; t < t0; t += 5000)
        reads[tps].points.append({t, 42.0});
    QSignalSpy backfilled(&data, &DashboardSeries::backfilled);
    data.historyLoaded(id, query.series, reads);
    QCOMPARE(backfilled.size(), 1);
    const QList<SeriesPoint> memory = data.memoryPoints(SeriesKey(DerivedMetricId::Tps, gateway), 0);
    QCOMPARE(memory.size(), 121);
    QCOMPARE(memory.constLast(), (SeriesPoint{t0 + 1000, 9.0}));
}

// A source switched to at run time (Prometheus that began scraping a minute ago) answers a backfill with
// less past than the window holds: the window's older points stay, the source's replace the rest.
void TestDashboardSeries::backfillFromANewerSourceKeepsOlderPoints()
{
    DashboardSeries data;
    data.setServices({gateway});
    for (int i = 0; i < 120; ++i) // two minutes polled directly
        data.append(snapshot(t0 + i * 1000, 5));
    QSignalSpy requests(&data, &DashboardSeries::historyRequested);
    const qint64 now = t0 + 120 * 1000;
    const quint64 id = data.backfill(now);
    const HistoryQuery query = requests.at(0).at(1).value<HistoryQuery>();
    QList<HistoryRead> reads(query.series.size());
    const qsizetype tps = query.series.indexOf(SeriesKey(DerivedMetricId::Tps, gateway));
    for (qint64 t = now - 30'000; t < now; t += 5000) // the new source has the last 30 s
        reads[tps].points.append({t, 7.0});
    data.historyLoaded(id, query.series, reads);
    const QList<SeriesPoint> memory = data.memoryPoints(SeriesKey(DerivedMetricId::Tps, gateway), 0);
    QCOMPARE(memory.constFirst(), (SeriesPoint{t0, 5.0}));
    // The 90 s before the source's first point, its six, and the four live points newer than its last.
    QCOMPARE(memory.size(), 90 + 6 + 4);
    QCOMPARE(memory.at(90), (SeriesPoint{now - 30'000, 7.0}));
    QCOMPARE(memory.at(95), (SeriesPoint{now - 5000, 7.0}));
    QCOMPARE(memory.constLast(), (SeriesPoint{now - 1000, 5.0}));
    QVERIFY(std::is_sorted(memory.cbegin(), memory.cend(),
                           [](const SeriesPoint &a, const SeriesPoint &b) { return a.timestampMs < b.timestampMs; }));
}

void TestDashboardSeries::breaksLinesAtGaps()
{
    DashboardSeries data;
    data.setServices({gateway});
    for (int i = 0; i < 30; ++i)
        data.append(snapshot(t0 + i * 1000, 1));
    for (int i = 0; i < 30; ++i) // the console was not running for ten minutes
        data.append(snapshot(t0 + 10 * minute + i * 1000, 2));
    const QList<SeriesPoint> points = data.points(SeriesKey(DerivedMetricId::Tps, gateway));
    QCOMPARE(points.size(), 61);
    QVERIFY(std::isnan(points.at(30).value));
    // A cycle without a value is a gap too (a NaN point), not a missing point.
    data.append(snapshot(t0 + 11 * minute, 0, ServiceState::State::Down));
    QVERIFY(std::isnan(data.points(SeriesKey(DerivedMetricId::Tps, gateway)).constLast().value));
}

void TestDashboardSeries::downSpansFromUpAndState()
{
    DashboardSeries data;
    data.setServices({gateway});
    for (int i = 0; i < 10; ++i)
        data.append(snapshot(t0 + i * 1000, 1, i >= 3 && i < 6 ? ServiceState::State::Down : ServiceState::State::Up));
    QCOMPARE(data.downSpans({gateway}, t0 + 9000), (QList<DownSpan>{{gateway, t0 + 3000, t0 + 6000, false}}));
    data.append(snapshot(t0 + 10'000, 1, ServiceState::State::Down));
    const QList<DownSpan> spans = data.downSpans({gateway}, t0 + 12'000);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(spans.at(1), (DownSpan{gateway, t0 + 10'000, t0 + 12'000, true}));
    QVERIFY(data.downSpans({u"other"_s}, t0).isEmpty());
}

void TestDashboardSeries::incrementalDownSpansEqualRecomputed_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 7u, 42u, 1234u, 99999u})
        QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed;
}

void TestDashboardSeries::incrementalDownSpansEqualRecomputed()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    DownSpanTracker tracker(gateway);
    QList<SeriesPoint> all;
    qint64 at = t0;
    for (int i = 0; i < 2000; ++i) {
        at += 1000 + random.bounded(3) * 1000;
        const int draw = random.bounded(10);
        const double value = draw == 0 ? qQNaN() : draw < 4 ? 0.0 : draw < 6 ? 0.5 : 1.0;
        all.append({at, value});
        tracker.add(all.constLast());
        if (i % 97 == 0) // compared along the way, not only at the end
            QCOMPARE(tracker.spans(at + 500), DownSpan::fromUpSeries(gateway, all, at + 500));
    }
    QCOMPARE(tracker.spans(at + 5000), DownSpan::fromUpSeries(gateway, all, at + 5000));

    // Trimming forgets exactly the spans that ended before the cutoff.
    const qint64 cutoff = t0 + (at - t0) / 2;
    tracker.trimBefore(cutoff);
    QList<DownSpan> expected = DownSpan::fromUpSeries(gateway, all, at);
    expected.removeIf([cutoff](const DownSpan &span) { return span.toMs < cutoff; });
    QCOMPARE(tracker.spans(at), expected);
}

QTEST_GUILESS_MAIN(TestDashboardSeries)
#include "test_dashboardseries.moc"
