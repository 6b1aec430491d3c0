#pragma once

#include <QThread>

#include <utility>

namespace payops {

// Owns a QThread and one worker QObject living on it. The worker is created here, moved to the
// thread, and deleted in its own thread when the thread finishes; the destructor quits the thread
// and waits for it, so nothing outlives its owner. Call the worker's slots with queued
// connections or QMetaObject::invokeMethod.
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
        QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start();
    }

    ~WorkerThread()
    {
        m_thread.quit();
        m_thread.wait();
    }

    Worker *worker() const { return m_worker; }

private:
    QThread m_thread;
    Worker *m_worker;
};

} // namespace payops
