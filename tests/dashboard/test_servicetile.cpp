// ServiceTile: state in words and colour, stale values with their age, the reason on hover,
// clicks and keys, and the 15-minute sparkline.
#include "widgets/dashboard/servicetile.h"
#include "widgets/dashboard/sparkline.h"
#include "tests/dashboard/syntheticsnapshots.h"

#include <QSignalSpy>
#include <QTest>

using namespace payops;

namespace {
constexpr qint64 t0 = 1'700'000'000'000;
const QString gateway = QStringLiteral("payment_gateway");
} // namespace

class TestServiceTile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsUpValues();
    void goesDownAndComesBack();
    void showsDegradedReason();
    void unknownWithoutState();
    void activatesOnClickAndKeys();
    void sparklineKeepsFifteenMinutes();
    void ageText_data();
    void ageText();
};

void TestServiceTile::showsUpValues()
{
    ServiceTile tile(gateway);
    tile.updateFrom(synthetic::snapshotAt(t0));
    QCOMPARE(tile.state(), ServiceState::State::Up);
    QVERIFY(!tile.isStale());
    QCOMPARE(tile.stateText(), QStringLiteral("Up"));
    QVERIFY(tile.valueText(QStringLiteral("tps")).endsWith(QStringLiteral("tx/s")));
    QVERIFY(tile.valueText(QStringLiteral("failure_ratio")).endsWith(QStringLiteral("%")));
    QVERIFY(tile.valueText(QStringLiteral("latency_p95")).endsWith(QStringLiteral("ms")));
    QVERIFY(tile.valueText(QStringLiteral("cpu_percent")).endsWith(QStringLiteral("%")));
    QVERIFY(tile.valueText(QStringLiteral("memory_bytes")).endsWith(QStringLiteral("MiB")));
}

void TestServiceTile::goesDownAndComesBack()
{
    ServiceTile tile(gateway);
    const QList<synthetic::DownPeriod> downs{{gateway, t0 + 10'000, t0 + 100'000, QStringLiteral("connect: connection refused")}};
    tile.updateFrom(synthetic::snapshotAt(t0, downs));
    QCOMPARE(tile.state(), ServiceState::State::Up);

    // 45 s into the outage: down, the values from the last successful scrape 36 s old.
    tile.updateFrom(synthetic::snapshotAt(t0 + 45'000, downs));
    QCOMPARE(tile.state(), ServiceState::State::Down);
    QVERIFY(tile.isStale());
    QCOMPARE(tile.staleAgeMs(), 36'000);
    QVERIFY2(tile.stateText().contains(QStringLiteral("Down")), qPrintable(tile.stateText()));
    QVERIFY2(tile.stateText().contains(QStringLiteral("stale 36 s")), qPrintable(tile.stateText()));
    QVERIFY2(tile.toolTip().contains(QStringLiteral("connect: connection refused")), qPrintable(tile.toolTip()));
    QVERIFY(tile.valueText(QStringLiteral("tps")).endsWith(QStringLiteral("tx/s"))); // shown, greyed

    tile.updateFrom(synthetic::snapshotAt(t0 + 100'000, downs));
    QCOMPARE(tile.state(), ServiceState::State::Up);
    QVERIFY(!tile.isStale());
    QCOMPARE(tile.stateText(), QStringLiteral("Up"));
    QVERIFY(!tile.toolTip().contains(QStringLiteral("connection refused")));
}

void TestServiceTile::showsDegradedReason()
{
    ServiceTile tile(gateway);
    MetricsSnapshot snapshot = synthetic::snapshotAt(t0);
    for (ServiceState &state : snapshot.services) {
        if (state.service == gateway) {
            state.state = ServiceState::State::Degraded;
            state.instancesUp = 1;
            state.reason = QStringLiteral("1 of 2 instances down; timeout");
        }
    }
    tile.updateFrom(snapshot);
    QCOMPARE(tile.stateText(), QStringLiteral("Degraded"));
    QVERIFY(tile.toolTip().contains(QStringLiteral("1 of 2 instances down; timeout")));
    QCOMPARE(ServiceTile::stateColor(ServiceState::State::Degraded), ServiceTile::stateColor(ServiceState::State::Degraded));
    QVERIFY(ServiceTile::stateColor(ServiceState::State::Down) != ServiceTile::stateColor(ServiceState::State::Up));
}

void TestServiceTile::unknownWithoutState()
{
    ServiceTile tile(QStringLiteral("payment_unknown"));
    tile.updateFrom(synthetic::snapshotAt(t0));
    QCOMPARE(tile.state(), ServiceState::State::Unknown);
    QCOMPARE(tile.stateText(), QStringLiteral("Unknown"));
    QCOMPARE(tile.valueText(QStringLiteral("tps")), QStringLiteral("\u2014"));
}

void TestServiceTile::activatesOnClickAndKeys()
{
    ServiceTile tile(gateway);
    tile.resize(tile.sizeHint());
    tile.show();
    QSignalSpy spy(&tile, &ServiceTile::activated);
    QTest::mouseClick(&tile, Qt::LeftButton, {}, tile.rect().center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), gateway);
    QTest::keyClick(&tile, Qt::Key_Space);
    QTest::keyClick(&tile, Qt::Key_Return);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(tile.focusPolicy(), Qt::StrongFocus);
    tile.setSelected(true);
    QVERIFY(tile.isSelected());
    QVERIFY(tile.toolTip().contains(QStringLiteral("all services")));
}

void TestServiceTile::sparklineKeepsFifteenMinutes()
{
    ServiceTile tile(gateway);
    // Less than a quarter of the window known: "collecting", not a line a few pixels wide.
    for (int i = 0; i < 200; ++i)
        tile.updateFrom(synthetic::snapshotAt(t0 + i * 1000));
    QVERIFY(tile.sparkline()->isCollecting());
    for (int i = 200; i < 1800; ++i)
        tile.updateFrom(synthetic::snapshotAt(t0 + i * 1000));
    QVERIFY(!tile.sparkline()->isCollecting());
    const QList<SeriesPoint> &points = tile.sparkline()->points();
    QVERIFY2(points.size() <= 15 * 60 + 1, qPrintable(QString::number(points.size())));
    QVERIFY(points.size() >= 15 * 60);
    QCOMPARE(points.constLast().timestampMs, t0 + 1799 * 1000);
}

void TestServiceTile::ageText_data()
{
    QTest::addColumn<qint64>("ageMs");
    QTest::addColumn<QString>("text");
    QTest::newRow("35 s") << qint64(35'000) << QStringLiteral("35 s");
    QTest::newRow("119 s") << qint64(119'999) << QStringLiteral("119 s");
    QTest::newRow("5 min") << qint64(300'000) << QStringLiteral("5 min");
    QTest::newRow("3 h") << qint64(3 * 3600'000 + 5) << QStringLiteral("3 h");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("0 s");
}

void TestServiceTile::ageText()
{
    QFETCH(qint64, ageMs);
    QFETCH(QString, text);
    QCOMPARE(ServiceTile::ageText(ageMs), text);
}

QTEST_MAIN(TestServiceTile)
#include "test_servicetile.moc"
