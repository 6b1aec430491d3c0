#include "models/storage/databasewriter.h"

#include "models/storage/database.h"
#include "models/storage/storagelog.h"

#include <QSqlError>

namespace payops {

DatabaseWriter::DatabaseWriter(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_thread(std::make_unique<WorkerThread<QObject>>(QStringLiteral("payops-db-writer")))
{
}

DatabaseWriter::~DatabaseWriter()
{
    // WorkerThread's destructor queues the end of the thread behind every job still waiting, so they
    // all run first; then the thread's event loop ends, and its connection is released (Database
    // removes it when the thread finishes). Waiting here is what makes "nothing submitted is lost"
    // hold; it is a shutdown-time wait, bounded by the queue. Done here, before the members go, so that
    // the count below is final (results still queued to this object are discarded with it).
    m_thread.reset();
    if (m_pending > 0)
        qCDebug(lcStorage) << m_pending << "database write result(s) dropped at shutdown (the writes ran)";
}

void DatabaseWriter::enqueue(Task task)
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "DatabaseWriter::submit", "called from another thread");
    ++m_pending;
    QMetaObject::invokeMethod(
        m_thread->worker(),
        [this, task = std::move(task)]() mutable {
            std::function<void()> deliver;
            {
                // This thread's own connection (opened on the first job, kept until the thread ends).
                QSqlDatabase db = m_database.connection();
                if (!db.isOpen())
                    qCWarning(lcStorage).noquote() << "database writer has no connection:" << db.lastError().text();
                deliver = task(db);
            }
            // Back to the writer's thread. `this` outlives the worker thread (the destructor waits for
            // it); results still queued when the writer is destroyed are discarded with it.
            QMetaObject::invokeMethod(
                this,
                [this, deliver = std::move(deliver)] {
                    if (deliver)
                        deliver();
                    finishOne();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DatabaseWriter::finishOne()
{
    --m_pending;
    if (m_pending == 0)
        Q_EMIT idle();
}

} // namespace payops
