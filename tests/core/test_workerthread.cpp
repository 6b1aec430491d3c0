// WorkerThread: the worker runs on its own thread, every call queued before the owner goes is
// handled, and the worker is destroyed on its own thread (where its resources belong). Started
// later and stopped early: the queued calls run first, the worker stays until the owner goes.
#include "models/core/workerthread.h"

#include <QTest>

#include <atomic>

namespace {

struct Record
{
    std::atomic<int> handled = 0;
    std::atomic<bool> handledOnWorkerThread = true;
    std::atomic<bool> destroyedOnWorkerThread = false;
    std::atomic<int> handledWhenDestroyed = -1;
    std::atomic<bool> destroyed = false;
};

class Worker final : public QObject
{
public:
    explicit Worker(Record &record)
        : m_record(record)
    {
    }
    ~Worker() override
    {
        m_record.destroyedOnWorkerThread = QThread::currentThread() == thread();
        m_record.handledWhenDestroyed = m_record.handled.load();
        m_record.destroyed = true;
    }
    void handle()
    {
        if (QThread::currentThread() != thread() || thread() == QCoreApplication::instance()->thread())
            m_record.handledOnWorkerThread = false;
        ++m_record.handled;
    }

private:
    Record &m_record;
};

} // namespace

class TestWorkerThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handlesQueuedCallsThenDestroysWorkerOnItsThread();
    void startsLaterWithCallsQueuedBefore();
    void stopHandlesQueuedCallsAndKeepsTheWorker();
    void neverStartedDeletesTheWorker();
};

void TestWorkerThread::handlesQueuedCallsThenDestroysWorkerOnItsThread()
{
    Record record;
    {
        payops::WorkerThread<Worker> owner(QStringLiteral("test"), record);
        QCOMPARE(owner.worker()->thread()->objectName(), QStringLiteral("test"));
        for (int i = 0; i < 1000; ++i)
            QMetaObject::invokeMethod(owner.worker(), &Worker::handle);
    }
    QCOMPARE(record.handled.load(), 1000);
    QVERIFY(record.handledOnWorkerThread);
    QVERIFY(record.destroyedOnWorkerThread);
    QCOMPARE(record.handledWhenDestroyed.load(), 1000);
}

void TestWorkerThread::startsLaterWithCallsQueuedBefore()
{
    Record record;
    payops::WorkerThread<Worker> owner(payops::StartLater(), QStringLiteral("later"), record);
    QVERIFY(!owner.isRunning());
    QCOMPARE(owner.worker()->thread()->objectName(), QStringLiteral("later"));
    for (int i = 0; i < 10; ++i)
        QMetaObject::invokeMethod(owner.worker(), &Worker::handle);
    QCOMPARE(record.handled.load(), 0); // queued, and the thread does not run yet
    owner.start();
    QVERIFY(owner.isRunning());
    QTRY_COMPARE(record.handled.load(), 10);
    QVERIFY(record.handledOnWorkerThread);
    owner.start(); // running: nothing happens
    QVERIFY(owner.isRunning());
}

void TestWorkerThread::stopHandlesQueuedCallsAndKeepsTheWorker()
{
    Record record;
    {
        payops::WorkerThread<Worker> owner(QStringLiteral("stopped"), record);
        for (int i = 0; i < 1000; ++i)
            QMetaObject::invokeMethod(owner.worker(), &Worker::handle);
        owner.stop();
        QVERIFY(!owner.isRunning());
        QCOMPARE(record.handled.load(), 1000); // every call queued before stop() ran
        QVERIFY(!record.destroyed);             // the worker stays, for reading
        QCOMPARE(owner.worker()->thread()->objectName(), QStringLiteral("stopped"));
        owner.stop(); // twice is fine
        QVERIFY(!owner.isRunning());
    }
    QVERIFY(record.destroyed);
    QCOMPARE(record.handledWhenDestroyed.load(), 1000);
    QVERIFY(record.handledOnWorkerThread);
}

void TestWorkerThread::neverStartedDeletesTheWorker()
{
    Record record;
    {
        payops::WorkerThread<Worker> owner(payops::StartLater(), QStringLiteral("never"), record);
        QMetaObject::invokeMethod(owner.worker(), &Worker::handle); // dropped with the worker
        owner.stop(); // not running: nothing to stop
    }
    QVERIFY(record.destroyed);
    QCOMPARE(record.handled.load(), 0);
}

QTEST_GUILESS_MAIN(TestWorkerThread)
#include "test_workerthread.moc"
