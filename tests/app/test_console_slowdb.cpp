// End to end: paysim runs the slow-db scenario, the console (the same composition root as the
// executable) polls it, and the dashboard shows payment_backend's p95 above its warning threshold; a damaged
// file and a file made read-only while it records keep the live data coming and are said in words.
#include "app/payops/console.h"
#include "models/consoleschema.h"
#include "models/storage/database.h"
#include "widgets/dashboard/dashboardview.h"
#include "widgets/dashboard/servicetile.h"
#include "widgets/mainwindow.h"
#include "widgets/targetimportdialog.h"
#include "tests/support/paysimprocess.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace payops;

class TestConsoleSlowDb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dashboardShowsSlowBackend();
    void damagedDatabaseKeepsLiveDataAndRecordsNothing();
    void historyWriteFailureIsShownWhileLiveDataGoesOn();
    void restartArgumentsForARestore();
};

void TestConsoleSlowDb::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PayOpsTest")); // keep the operator's settings apart
}

void TestConsoleSlowDb::dashboardShowsSlowBackend()
{
    PaysimProcess paysim;
    const QString error = paysim.start({QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--scenario"),
                                        QStringLiteral("slow-db:payment_backend")});
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QTemporaryDir dir;
    QFile targets(dir.filePath(QStringLiteral("targets.json")));
    QVERIFY(targets.open(QIODevice::WriteOnly));
    targets.write(paysim.fileSd(QStringLiteral("1s"), QStringLiteral("800ms")));
    targets.close();

    ConsoleOptions options;
    options.databasePath = dir.filePath(QStringLiteral("payops.db"));
    options.targetsFile = targets.fileName();
    options.view = QStringLiteral("dashboard");
    Console console(options);
    console.start();
    // The window is up at once, before the database is open; the views follow.
    QVERIFY(console.window() && console.window()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(console.isReady(), 10000);
    auto *dashboard = qobject_cast<DashboardView *>(console.window()->view(QStringLiteral("dashboard")));
    QVERIFY(dashboard);
    const std::optional<double> warning = dashboard->thresholds().levels(QStringLiteral("latency_p95")).warning;
    QVERIFY(warning);

    ServiceTile *backend = dashboard->tile(QStringLiteral("payment_backend"));
    ServiceTile *gateway = dashboard->tile(QStringLiteral("payment_gateway"));
    QVERIFY(backend && gateway);
    const auto backendP95 = [backend] { return backend->currentValue(QStringLiteral("latency_p95")).value_or(0.0); };
    QTRY_VERIFY2_WITH_TIMEOUT(backendP95() > *warning,
                              qPrintable(QStringLiteral("payment_backend p95 %1 s").arg(backendP95())), 30000);
    // The healthy gateway stays under the line: the threshold tells the slow service apart.
    QTRY_VERIFY_WITH_TIMEOUT(gateway->currentValue(QStringLiteral("latency_p95")).has_value(), 30000);
    QVERIFY2(*gateway->currentValue(QStringLiteral("latency_p95")) < *warning,
             qPrintable(QString::number(*gateway->currentValue(QStringLiteral("latency_p95")))));
    // Its health document reports the slow database: the tile says so in words.
    QTRY_COMPARE_WITH_TIMEOUT(backend->stateText(), ServiceTile::stateName(ServiceState::State::Degraded), 30000);

    // File ▸ Import Targets: the file is read off the GUI thread, its preview confirmed by the operator,
    // then stored off the GUI thread and confirmed in words.
    const auto confirmImport = [&console] {
        TargetImportDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = console.window()->findChild<TargetImportDialog *>()) && dialog->isVisible(),
                                 10000);
        dialog->accept();
    };
    Q_EMIT console.window()->importTargetsRequested(targets.fileName());
    confirmImport();
    QTRY_VERIFY_WITH_TIMEOUT(console.window()->statusBar()->currentMessage().startsWith(QStringLiteral("Imported 4 target")),
                             10000);

    // A smaller file: the target left out is polled no more and disappears from the dashboard,
    // instead of staying on it as down forever.
    QJsonArray groups;
    for (const QJsonValue &group : QJsonDocument::fromJson(paysim.fileSd(QStringLiteral("1s"), QStringLiteral("800ms"))).array()) {
        if (group[QStringLiteral("labels")][QStringLiteral("service")].toString() != u"payment_callback")
            groups.append(group);
    }
    QCOMPARE(groups.size(), 3);
    QFile smaller(dir.filePath(QStringLiteral("smaller.json")));
    QVERIFY(smaller.open(QIODevice::WriteOnly));
    smaller.write(QJsonDocument(groups).toJson());
    smaller.close();
    Q_EMIT console.window()->importTargetsRequested(smaller.fileName());
    confirmImport();
    QTRY_VERIFY_WITH_TIMEOUT(console.window()->statusBar()->currentMessage().startsWith(QStringLiteral("Imported 3 target")),
                             10000);
    QVERIFY(!dashboard->services().contains(QStringLiteral("payment_callback")));
    // Two snapshots later it has not come back (a snapshot that still held it would re-add its tile).
    auto *lastPoll = console.window()->findChild<QLabel *>(QStringLiteral("lastPoll"));
    QVERIFY(lastPoll);
    for (int snapshot = 0; snapshot < 2; ++snapshot) {
        const QString before = lastPoll->text();
        QTRY_VERIFY_WITH_TIMEOUT(lastPoll->text() != before, 5000);
    }
    QVERIFY(!dashboard->tile(QStringLiteral("payment_callback")));
    // Three targets are no load: the status bar does not say polling is behind.
    auto *pollingWarning = console.window()->findChild<QLabel *>(QStringLiteral("pollingWarning"));
    QVERIFY(pollingWarning);
    QVERIFY(pollingWarning->isHidden());
    auto *summary = console.window()->findChild<QLabel *>(QStringLiteral("targetsSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("3")), qPrintable(summary->text()));
}

namespace {

// A console database at the current version whose audit_log b-tree page is overwritten: it opens (the
// schema page is intact) and only a full integrity check finds the damage.
bool makeDamagedDatabase(const QString &path)
{
    {
        Database database(ConsoleSchema::databaseOptions());
        if (database.open(path))
            return false;
        QSqlDatabase db = database.connection();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO audit_log(ts_ms, actor, action, detail, prev_hash, hash)"
                                      " VALUES (?, 'test', 'fill', ?, x'00', x'00')"));
        for (int i = 0; i < 300; ++i) {
            insert.addBindValue(i);
            insert.addBindValue(QString(200, u'x'));
            if (!insert.exec())
                return false;
        }
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    int pageSize = 0, rootPage = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next())
                pageSize = query.value(0).toInt();
            if (query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'")) && query.next())
                rootPage = query.value(0).toInt();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    QFile file(path);
    if (pageSize < 512 || rootPage < 2 || !file.open(QIODevice::ReadWrite) || !file.seek(qint64(rootPage - 1) * pageSize))
        return false;
    return file.write(QByteArray("\xEE\xFF\xFF\xFF\xFF\x00\x01", 7)) == 7;
}

qint64 historyRows(const QString &path)
{
    qint64 rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("history-rows"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT (SELECT count(*) FROM history_log) + (SELECT count(*) FROM history_chunks)"))
                && query.next())
                rows = query.value(0).toLongLong();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("history-rows"));
    return rows;
}

} // namespace

