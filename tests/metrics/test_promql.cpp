// PromQL's rate() and histogram_quantile() against values computed by hand
// (the same numbers Prometheus v2.42 returns for these inputs).
#include "models/metrics/promql.h"

#include <QTest>

#include <cmath>

using namespace payops;
using namespace payops::promql;

class TestPromql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rate_data();
    void rate();
    void rateNeedsTwoSamples();
    void histogramQuantile_data();
    void histogramQuantile();
};

void TestPromql::rate_data()
{
    QTest::addColumn<QList<SeriesPoint>>("points");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<double>("expected");

    // Samples exactly on the range's edges: no extrapolation. 60 over 60 s.
    QTest::newRow("steady") << QList<SeriesPoint>{{0, 100}, {15'000, 115}, {30'000, 130}, {45'000, 145}, {60'000, 160}}
                            << qint64(0) << qint64(60'000) << 1.0;
    // Counter reset between 30 s and 45 s: 130 -> 5 counts as +5 (restart from zero), so the
    // increase is 30 + 5 + 15 = 50 over 60 s.
    QTest::newRow("counter reset") << QList<SeriesPoint>{{0, 100}, {15'000, 115}, {30'000, 130}, {45'000, 5}, {60'000, 20}}
                                   << qint64(0) << qint64(60'000) << 50.0 / 60.0;
    // Samples 5 s inside each edge (below 1.1 x the 10 s spacing): extrapolated to the edges.
    // Increase 20 over 20 s sampled, extended to 30 s -> 30, rate 30 / 30 s.
    QTest::newRow("extrapolated to edges") << QList<SeriesPoint>{{5'000, 100}, {15'000, 110}, {25'000, 120}}
                                           << qint64(0) << qint64(30'000) << 1.0;
    // Far from the edges (20 s > 1.1 x 10 s): extend by half a spacing each side only.
    // 20 over 20 s -> 20 * 30/20 = 30 over a 60 s range = 0.5/s.
    QTest::newRow("gap at edges") << QList<SeriesPoint>{{20'000, 100}, {30'000, 110}, {40'000, 120}}
                                  << qint64(0) << qint64(60'000) << 0.5;
    // A counter that started inside the range is not extrapolated below zero:
    // first value 5 with slope 1/s reaches zero 5 s before the first sample (not 10 s).
    // increase 20 over 20 s, interval 20 + 5 + 0 = 25 -> 25, over 30 s.
    QTest::newRow("zero point") << QList<SeriesPoint>{{10'000, 5}, {20'000, 15}, {30'000, 25}}
                                << qint64(0) << qint64(30'000) << 25.0 / 30.0;
}

void TestPromql::rate()
{
    QFETCH(QList<SeriesPoint>, points);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(double, expected);
    const std::optional<double> result = promql::rate(points, start, end);
    QVERIFY(result);
    QVERIFY2(qAbs(*result - expected) < 1e-12, qPrintable(QString::number(*result, 'g', 17)));
}

void TestPromql::rateNeedsTwoSamples()
{
    QVERIFY(!promql::rate({}, 0, 60'000));
    QVERIFY(!promql::rate({{0, 5}}, 0, 60'000));
}

void TestPromql::histogramQuantile_data()
{
    const double inf = std::numeric_limits<double>::infinity();
    QTest::addColumn<double>("q");
    QTest::addColumn<QList<Bucket>>("buckets");
    QTest::addColumn<double>("expected");

    const QList<Bucket> latency{{0.1, 50}, {0.25, 80}, {0.5, 95}, {1.0, 100}, {inf, 100}};
    // rank 50 falls exactly at the top of the first bucket.
    QTest::newRow("p50") << 0.5 << latency << 0.1;
    // rank 95 is the top of (0.25, 0.5].
    QTest::newRow("p95") << 0.95 << latency << 0.5;
    // rank 99: 4 of the 5 observations in (0.5, 1] -> 0.5 + 0.5 * 4/5.
    QTest::newRow("p99") << 0.99 << latency << 0.9;
    // rank 60: 10 of the 30 in (0.1, 0.25] -> 0.1 + 0.15 / 3.
    QTest::newRow("p60") << 0.6 << latency << 0.15;
    // Unsorted input, as labels come.
    QTest::newRow("unsorted") << 0.6 << QList<Bucket>{{inf, 100}, {0.5, 95}, {0.1, 50}, {1.0, 100}, {0.25, 80}} << 0.15;
    // Everything above the highest finite bound: that bound.
    QTest::newRow("in +Inf bucket") << 0.99 << QList<Bucket>{{0.1, 0}, {1.0, 10}, {inf, 100}} << 1.0;
    // Only a +Inf bucket: no way to interpolate.
    QTest::newRow("+Inf only") << 0.5 << QList<Bucket>{{inf, 42}} << qQNaN();
    QTest::newRow("no +Inf") << 0.5 << QList<Bucket>{{0.1, 1}, {1.0, 2}} << qQNaN();
    QTest::newRow("no observations") << 0.5 << QList<Bucket>{{0.1, 0}, {inf, 0}} << qQNaN();
    // Non-monotonic rates are made monotonic first: 0.25 behaves as 50 -> rank 75 in (0.5, 1].
    QTest::newRow("non-monotonic") << 0.75 << QList<Bucket>{{0.1, 50}, {0.25, 40}, {0.5, 50}, {1.0, 100}, {inf, 100}} << 0.75;
    QTest::newRow("q > 1") << 1.5 << latency << inf;
    QTest::newRow("q < 0") << -0.5 << latency << -inf;
}

void TestPromql::histogramQuantile()
{
    QFETCH(double, q);
    QFETCH(QList<Bucket>, buckets);
    QFETCH(double, expected);
    const double result = promql::histogramQuantile(q, buckets);
    if (std::isnan(expected))
        QVERIFY2(std::isnan(result), qPrintable(QString::number(result)));
    else
        QVERIFY2(result == expected || qAbs(result - expected) < 1e-12, qPrintable(QString::number(result, 'g', 17)));
}

QTEST_GUILESS_MAIN(TestPromql)
#include "test_promql.moc"
