// Transaction: BEGIN IMMEDIATE, committed writes persist, anything not committed is rolled back, and
// why BEGIN or COMMIT failed comes back as a value in SQLite's words.
#include "models/storage/transaction.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace payops;

namespace {

QSqlDatabase openConnection(const QString &name, const QString &path, const QString &options = {})
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    db.open();
    return db;
}

bool exec(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    return query.exec(statement);
}

QList<int> values(const QSqlDatabase &db)
{
    QList<int> list;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM t ORDER BY value")))
        return {-1};
    while (query.next())
        list.append(query.value(0).toInt());
    return list;
}

} // namespace

class TestTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void commitPersists();
    void destructionWithoutCommitRollsBack();
    void takesTheWriteLockAtOnce();
    void readOnlyFileRefusesTheWrite();
    void beginOnReadOnlyConnectionIsAnError();
    void beginWhileAnotherConnectionWritesIsAnError();
    void commitFailureIsReportedAndRolledBack();
    void runCommitsWhenTheBodySucceeds();
    void runRollsBackAndReturnsTheBodysError();
    void runReportsBeginFailureWithoutRunningTheBody();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("test.db")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QSqlDatabase m_db; // the connection under test
};

void TestTransaction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = openConnection(QStringLiteral("main"), path());
    QVERIFY2(m_db.isOpen(), qPrintable(m_db.lastError().text()));
    QVERIFY(exec(m_db, QStringLiteral("PRAGMA journal_mode = WAL")));
    QVERIFY(exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON")));
    QVERIFY(exec(m_db, QStringLiteral("CREATE TABLE t (value INTEGER NOT NULL)")));
    QVERIFY(exec(m_db, QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)")));
    QVERIFY(exec(m_db, QStringLiteral("CREATE TABLE child (parent_id INTEGER"
                                      " REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)")));
}

void TestTransaction::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
    m_dir.reset();
}

void TestTransaction::commitPersists()
{
    {
        Transaction transaction(m_db);
        QVERIFY2(transaction.isOpen(), qPrintable(transaction.error()));
        QVERIFY(transaction.error().isEmpty());
        QVERIFY(exec(m_db, QStringLiteral("INSERT INTO t VALUES (1)")));
        QVERIFY(exec(m_db, QStringLiteral("INSERT INTO t VALUES (2)")));
        const std::optional<QString> error = transaction.commit();
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        QVERIFY(!transaction.isOpen());
    }
    // Seen by another connection: it is in the file.
    const QSqlDatabase other = openConnection(QStringLiteral("other"), path());
    QCOMPARE(values(other), (QList<int>{1, 2}));
    QCOMPARE(values(m_db), (QList<int>{1, 2}));
}

void TestTransaction::destructionWithoutCommitRollsBack()
{
    QVERIFY(exec(m_db, QStringLiteral("INSERT INTO t VALUES (1)")));
    {
        Transaction transaction(m_db);
        QVERIFY(transaction.isOpen());
        QVERIFY(exec(m_db, QStringLiteral("INSERT INTO t VALUES (2)")));
        QVERIFY(exec(m_db, QStringLiteral("DELETE FROM t WHERE value = 1")));
        QCOMPARE(values(m_db), (QList<int>{2}));
    }
    QCOMPARE(values(m_db), (QList<int>{1}));
    // The connection is out of the transaction: a new one begins.
    Transaction again(m_db);
    QVERIFY2(again.isOpen(), qPrintable(again.error()));
}

void TestTransaction::takesTheWriteLockAtOnce()
{
    // IMMEDIATE: the lock is held from BEGIN on, before any write; another writer is kept out.
    Transaction transaction(m_db);
    QVERIFY(transaction.isOpen());
    const QSqlDatabase other = openConnection(QStringLiteral("other"), path(), QStringLiteral("QSQLITE_BUSY_TIMEOUT=10"));
    QVERIFY(other.isOpen());
    QVERIFY(!exec(other, QStringLiteral("INSERT INTO t VALUES (9)")));
}

