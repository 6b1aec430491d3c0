#include "models/metrics/scrapeworker.h"

#include "models/metrics/expositionparser.h"
#include "models/metrics/replysizeguard.h"
#include "models/metrics/scrapeerrortext.h"
#include "models/metrics/scrapelog.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <climits>
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

QNetworkRequest makeRequest(const QUrl &url, bool health, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), health ? kAcceptHealth : kAcceptMetrics);
    request.setRawHeader(QByteArrayLiteral("User-Agent"), kUserAgent);
    if (!health)
        request.setRawHeader(QByteArrayLiteral("X-Prometheus-Scrape-Timeout-Seconds"),
                             QByteArray::number(timeoutMs / 1000.0));
    // Scrapes neither send nor keep cookies: no cookie jar work per request.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    return request;
}

} // namespace

struct ScrapeWorker::TargetState
{
    ServiceTarget target;
    QString instance;
    QString healthAddress;
    ExpositionParser parser;
    QNetworkRequest metricsRequest; // built once, copied (shared) per request
    QNetworkRequest healthRequest;
    Slot metrics;
    Slot health;
};

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
            state->health.dueMs = std::min(state->health.dueMs, now + target.intervalMs);
        }
        state->target = target;
        state->target.intervalMs = std::max(target.intervalMs, 1);
        state->target.timeoutMs = std::max(target.timeoutMs, 1);
        state->instance = target.instance();
        state->metricsRequest = makeRequest(target.metricsUrl, false, target.timeoutMs);
        state->healthRequest = makeRequest(target.healthUrl, true, target.timeoutMs);
        state->healthAddress = target.healthUrl.isEmpty() ? QString() : target.healthUrl.authority();
        if (fresh)
            schedule(*state, now);
        m_targets.push_back(std::move(state));
    }
    for (auto &[url, gone] : old) {
        dropRequest(gone->metrics);
        dropRequest(gone->health);
    }
    qCDebug(lcScrape) << "now polling" << m_targets.size() << "targets";
    QList<int> ids;
    ids.reserve(qsizetype(m_targets.size()));
    for (const std::unique_ptr<TargetState> &state : m_targets)
        ids.append(state->target.id);
    Q_EMIT targetsChanged(ids);
}

void ScrapeWorker::start()
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        // Scrapes go straight to the targets, as Prometheus' do: no system proxy (and no lookup).
        m_network->setProxy(QNetworkProxy::NoProxy);
        m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
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
    const qint64 now = m_monotonic.elapsed();
    for (std::unique_ptr<TargetState> &state : m_targets)
        schedule(*state, now);
    m_timer->start();
    QTimer::singleShot(0, this, &ScrapeWorker::tick); // what is due now starts now
}

void ScrapeWorker::stop()
{
    // Everything goes later, not now: stop() may run inside a signal of a timer or of a reply
    // (the replies are the network access manager's children).
    for (QTimer **timer : {&m_timer, &m_deadlineTimer}) {
        if (*timer) {
            (*timer)->stop();
            (*timer)->deleteLater();
            *timer = nullptr;
        }
    }
    for (std::unique_ptr<TargetState> &state : m_targets) {
        dropRequest(state->metrics);
        dropRequest(state->health);
    }
    m_inFlight.clear();
    if (m_network) {
        m_network->deleteLater();
        m_network = nullptr;
    }
}

void ScrapeWorker::schedule(TargetState &state, qint64 nowMs)
{
    const qint64 phase = m_options.staggerStarts ? phaseOf(state.target.metricsUrl, state.target.intervalMs) : 0;
    state.metrics.dueMs = nowMs + phase;
    // Health half an interval later: it then reuses the metrics request's kept-alive connection
    // (one connection per target instead of two) and the load is spread further.
    const qint64 halfInterval = m_options.staggerStarts ? state.target.intervalMs / 2 : 0;
    state.health.dueMs = nowMs + (phase + halfInterval) % std::max(state.target.intervalMs, 1);
}

void ScrapeWorker::tick()
{
    if (!m_network)
        return;
    const qint64 now = m_monotonic.elapsed();
    for (std::unique_ptr<TargetState> &state : m_targets) {
        poll(*state, false, now);
        if (m_options.checkHealth && !state->target.healthUrl.isEmpty())
            poll(*state, true, now);
    }
}

void ScrapeWorker::poll(TargetState &state, bool health, qint64 nowMs)
{
    Slot &slot = health ? state.health : state.metrics;
    if (slot.dueMs > nowMs)
        return;
    const qint64 interval = state.target.intervalMs;
    if (slot.reply) {
        m_missedCycles.fetch_add(1, std::memory_order_relaxed);
        qCDebug(lcScrape).noquote() << "skipped a cycle of" << (health ? state.target.healthUrl : state.target.metricsUrl).toString()
                                    << "— the previous request still runs";
    } else {
        startRequest(state, health);
    }
    slot.dueMs += interval;
    if (slot.dueMs <= nowMs) { // whole intervals went by without a tick (the thread was blocked)
        const qint64 behind = (nowMs - slot.dueMs) / interval + 1;
        m_missedCycles.fetch_add(quint64(behind), std::memory_order_relaxed);
        slot.dueMs += behind * interval;
    }
}

