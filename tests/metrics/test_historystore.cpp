// HistoryStore on real SQLite files: appends, checkpoints, crash recovery, roll-ups,
// retention, the resolution that fits a range, and a reader on another thread.
#include "models/consoleschema.h"
#include "models/storage/database.h"
#include "models/metrics/historystore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <cmath>

using namespace payops;

namespace {
constexpr qint64 t0 = 1'700'000'040'000; // a whole minute, so bucket maths are easy to check
constexpr qint64 minute = 60'000;
constexpr qint64 hour = 3'600'000;
const QString gatewayTps = QStringLiteral("tps{service=\"payment_gateway\"}");
} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsBackFromHeadAndChunks();
    void recoversUncheckpointedSamplesAfterCrash();
    void keepsNanBitExact();
    void rollsUpMinutesAndHoursAcrossCheckpoints();
    void dropsOutOfOrderSamples();
    void enforcesRetention();
    void retentionChangedAtRunTime();
    void estimatesItsSize();
    void choosesResolutionForRange_data();
    void choosesResolutionForRange();
    void readerThreadSeesConsistentData();

private:
    std::unique_ptr<Database> openDatabase();
    void appendSeconds(HistoryStore &store, int id, qint64 from, int count, double base = 0.0);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("history.db"));
}

void TestHistoryStore::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Database> TestHistoryStore::openDatabase()
{
    auto db = std::make_unique<Database>(ConsoleSchema::databaseOptions());
    const std::optional<DatabaseError> error = db->open(m_path);
    if (error)
        qWarning() << error->message;
    return error ? nullptr : std::move(db);
}

void TestHistoryStore::appendSeconds(HistoryStore &store, int id, qint64 from, int count, double base)
{
    for (int i = 0; i < count; ++i)
        QVERIFY(!store.append({{id, from + i * 1000, base + i}}));
}

