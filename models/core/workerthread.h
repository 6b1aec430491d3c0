#pragma once

#include <QThread>

#include <utility>

namespace payops {

// Owns a QThread and one worker QObject living on it. The worker is created here and moved to the
// thread. The destructor deletes the worker in its own thread, after the calls already queued to
// it and while the thread's resources (its database connection) are still there, then stops the
// thread and waits for it. Call the worker's slots with queued connections or invokeMethod.
template<typename Worker>
class WorkerThread final
{
    Q_DISABLE_COPY_MOVE(WorkerThread)

public:
    template<typename... Args>
    explicit WorkerThread(const QString &name, Args &&...args)
        : m_worker(new Worker(std::forward<Args>(args)...))
    {
        m_thread.setObjectName(name);
        m_worker->moveToThread(&m_thread);
        m_stopper.moveToThread(&m_thread);
        m_thread.start();
    }

    ~WorkerThread()
    {
        // Events to one thread are handled in the order they were posted: the worker's queued
        // calls, then its deletion, then the request to stop.
        m_worker->deleteLater();
        QMetaObject::invokeMethod(&m_stopper, [] { QThread::currentThread()->quit(); });
        m_thread.wait();
    }

    Worker *worker() const { return m_worker; }

private:
    QThread m_thread;
    Worker *m_worker;
    QObject m_stopper; // lives on the thread, to stop it from inside
};

} // namespace payops
