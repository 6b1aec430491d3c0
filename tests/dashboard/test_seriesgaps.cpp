// SeriesGaps: a line breaks where nothing was recorded for much longer than usual, and only there.
#include "models/metrics/seriesgaps.h"

#include <QTest>

#include <cmath>

using namespace payops;

class TestSeriesGaps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void breaksOnlyLongGaps();
    void keepsShortSeries();
};

void TestSeriesGaps::breaksOnlyLongGaps()
{
    QList<SeriesPoint> points;
    for (int i = 0; i < 10; ++i)
        points.append({i * 1000, double(i)}); // every second
    points.append({9000 + 120'000, 42.0});    // the console was off for two minutes
    points.append({9000 + 121'000, 43.0});
    points.append({9000 + 123'000, 44.0});    // a missed scrape is not a gap

    const QList<SeriesPoint> out = SeriesGaps::broken(points);
    QCOMPARE(out.size(), points.size() + 1);
    QCOMPARE(out.at(9), points.at(9));
    QVERIFY(std::isnan(out.at(10).value));
    QVERIFY(out.at(10).timestampMs > 9000 && out.at(10).timestampMs < 129'000);
    QCOMPARE(out.at(11), points.at(10));
    QCOMPARE(out.constLast(), points.constLast());
}

void TestSeriesGaps::keepsShortSeries()
{
    const QList<SeriesPoint> two{{0, 1.0}, {600'000, 2.0}};
    QCOMPARE(SeriesGaps::broken(two), two);
}

QTEST_GUILESS_MAIN(TestSeriesGaps)
#include "test_seriesgaps.moc"