// A file damaged where only a full check looks: the window and live data come at once, the damage is
// reported in words once the background check finds it, and nothing is recorded into the file.
void TestConsoleSlowDb::damagedDatabaseKeepsLiveDataAndRecordsNothing()
{
    PaysimProcess paysim;
    const QString error = paysim.start({QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTemporaryDir dir;
    QFile targets(dir.filePath(QStringLiteral("targets.json")));
    QVERIFY(targets.open(QIODevice::WriteOnly));
    targets.write(paysim.fileSd(QStringLiteral("1s"), QStringLiteral("800ms")));
    targets.close();
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    QVERIFY(makeDamagedDatabase(path));

    ConsoleOptions options;
    options.databasePath = path;
    options.targetsFile = targets.fileName();
    options.view = QStringLiteral("dashboard");
    {
        Console console(options);
        console.start();
        QTRY_VERIFY_WITH_TIMEOUT(console.isReady(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(console.window()->statusBar()->currentMessage().contains(QStringLiteral("damaged")),
                                 20000);
        auto *dashboard = qobject_cast<DashboardView *>(console.window()->view(QStringLiteral("dashboard")));
        QVERIFY(dashboard);
        ServiceTile *gateway = dashboard->tile(QStringLiteral("payment_gateway"));
        QVERIFY(gateway);
        QTRY_VERIFY_WITH_TIMEOUT(gateway->currentValue(QStringLiteral("tps")).has_value(), 20000);
    }
    QCOMPARE(historyRows(path), qint64(0));
}

// The operator makes the database read-only while the console records: the status bar says so and
// keeps saying it, the dashboard goes on updating, and once the file is writable again the warning
// goes and everything polled meanwhile is in the file.
void TestConsoleSlowDb::historyWriteFailureIsShownWhileLiveDataGoesOn()
{
    PaysimProcess paysim;
    const QString error = paysim.start({QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTemporaryDir dir;
    QFile targets(dir.filePath(QStringLiteral("targets.json")));
    QVERIFY(targets.open(QIODevice::WriteOnly));
    targets.write(paysim.fileSd(QStringLiteral("1s"), QStringLiteral("800ms")));
    targets.close();
    const QString path = dir.filePath(QStringLiteral("payops.db"));

    ConsoleOptions options;
    options.databasePath = path;
    options.targetsFile = targets.fileName();
    options.view = QStringLiteral("dashboard");
    qint64 rowsWhileReadOnly = 0;
    {
        Console console(options);
        console.start();
        QTRY_VERIFY_WITH_TIMEOUT(console.isReady(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(historyRows(path) > 0, 20000); // recording
        const QFile::Permissions writable = QFile::permissions(path);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        MainWindow *window = console.window();
        QTRY_VERIFY_WITH_TIMEOUT(window->warning().contains(QStringLiteral("database is read-only")), 10000);
        rowsWhileReadOnly = historyRows(path);
        // Live data goes on: the last poll moves, twice, and the warning stays over other messages.
        auto *lastPoll = window->findChild<QLabel *>(QStringLiteral("lastPoll"));
        QVERIFY(lastPoll);
        for (int snapshot = 0; snapshot < 2; ++snapshot) {
            const QString before = lastPoll->text();
            QTRY_VERIFY_WITH_TIMEOUT(lastPoll->text() != before, 5000);
        }
        window->showMessage(QStringLiteral("something else"));
        QVERIFY(window->warning().contains(QStringLiteral("database is read-only")));
        QCOMPARE(historyRows(path), rowsWhileReadOnly); // nothing written meanwhile

        QVERIFY(QFile::setPermissions(path, writable));
        QTRY_VERIFY_WITH_TIMEOUT(window->warning().isEmpty(), 10000);
        QVERIFY2(window->statusBar()->currentMessage().startsWith(QStringLiteral("History is saved again")),
                 qPrintable(window->statusBar()->currentMessage()));
        QVERIFY(historyRows(path) > rowsWhileReadOnly);
    }
}

void TestConsoleSlowDb::restartArgumentsForARestore()
{
    // What main() starts the console with after "Restore This Backup…": the same options, one --restore-backup.
    const QString b = QStringLiteral("/srv/backups/payops-20261202T023000Z.db");
    QCOMPARE(ConsoleOptions::argumentsToRestore({QStringLiteral("--db"), QStringLiteral("/srv/payops.db"), QStringLiteral("--lang"),
                                                 QStringLiteral("zh_CN")},
                                                b),
             (QStringList{QStringLiteral("--db"), QStringLiteral("/srv/payops.db"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                          QStringLiteral("--restore-backup"), b}));
    // A console that was itself started to restore: the earlier backup is not restored again.
    QCOMPARE(ConsoleOptions::argumentsToRestore({QStringLiteral("--restore-backup"), QStringLiteral("/old.db"), QStringLiteral("--kb"),
                                                 QStringLiteral("--restore-backup=/older.db")},
                                                b),
             (QStringList{QStringLiteral("--kb"), QStringLiteral("--restore-backup"), b}));
}

QTEST_MAIN(TestConsoleSlowDb)
#include "test_console_slowdb.moc"
