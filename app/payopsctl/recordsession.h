#pragma once

#include "models/core/workerthread.h"
#include "models/metrics/historyrecorder.h"
#include "models/metrics/metricspublisher.h"
#include "models/metrics/scrapethread.h"
#include "models/services/servicetarget.h"

#include <QEventLoop>
#include <QObject>

#include <memory>

namespace payops {

class CtlOutput;
class Database;

// payopsctl record's pipeline, wired as the console wires it (Console::startPolling and
// startHistory): ScrapeThread → MetricsPublisher (own thread) → HistoryRecorder (own thread, own
// connection). On stdout, one line per event, flushed as it happens:
//   live <timestamp ms> <up>/<targets>   a poll cycle was published (what the console shows)
//   written <timestamp ms> <samples>     that cycle is committed to the file: it survives a crash
// On stderr, in words, when writing the history fails and when it works again.
// run() spins a local event loop until the time is up or SIGINT/SIGTERM comes; then the threads
// stop in the console's order and the history is checkpointed, as when the console quits.
class RecordSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordSession)

public:
    RecordSession(Database &database, QList<ServiceTarget> targets, int publishIntervalMs, CtlOutput &out,
                  QObject *parent = nullptr);
    ~RecordSession() override;

    // Records for `durationMs` (0: until SIGINT or SIGTERM). Returns true when every cycle was written.
    [[nodiscard]] bool run(qint64 durationMs);

private:
    void stop();
    void watchTermination();

    Database &m_database;
    QList<ServiceTarget> m_targets;
    int m_publishIntervalMs;
    CtlOutput &m_out;
    std::unique_ptr<WorkerThread<MetricsPublisher>> m_metrics;
    std::unique_ptr<ScrapeThread> m_scrape;
    std::unique_ptr<WorkerThread<HistoryRecorder>> m_history;
    QEventLoop m_loop;
    int m_signalFd = -1;
    bool m_failing = false;
};

} // namespace payops