void TestTransaction::readOnlyFileRefusesTheWrite()
{
    // SQLite turns BEGIN IMMEDIATE on a read-only file into a read transaction: BEGIN succeeds, and
    // the first write says why it cannot be. (Database::open() refuses such a file up front.)
    QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner | QFile::ReadUser));
    // Opened read-only too: permission bits do not stop a process running as root.
    const QSqlDatabase readOnly = openConnection(QStringLiteral("read-only"), path(),
                                                 QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY2(readOnly.isOpen(), qPrintable(readOnly.lastError().text()));
    Transaction transaction(readOnly);
    QVERIFY2(transaction.isOpen(), qPrintable(transaction.error()));
    QSqlQuery insert(readOnly);
    QVERIFY(!insert.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    QVERIFY2(insert.lastError().databaseText().contains(QStringLiteral("readonly")),
             qPrintable(insert.lastError().text()));
}

void TestTransaction::beginOnReadOnlyConnectionIsAnError()
{
    QVERIFY(exec(m_db, QStringLiteral("PRAGMA query_only = ON")));
    Transaction transaction(m_db);
    QVERIFY(!transaction.isOpen());
    QCOMPARE(transaction.error(), QStringLiteral("attempt to write a readonly database"));
    QVERIFY(!transaction.commit()->isEmpty()); // nothing to commit, and it says so
}

void TestTransaction::beginWhileAnotherConnectionWritesIsAnError()
{
    const QSqlDatabase other = openConnection(QStringLiteral("other"), path(), QStringLiteral("QSQLITE_BUSY_TIMEOUT=10"));
    QVERIFY(other.isOpen());
    Transaction holder(m_db);
    QVERIFY(holder.isOpen());
    {
        Transaction blocked(other);
        QVERIFY(!blocked.isOpen());
        QCOMPARE(blocked.error(), QStringLiteral("database is locked"));
    }
    QVERIFY(!holder.commit());
    Transaction later(other); // the lock is free again
    QVERIFY2(later.isOpen(), qPrintable(later.error()));
}

void TestTransaction::commitFailureIsReportedAndRolledBack()
{
    {
        Transaction transaction(m_db);
        QVERIFY(transaction.isOpen());
        QVERIFY(exec(m_db, QStringLiteral("INSERT INTO t VALUES (1)")));
        // A deferred foreign key is checked at COMMIT: the orphan makes it fail.
        QVERIFY(exec(m_db, QStringLiteral("INSERT INTO child VALUES (42)")));
        const std::optional<QString> error = transaction.commit();
        QVERIFY(error.has_value());
        QVERIFY2(error->contains(QStringLiteral("FOREIGN KEY constraint failed")), qPrintable(*error));
        QVERIFY(transaction.isOpen()); // still open: rolled back below
    }
    QCOMPARE(values(m_db), QList<int>());
    Transaction again(m_db);
    QVERIFY2(again.isOpen(), qPrintable(again.error()));
}

void TestTransaction::runCommitsWhenTheBodySucceeds()
{
    const std::optional<QString> error = Transaction::run(m_db, [this]() -> std::optional<QString> {
        if (!exec(m_db, QStringLiteral("INSERT INTO t VALUES (3)")))
            return QStringLiteral("insert failed");
        return std::nullopt;
    });
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QCOMPARE(values(m_db), (QList<int>{3}));
}

void TestTransaction::runRollsBackAndReturnsTheBodysError()
{
    const std::optional<QString> error = Transaction::run(m_db, [this]() -> std::optional<QString> {
        exec(m_db, QStringLiteral("INSERT INTO t VALUES (3)"));
        return QStringLiteral("the body's own words");
    });
    QCOMPARE(error.value_or(QString()), QStringLiteral("the body's own words"));
    QCOMPARE(values(m_db), QList<int>());

    const std::optional<QString> commitError = Transaction::run(m_db, [this]() -> std::optional<QString> {
        exec(m_db, QStringLiteral("INSERT INTO child VALUES (42)"));
        return std::nullopt;
    });
    QVERIFY(commitError.has_value());
    QVERIFY2(commitError->contains(QStringLiteral("FOREIGN KEY")), qPrintable(*commitError));
    QVERIFY(Transaction(m_db).isOpen()); // rolled back: the connection is free
}

void TestTransaction::runReportsBeginFailureWithoutRunningTheBody()
{
    const QSqlDatabase other = openConnection(QStringLiteral("other"), path(), QStringLiteral("QSQLITE_BUSY_TIMEOUT=10"));
    Transaction holder(m_db);
    QVERIFY(holder.isOpen());
    bool ran = false;
    const std::optional<QString> error = Transaction::run(other, [&ran]() -> std::optional<QString> {
        ran = true;
        return std::nullopt;
    });
    QCOMPARE(error.value_or(QString()), QStringLiteral("database is locked"));
    QVERIFY(!ran);
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "test_transaction.moc"
