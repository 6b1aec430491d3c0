// Tests of payops::Database: creation, pragmas, bad input (never modified), migrations, threads.
#include "models/storage/database.h"
#include "models/consoleschema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

#include <memory>

using payops::Database;
using payops::DatabaseError;
using payops::DatabaseOptions;
using payops::Migration;
using payops::ConsoleSchema;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int fileMode(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

bool setMode(const QString &path, int mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

// Runs `body` on a plain connection of the test's own (no pragmas, no checks), then removes it.
template<typename Body>
void withRawConnection(const QString &path, Body body, bool readOnly = false)
{
    static int serial = 0;
    const QString name = QStringLiteral("raw-%1").arg(++serial);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QStringList schemaDump(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
    QStringList rows;
    while (query.next())
        rows.append(query.value(0).toString() + u'|' + query.value(1).toString() + u'|'
                    + query.value(2).toString() + u'|' + query.value(3).toString());
    return rows;
}

// What a refused open() left in `folder` besides what was there before. A read-only look at a
// WAL-mode file may leave its -wal (empty: nothing was written) and -shm, as any SQLite reader does.
QStringList newFilesBeside(const QString &folder, const QStringList &before, const QString &dbName)
{
    QStringList added;
    const QStringList now = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    for (const QString &name : now) {
        if (before.contains(name))
            continue;
        if (name == dbName + QStringLiteral("-shm"))
            continue;
        if (name == dbName + QStringLiteral("-wal") && QFileInfo(QDir(folder).filePath(name)).size() == 0)
            continue;
        added.append(name);
    }
    return added;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Database whose last migration is broken in one of several ways.
QList<Migration> brokenList(const QString &how)
{
    QList<Migration> list = ConsoleSchema::migrations();
    Migration broken;
    broken.version = int(list.size()) + 1;
    broken.description = QStringLiteral("broken on purpose");
    if (how == QLatin1String("statement")) {
        broken.statements = {QStringLiteral("CREATE TABLE half_done(a INTEGER)"),
                             QStringLiteral("INSERT INTO no_such_table VALUES (1)")};
    } else if (how == QLatin1String("apply")) {
        broken.statements = {QStringLiteral("CREATE TABLE half_done(a INTEGER)")};
        broken.apply = [](QSqlDatabase &db) -> std::optional<QString> {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("INSERT INTO half_done VALUES (42)")))
                return query.lastError().text();
            return QStringLiteral("the step's code reports a failure");
        };
    } else { // a row that breaks a foreign key
        broken.statements = {QStringLiteral("CREATE TABLE half_done(a INTEGER)"),
                             QStringLiteral("INSERT INTO targets(service_id, metrics_url) VALUES (999, 'http://x/metrics')")};
    }
    list.append(broken);
    return list;
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createsPrivateFileWithPragmas();
    void createsMissingFolders();
    void emptyExistingFileIsAccepted();
    void connectionBeforeOpenIsInvalid();
    void openTwiceIsAnError();

    void notADatabase_data();
    void notADatabase();
    void corruptFileIsDetected_data();
    void corruptFileIsDetected();
    void deferredCheckOfSoundFile();
    void readOnlyFile();
    void readOnlyDirectory();
    void readOnlyDirectoryForNewFile();
    void newerSchema();
    void readOnlyOptionNeverWrites();

    void migratesFromEveryVersion_data();
    void migratesFromEveryVersion();
    void failingMigrationRollsBack_data();
    void failingMigrationRollsBack();
    void invalidMigrationListOpensNothing();
    void schemaIsSane();

    void twoThreadsUseTheirOwnConnections();
    void connectionOutlivesDatabaseUntilThreadEnds();
    void namesAreUniquePerInstance();
    void releaseConnectionRemovesIt();

private:
    QString pathOf(const QString &name) const { return m_dir->filePath(name); }
    // A valid, closed database file at the latest version, with a few rows.
    QString makeValidFile(const QString &name, int rows = 10);

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_restoreModes; // folders whose mode a test changed; restored in cleanup()
};

void TestDatabase::init()
{
    // Any Qt SQL warning (connection still in use, wrong thread, duplicate name) is a failure.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^QSql")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::cleanup()
{
    for (const QString &path : std::as_const(m_restoreModes))
        setMode(path, 0700);
    m_restoreModes.clear();
    m_dir.reset();
}

QString TestDatabase::makeValidFile(const QString &name, int rows)
{
    const QString path = pathOf(name);
    Database db(ConsoleSchema::databaseOptions());
    const auto error = db.open(path);
    if (error) {
        qWarning("makeValidFile: %s", qPrintable(error->message));
        return {};
    }
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("BEGIN"));
    query.prepare(QStringLiteral("INSERT INTO audit_log(ts_ms, actor, action, detail, prev_hash, hash)"
                                 " VALUES (?, 'tester', 'test', ?, zeroblob(32), randomblob(32))"));
    for (int i = 0; i < rows; ++i) {
        query.addBindValue(i);
        query.addBindValue(QString(200, QChar(u'a' + i % 26)));
        if (!query.exec())
            return {};
    }
    query.exec(QStringLiteral("COMMIT"));
    return path;
}

// ---- creation and pragmas ---------------------------------------------------------------------------

void TestDatabase::createsPrivateFileWithPragmas()
{
    const QString path = pathOf(QStringLiteral("payops.db"));
    Database db(ConsoleSchema::databaseOptions());
    const auto error = db.open(path);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QVERIFY(db.isOpen());
    QCOMPARE(db.path(), path);
    QCOMPARE(db.schemaVersion(), ConsoleSchema::latestVersion());

    QCOMPARE(fileMode(path), 0600);
    QSqlDatabase conn = db.connection();
    QVERIFY(conn.isOpen());
    QVERIFY(scalar(conn, QStringLiteral("SELECT count(*) FROM settings")).isValid()); // -wal/-shm in use
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QVERIFY2(QFile::exists(path + suffix), qPrintable(suffix));
        QCOMPARE(fileMode(path + suffix), 0600);
    }

    QCOMPARE(scalar(conn, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(conn, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(conn, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
    QCOMPARE(scalar(conn, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
    QCOMPARE(scalar(conn, QStringLiteral("PRAGMA user_version")).toInt(), ConsoleSchema::latestVersion());
    QVERIFY(scalar(conn, QStringLiteral("PRAGMA application_id")).toInt() != 0);

    // Foreign keys are enforced: a target of no service is refused.
    QSqlQuery insert(conn);
    QVERIFY(!insert.exec(QStringLiteral("INSERT INTO targets(service_id, metrics_url) VALUES (7, 'http://a/metrics')")));
}

void TestDatabase::createsMissingFolders()
{
    const QString path = pathOf(QStringLiteral("a/b/c/payops.db"));
    Database db(ConsoleSchema::databaseOptions());
    const auto error = db.open(path);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QVERIFY(QFileInfo(path).isFile());
    QCOMPARE(fileMode(path), 0600);
    QCOMPARE(fileMode(pathOf(QStringLiteral("a/b/c"))), 0700);
    QCOMPARE(fileMode(pathOf(QStringLiteral("a"))), 0700);
}

void TestDatabase::emptyExistingFileIsAccepted()
{
    const QString path = pathOf(QStringLiteral("empty.db"));
    QVERIFY(writeFile(path, {}));
    Database db(ConsoleSchema::databaseOptions());
    const auto error = db.open(path);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QCOMPARE(db.schemaVersion(), ConsoleSchema::latestVersion());
}

void TestDatabase::connectionBeforeOpenIsInvalid()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("before a successful open")));
    Database db(ConsoleSchema::databaseOptions());
    QVERIFY(!db.isOpen());
    QVERIFY(!db.connection().isValid());
    QCOMPARE(db.schemaVersion(), 0);
}

void TestDatabase::openTwiceIsAnError()
{
    Database db(ConsoleSchema::databaseOptions());
    QVERIFY(!db.open(pathOf(QStringLiteral("one.db"))));
    const auto error = db.open(pathOf(QStringLiteral("two.db")));
    QVERIFY(error);
    QCOMPARE(error->kind, DatabaseError::Kind::OpenFailed);
    QVERIFY(!QFile::exists(pathOf(QStringLiteral("two.db"))));
    QCOMPARE(db.path(), pathOf(QStringLiteral("one.db")));
}

// ---- bad input: a clear error, and the file is left byte for byte as it was -----------------------

void TestDatabase::notADatabase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedWords");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("it is not an SQLite file");
    QTest::newRow("binary garbage") << QStringLiteral("binary") << QStringLiteral("it is not an SQLite file");
    QTest::newRow("SQLite header, garbage after") << QStringLiteral("fake-header") << QStringLiteral("not a PayOps database");
    QTest::newRow("another program's SQLite file") << QStringLiteral("foreign") << QStringLiteral("another program");
    QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
}

void TestDatabase::notADatabase()
{
    QFETCH(QString, kind);
    QFETCH(QString, expectedWords);
    const QString path = pathOf(QStringLiteral("input.db"));
    if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(path, "merchant_id,amount\n42,100.00\nThis is not a database.\n"));
    } else if (kind == QLatin1String("binary")) {
        QByteArray bytes(8192, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 131 + 7) % 251);
        QVERIFY(writeFile(path, bytes));
    } else if (kind == QLatin1String("fake-header")) {
        QByteArray bytes("SQLite format 3", 16);
        bytes.append(QByteArray(4096, '\x5a'));
        QVERIFY(writeFile(path, bytes));
    } else if (kind == QLatin1String("foreign")) {
        withRawConnection(path, [](QSqlDatabase &db) {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO photos(name) VALUES ('cat.jpg')")));
        });
    } else {
        QVERIFY(QDir().mkdir(path));
    }
    const QByteArray before = fileHash(path);
    const QStringList listingBefore = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    Database db(ConsoleSchema::databaseOptions());
    const auto error = db.open(path);
    QVERIFY(error);
    QCOMPARE(error->kind, DatabaseError::Kind::NotADatabase);
    QVERIFY2(error->message.contains(path), qPrintable(error->message));
    QVERIFY2(error->message.contains(expectedWords), qPrintable(error->message));
    QVERIFY(!db.isOpen());
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), listingBefore);
}

