// DatabaseWriter: jobs run in order on one other thread with that thread's connection, results come
// back on the caller's thread (errors as values), a destroyed context drops its result, and destroying
// the writer still runs every queued job.
#include "models/consoleschema.h"
#include "models/storage/database.h"
#include "models/storage/databasewriter.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace payops;

namespace {

struct InsertResult
{
    qint64 id = 0;
    QString error;
    QThread *ranOn = nullptr;
    QString connectionName;
};

InsertResult insert(QSqlDatabase &db, int value)
{
    InsertResult result;
    result.ranOn = QThread::currentThread();
    result.connectionName = db.connectionName();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO t (value) VALUES (?)"));
    query.addBindValue(value);
    if (!query.exec())
        result.error = query.lastError().text();
    else
        result.id = query.lastInsertId().toLongLong();
    return result;
}

QList<int> values(Database &database)
{
    QList<int> list;
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT value FROM t ORDER BY id")))
        return {-1};
    while (query.next())
        list.append(query.value(0).toInt());
    return list;
}

} // namespace

class TestDatabaseWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runsInOrderOnItsOwnThread();
    void deliversErrors();
    void dropsResultForDestroyedContext();
    void runsVoidJobs();
    void destructorRunsQueuedJobs();
    void laterJobSeesEarlierJobsState();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DatabaseWriter> m_writer;
};

void TestDatabaseWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>(ConsoleSchema::databaseOptions());
    const std::optional<DatabaseError> error = m_database->open(m_dir->filePath(QStringLiteral("w.db")));
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QSqlQuery create(m_database->connection());
    QVERIFY(create.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, value INTEGER NOT NULL UNIQUE)")));
    m_writer = std::make_unique<DatabaseWriter>(*m_database);
}

void TestDatabaseWriter::cleanup()
{
    m_writer.reset(); // before the database, as documented
    m_database.reset();
    m_dir.reset();
}

void TestDatabaseWriter::runsInOrderOnItsOwnThread()
{
    QSignalSpy idle(m_writer.get(), &DatabaseWriter::idle);
    QObject context;
    QList<InsertResult> results;
    QList<QThread *> callbackThreads;
    constexpr int Count = 50;
    for (int i = 0; i < Count; ++i) {
        m_writer->submit(
            &context, [i](QSqlDatabase &db) { return insert(db, i); },
            [&results, &callbackThreads](const InsertResult &result) {
                results.append(result);
                callbackThreads.append(QThread::currentThread());
            });
    }
    QCOMPARE(m_writer->pendingJobs(), Count);
    QVERIFY(results.isEmpty()); // nothing is delivered synchronously
    QTRY_COMPARE(results.size(), Count);
    QTRY_COMPARE(idle.size(), 1);
    QCOMPARE(m_writer->pendingJobs(), 0);

    QList<int> expected;
    for (int i = 0; i < Count; ++i) {
        const InsertResult &result = results.at(i);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.id, qint64(i + 1)); // results arrive in submission order
        QCOMPARE(result.ranOn, m_writer->workerThread());
        QVERIFY(result.ranOn != QThread::currentThread());
        QVERIFY(result.connectionName != m_database->connection().connectionName());
        QCOMPARE(result.connectionName, results.constFirst().connectionName); // one connection, reused
        QCOMPARE(callbackThreads.at(i), QThread::currentThread());
        expected.append(i);
    }
    QCOMPARE(values(*m_database), expected); // and the rows were written in that order
}

void TestDatabaseWriter::deliversErrors()
{
    QObject context;
    std::optional<InsertResult> first;
    std::optional<InsertResult> duplicate;
    m_writer->submit(&context, [](QSqlDatabase &db) { return insert(db, 7); },
                     [&first](const InsertResult &result) { first = result; });
    m_writer->submit(&context, [](QSqlDatabase &db) { return insert(db, 7); },
                     [&duplicate](const InsertResult &result) { duplicate = result; });
    QTRY_VERIFY(duplicate.has_value());
    QVERIFY(first.has_value());
    QVERIFY(first->error.isEmpty());
    QVERIFY(!duplicate->error.isEmpty()); // UNIQUE constraint
    QCOMPARE(duplicate->id, 0);
    QCOMPARE(values(*m_database), QList<int>{7});
}

void TestDatabaseWriter::dropsResultForDestroyedContext()
{
    QSignalSpy idle(m_writer.get(), &DatabaseWriter::idle);
    auto context = std::make_unique<QObject>();
    QObject other;
    bool droppedCalled = false;
    bool otherCalled = false;
    m_writer->submit(context.get(), [](QSqlDatabase &db) { return insert(db, 1); },
                     [&droppedCalled](const InsertResult &) { droppedCalled = true; });
    m_writer->submit(&other, [](QSqlDatabase &db) { return insert(db, 2); },
                     [&otherCalled](const InsertResult &) { otherCalled = true; });
    context.reset();
    QVERIFY(idle.wait());
    QVERIFY(otherCalled);
    QVERIFY(!droppedCalled);
    QCOMPARE(values(*m_database), (QList<int>{1, 2})); // the write itself happened
}

void TestDatabaseWriter::runsVoidJobs()
{
    QObject context;
    QThread *jobThread = nullptr;
    bool delivered = false;
    m_writer->submit(&context,
                     [&jobThread](QSqlDatabase &db) {
                         jobThread = QThread::currentThread();
                         insert(db, 3);
                     },
                     [&delivered] { delivered = true; });
    m_writer->submit([](QSqlDatabase &db) { insert(db, 4); }); // no callback at all
    QTRY_COMPARE(m_writer->pendingJobs(), 0);
    QVERIFY(delivered);
    QCOMPARE(jobThread, m_writer->workerThread());
    QCOMPARE(values(*m_database), (QList<int>{3, 4}));
}

void TestDatabaseWriter::destructorRunsQueuedJobs()
{
    QObject context;
    bool called = false;
    for (int i = 0; i < 20; ++i)
        m_writer->submit(&context, [i](QSqlDatabase &db) { return insert(db, i); }, [&called](const InsertResult &) { called = true; });
    m_writer.reset(); // waits for the queued jobs
    QVERIFY(!called); // the results went with the writer
    QCOMPARE(values(*m_database).size(), 20);
}

void TestDatabaseWriter::laterJobSeesEarlierJobsState()
{
    // What undo relies on: state filled in by one job is read by the next, on the writer thread,
    // before the first job's result has been delivered to this thread.
    auto shared = std::make_shared<qint64>(0);
    QObject context;
    std::optional<InsertResult> added;
    std::optional<QString> removed;
    m_writer->submit(&context,
                     [shared](QSqlDatabase &db) {
                         InsertResult result = insert(db, 9);
                         *shared = result.id;
                         return result;
                     },
                     [&added](const InsertResult &result) { added = result; });
    m_writer->submit(&context,
                     [shared](QSqlDatabase &db) {
                         QSqlQuery query(db);
                         query.prepare(QStringLiteral("DELETE FROM t WHERE id = ?"));
                         query.addBindValue(*shared);
                         if (*shared == 0 || !query.exec() || query.numRowsAffected() != 1)
                             return QStringLiteral("nothing deleted");
                         return QString();
                     },
                     [&removed, &added](const QString &error) {
                         QVERIFY(added.has_value()); // delivered in order too
                         removed = error;
                     });
    QVERIFY(!added.has_value());
    QTRY_VERIFY(removed.has_value());
    QCOMPARE(*removed, QString());
    QVERIFY(values(*m_database).isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabaseWriter)
#include "test_databasewriter.moc"
