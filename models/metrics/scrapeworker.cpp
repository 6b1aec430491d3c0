#include "models/metrics/scrapeworker.h"

#include "models/core/processlimits.h"
#include "models/metrics/expositionparser.h"
#include "models/metrics/scrapeerrortext.h"
#include "models/metrics/scrapelog.h"
#include "models/metrics/socketpoll.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <unordered_map>
#include <utility>

namespace payops {

namespace {

// What Prometheus asks for when it wants the text format 0.0.4.
constexpr char kAcceptMetrics[] = "text/plain;version=0.0.4;q=1,*/*;q=0.1";
constexpr char kAcceptHealth[] = "application/json;q=1,*/*;q=0.1";
constexpr char kUserAgent[] = "PayOps-Console/" PAYOPS_VERSION;

qint64 systemClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Where in its interval a target is scraped: stable per URL, spread over the interval.
qint64 phaseOf(const QUrl &url, int intervalMs)
{
    return qint64(qHash(url.toString(), 0x5041594fU) % size_t(intervalMs));
}

// The header lines of a target's requests besides Host, built once per target.
QByteArray headerLines(bool health, int timeoutMs)
{
    QByteArray lines = QByteArrayLiteral("Accept: ") + (health ? kAcceptHealth : kAcceptMetrics)
                       + QByteArrayLiteral("\r\nUser-Agent: ") + kUserAgent + QByteArrayLiteral("\r\n");
    if (!health)
        lines += "X-Prometheus-Scrape-Timeout-Seconds: " + QByteArray::number(timeoutMs / 1000.0) + "\r\n";
    return lines;
}

bool isSuccess(int status)
{
    return status >= 200 && status <= 299;
}

} // namespace

struct ScrapeWorker::TargetState
{
    ServiceTarget target;
    QString instance;
    QString healthAddress;
    ExpositionParser parser;
    QByteArray metricsHeaders; // built once per target
    QByteArray healthHeaders;
    Slot metrics;
    Slot health;
    bool suspect = false; // the last metrics scrape timed out: waits in the lane of its kind
    // About the quickest this target answers (follows slowly upwards): what "slow" means for it.
    double quickestSeconds = qInf();
};

namespace {

int healthIntervalOf(const ServiceTarget &target, const ScrapeWorker::Options &options)
{
    return std::max(target.intervalMs, options.healthIntervalMs);
}

} // namespace

ScrapeWorker::ScrapeWorker(QObject *parent)
    : ScrapeWorker(Clock(), Options(), parent)
{
}

ScrapeWorker::ScrapeWorker(Clock clock, Options options, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : Clock(&systemClock))
    , m_options(options)
{
    m_monotonic.start();
}

ScrapeWorker::~ScrapeWorker()
{
    stop();
}

void ScrapeWorker::setTargets(const QList<ServiceTarget> &targets)
{
    std::unordered_map<QString, std::unique_ptr<TargetState>> old;
    for (std::unique_ptr<TargetState> &state : m_targets)
        old.emplace(state->target.metricsUrl.toString(), std::move(state));
    m_targets.clear();
    m_targets.reserve(size_t(targets.size()));

    const qint64 now = m_monotonic.elapsed();
    ExpositionParser::Limits limits;
    limits.maxBodyBytes = m_options.maxBodyBytes;
    for (const ServiceTarget &target : targets) {
        std::unique_ptr<TargetState> state;
        if (const auto it = old.find(target.metricsUrl.toString()); it != old.end()) {
            state = std::move(it->second);
            old.erase(it);
        }
        const bool fresh = !state;
        if (fresh) {
            state = std::make_unique<TargetState>();
            state->parser.setLimits(limits);
        } else {
            if (state->target.healthUrl != target.healthUrl)
                dropRequest(state->health);
            // A shorter interval applies from now on rather than after the old one.
            state->metrics.dueMs = std::min(state->metrics.dueMs, now + target.intervalMs);
            state->health.dueMs = std::min(state->health.dueMs, now + healthIntervalOf(target, m_options));
        }
        state->target = target;
        state->target.intervalMs = std::max(target.intervalMs, 1);
        state->target.timeoutMs = std::max(target.timeoutMs, 1);
        state->instance = target.instance();
        state->metricsHeaders = headerLines(false, target.timeoutMs);
        state->healthHeaders = headerLines(true, target.timeoutMs);
        state->healthAddress = target.healthUrl.isEmpty() ? QString() : target.healthUrl.authority();
        if (fresh)
            schedule(*state, now);
        m_targets.push_back(std::move(state));
    }
    for (auto &[url, gone] : old) {
        forgetWaiting(gone.get());
        closeConnection(gone->metrics);
        closeConnection(gone->health);
    }
    // One connection per target for its metrics, one for its health document, and some to spare.
    const QString limitWarning = ProcessLimits::raiseOpenFileLimit(quint64(m_targets.size()) * 2 + 256);
    if (!limitWarning.isEmpty())
        qCWarning(lcScrape).noquote() << limitWarning;
    qCDebug(lcScrape) << "now polling" << m_targets.size() << "targets";
    QList<int> ids;
    ids.reserve(qsizetype(m_targets.size()));
    for (const std::unique_ptr<TargetState> &state : m_targets)
        ids.append(state->target.id);
    Q_EMIT targetsChanged(ids);
}

void ScrapeWorker::start()
{
    if (!m_poll)
        m_poll = new SocketPoll(this);
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::PreciseTimer);
        m_timer->setInterval(std::max(m_options.tickMs, 1));
        connect(m_timer, &QTimer::timeout, this, &ScrapeWorker::tick);
    }
    if (!m_deadlineTimer) {
        m_deadlineTimer = new QTimer(this);
        m_deadlineTimer->setTimerType(Qt::PreciseTimer);
        m_deadlineTimer->setSingleShot(true);
        connect(m_deadlineTimer, &QTimer::timeout, this, &ScrapeWorker::expireDeadlines);
    }
    if (!m_loadTimer) {
        m_loadTimer = new QTimer(this);
        m_loadTimer->setInterval(std::max(m_options.loadPeriodMs, 100));
        connect(m_loadTimer, &QTimer::timeout, this, &ScrapeWorker::measureLoad);
    }
    m_limit = std::clamp(m_limit, double(std::max(m_options.minInFlight, 1)),
                         double(std::max(m_options.maxInFlight, m_options.minInFlight)));
    const qint64 now = m_monotonic.elapsed();
    m_periodStartMs = now;
    m_metricsStartedInPeriod = 0;
    m_loadTimer->start();
    for (std::unique_ptr<TargetState> &state : m_targets)
        schedule(*state, now);
    m_timer->start();
    QTimer::singleShot(0, this, &ScrapeWorker::tick); // what is due now starts now
}