void TestDatabase::corruptFileIsDetected_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("a table's b-tree page") << QStringLiteral("audit_log");
    QTest::newRow("an index's b-tree page") << QStringLiteral("audit_log_ts");
    QTest::newRow("the schema page (page 1)") << QStringLiteral("sqlite_master");
}

void TestDatabase::corruptFileIsDetected()
{
    QFETCH(QString, table);
    const QString path = makeValidFile(QStringLiteral("corrupt.db"), 300);
    QVERIFY(!path.isEmpty());
    QVERIFY2(!QFile::exists(path + QStringLiteral("-wal")), "the WAL must be checkpointed before we corrupt");

    int pageSize = 0;
    int rootPage = 1;
    withRawConnection(path, [&](QSqlDatabase &db) {
        pageSize = scalar(db, QStringLiteral("PRAGMA page_size")).toInt();
        if (table != QLatin1String("sqlite_master")) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
            query.addBindValue(table);
            QVERIFY(query.exec() && query.next());
            rootPage = query.value(0).toInt();
        }
    }, true);
    QVERIFY(pageSize >= 512);
    QVERIFY(rootPage >= 1);

    // Overwrite the b-tree page header: page type 0xEE (none such), first freeblock, cell count.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 header = qint64(rootPage - 1) * pageSize + (rootPage == 1 ? 100 : 0);
        QVERIFY(file.seek(header));
        QCOMPARE(file.write(QByteArray("\xEE\xFF\xFF\xFF\xFF\x00\x01", 7)), qint64(7));
    }

    // The fixture really is damaged: SQLite itself says so (quick_check not "ok", or an error).
    withRawConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        const bool ran = query.exec(QStringLiteral("PRAGMA quick_check")) && query.next();
        QVERIFY2(!ran || query.value(0).toString() != QLatin1String("ok"), "fixture is not corrupt");
    }, true);

    const QByteArray before = fileHash(path);
    const QStringList listingBefore = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    Database db(ConsoleSchema::databaseOptions());
    const auto error = db.open(path);
    QVERIFY(error);
    QCOMPARE(error->kind, DatabaseError::Kind::Corrupt);
    QCOMPARE(newFilesBeside(m_dir->path(), listingBefore, QStringLiteral("corrupt.db")), QStringList());
    QVERIFY2(error->message.contains(path), qPrintable(error->message));
    QVERIFY2(error->message.contains(QStringLiteral("damaged")), qPrintable(error->message));
    QVERIFY(!error->detail.isEmpty());
    QVERIFY(!db.isOpen());
    QCOMPARE(fileHash(path), before);

    // Deferred, as the console opens: a file already at the latest version opens without being read
    // whole, and checkIntegrity() then finds the damage. (The schema page is read by every open, so
    // its damage still refuses the file.)
    if (table != QLatin1String("sqlite_master")) {
        DatabaseOptions deferred = ConsoleSchema::databaseOptions();
        deferred.quickCheckOnlyBeforeMigrating = true;
        Database later(deferred);
        const auto opened = later.open(path);
        QVERIFY2(!opened, opened ? qPrintable(opened->message) : "");
        const auto found = later.checkIntegrity();
        QVERIFY(found);
        QCOMPARE(found->kind, DatabaseError::Kind::Corrupt);
        QVERIFY2(found->message.contains(QStringLiteral("damaged")), qPrintable(found->message));
    }
}

