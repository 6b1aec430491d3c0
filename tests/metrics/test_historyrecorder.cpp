// HistoryRecorder on its own thread (snapshots in by queued calls, ranges back by signal), and what it does
// when the file cannot be written: a full disk (a real EFBIG), a file made read-only, a bounded backlog.
#include "models/consoleschema.h"
#include "models/core/workerthread.h"
#include "models/storage/database.h"
#include "models/metrics/historyrecorder.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <csignal>
#include <tuple>

#include <sys/resource.h>

using namespace payops;

namespace {

// The real "file too large" path: this process may not write a file beyond `bytes` (SIGXFSZ
// ignored, so the write fails with EFBIG as on a full disk) until the guard goes.
class FileSizeLimit final
{
    Q_DISABLE_COPY_MOVE(FileSizeLimit)

public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    bool m_ok = false;
};

const QString gateway = QStringLiteral("payment_gateway");

MetricsSnapshot tpsCycle(qint64 timestampMs, const QString &service = gateway)
{
    MetricsSnapshot snapshot;
    snapshot.timestampMs = timestampMs;
    snapshot.values = {{QStringLiteral("tps"), service, {}, double(timestampMs % 100'000)}};
    return snapshot;
}

constexpr qint64 t0 = 1'700'000'000'000;

// A started recorder on a new file, called on the test's thread, its signals watched.
struct RecorderOnFile
{
    explicit RecorderOnFile(HistoryOptions options = {})
        : recorder(database, options, [] { return t0; })
    {
        opened = !database.open(path);
        recorder.start();
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("h.db"));
    Database database{ConsoleSchema::databaseOptions()};
    bool opened = false;
    HistoryRecorder recorder;
    QSignalSpy written{&recorder, &HistoryRecorder::written};
    QSignalSpy failing{&recorder, &HistoryRecorder::writeFailing};
    QSignalSpy resumed{&recorder, &HistoryRecorder::writeResumed};
};

QList<qint64> timestampsOf(Database &database, const QString &service, qint64 from, qint64 to)
{
    HistoryStore store;
    if (store.open(database))
        return {};
    QList<qint64> out;
    const HistoryRead read = store.read(database.connection(), SeriesKey(DerivedMetricId::Tps, service).toString(),
                                        from, to, HistoryRead::Resolution::Raw);
    for (const SeriesPoint &point : read.points)
        out.append(point.timestampMs);
    return out;
}

} // namespace

class TestHistoryRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAndLoadsOnItsThread();
    void keepsCyclesWhileTheDiskIsFull();
    void keepsCyclesWhileTheFileIsReadOnly();
    void boundsWhatItKeepsAndSaysWhatIsMissing();
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

void TestHistoryRecorder::keepsCyclesWhileTheDiskIsFull()
{
    RecorderOnFile file;
    QVERIFY(file.opened);
    auto [recorder, written, failing, resumed, database] = std::tie(file.recorder, file.written, file.failing,
                                                                    file.resumed, file.database);
    recorder.record(tpsCycle(t0));
    QCOMPARE(written.count(), 1);
    {
        const FileSizeLimit full(1);
        QVERIFY(full.ok());
        recorder.record(tpsCycle(t0 + 1000));
        recorder.record(tpsCycle(t0 + 2000, QStringLiteral("payment_backend"))); // a series new to the file
        recorder.record(tpsCycle(t0 + 3000));
        QCOMPARE(written.count(), 1);
        QCOMPARE(recorder.backlogCycles(), 3);
        QCOMPARE(failing.count(), 1); // told once, not once per cycle
        const QString message = failing.at(0).at(0).toString();
        QVERIFY2(message.startsWith(QStringLiteral("History not saved")) && message.contains(QStringLiteral("disk full")),
                 qPrintable(message));
    }
    recorder.record(tpsCycle(t0 + 4000)); // space is back: the next cycle writes what waited first
    QCOMPARE(written.count(), 5);
    QCOMPARE(written.at(1).at(0).toLongLong(), t0 + 1000); // oldest first
    QCOMPARE(recorder.backlogCycles(), 0);
    QCOMPARE(resumed.count(), 1);
    QVERIFY2(resumed.at(0).at(0).toString().contains(QStringLiteral("4 poll cycle(s) kept in memory were written")), qPrintable(resumed.at(0).at(0).toString()));
    QCOMPARE(timestampsOf(database, gateway, t0, t0 + 10'000), (QList<qint64>{t0, t0 + 1000, t0 + 3000, t0 + 4000}));
    QCOMPARE(timestampsOf(database, QStringLiteral("payment_backend"), t0, t0 + 10'000), QList<qint64>{t0 + 2000});
}

void TestHistoryRecorder::keepsCyclesWhileTheFileIsReadOnly()
{
    // The owner takes the write permission away while the console runs; its open connection could
    // still write (and root passes every permission check): the recorder honours the file's mode.
    RecorderOnFile file;
    QVERIFY(file.opened);
    auto [recorder, written, failing, resumed, database] = std::tie(file.recorder, file.written, file.failing,
                                                                    file.resumed, file.database);
    const QString &path = file.path;
    recorder.record(tpsCycle(t0));
    const QFile::Permissions writable = QFile::permissions(path);
    QVERIFY(QFile::setPermissions(path, writable & ~(QFile::WriteOwner | QFile::WriteUser)));
    recorder.record(tpsCycle(t0 + 1000));
    recorder.record(tpsCycle(t0 + 2000));
    QCOMPARE(written.count(), 1);
    QCOMPARE(failing.count(), 1);
    QVERIFY2(failing.at(0).at(0).toString().contains(QStringLiteral("database is read-only")),
             qPrintable(failing.at(0).at(0).toString()));
    QVERIFY(QFile::setPermissions(path, writable));
    recorder.record(tpsCycle(t0 + 3000));
    QCOMPARE(written.count(), 4);
    QCOMPARE(resumed.count(), 1);
    QCOMPARE(timestampsOf(database, gateway, t0, t0 + 10'000),
             (QList<qint64>{t0, t0 + 1000, t0 + 2000, t0 + 3000}));
}

void TestHistoryRecorder::boundsWhatItKeepsAndSaysWhatIsMissing()
{
    HistoryOptions options;
    options.backlogSamples = 2;
    RecorderOnFile file(options);
    QVERIFY(file.opened);
    auto [recorder, failing, resumed, database] = std::tie(file.recorder, file.failing, file.resumed, file.database);
    {
        const FileSizeLimit full(1);
        QVERIFY(full.ok());
        for (int i = 0; i < 5; ++i)
            recorder.record(tpsCycle(t0 + i * 1000));
        QCOMPARE(recorder.backlogCycles(), 2);
        QCOMPARE(failing.count(), 2); // the failure, then once: memory is full, the oldest go
        QVERIFY2(failing.at(1).at(0).toString().contains(QStringLiteral("oldest samples are being dropped")),
                 qPrintable(failing.at(1).at(0).toString()));
    }
    recorder.record(tpsCycle(t0 + 5000)); // it joins the two kept (pushing out one more), then all are written
    QCOMPARE(resumed.count(), 1);
    QVERIFY2(resumed.at(0).at(0).toString().contains(QStringLiteral("4 older poll cycle(s) did not fit")),
             qPrintable(resumed.at(0).at(0).toString()));
    QCOMPARE(timestampsOf(database, gateway, t0, t0 + 10'000), (QList<qint64>{t0 + 4000, t0 + 5000}));
}

QTEST_GUILESS_MAIN(TestHistoryRecorder)
#include "test_historyrecorder.moc"