void ScrapeWorker::stop()
{
    // Everything goes later, not now: stop() may run inside a signal of a timer or inside a
    // connection's callback.
    for (QTimer **timer : {&m_timer, &m_deadlineTimer, &m_loadTimer}) {
        if (*timer) {
            (*timer)->stop();
            (*timer)->deleteLater();
            *timer = nullptr;
        }
    }
    for (std::unique_ptr<TargetState> &state : m_targets) {
        closeConnection(state->metrics);
        closeConnection(state->health);
        state->metrics.waiting = state->health.waiting = false;
    }
    m_inFlight.clear();
    m_waiting.clear();
    m_waitingSuspect.clear();
    m_inFlightNormal = m_inFlightSuspect = 0;
    if (m_poll) {
        m_poll->deleteLater(); // after the connections' own deleteLater: they leave its set first
        m_poll = nullptr;
    }
}

void ScrapeWorker::schedule(TargetState &state, qint64 nowMs)
{
    const qint64 phase = m_options.staggerStarts ? phaseOf(state.target.metricsUrl, state.target.intervalMs) : 0;
    state.metrics.dueMs = nowMs + phase;
    // Health half an interval later: it then reuses the metrics request's kept-alive connection
    // (one connection per target instead of two) and the load is spread further.
    const qint64 halfInterval = m_options.staggerStarts ? state.target.intervalMs / 2 : 0;
    state.health.dueMs = nowMs + (phase + halfInterval) % healthIntervalOf(state.target, m_options);
}

void ScrapeWorker::tick()
{
    if (!m_poll)
        return;
    const qint64 now = m_monotonic.elapsed();
    for (std::unique_ptr<TargetState> &state : m_targets) {
        poll(*state, false, now);
        if (m_options.checkHealth && !state->target.healthUrl.isEmpty())
            poll(*state, true, now);
    }
    releaseSlowSlots(now);
    startWaiting();
}