void TestDatabase::deferredCheckOfSoundFile()
{
    const QString path = makeValidFile(QStringLiteral("sound.db"), 50);
    QVERIFY(!path.isEmpty());
    DatabaseOptions deferred = ConsoleSchema::databaseOptions();
    deferred.quickCheckOnlyBeforeMigrating = true;
    Database db(deferred);
    QVERIFY(!db.open(path));
    QVERIFY(!db.checkIntegrity());
}

void TestDatabase::readOnlyFile()
{
    const QString path = makeValidFile(QStringLiteral("readonly.db"));
    QVERIFY(!path.isEmpty());
    QVERIFY(setMode(path, 0400)); // works for root too: the cleared owner-write bit is the policy
    const QByteArray before = fileHash(path);

    Database db(ConsoleSchema::databaseOptions());
    const auto error = db.open(path);
    QVERIFY(error);
    QCOMPARE(error->kind, DatabaseError::Kind::ReadOnlyFile);
    QVERIFY2(error->message.contains(path), qPrintable(error->message));
    QVERIFY2(error->message.contains(QStringLiteral("read-only")), qPrintable(error->message));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(fileMode(path), 0400);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::readOnlyDirectory()
{
    const QString folder = pathOf(QStringLiteral("locked"));
    QVERIFY(QDir().mkdir(folder));
    const QString path = makeValidFile(QStringLiteral("locked/payops.db"));
    QVERIFY(!path.isEmpty());
    const QByteArray before = fileHash(path);
    QVERIFY(setMode(folder, 0555));
    m_restoreModes.append(folder);

    Database db(ConsoleSchema::databaseOptions());
    const auto error = db.open(path);
    QVERIFY(error);
    QCOMPARE(error->kind, DatabaseError::Kind::ReadOnlyDirectory);
    QVERIFY2(error->message.contains(folder), qPrintable(error->message));
    QVERIFY2(error->message.contains(QStringLiteral("payops.db-wal")), qPrintable(error->message));
    QVERIFY2(error->message.contains(QStringLiteral("write-ahead-log")), qPrintable(error->message));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("payops.db")});
}

