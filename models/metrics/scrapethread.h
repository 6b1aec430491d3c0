#pragma once

#include "models/core/workerthread.h"
#include "models/metrics/scrapeworker.h"

#include <QList>
#include <QObject>

namespace payops {

// Owns a ScrapeWorker and the thread it runs on (a WorkerThread started by start(), not on
// construction). Lives on the thread that creates it (the GUI thread). Connect to worker()'s signals
// — the worker exists from construction on — with Qt::QueuedConnection (automatic across threads).
//
// stop() (and the destructor) stop the worker in its own thread — it aborts its requests without
// reporting them and frees its network access manager and timers there — then end the thread and
// wait for it: nothing hangs on a slow peer and nothing leaks. The worker itself stays, idle, for
// reading its counters, and is deleted with this object.
class ScrapeThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrapeThread)

public:
    explicit ScrapeThread(QObject *parent = nullptr);
    ScrapeThread(ScrapeWorker::Clock clock, ScrapeWorker::Options options, QObject *parent = nullptr);
    ~ScrapeThread() override;

    // For connecting to its signals; call its slots only through setTargets() (or queued).
    ScrapeWorker *worker() const { return m_thread.worker(); }

    // Starts the thread and polling of `targets`. Call once.
    void start(const QList<payops::ServiceTarget> &targets);
    // Replaces the targets (queued to the worker's thread).
    void setTargets(const QList<payops::ServiceTarget> &targets);
    // Stops polling and the thread; returns when it has finished, at once (requests in flight are
    // aborted, not waited for). Safe to call twice, and without start().
    void stop();
    bool isRunning() const;

private:
    WorkerThread<ScrapeWorker> m_thread;
};

} // namespace payops
