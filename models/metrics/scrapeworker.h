#pragma once

#include "models/metrics/pollingload.h"
#include "models/metrics/scrapeconnection.h"
#include "models/metrics/scraperesult.h"
#include "models/services/healthstatus.h"
#include "models/services/servicetarget.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

class QTimer;

namespace payops {

class SocketPoll;

// Polls every target's /metrics on the target's interval and its /health on a longer one, on the
// thread it lives on (see ScrapeThread), and reports every scrape by signal — connect to it queued.
//
// - One timer ticks every Options::tickMs and queues what is due: scales to thousands of targets.
// - At most one request per target and URL, queued or in flight: when the previous one has not
//   finished at the next due time, that cycle is skipped and counted (missedCycles()).
// - Overload degrades instead of collapsing: the requests in flight are bounded by a limit the
//   worker adapts to what the machine and the network manage (it grows while scrapes are quick
//   and work waits, and shrinks when they slow down), so every scrape it starts finishes in time.
//   What waits is started first come, first served: when the work exceeds the capacity, every
//   target's interval stretches evenly, and load() says so. Targets whose last scrape timed out
//   wait in a lane of their own: a hundred hanging targets do not starve the healthy ones.
// - Every request has an overall deadline (the target's timeout, connect + transfer: a peer that
//   trickles bytes times out too; one timer follows the earliest deadline) and a body cap
//   (Content-Length checked up front, then the bytes received).
// - HTTP is the console's own client (ScrapeConnection): one kept-alive connection per target for
//   its metrics and one for its health document, all in one epoll set (SocketPoll). Qt's network
//   access manager spent about 0.9 ms of CPU per scrape at 2 000 targets, most of it walking the
//   sockets of every kept-alive connection on each wake-up.
// - Bodies are parsed here with the target's own ExpositionParser.
// - A failed scrape is a result with up = false and the reason in words; the first one counts.
// - Timestamps (ScrapeResult::timestampMs, HealthStatus::timestampMs) come from the injected
//   clock; scheduling and durations use a monotonic timer.
class ScrapeWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrapeWorker)

public:
    using Clock = std::function<qint64()>; // ms since the epoch

    struct Options
    {
        int tickMs = 100;
        qint64 maxBodyBytes = 16 * 1024 * 1024;
        qint64 maxHealthBodyBytes = 1024 * 1024;
        // Spread the targets' scrapes over their interval (by a hash of the URL, as Prometheus
        // does; health half an interval after metrics, on the same kept-alive connection)
        // instead of starting them all on the same tick.
        bool staggerStarts = true;
        bool checkHealth = true; // also poll each target's health URL (when it has one)
        // Health documents change slowly and cost a request each: fetched every healthIntervalMs
        // (or the target's interval, if longer), not on every metrics cycle.
        int healthIntervalMs = 5000;
        // Bounds of the adaptive limit of requests in flight.
        int minInFlight = 4;
        int maxInFlight = 1024;
        // How often load() is measured and loadMeasured() emitted.
        int loadPeriodMs = 2000;
    };

    explicit ScrapeWorker(QObject *parent = nullptr);
    ScrapeWorker(Clock clock, Options options, QObject *parent = nullptr);
    ~ScrapeWorker() override;

    const Options &options() const { return m_options; }

    // Counters, readable from any thread.
    quint64 missedCycles() const { return m_missedCycles.load(std::memory_order_relaxed); }
    quint64 requestsStarted() const { return m_started.load(std::memory_order_relaxed); }
    quint64 requestsFinished() const { return m_finished.load(std::memory_order_relaxed); }
    // The last load measured (in this object's thread; loadMeasured() carries it across).
    const PollingLoad &load() const { return m_load; }