void TestDatabase::readOnlyDirectoryForNewFile()
{
    const QString folder = pathOf(QStringLiteral("locked"));
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(setMode(folder, 0555));
    m_restoreModes.append(folder);

    for (const QString &name : {QStringLiteral("locked/payops.db"), QStringLiteral("locked/sub/payops.db")}) {
        Database db(ConsoleSchema::databaseOptions());
        const auto error = db.open(pathOf(name));
        QVERIFY(error);
        QCOMPARE(error->kind, DatabaseError::Kind::ReadOnlyDirectory);
        QVERIFY2(error->message.contains(folder), qPrintable(error->message));
        QVERIFY(QDir(folder).isEmpty());
    }
}

void TestDatabase::newerSchema()
{
    const QString path = makeValidFile(QStringLiteral("newer.db"));
    QVERIFY(!path.isEmpty());
    const int newer = ConsoleSchema::latestVersion() + 1;
    withRawConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
    });
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray before = fileHash(path);
    const QStringList listingBefore = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    Database db(ConsoleSchema::databaseOptions());
    const auto error = db.open(path);
    QVERIFY(error);
    QCOMPARE(error->kind, DatabaseError::Kind::NewerSchema);
    QCOMPARE(newFilesBeside(m_dir->path(), listingBefore, QStringLiteral("newer.db")), QStringList());
    QVERIFY2(error->message.contains(path), qPrintable(error->message));
    QVERIFY2(error->message.contains(QString::number(newer)), qPrintable(error->message));
    QVERIFY2(error->message.contains(QStringLiteral("newer version of PayOps")), qPrintable(error->message));
    QCOMPARE(fileHash(path), before);
}

