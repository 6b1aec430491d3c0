#pragma once

#include <QThread>

#include <utility>

namespace payops {

// The console's two idioms for work off the GUI thread:
//   - long-lived worker (a poller, a writer, a publisher): WorkerThread, below;
//   - one-off job (start-up SQL, an import): QtConcurrent::run(jobPool(), ...) + QFutureWatcher, the job releasing
//     the pool thread's database connection (Database::releaseConnection()) before it returns.

// Tag: construct the WorkerThread without starting its thread (start() does).
struct StartLater
{
    explicit StartLater() = default;
};

// Owns a QThread and one worker QObject living on it. The worker is created here and moved to the
// thread. The destructor deletes the worker in its own thread, after the calls already queued to
// it and while the thread's resources (its database connection) are still there, then stops the
// thread and waits for it. Call the worker's slots with queued connections or invokeMethod.
//
// For an owner that runs the worker for a while only (e.g. ScrapeThread): construct with StartLater()
// (the worker exists for connecting to it, its thread does not run yet), start(), and stop(), which
// ends the thread after the calls already queued but keeps the worker. A worker whose thread is not
// running when this object goes is deleted here, on the owner's thread: its own thread's resources
// are gone by then (or never were), so such a worker frees what belongs to its thread in a last
// queued call before stop().
template<typename Worker>
class WorkerThread final
{
    Q_DISABLE_COPY_MOVE(WorkerThread)

public:
    template<typename... Args>
    explicit WorkerThread(const QString &name, Args &&...args)
        : WorkerThread(StartLater(), name, std::forward<Args>(args)...)
    {
        start();
    }

    template<typename... Args>
    WorkerThread(StartLater, const QString &name, Args &&...args)
        : m_worker(new Worker(std::forward<Args>(args)...))
    {
        m_thread.setObjectName(name);
        m_worker->moveToThread(&m_thread);
        m_stopper.moveToThread(&m_thread);
    }

    ~WorkerThread()
    {
        if (!m_thread.isRunning()) {
            delete m_worker; // never started, or stopped: no event of its thread runs any more
            return;
        }
        // Events to one thread are handled in the order they were posted: the worker's queued
        // calls, then its deletion, then the request to stop.
        m_worker->deleteLater();
        stop();
    }

    // Starts the thread (again, after stop()); the calls queued meanwhile run first. No-op if running.
    void start() { m_thread.start(); }

    // Stops the thread after the calls already queued to the worker and waits for it; the worker
    // stays (idle, for reading) until this object goes. No-op if not running; safe to call twice.
    void stop()
    {
        if (!m_thread.isRunning())
            return;
        QMetaObject::invokeMethod(&m_stopper, [] { QThread::currentThread()->quit(); }, Qt::QueuedConnection);
        m_thread.wait();
    }

    [[nodiscard]] bool isRunning() const { return m_thread.isRunning(); }

    Worker *worker() const { return m_worker; }

private:
    QThread m_thread;
    Worker *m_worker;
    QObject m_stopper; // lives on the thread, to stop it from inside
};

} // namespace payops