void ScrapeWorker::releaseSlowSlots(qint64 nowMs)
{
    // A request far slower than its target usually answers is waiting on the peer, not using
    // this machine: it moves to the other lane and its slot goes to the next waiting request.
    // Without this, a hundred targets that hang at start-up would hold every slot until they
    // time out, once each, before anyone knew they hang.
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it) {
        if (it->suspect)
            continue;
        const TargetState &state = *it->state;
        const Slot &slot = it->health ? state.health : state.metrics;
        const double usual = std::isfinite(state.quickestSeconds) ? state.quickestSeconds : 0.0;
        const double slowAfterMs = std::max(state.target.timeoutMs / 4.0, 4000.0 * usual);
        if (double(nowMs - (slot.deadlineMs - state.target.timeoutMs)) > slowAfterMs) {
            it->suspect = true;
            --m_inFlightNormal;
            ++m_inFlightSuspect;
        }
    }
}

void ScrapeWorker::poll(TargetState &state, bool health, qint64 nowMs)
{
    Slot &slot = health ? state.health : state.metrics;
    if (slot.dueMs > nowMs)
        return;
    const qint64 interval = health ? healthIntervalOf(state.target, m_options) : state.target.intervalMs;
    if (slot.inFlight || slot.waiting) {
        m_missedCycles.fetch_add(1, std::memory_order_relaxed);
        m_skippedInPeriod = m_skippedInPeriod || !state.suspect;
        qCDebug(lcScrape).noquote() << "skipped a cycle of" << (health ? state.target.healthUrl : state.target.metricsUrl).toString()
                                    << "— the previous request has not finished";
    } else {
        slot.waiting = true;
        (state.suspect ? m_waitingSuspect : m_waiting).push_back(Waiting{&state, health});
    }
    slot.dueMs += interval;
    if (slot.dueMs <= nowMs) { // whole intervals went by without a tick (the thread was blocked)
        const qint64 behind = (nowMs - slot.dueMs) / interval + 1;
        m_missedCycles.fetch_add(quint64(behind), std::memory_order_relaxed);
        slot.dueMs += behind * interval;
    }
}

void ScrapeWorker::startWaiting()
{
    if (!m_poll)
        return;
    const int limit = int(m_limit);
    // Targets that time out cost no CPU while they hang, but must not take every slot.
    const int suspectLimit = std::max(m_options.minInFlight, limit / 4);
    const auto drain = [this](std::deque<Waiting> &queue, int &inFlight, int limit, bool suspect) {
        while (!queue.empty() && inFlight < limit) {
            const Waiting next = queue.front();
            queue.pop_front();
            (next.health ? next.state->health : next.state->metrics).waiting = false;
            startRequest(*next.state, next.health, suspect);
        }
    };
    drain(m_waiting, m_inFlightNormal, limit, false);
    drain(m_waitingSuspect, m_inFlightSuspect, suspectLimit, true);
}

void ScrapeWorker::forgetWaiting(const TargetState *state)
{
    for (std::deque<Waiting> *queue : {&m_waiting, &m_waitingSuspect}) {
        queue->erase(std::remove_if(queue->begin(), queue->end(),
                                    [state](const Waiting &waiting) { return waiting.state == state; }),
                     queue->end());
    }
}

void ScrapeWorker::adaptLimit(const InFlight &request, const Slot &done, double seconds)
{
    // A timeout says the peer hangs (its target moves to the other lane), not that this machine
    // is busy; health documents tell nothing the metrics do not.
    if (request.health || done.abort == Abort::Timeout)
        return;
    TargetState &state = *request.state;
    const double timeout = state.target.timeoutMs / 1000.0;
    const qint64 now = m_monotonic.elapsed();
    const double minimum = std::max(m_options.minInFlight, 1);
    const double maximum = std::max(m_options.maxInFlight, m_options.minInFlight);
    // A target that always takes 300 ms is not a sign of overload; taking four times its usual is.
    const double usual = std::isfinite(state.quickestSeconds) ? state.quickestSeconds : seconds;
    state.quickestSeconds = seconds < usual ? seconds : usual + (seconds - usual) * 0.01;
    if (seconds > std::max(timeout / 4, 4 * usual)) {
        // Slow: too much at once for the machine or the network. At most once per period of
        // the slowest request, so that one burst of slow answers halves the limit only once.
        if (m_lastDecreaseMs < 0 || now - m_lastDecreaseMs > qint64(seconds * 1000)) {
            m_limit = std::max(minimum, m_limit * 0.75);
            m_lastDecreaseMs = now;
        }
    } else if (!request.suspect && seconds < std::max(timeout / 8, 2 * usual) && !m_waiting.empty()) {
        // Quick while work waits: one more request in flight per limit's worth of answers.
        m_limit = std::min(maximum, m_limit + 1.0 / m_limit);
    }
}