// DatabaseOptions::readOnly (payopsctl db check): an older file stays at its version, byte for byte;
// a missing file is not created; connections cannot write.
void TestDatabase::readOnlyOptionNeverWrites()
{
    const QString path = pathOf(QStringLiteral("old.db"));
    {
        DatabaseOptions options = ConsoleSchema::databaseOptions();
        options.targetVersion = 2;
        Database old(options);
        QVERIFY(!old.open(path));
    }
    const QByteArray before = fileHash(path);
    {
        DatabaseOptions options = ConsoleSchema::databaseOptions();
        options.readOnly = true;
        Database db(options);
        const auto error = db.open(path);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QCOMPARE(db.schemaVersion(), 2);
        QSqlDatabase conn = db.connection();
        QVERIFY(conn.isOpen());
        QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM targets")).toInt(), 0);
        QSqlQuery insert(conn);
        QVERIFY(!insert.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('k', 'v')")));
    }
    QCOMPARE(fileHash(path), before);

    const QString missing = pathOf(QStringLiteral("missing.db"));
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.readOnly = true;
    Database db(options);
    const auto error = db.open(missing);
    QVERIFY(error);
    QCOMPARE(error->kind, DatabaseError::Kind::Missing);
    QVERIFY2(error->message.contains(missing), qPrintable(error->message));
    QVERIFY(!QFile::exists(missing));
}

// ---- migrations ------------------------------------------------------------------------------------

void TestDatabase::migratesFromEveryVersion_data()
{
    QTest::addColumn<int>("from");
    for (int version = 0; version <= ConsoleSchema::latestVersion(); ++version)
        QTest::addRow("from version %d", version) << version;
}

void TestDatabase::migratesFromEveryVersion()
{
    QFETCH(int, from);

    // The reference: a file created from nothing in one go.
    QStringList reference;
    {
        Database fresh(ConsoleSchema::databaseOptions());
        QVERIFY(!fresh.open(pathOf(QStringLiteral("fresh.db"))));
        reference = schemaDump(fresh.connection());
    }
    QVERIFY(!reference.isEmpty());

    const QString path = pathOf(QStringLiteral("old.db"));
    {
        DatabaseOptions options = ConsoleSchema::databaseOptions();
        options.targetVersion = from;
        Database old(options);
        const auto error = old.open(path);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QCOMPARE(old.schemaVersion(), from);
        QSqlDatabase conn = old.connection();
        QCOMPARE(scalar(conn, QStringLiteral("PRAGMA user_version")).toInt(), from);
        if (from >= 1) {
            QSqlQuery query(conn);
            QVERIFY(query.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('kept', 'yes')")));
        }
    }

    Database db(ConsoleSchema::databaseOptions());
    const auto error = db.open(path);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QCOMPARE(db.schemaVersion(), ConsoleSchema::latestVersion());
    QSqlDatabase conn = db.connection();
    QCOMPARE(scalar(conn, QStringLiteral("PRAGMA user_version")).toInt(), ConsoleSchema::latestVersion());
    QCOMPARE(schemaDump(conn), reference);
    QCOMPARE(scalar(conn, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    if (from >= 1)
        QCOMPARE(scalar(conn, QStringLiteral("SELECT value FROM settings WHERE key = 'kept'")).toString(),
                 QStringLiteral("yes"));
}

void TestDatabase::failingMigrationRollsBack_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("a statement fails") << QStringLiteral("statement");
    QTest::newRow("the step's code fails") << QStringLiteral("apply");
    QTest::newRow("a foreign key is broken") << QStringLiteral("foreign-key");
}

void TestDatabase::failingMigrationRollsBack()
{
    QFETCH(QString, how);
    const QString path = pathOf(QStringLiteral("migrating.db"));
    const int latest = ConsoleSchema::latestVersion();

    // A file at version 1; then a program whose list is 1..latest plus a broken latest+1.
    {
        DatabaseOptions options = ConsoleSchema::databaseOptions();
        options.targetVersion = 1;
        Database db(options);
        QVERIFY(!db.open(path));
    }
    {
        DatabaseOptions options = ConsoleSchema::databaseOptions();
        options.migrations = brokenList(how);
        Database db(options);
        const auto error = db.open(path);
        QVERIFY(error);
        QCOMPARE(error->kind, DatabaseError::Kind::MigrationFailed);
        QVERIFY2(error->message.contains(QStringLiteral("version %1").arg(latest + 1)), qPrintable(error->message));
        QVERIFY2(error->message.contains(QStringLiteral("broken on purpose")), qPrintable(error->message));
        QVERIFY(!db.isOpen());
    }
    // Steps 2..latest committed one by one; the broken one left nothing behind.
    withRawConnection(path, [&](QSqlDatabase &db) {
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), latest);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM targets")).toInt(), 0);
    });
    // And the file still opens with the real list.
    Database db(ConsoleSchema::databaseOptions());
    const auto error = db.open(path);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QCOMPARE(db.schemaVersion(), latest);
}

void TestDatabase::invalidMigrationListOpensNothing()
{
    DatabaseOptions options;
    options.migrations = ConsoleSchema::migrations();
    options.migrations.removeFirst(); // starts at 2: a gap
    Database db(options);
    const QString path = pathOf(QStringLiteral("never.db"));
    const auto error = db.open(path);
    QVERIFY(error);
    QCOMPARE(error->kind, DatabaseError::Kind::MigrationFailed);
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::schemaIsSane()
{
    const QList<Migration> list = ConsoleSchema::migrations();
    QVERIFY(!list.isEmpty());
    for (qsizetype i = 0; i < list.size(); ++i) {
        QCOMPARE(list.at(i).version, int(i) + 1);
        QVERIFY(!list.at(i).description.isEmpty());
    }
    QCOMPARE(ConsoleSchema::latestVersion(), int(list.size()));

    Database db(ConsoleSchema::databaseOptions());
    QVERIFY(!db.open(pathOf(QStringLiteral("schema.db"))));
    QSqlDatabase conn = db.connection();
    for (const QString &table : {QStringLiteral("settings"), QStringLiteral("audit_log"),
                                 QStringLiteral("services"), QStringLiteral("targets")})
        QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(table)).toInt(), 1);

    // The audit log is append-only.
    QSqlQuery query(conn);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO audit_log(ts_ms, actor, action, detail, prev_hash, hash)"
                                      " VALUES (1, 'a', 'b', 'c', zeroblob(32), zeroblob(32))")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory'")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT actor FROM audit_log")).toString(), QStringLiteral("a"));

    // Deleting a service deletes its targets.
    QVERIFY(query.exec(QStringLiteral("INSERT INTO services(id, name, display_order) VALUES (1, 'payment_gateway', 1)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO targets(service_id, metrics_url) VALUES (1, 'http://127.0.0.1:9101/metrics')")));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT interval_ms || '/' || timeout_ms || '/' || labels_json FROM targets")).toString(),
             QStringLiteral("5000/3000/{}"));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM services WHERE id = 1")));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM targets")).toInt(), 0);
}