void TestHistoryStore::readsBackFromHeadAndChunks()
{
    auto db = openDatabase();
    QVERIFY(db);
    HistoryOptions options;
    options.checkpointPointsPerSeries = 100;
    HistoryStore store(options);
    QVERIFY(!store.open(*db));
    const int id = store.seriesId(gatewayTps).id;
    QVERIFY(id > 0);
    QCOMPARE(store.seriesId(gatewayTps).id, id);
    appendSeconds(store, id, t0, 250); // two checkpoints of 100 and 50 points in the head
    QCOMPARE(store.headPointCount(), 50);

    const HistoryRead all = store.read(db->connection(), gatewayTps, t0, t0 + 249'000, HistoryRead::Resolution::Raw);
    QVERIFY(!all.error);
    QCOMPARE(all.points.size(), 250);
    for (int i = 0; i < 250; ++i)
        QCOMPARE(all.points.at(i), (SeriesPoint{t0 + i * 1000, double(i)}));

    const HistoryRead middle = store.read(db->connection(), gatewayTps, t0 + 95'000, t0 + 204'500,
                                          HistoryRead::Resolution::Raw);
    QCOMPARE(middle.points.size(), 110);
    QCOMPARE(middle.points.constFirst().value, 95.0);
    QCOMPARE(middle.points.constLast().value, 204.0);

    const HistoryRead unknown = store.read(db->connection(), QStringLiteral("nope"), t0, t0 + 1000);
    QVERIFY(!unknown.error);
    QVERIFY(unknown.points.isEmpty());
}

void TestHistoryStore::recoversUncheckpointedSamplesAfterCrash()
{
    {
        auto db = openDatabase();
        QVERIFY(db);
        HistoryOptions options;
        options.checkpointPointsPerSeries = 40;
        HistoryStore store(options);
        QVERIFY(!store.open(*db));
        appendSeconds(store, store.seriesId(gatewayTps).id, t0, 70);
        QCOMPARE(store.headPointCount(), 30); // 40 chunked, 30 only in the sample log
        // No checkpoint, no clean shutdown: the store goes away as in a crash.
    }
    auto db = openDatabase();
    QVERIFY(db);
    HistoryStore store;
    QVERIFY(!store.open(*db));
    QCOMPARE(store.headPointCount(), 30);
    const HistoryRead read = store.read(db->connection(), gatewayTps, t0, t0 + 100'000, HistoryRead::Resolution::Raw);
    QCOMPARE(read.points.size(), 70);
    QCOMPARE(read.points.constLast(), (SeriesPoint{t0 + 69'000, 69.0}));
    // A restarted store goes on where the old one stopped.
    QVERIFY(!store.append({{store.seriesId(gatewayTps).id, t0 + 70'000, 70.0}}));
    QCOMPARE(store.read(db->connection(), gatewayTps, t0, t0 + 100'000, HistoryRead::Resolution::Raw).points.size(), 71);
}

void TestHistoryStore::keepsNanBitExact()
{
    auto db = openDatabase();
    HistoryStore store;
    QVERIFY(!store.open(*db));
    const int id = store.seriesId(gatewayTps).id;
    const double inf = std::numeric_limits<double>::infinity();
    QVERIFY(!store.append({{id, t0, std::nan("")}, }));
    QVERIFY(!store.append({{id, t0 + 1000, inf}}));
    QVERIFY(!store.append({{id, t0 + 2000, -0.5}}));
    QVERIFY(!store.checkpoint());
    const HistoryRead read = store.read(db->connection(), gatewayTps, t0, t0 + 2000, HistoryRead::Resolution::Raw);
    QCOMPARE(read.points.size(), 3);
    QVERIFY(std::isnan(read.points.at(0).value));
    QCOMPARE(read.points.at(1).value, inf);
    QCOMPARE(read.points.at(2).value, -0.5);
    // Roll-ups skip what is not a number.
    const HistoryRead minutes = store.read(db->connection(), gatewayTps, t0, t0 + 2000, HistoryRead::Resolution::Minute);
    QCOMPARE(minutes.buckets.size(), 1);
    QCOMPARE(minutes.buckets.at(0).average, -0.5);
}

void TestHistoryStore::rollsUpMinutesAndHoursAcrossCheckpoints()
{
    auto db = openDatabase();
    HistoryOptions options;
    options.checkpointPointsPerSeries = 45; // checkpoints land in the middle of minutes
    HistoryStore store(options);
    QVERIFY(!store.open(*db));
    const int id = store.seriesId(gatewayTps).id;
    appendSeconds(store, id, t0, 150); // values 0..149 over 2.5 minutes

    const HistoryRead minutes = store.read(db->connection(), gatewayTps, t0, t0 + 149'000, HistoryRead::Resolution::Minute);
    QVERIFY(!minutes.error);
    QCOMPARE(minutes.buckets.size(), 3);
    const RollupPoint &first = minutes.buckets.at(0);
    QCOMPARE(first.bucketMs, t0);
    QCOMPARE(first.min, 0.0);
    QCOMPARE(first.max, 59.0);
    QCOMPARE(first.average, 29.5);
    QCOMPARE(first.last, 59.0);
    QCOMPARE(minutes.buckets.at(2).bucketMs, t0 + 2 * minute);
    QCOMPARE(minutes.buckets.at(2).min, 120.0);
    QCOMPARE(minutes.buckets.at(2).last, 149.0);
    QCOMPARE(minutes.buckets.at(2).average, (120.0 + 149.0) / 2);
    QCOMPARE(minutes.points.size(), 3);
    QCOMPARE(minutes.points.at(1).value, 89.5);

    // The same after a restart: roll-ups come from the file and the replayed log.
    const qint64 hourStart = t0 - t0 % hour;
    const HistoryRead hours = store.read(db->connection(), gatewayTps, hourStart, t0 + hour, HistoryRead::Resolution::Hour);
    QCOMPARE(hours.buckets.size(), 1);
    QCOMPARE(hours.buckets.at(0).min, 0.0);
    QCOMPARE(hours.buckets.at(0).max, 149.0);
    QCOMPARE(hours.buckets.at(0).average, 74.5);
    HistoryStore reopened;
    QVERIFY(!reopened.open(*db));
    const HistoryRead again = reopened.read(db->connection(), gatewayTps, hourStart, t0 + hour, HistoryRead::Resolution::Hour);
    QCOMPARE(again.buckets.size(), 1);
    QCOMPARE(again.buckets.at(0).average, 74.5);
    QCOMPARE(again.buckets.at(0).last, 149.0);
}

void TestHistoryStore::dropsOutOfOrderSamples()
{
    auto db = openDatabase();
    HistoryStore store;
    QVERIFY(!store.open(*db));
    const int id = store.seriesId(gatewayTps).id;
    QVERIFY(!store.append({{id, t0 + 5000, 1.0}}));
    QVERIFY(!store.append({{id, t0 + 5000, 2.0}, {id, t0 + 1000, 3.0}, {id, t0 + 6000, 4.0}}));
    const HistoryRead read = store.read(db->connection(), gatewayTps, t0, t0 + 10'000, HistoryRead::Resolution::Raw);
    QCOMPARE(read.points, (QList<SeriesPoint>{{t0 + 5000, 1.0}, {t0 + 6000, 4.0}}));
}

void TestHistoryStore::enforcesRetention()
{
    auto db = openDatabase();
    HistoryOptions options;
    options.rawRetentionMs = 10 * minute;
    options.minuteRetentionMs = 2 * hour;
    options.hourRetentionMs = 5 * hour;
    options.checkpointPointsPerSeries = 1;
    HistoryStore store(options);
    QVERIFY(!store.open(*db));
    const int id = store.seriesId(gatewayTps).id;
    for (int h = 0; h < 8; ++h) // one sample per hour for 8 hours
        QVERIFY(!store.append({{id, t0 + h * hour, double(h)}}));
    const qint64 now = t0 + 7 * hour + minute;
    QVERIFY(!store.enforceRetention(now));
    const qint64 from = t0 - hour, to = now;
    QCOMPARE(store.read(db->connection(), gatewayTps, from, to, HistoryRead::Resolution::Raw).points.size(), 1);
    QCOMPARE(store.read(db->connection(), gatewayTps, from, to, HistoryRead::Resolution::Minute).points.size(), 2);
    QCOMPARE(store.read(db->connection(), gatewayTps, from, to, HistoryRead::Resolution::Hour).points.size(), 5);
}

// Preferences: a shorter retention set while recording removes what it no longer keeps at once.
void TestHistoryStore::retentionChangedAtRunTime()
{
    auto db = openDatabase();
    HistoryOptions options;
    options.checkpointPointsPerSeries = 1;
    HistoryStore store(options); // 48 h raw
    QVERIFY(!store.open(*db));
    const int id = store.seriesId(gatewayTps).id;
    for (int h = 0; h < 8; ++h)
        QVERIFY(!store.append({{id, t0 + h * hour, double(h)}}));
    const qint64 now = t0 + 7 * hour + minute;
    QVERIFY(!store.enforceRetention(now));
    const auto rawPoints = [&] {
        return store.read(db->connection(), gatewayTps, t0 - hour, now, HistoryRead::Resolution::Raw).points.size();
    };
    QCOMPARE(rawPoints(), 8);
    store.setRetention(3 * hour + minute, 2 * hour, 5 * hour);
    QVERIFY(!store.enforceRetention(now));
    QCOMPARE(rawPoints(), 4);
}

void TestHistoryStore::estimatesItsSize()
{
    HistoryOptions options; // 48 h raw, 30 days of minutes, 400 days of hours
    const qint64 oneSeries = options.estimatedBytes(1, 5000);
    // 34 560 raw samples at 10 bytes, 43 200 + 9 600 roll-up rows at 64 bytes
    QCOMPARE(oneSeries, 34'560 * 10 + (43'200 + 9'600) * 64);
    QCOMPARE(options.estimatedBytes(100, 5000), 100 * oneSeries);
    QVERIFY(options.estimatedBytes(1, 1000) > oneSeries); // more samples at a shorter interval
    options.rawRetentionMs /= 2;
    QVERIFY(options.estimatedBytes(1, 5000) < oneSeries);
}

void TestHistoryStore::choosesResolutionForRange_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<int>("expected");
    QTest::newRow("15 minutes") << 15 * minute << int(HistoryRead::Resolution::Raw);
    QTest::newRow("24 hours") << 24 * hour << int(HistoryRead::Resolution::Raw);
    QTest::newRow("7 days") << 7 * 24 * hour << int(HistoryRead::Resolution::Minute);
    QTest::newRow("30 days") << 30 * 24 * hour << int(HistoryRead::Resolution::Minute);
    QTest::newRow("90 days") << 90 * 24 * hour << int(HistoryRead::Resolution::Hour);
}

void TestHistoryStore::choosesResolutionForRange()
{
    QFETCH(qint64, span);
    QFETCH(int, expected);
    const HistoryStore store;
    const qint64 now = t0;
    QCOMPARE(int(store.resolutionFor(now - span, now, now)), expected);
}

void TestHistoryStore::readerThreadSeesConsistentData()
{
    auto db = openDatabase();
    HistoryOptions options;
    options.checkpointPointsPerSeries = 7;
    HistoryStore store(options);
    QVERIFY(!store.open(*db));
    const int id = store.seriesId(gatewayTps).id;
    appendSeconds(store, id, t0, 1);

    // A reader on a pool thread, with its own connection, reads while this thread writes:
    // every read is a gap-free prefix of what was written, never a duplicate or a hole.
    std::atomic<bool> stop = false;
    QFuture<QString> reader = QtConcurrent::run([&store, &db, &stop]() -> QString {
        QString problem;
        while (!stop && problem.isEmpty()) {
            const HistoryRead read = store.read(db->connection(), gatewayTps, t0, t0 + 1'000'000,
                                                HistoryRead::Resolution::Raw);
            if (read.error)
                problem = *read.error;
            for (qsizetype i = 0; i < read.points.size() && problem.isEmpty(); ++i) {
                if (read.points.at(i) != SeriesPoint{t0 + i * 1000, double(i)})
                    problem = QStringLiteral("point %1 of %2 is wrong").arg(i).arg(read.points.size());
            }
        }
        db->releaseConnection();
        return problem;
    });
    for (int i = 1; i < 400; ++i)
        QVERIFY(!store.append({{id, t0 + i * 1000, double(i)}}));
    stop = true;
    QCOMPARE(reader.result(), QString());
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "test_historystore.moc"