void ScrapeWorker::measureLoad()
{
    const qint64 now = m_monotonic.elapsed();
    const double seconds = std::max(now - m_periodStartMs, qint64(1)) / 1000.0;
    PollingLoad load;
    load.targets = int(m_targets.size());
    double intervals = 0;
    for (const std::unique_ptr<TargetState> &state : m_targets) {
        if (!state->suspect)
            load.wantedPerSecond += 1000.0 / state->target.intervalMs;
        intervals += state->target.intervalMs;
    }
    load.meanIntervalMs = m_targets.empty() ? 0 : intervals / double(m_targets.size());
    load.startedPerSecond = double(m_metricsStartedInPeriod) / seconds;
    // Fewer starts than wanted may just be the period's edges: only a shortfall while work waits
    // or cycles were skipped counts.
    // Targets that time out are polled as their lane allows: they do not make polling "behind".
    const int waiting = int(m_waiting.size() + m_waitingSuspect.size());
    const bool shortOfCapacity = !m_waiting.empty() || m_skippedInPeriod;
    load.stretch = shortOfCapacity && load.startedPerSecond > 0
        ? std::max(1.0, load.wantedPerSecond / load.startedPerSecond)
        : 1.0;
    load.inFlightLimit = int(m_limit);
    load.waiting = waiting;
    // Hysteresis: behind from 10 % late on, on time again below 3 %.
    load.behind = m_load.behind ? load.stretch > 1.03 : load.stretch > 1.10;
    if (load.behind != m_load.behind) {
        qCInfo(lcScrape).noquote() << (load.behind ? "polling behind: effective interval" : "polling on time again:")
                                   << load.effectiveIntervalMs() / 1000.0 << "s for" << load.targets << "targets";
    }
    m_load = load;
    m_periodStartMs = now;
    m_metricsStartedInPeriod = 0;
    m_skippedInPeriod = false;
    Q_EMIT loadMeasured(m_load);
}

void ScrapeWorker::startRequest(TargetState &state, bool health, bool suspect)
{
    Slot &slot = health ? state.health : state.metrics;
    const ServiceTarget &target = state.target;
    slot.abort = Abort::None;
    slot.startedNs = m_monotonic.nsecsElapsed();
    slot.startedClockMs = m_clock();
    if (!slot.connection) {
        TargetState *target = &state; // a removed target's connection is closed before it goes: no call then
        slot.connection = new ScrapeConnection(
            *m_poll, [this, target, health](ScrapeConnection::Response &&response) { finished(*target, health, std::move(response)); },
            this);
    }
    slot.inFlight = true;
    m_inFlight.insert(slot.connection, InFlight{&state, health, suspect});
    ++(suspect ? m_inFlightSuspect : m_inFlightNormal);
    if (!health && !suspect)
        ++m_metricsStartedInPeriod;
    m_started.fetch_add(1, std::memory_order_relaxed);
    // The overall deadline (connect + transfer) is kept by one timer that follows the earliest
    // one: a timer per request costs more than the request at thousands of targets.
    slot.deadlineMs = m_monotonic.elapsed() + target.timeoutMs;
    armDeadline(slot.deadlineMs);
    slot.connection->get(health ? target.healthUrl : target.metricsUrl, health ? state.healthHeaders : state.metricsHeaders,
                         health ? m_options.maxHealthBodyBytes : m_options.maxBodyBytes);
}

void ScrapeWorker::armDeadline(qint64 deadlineMs)
{
    if (!m_deadlineTimer || (m_deadlineTimer->isActive() && m_nextDeadlineMs <= deadlineMs))
        return;
    m_nextDeadlineMs = deadlineMs;
    m_deadlineTimer->start(int(std::clamp<qint64>(deadlineMs - m_monotonic.elapsed(), 0, INT_MAX)));
}

void ScrapeWorker::expireDeadlines()
{
    const qint64 now = m_monotonic.elapsed();
    qint64 next = std::numeric_limits<qint64>::max();
    QList<ScrapeConnection *> expired;
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        const Slot &slot = it->health ? it->state->health : it->state->metrics;
        if (slot.deadlineMs <= now)
            expired.append(it.key());
        else
            next = std::min(next, slot.deadlineMs);
    }
    // Each abort reports its scrape (and may change m_inFlight): look every request up again.
    for (ScrapeConnection *connection : std::as_const(expired))
        abortRequest(connection, Abort::Timeout);
    if (next != std::numeric_limits<qint64>::max())
        armDeadline(next);
}