// ---- threads -----------------------------------------------------------------------------------------

void TestDatabase::twoThreadsUseTheirOwnConnections()
{
    constexpr int kRows = 2000;
    Database db(ConsoleSchema::databaseOptions());
    QVERIFY(!db.open(pathOf(QStringLiteral("threads.db"))));
    const QString mainName = db.connection().connectionName();

    struct Outcome
    {
        QString name;
        QString error;
        int foreignKeys = -1;
        int synchronous = -1;
        int busyTimeout = -1;
    };
    Outcome outcomes[2];
    QSemaphore ready;
    QSemaphore go;

    auto work = [&](int index) {
        Outcome &out = outcomes[index];
        QSqlDatabase conn = db.connection();
        out.name = conn.connectionName();
        out.foreignKeys = scalar(conn, QStringLiteral("PRAGMA foreign_keys")).toInt();
        out.synchronous = scalar(conn, QStringLiteral("PRAGMA synchronous")).toInt();
        out.busyTimeout = scalar(conn, QStringLiteral("PRAGMA busy_timeout")).toInt();
        ready.release();
        go.acquire(); // both hold their connections before either writes
        QSqlQuery query(conn);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            out.error = query.lastError().text();
            return;
        }
        query.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?)"));
        for (int i = 0; i < kRows; ++i) {
            query.addBindValue(QStringLiteral("thread%1-%2").arg(index).arg(i));
            query.addBindValue(QString::number(i));
            if (!query.exec()) {
                out.error = query.lastError().text();
                return;
            }
        }
        if (!query.exec(QStringLiteral("COMMIT")))
            out.error = query.lastError().text();
    };

    std::unique_ptr<QThread> first(QThread::create(work, 0));
    std::unique_ptr<QThread> second(QThread::create(work, 1));
    first->start();
    second->start();
    ready.acquire(2);
    go.release(2);
    QVERIFY(first->wait());
    QVERIFY(second->wait());

    for (const Outcome &out : outcomes) {
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        QVERIFY(!out.name.isEmpty());
        QVERIFY(out.name != mainName);
        QCOMPARE(out.foreignKeys, 1);
        QCOMPARE(out.synchronous, 1);
        QCOMPARE(out.busyTimeout, 5000);
        // Removed by the thread itself when it finished.
        QVERIFY2(!QSqlDatabase::contains(out.name), qPrintable(out.name));
    }
    QVERIFY(outcomes[0].name != outcomes[1].name);
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM settings")).toInt(), 2 * kRows);
}

