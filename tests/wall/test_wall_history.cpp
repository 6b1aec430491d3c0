// Issue 13: a wall's charts start with their window's past, not empty -- from the history the
// recording console writes (read as a snapshot, read-only, while the console goes on writing), or
// from Prometheus when the wall reads Prometheus (payops --wall --prometheus URL).
#include "app/payops/wallconsole.h"
#include "models/consoleschema.h"
#include "models/metrics/historysnapshot.h"
#include "models/metrics/serieskey.h"
#include "models/services/targetrepository.h"
#include "models/storage/database.h"
#include "tests/support/paysimprocess.h"
#include "tests/support/prometheusprocess.h"
#include "widgets/dashboard/metricchart.h"
#include "widgets/wall/wallchartgrid.h"
#include "widgets/wall/walldashboardpage.h"
#include "widgets/wall/wallwindow.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace payops;
using namespace Qt::StringLiterals;

namespace {

// A function, not a global: SeriesKey's label names are themselves statics of another file.
QString gatewayTps()
{
    return SeriesKey(u"tps"_s, u"payment_gateway"_s).toString();
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

DatabaseOptions readOnly()
{
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.readOnly = true;
    options.quickCheckOnlyBeforeMigrating = true;
    return options;
}

// Appends one sample a second of the gateway's tps from `fromMs`, `count` of them.
void appendSeconds(HistoryStore &store, int seriesId, qint64 fromMs, int count)
{
    for (int i = 0; i < count; ++i)
        QVERIFY(!store.append({{seriesId, fromMs + i * 1000, 100.0 + i % 7}}));
}

bool strictlyIncreasing(const QList<SeriesPoint> &points)
{
    for (qsizetype i = 1; i < points.size(); ++i) {
        if (points.at(i).timestampMs <= points.at(i - 1).timestampMs)
            return false;
    }
    return true;
}

// The oldest point the wall's dashboard chart of `metric` holds for `service`.
std::optional<qint64> oldestShown(const WallConsole &wall, const QString &metric, const QString &service)
{
    const QList<SeriesPoint> points =
        wall.window()->dashboardPage()->charts()->pointsOf(SeriesKey(metric, service));
    for (const SeriesPoint &point : points) {
        if (std::isfinite(point.value))
            return point.timestampMs;
    }
    return std::nullopt;
}

} // namespace

class TestWallHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void snapshotSeesOneMomentOfTheFile();
    void wallChartsStartWithTheDatabasesPast();
    void wallReadsPrometheus();
};

void TestWallHistory::initTestCase()
{
    QCoreApplication::setOrganizationName(u"PayOpsTest"_s);
    QSettings().remove(u"dataSource"_s); // polling unless a test says otherwise
}

void TestWallHistory::cleanupTestCase()
{
    QSettings().remove(u"dataSource"_s);
}

void TestWallHistory::snapshotSeesOneMomentOfTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"payops.db"_s);
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 10 * 60'000;
    Database writerDb(ConsoleSchema::databaseOptions());
    QVERIFY(!writerDb.open(path));
    HistoryStore writer;
    QVERIFY(!writer.open(writerDb));
    const HistoryStore::SeriesId id = writer.seriesId(gatewayTps());
    QVERIFY(id.id > 0);
    appendSeconds(writer, id.id, t0, 60);
    QVERIFY(!writer.checkpoint()); // 60 in chunks
    appendSeconds(writer, id.id, t0 + 60'000, 30); // 30 in the sample log

    Database readerDb(readOnly());
    QVERIFY(!readerDb.open(path));
    {
        const HistorySnapshot snapshot(readerDb);
        QVERIFY2(!snapshot.error(), qPrintable(snapshot.error().value_or(QString())));
        QVERIFY(snapshot.seriesNames().contains(gatewayTps()));
        // The recorder goes on meanwhile: it moves the log into chunks and writes more.
        QVERIFY(!writer.checkpoint());
        appendSeconds(writer, id.id, t0 + 90'000, 10);
        const HistoryRead read = snapshot.read(gatewayTps(), t0, t0 + 3'600'000, HistoryRead::Resolution::Raw);
        QVERIFY(!read.error);
        // Exactly the file as the snapshot began: the 30 the checkpoint moved are not counted twice.
        QCOMPARE(read.points.size(), 90);
        QVERIFY(strictlyIncreasing(read.points));
        QCOMPARE(read.points.first().timestampMs, t0);
        QCOMPARE(read.points.last().timestampMs, t0 + 89'000);
    }
    const HistorySnapshot later(readerDb);
    QCOMPARE(later.read(gatewayTps(), t0, t0 + 3'600'000, HistoryRead::Resolution::Raw).points.size(), 100);

    // A file that is not a database: the reason, not an exception nor an empty "no history".
    QFile garbage(dir.filePath(u"garbage.db"_s));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'x'));
    garbage.close();
    Database broken(readOnly());
    if (broken.open(garbage.fileName()))
        return; // refused at open: the wall's targets read says so already
    const HistorySnapshot none(broken);
    QVERIFY(none.error());
    QVERIFY(none.read(gatewayTps(), t0, t0 + 1000).error);
}