void ScrapeWorker::startRequest(TargetState &state, bool health)
{
    Slot &slot = health ? state.health : state.metrics;
    const ServiceTarget &target = state.target;
    slot.abort = Abort::None;
    slot.startedNs = m_monotonic.nsecsElapsed();
    slot.startedClockMs = m_clock();
    QNetworkReply *reply = m_network->get(health ? state.healthRequest : state.metricsRequest);
    slot.reply = reply;
    m_inFlight.insert(reply, InFlight{&state, health});
    m_started.fetch_add(1, std::memory_order_relaxed);

    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
    // The Content-Length is checked as soon as the headers are in, the body as it arrives.
    watchReplySize(reply, this, [this, reply](qint64 bytes) { checkSize(reply, bytes); });
    // The overall deadline (connect + transfer) is checked by tick(), which follows the earliest
    // one: QNetworkRequest::setTransferTimeout only catches silence, and a timer per request
    // costs more than the request at thousands of targets.
    slot.deadlineMs = m_monotonic.elapsed() + target.timeoutMs;
    armDeadline(slot.deadlineMs);
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
    QList<QNetworkReply *> expired;
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        const Slot &slot = it->health ? it->state->health : it->state->metrics;
        if (slot.deadlineMs <= now)
            expired.append(it.key());
        else
            next = std::min(next, slot.deadlineMs);
    }
    // Each abort reports its scrape (and may change m_inFlight): look every reply up again.
    for (QNetworkReply *reply : std::as_const(expired))
        abortReply(reply, Abort::Timeout);
    if (next != std::numeric_limits<qint64>::max())
        armDeadline(next);
}

void ScrapeWorker::checkSize(QNetworkReply *reply, qint64 bytes)
{
    const auto it = m_inFlight.constFind(reply);
    if (it == m_inFlight.constEnd())
        return;
    const qint64 cap = it->health ? m_options.maxHealthBodyBytes : m_options.maxBodyBytes;
    if (bytes > cap)
        abortReply(reply, Abort::TooLarge);
}

void ScrapeWorker::abortReply(QNetworkReply *reply, Abort reason)
{
    const auto it = m_inFlight.constFind(reply);
    if (it == m_inFlight.constEnd())
        return;
    Slot &slot = it->health ? it->state->health : it->state->metrics;
    if (slot.abort == Abort::None)
        slot.abort = reason;
    reply->abort(); // finished() follows and reports the reason
}

void ScrapeWorker::dropRequest(Slot &slot)
{
    QNetworkReply *reply = std::exchange(slot.reply, nullptr);
    if (!reply)
        return;
    m_inFlight.remove(reply);
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ScrapeWorker::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_inFlight.constFind(reply);
    if (it == m_inFlight.constEnd())
        return;
    const InFlight request = *it;
    m_inFlight.erase(it);
    Slot &slot = request.health ? request.state->health : request.state->metrics;
    const Slot done = slot;
    slot.reply = nullptr;
    slot.abort = Abort::None;
    m_finished.fetch_add(1, std::memory_order_relaxed);
    const double seconds = double(m_monotonic.nsecsElapsed() - done.startedNs) / 1e9;
    // Each emits last: a slot connected directly may replace the targets.
    if (request.health)
        finishHealth(*request.state, *reply, done, seconds);
    else
        finishMetrics(*request.state, *reply, done, seconds);
}

void ScrapeWorker::finishMetrics(TargetState &state, QNetworkReply &reply, const Slot &slot, double seconds)
{
    ScrapeResult result;
    result.targetId = state.target.id;
    result.service = state.target.service;
    result.instance = state.instance;
    result.timestampMs = slot.startedClockMs;
    result.durationSeconds = seconds;
    if (slot.abort == Abort::Timeout) {
        result.error = ScrapeErrorText::timedOut(state.target.timeoutMs);
    } else if (slot.abort == Abort::TooLarge) {
        result.error = ScrapeErrorText::tooLarge(m_options.maxBodyBytes);
    } else {
        result.error = ScrapeErrorText::fromReply(reply);
        if (result.error.isEmpty()) {
            const QByteArray body = reply.readAll();
            if (body.size() > m_options.maxBodyBytes) {
                result.error = ScrapeErrorText::tooLarge(m_options.maxBodyBytes);
            } else {
                ParseResult parsed = state.parser.parse(body);
                if (parsed.ok()) {
                    result.up = true;
                    result.families = std::move(parsed.families);
                } else {
                    result.error = parsed.error->toString();
                }
            }
        }
    }
    if (!result.up)
        qCDebug(lcScrape).noquote() << "scrape of" << state.target.metricsUrl.toString() << "failed:" << result.error;
    Q_EMIT scraped(result);
}

void ScrapeWorker::finishHealth(TargetState &state, QNetworkReply &reply, const Slot &slot, double seconds)
{
    HealthStatus status;
    const QVariant httpStatus = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (slot.abort == Abort::Timeout) {
        status.error = ScrapeErrorText::timedOut(state.target.timeoutMs);
    } else if (slot.abort == Abort::TooLarge) {
        status.error = ScrapeErrorText::tooLarge(m_options.maxHealthBodyBytes);
    } else {
        const QString error = ScrapeErrorText::fromReply(reply);
        const QByteArray body = reply.readAll();
        // A service that is down often says so with a 503 and its health document: keep it.
        if (error.isEmpty() || (httpStatus.isValid() && !body.isEmpty())) {
            HealthStatus parsed = HealthStatus::fromJson(state.target.service, body);
            if (parsed.reachable() || error.isEmpty())
                status = std::move(parsed);
            else
                status.error = error;
        } else {
            status.error = error;
        }
    }
    status.targetId = state.target.id;
    status.service = state.target.service;
    status.address = state.healthAddress;
    status.timestampMs = slot.startedClockMs;
    status.checkedAt = QDateTime::fromMSecsSinceEpoch(slot.startedClockMs);
    status.durationSeconds = seconds;
    status.httpStatus = httpStatus.isValid() ? httpStatus.toInt() : 0;
    if (!status.reachable())
        qCDebug(lcScrape).noquote() << "health check of" << state.target.healthUrl.toString()
                                    << "failed:" << status.error;
    Q_EMIT healthChecked(status);
}

} // namespace payops