void TestDatabase::connectionOutlivesDatabaseUntilThreadEnds()
{
    auto db = std::make_unique<Database>(ConsoleSchema::databaseOptions());
    QVERIFY(!db->open(pathOf(QStringLiteral("outlive.db"))));
    QString name;
    QString error;
    QSemaphore opened;
    QSemaphore destroyed;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        QSqlDatabase conn = db->connection();
        name = conn.connectionName();
        opened.release();
        destroyed.acquire();
        QSqlQuery query(conn); // the Database is gone; this thread's connection still works
        if (!query.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('late', 'ok')")))
            error = query.lastError().text();
    }));
    thread->start();
    opened.acquire();
    const QString mainName = db->connection().connectionName();
    db.reset();
    QVERIFY(!QSqlDatabase::contains(mainName)); // the destroying thread's own connection is gone
    QVERIFY(QSqlDatabase::contains(name));      // the running thread's one is not pulled from under it
    destroyed.release();
    QVERIFY(thread->wait());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!QSqlDatabase::contains(name));
}

void TestDatabase::namesAreUniquePerInstance()
{
    const QString path = pathOf(QStringLiteral("shared.db"));
    Database one(ConsoleSchema::databaseOptions());
    Database two(ConsoleSchema::databaseOptions());
    QVERIFY(!one.open(path));
    QVERIFY(!two.open(path));
    QSqlDatabase a = one.connection();
    QSqlDatabase b = two.connection();
    QVERIFY(a.connectionName() != b.connectionName());
    QCOMPARE(one.connection().connectionName(), a.connectionName()); // stable within a thread
    QSqlQuery query(a);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('x', '1')")));
    QCOMPARE(scalar(b, QStringLiteral("SELECT value FROM settings WHERE key = 'x'")).toString(), QStringLiteral("1"));
}

void TestDatabase::releaseConnectionRemovesIt()
{
    Database db(ConsoleSchema::databaseOptions());
    QVERIFY(!db.open(pathOf(QStringLiteral("release.db"))));
    const QString before = db.connection().connectionName();
    QVERIFY(QSqlDatabase::contains(before));
    db.releaseConnection();
    QVERIFY(!QSqlDatabase::contains(before));
    QSqlDatabase again = db.connection();
    QVERIFY(again.isOpen());
    QVERIFY(again.connectionName() != before);
    QCOMPARE(scalar(again, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
