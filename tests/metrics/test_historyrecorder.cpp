// HistoryRecorder on its own thread: snapshots go in through queued calls, ranges come back by signal.
#include "models/consoleschema.h"
#include "models/core/workerthread.h"
#include "models/storage/database.h"
#include "models/metrics/historyrecorder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace payops;

class TestHistoryRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAndLoadsOnItsThread();
};

void TestHistoryRecorder::recordsAndLoadsOnItsThread()
{
    QTemporaryDir dir;
    Database database(ConsoleSchema::databaseOptions());
    QVERIFY(!database.open(dir.filePath(QStringLiteral("h.db"))));
    const qint64 t0 = 1'700'000'000'000;
    // As the console runs it: on its own thread, deleted there before the thread stops.
    auto owner = std::make_unique<WorkerThread<HistoryRecorder>>(QStringLiteral("history"), database,
                                                                 HistoryOptions{}, [t0] { return t0 + 10'000; });
    HistoryRecorder *recorder = owner->worker();
    QSignalSpy loaded(recorder, &HistoryRecorder::loaded);
    QSignalSpy failed(recorder, &HistoryRecorder::failed);

    QMetaObject::invokeMethod(recorder, &HistoryRecorder::start);
    for (int i = 0; i < 5; ++i) {
        MetricsSnapshot snapshot;
        snapshot.timestampMs = t0 + i * 1000;
        snapshot.values = {{QStringLiteral("tps"), {}, {}, 100.0 + i},
                           {QStringLiteral("tps"), QStringLiteral("payment_gateway"), {}, 40.0 + i},
                           {QStringLiteral("latency_p95"), QStringLiteral("payment_gateway"), {}, std::nan("")}};
        QMetaObject::invokeMethod(recorder, [recorder, snapshot] { recorder->record(snapshot); });
    }
    const QList<SeriesKey> series{SeriesKey(DerivedMetricId::Tps, QStringLiteral("payment_gateway")),
                                  SeriesKey(DerivedMetricId::Tps),
                                  SeriesKey(DerivedMetricId::LatencyP95, QStringLiteral("payment_gateway"))};
    // Through the interface, as the dashboard calls it.
    HistorySource *source = recorder;
    QMetaObject::invokeMethod(source, [source, series, t0] { source->load(7, {series, t0, t0 + 60'000, {}}); });
    QVERIFY(loaded.wait());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(loaded.at(0).at(0).toULongLong(), 7u);
    QCOMPARE(loaded.at(0).at(1).value<QList<SeriesKey>>(), series);
    const auto reads = loaded.at(0).at(2).value<QList<HistoryRead>>();
    QCOMPARE(reads.size(), 3);
    QCOMPARE(reads.at(0).points.size(), 5);
    QCOMPARE(reads.at(0).points.constLast(), (SeriesPoint{t0 + 4000, 44.0}));
    QCOMPARE(reads.at(1).points.constFirst(), (SeriesPoint{t0, 100.0}));
    QVERIFY(reads.at(2).points.isEmpty()); // NaN means "no value" and is not recorded

    owner.reset(); // the last checkpoint runs on the recorder's thread, with its connection
    HistoryStore reopened;
    QVERIFY(!reopened.open(database));
    QCOMPARE(reopened.headPointCount(), 0); // a clean stop leaves nothing to replay
    QCOMPARE(reopened.read(database.connection(), series.at(1).toString(), t0, t0 + 60'000, HistoryRead::Resolution::Raw).points.size(), 5);
}

QTEST_GUILESS_MAIN(TestHistoryRecorder)
#include "test_historyrecorder.moc"
