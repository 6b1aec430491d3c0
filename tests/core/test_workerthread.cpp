// WorkerThread: the worker runs on its own thread, every call queued before the owner goes is
// handled, and the worker is destroyed on its own thread (where its resources belong).
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

QTEST_GUILESS_MAIN(TestWorkerThread)
#include "test_workerthread.moc"
