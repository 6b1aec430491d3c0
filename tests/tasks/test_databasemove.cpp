// File ▸ Preferences ▸ Move To…: the console polls a real paysim and records its history, quits for the
// move, and DatabaseMove (as main() runs it) copies the closed file, proves the copy and removes the old
// one — every sample recorded before the quit is in the new file. A move that cannot happen keeps the old
// file as it was and leaves nothing behind.
#include "app/payops/console.h"
#include "models/consoleschema.h"
#include "models/metrics/historystore.h"
#include "models/storage/database.h"
#include "models/tasks/databasemove.h"
#include "widgets/mainwindow.h"
#include "tests/support/paysimprocess.h"

#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace payops;
using namespace Qt::Literals::StringLiterals;

namespace {

// Every raw point of every series in the closed file at `path`, "series@ms=value" (opened through
// the console's own HistoryStore, as the console would read it).
QStringList historyOf(const QString &path)
{
    Database database(ConsoleSchema::databaseOptions());
    if (const std::optional<DatabaseError> error = database.open(path))
        return {u"open failed: "_s + error->message};
    HistoryStore store;
    if (const std::optional<QString> error = store.open(database))
        return {u"history failed: "_s + *error};
    QStringList points;
    for (const QString &service : {u"payment_frontend"_s, u"payment_gateway"_s, u"payment_backend"_s, u"payment_callback"_s}) {
        for (const QString &metric : {u"tps"_s, u"latency_p95"_s, u"cpu_percent"_s}) {
            const QString key = u"%1{service=\"%2\"}"_s.arg(metric, service);
            const HistoryRead read = store.read(database.connection(), key, 0, std::numeric_limits<qint64>::max() / 2,
                                                HistoryRead::Resolution::Raw);
            for (const SeriesPoint &point : read.points)
                points << u"%1@%2=%3"_s.arg(key).arg(point.timestampMs).arg(point.value, 0, 'g', 17);
        }
    }
    return points;
}

} // namespace

class TestDatabaseMove final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(u"PayOpsTest"_s); }
    void movesWhatWasRecordedWhilePolling();
    void failedMoveKeepsTheOldFile();
};

void TestDatabaseMove::movesWhatWasRecordedWhilePolling()
{
    PaysimProcess paysim;
    const QString error = paysim.start({u"--seed"_s, u"9"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTemporaryDir dir;
    QFile targets(dir.filePath(u"targets.json"_s));
    QVERIFY(targets.open(QIODevice::WriteOnly));
    targets.write(paysim.fileSd(u"1s"_s, u"800ms"_s));
    targets.close();
    const QString from = dir.filePath(u"payops.db"_s);
    const QString to = dir.filePath(u"elsewhere/payops-moved.db"_s);
    {
        ConsoleOptions options;
        options.databasePath = from;
        options.targetsFile = targets.fileName();
        Console console(options);
        console.start();
        QTRY_VERIFY_WITH_TIMEOUT(console.isReady(), 10000);
        auto *lastPoll = console.window()->findChild<QLabel *>(u"lastPoll"_s);
        for (int snapshot = 0; snapshot < 6; ++snapshot) { // six seconds of polling, recorded
            const QString before = lastPoll->text();
            QTRY_VERIFY_WITH_TIMEOUT(lastPoll->text() != before, 5000);
        }
    } // closed: the recorder has committed every cycle it was given
    // What the file holds, read from a copy (reading the original would be a write of its own).
    QVERIFY(QFile::copy(from, dir.filePath(u"before.db"_s)));
    const QStringList before = historyOf(dir.filePath(u"before.db"_s));
    QVERIFY2(before.size() >= 4 * 3 * 3, qPrintable(before.join(u'\n')));

    const DatabaseMove::Result moved = DatabaseMove::run(from, to);
    QVERIFY2(moved.ok(), qPrintable(moved.error));
    QVERIFY(moved.cleanupError.isEmpty());
    QVERIFY(moved.bytes > 0);
    QVERIFY(!QFile::exists(from));
    QVERIFY(!QFile::exists(from + u"-wal"_s));
    QCOMPARE(historyOf(to), before);
}

void TestDatabaseMove::failedMoveKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString from = dir.filePath(u"payops.db"_s);
    {
        Database database(ConsoleSchema::databaseOptions());
        QVERIFY(!database.open(from));
    }
    const QByteArray content = [&] {
        QFile file(from);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!content.isEmpty());

    // The destination exists: never overwritten.
    QFile taken(dir.filePath(u"taken.db"_s));
    QVERIFY(taken.open(QIODevice::WriteOnly) && taken.write("mine") == 4);
    taken.close();
    DatabaseMove::Result result = DatabaseMove::run(from, taken.fileName());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"exists already"_s), qPrintable(result.error));
    QVERIFY(taken.open(QIODevice::ReadOnly));
    QCOMPARE(taken.readAll(), QByteArray("mine"));
    taken.close();

    // A folder that cannot be made (a file stands where it would be).
    result = DatabaseMove::run(from, taken.fileName() + u"/payops.db"_s);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(u"Not moved:"_s), qPrintable(result.error));

    // Onto itself.
    result = DatabaseMove::run(from, from);
    QVERIFY(!result.ok());

    QFile old(from);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), content);
}

QTEST_MAIN(TestDatabaseMove)
#include "test_databasemove.moc"
