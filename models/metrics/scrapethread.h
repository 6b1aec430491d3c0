#pragma once

#include "models/metrics/scrapeworker.h"

#include <QList>
#include <QObject>

#include <memory>

class QThread;

namespace payops {

// Owns a ScrapeWorker and the thread it runs on. Lives on the thread that creates it (the GUI
// thread). Connect to worker()'s signals with Qt::QueuedConnection (automatic across threads).
//
// stop() (and the destructor) quit the thread and wait for it: the worker aborts its requests and
// frees its network access manager in its own thread as the thread finishes, so nothing hangs on a
// slow peer and nothing leaks. Then the worker is deleted.
class ScrapeThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrapeThread)

public:
    explicit ScrapeThread(QObject *parent = nullptr);
    ScrapeThread(ScrapeWorker::Clock clock, ScrapeWorker::Options options, QObject *parent = nullptr);
    ~ScrapeThread() override;

    // For connecting to its signals; call its slots only through setTargets() (or queued).
    ScrapeWorker *worker() const { return m_worker.get(); }

    // Starts the thread and polling of `targets`. Call once.
    void start(const QList<payops::ServiceTarget> &targets);
    // Replaces the targets (queued to the worker's thread).
    void setTargets(const QList<payops::ServiceTarget> &targets);
    // Stops polling and the thread; returns when it has finished. Safe to call twice.
    void stop();
    bool isRunning() const;

private:
    QThread *m_thread; // child
    std::unique_ptr<ScrapeWorker> m_worker;
};

} // namespace payops