void ScrapeWorker::abortRequest(ScrapeConnection *connection, Abort reason)
{
    const auto it = m_inFlight.constFind(connection);
    if (it == m_inFlight.constEnd())
        return;
    TargetState &state = *it->state;
    const bool health = it->health;
    Slot &slot = health ? state.health : state.metrics;
    if (slot.abort == Abort::None)
        slot.abort = reason;
    connection->abort(); // silently: the scrape is reported here
    finished(state, health, ScrapeConnection::Response());
}

void ScrapeWorker::dropRequest(Slot &slot)
{
    if (!slot.inFlight)
        return;
    slot.inFlight = false;
    if (const auto it = m_inFlight.constFind(slot.connection); it != m_inFlight.constEnd()) {
        --(it->suspect ? m_inFlightSuspect : m_inFlightNormal);
        m_inFlight.erase(it);
    }
    slot.connection->abort();
}

void ScrapeWorker::closeConnection(Slot &slot)
{
    dropRequest(slot);
    if (ScrapeConnection *connection = std::exchange(slot.connection, nullptr)) {
        connection->abort();
        connection->deleteLater(); // it may be inside its own callback
    }
}

void ScrapeWorker::finished(TargetState &state, bool health, ScrapeConnection::Response &&response)
{
    Slot &slot = health ? state.health : state.metrics;
    const auto it = m_inFlight.constFind(slot.connection);
    if (it == m_inFlight.constEnd())
        return;
    const InFlight request = *it;
    m_inFlight.erase(it);
    --(request.suspect ? m_inFlightSuspect : m_inFlightNormal);
    const Slot done = slot;
    slot.inFlight = false;
    slot.abort = Abort::None;
    m_finished.fetch_add(1, std::memory_order_relaxed);
    const double seconds = double(m_monotonic.nsecsElapsed() - done.startedNs) / 1e9;
    adaptLimit(request, done, seconds);
    if (!health)
        state.suspect = done.abort == Abort::Timeout;
    // The next waiting request starts now, not at the next tick (before the signal below: a
    // slot connected directly may replace the targets).
    startWaiting();
    // Each emits last: a slot connected directly may replace the targets.
    if (health)
        finishHealth(state, response, done, seconds);
    else
        finishMetrics(state, response, done, seconds);
}

void ScrapeWorker::finishMetrics(TargetState &state, const ScrapeConnection::Response &response, const Slot &slot,
                                 double seconds)
{
    ScrapeResult result;
    result.targetId = state.target.id;
    result.service = state.target.service;
    result.instance = state.instance;
    result.timestampMs = slot.startedClockMs;
    result.durationSeconds = seconds;
    if (slot.abort == Abort::Timeout) {
        result.error = ScrapeErrorText::timedOut(state.target.timeoutMs);
    } else if (!response.error.isEmpty()) {
        result.error = response.error;
    } else if (!isSuccess(response.status)) {
        result.error = ScrapeErrorText::httpStatus(response.status);
    } else {
        ParseResult parsed = state.parser.parse(response.body);
        if (parsed.ok()) {
            result.up = true;
            result.families = std::move(parsed.families);
        } else {
            result.error = parsed.error->toString();
        }
    }
    if (!result.up)
        qCDebug(lcScrape).noquote() << "scrape of" << state.target.metricsUrl.toString() << "failed:" << result.error;
    Q_EMIT scraped(result);
}

void ScrapeWorker::finishHealth(TargetState &state, const ScrapeConnection::Response &response, const Slot &slot,
                                double seconds)
{
    HealthStatus status;
    if (slot.abort == Abort::Timeout) {
        status.error = ScrapeErrorText::timedOut(state.target.timeoutMs);
    } else if (!response.error.isEmpty()) {
        status.error = response.error;
    } else if (isSuccess(response.status) || !response.body.isEmpty()) {
        // A service that is down often says so with a 503 and its health document: keep it.
        HealthStatus parsed = HealthStatus::fromJson(state.target.service, response.body);
        if (parsed.reachable() || isSuccess(response.status))
            status = std::move(parsed);
        else
            status.error = ScrapeErrorText::httpStatus(response.status);
    } else {
        status.error = ScrapeErrorText::httpStatus(response.status);
    }
    status.targetId = state.target.id;
    status.service = state.target.service;
    status.address = state.healthAddress;
    status.timestampMs = slot.startedClockMs;
    status.checkedAt = QDateTime::fromMSecsSinceEpoch(slot.startedClockMs);
    status.durationSeconds = seconds;
    status.httpStatus = response.status;
    if (!status.reachable())
        qCDebug(lcScrape).noquote() << "health check of" << state.target.healthUrl.toString()
                                    << "failed:" << status.error;
    Q_EMIT healthChecked(status);
}

} // namespace payops