public Q_SLOTS:
    // Replaces the set of targets. Targets are matched by metrics URL: a kept target keeps its
    // schedule, parser and request in flight; a removed target's request is aborted silently.
    void setTargets(const QList<payops::ServiceTarget> &targets);
    // Starts polling (creates the socket poll and the timers in this thread).
    void start();
    // Stops polling, aborts every request without reporting it, and closes every connection
    // (call it in this object's thread; ScrapeThread queues it before it ends the thread).
    void stop();

Q_SIGNALS:
    void scraped(const payops::ScrapeResult &result);
    void healthChecked(const payops::HealthStatus &status);
    // The ids of the targets polled from now on, after every setTargets(): results of a removed target
    // are all emitted before it, so a consumer that forgets the others on this signal keeps no ghost.
    void targetsChanged(const QList<int> &targetIds);
    // Every Options::loadPeriodMs while polling.
    void loadMeasured(const payops::PollingLoad &load);

private:
    enum class Abort { None, Timeout };

    struct Slot
    {
        ScrapeConnection *connection = nullptr; // child of the worker, made by the first request
        bool inFlight = false;
        qint64 dueMs = 0;         // monotonic
        qint64 startedNs = 0;     // monotonic
        qint64 startedClockMs = 0; // injected clock
        qint64 deadlineMs = 0;     // monotonic
        Abort abort = Abort::None;
        bool waiting = false;      // due, in a queue, not started yet
    };

    struct TargetState;

    struct InFlight
    {
        TargetState *state = nullptr;
        bool health = false;
        bool suspect = false; // counted in the lane of targets that time out
    };

    struct Waiting
    {
        TargetState *state = nullptr;
        bool health = false;
    };

    void tick();
    void startWaiting();
    void releaseSlowSlots(qint64 nowMs);
    void adaptLimit(const InFlight &request, const Slot &done, double seconds);
    void measureLoad();
    void forgetWaiting(const TargetState *state);
    void schedule(TargetState &state, qint64 nowMs);
    void poll(TargetState &state, bool health, qint64 nowMs);
    void startRequest(TargetState &state, bool health, bool suspect);
    void abortRequest(ScrapeConnection *connection, Abort reason);
    void armDeadline(qint64 deadlineMs);
    void expireDeadlines();
    void finished(TargetState &state, bool health, ScrapeConnection::Response &&response);
    void finishMetrics(TargetState &state, const ScrapeConnection::Response &response, const Slot &slot, double seconds);
    void finishHealth(TargetState &state, const ScrapeConnection::Response &response, const Slot &slot, double seconds);
    void dropRequest(Slot &slot);
    void closeConnection(Slot &slot);

    Clock m_clock;
    Options m_options;
    QElapsedTimer m_monotonic;
    SocketPoll *m_poll = nullptr;               // child, created by start()
    QTimer *m_timer = nullptr;                  // child, created by start(): the scheduling tick
    QTimer *m_deadlineTimer = nullptr;          // child, created by start(): the earliest deadline
    QTimer *m_loadTimer = nullptr;              // child, created by start()
    qint64 m_nextDeadlineMs = 0;
    // Due requests not started yet, first come first served: the healthy lane and the lane of
    // targets whose last scrape timed out (its limit is a quarter of the other's).
    std::deque<Waiting> m_waiting;
    std::deque<Waiting> m_waitingSuspect;
    int m_inFlightNormal = 0;
    int m_inFlightSuspect = 0;
    double m_limit = 16;           // adaptive: additive increase, multiplicative decrease
    qint64 m_lastDecreaseMs = -1;  // monotonic
    quint64 m_metricsStartedInPeriod = 0; // of targets in the healthy lane
    bool m_skippedInPeriod = false; // a healthy target's cycle was skipped
    qint64 m_periodStartMs = 0;
    PollingLoad m_load;
    std::vector<std::unique_ptr<TargetState>> m_targets;
    QHash<ScrapeConnection *, InFlight> m_inFlight;
    std::atomic<quint64> m_missedCycles{0};
    std::atomic<quint64> m_started{0};
    std::atomic<quint64> m_finished{0};
};

} // namespace payops