void TestWallHistory::wallChartsStartWithTheDatabasesPast()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"payops.db"_s);
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 pastMs = startedMs - 10 * 60'000; // inside the wall's 15-minute window
    {
        Database db(ConsoleSchema::databaseOptions());
        QVERIFY(!db.open(path));
        // The targets answer nothing (port 9 and up): whatever the charts show is the history.
        for (const ServiceTarget &target : ServiceTarget::paysimDefaults(u"127.0.0.1"_s, 9))
            QVERIFY(TargetRepository(db).add(target).ok());
        HistoryStore store;
        QVERIFY(!store.open(db));
        const HistoryStore::SeriesId id = store.seriesId(gatewayTps());
        appendSeconds(store, id.id, pastMs, 120);
        QVERIFY(!store.checkpoint());
        // The console stopped for three minutes; then some samples not yet checkpointed.
        appendSeconds(store, id.id, pastMs + 300'000, 60);
    }
    const QByteArray before = fileHash(path);

    ConsoleOptions options;
    options.wall = true;
    options.databasePath = path;
    options.windowSize = QSize(1280, 720);
    WallConsole wall(options);
    wall.start();
    QTRY_VERIFY_WITH_TIMEOUT(oldestShown(wall, u"tps"_s, u"payment_gateway"_s).has_value(), 10000);
    QCOMPARE(*oldestShown(wall, u"tps"_s, u"payment_gateway"_s), pastMs);
    const QList<SeriesPoint> shown =
        wall.window()->dashboardPage()->charts()->pointsOf(SeriesKey(u"tps"_s, u"payment_gateway"_s));
    QVERIFY(strictlyIncreasing(shown));
    int fromHistory = 0;
    bool gapBroken = false; // the line does not bridge the three minutes nothing was recorded
    for (const SeriesPoint &point : shown) {
        fromHistory += point.timestampMs < startedMs && std::isfinite(point.value) ? 1 : 0;
        gapBroken = gapBroken
            || (!std::isfinite(point.value) && point.timestampMs > pastMs + 119'000 && point.timestampMs < pastMs + 300'000);
    }
    QCOMPARE(fromHistory, 180);
    QVERIFY(gapBroken);
    // No history for a service the console never recorded: its line starts now, and nothing fails.
    QVERIFY(!oldestShown(wall, u"tps"_s, u"payment_callback"_s).has_value()
            || *oldestShown(wall, u"tps"_s, u"payment_callback"_s) >= startedMs);
    QCOMPARE(fileHash(path), before); // read, never written
}

void TestWallHistory::wallReadsPrometheus()
{
    if (!PrometheusProcess::isInstalled())
        QSKIP("prometheus is not installed (Debian package \"prometheus\")");
    PaysimProcess paysim;
    const QString error = paysim.start({u"--seed"_s, u"7"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    PrometheusProcess prometheus;
    const QString started = prometheus.start(paysim.targets(u"1s"_s, u"800ms"_s), u"1s"_s, u"800ms"_s);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QTest::qWait(5000); // a few seconds of Prometheus' own history before the wall starts
    const qint64 wallStartMs = QDateTime::currentMSecsSinceEpoch();

    QTemporaryDir dir;
    ConsoleOptions options;
    options.wall = true;
    options.databasePath = dir.filePath(u"missing.db"_s); // Prometheus alone: no database needed
    options.prometheusUrl = prometheus.url();
    options.windowSize = QSize(1280, 720);
    WallConsole wall(options);
    wall.start();
    // The services come from Prometheus, with their numbers; the charts begin before the wall did.
    QTRY_VERIFY_WITH_TIMEOUT(oldestShown(wall, u"tps"_s, u"payment_gateway"_s).has_value(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(*oldestShown(wall, u"tps"_s, u"payment_gateway"_s) < wallStartMs - 2000, 20000);
    for (const QString &service : {u"payment_frontend"_s, u"payment_backend"_s, u"payment_callback"_s})
        QTRY_VERIFY_WITH_TIMEOUT(oldestShown(wall, u"tps"_s, service).has_value(), 10000);
    QVERIFY(!QFile::exists(options.databasePath)); // nothing created

    // Prometheus gone: the banner says so (the wall keeps running and retrying).
    prometheus.stop();
    QTRY_VERIFY_WITH_TIMEOUT(wall.window()->problem().contains(prometheus.url().toDisplayString()), 15000);
}

QTEST_MAIN(TestWallHistory)
#include "test_wall_history.moc"
