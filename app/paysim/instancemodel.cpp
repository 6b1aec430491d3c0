#include "app/paysim/instancemodel.h"

#include "app/paysim/randomstream.h"
#include "app/paysim/scenariotimeline.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

using namespace Qt::Literals::StringLiterals;

namespace payops::sim {

namespace {

constexpr double kRequestBounds[] = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
constexpr double kDbBounds[] = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};
constexpr double MiB = 1024.0 * 1024.0;

// Channels of slowly wandering noise, so traffic, memory and latencies drift independently.
enum NoiseChannel : quint64 { TrafficNoise = 1, DbNoise = 2, MemoryNoise = 3, PeerNoise = 10 };

double gaussianBump(double hour, double centre, double width)
{
    double d = std::fabs(hour - centre);
    d = std::min(d, 24.0 - d); // the day wraps around
    return std::exp(-(d * d) / (2 * width * width));
}

QByteArray fmt(double v, int decimals = 6)
{
    return QByteArray::number(v, 'f', decimals);
}

void header(QByteArray &out, const char *name, const char *type, const char *help)
{
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
}

// One sample line: name{labels} value
void sample(QByteArray &out, const char *name, const QByteArray &labels, const QByteArray &value)
{
    out.append(name);
    if (!labels.isEmpty())
        out.append('{').append(labels).append('}');
    out.append(' ').append(value).append('\n');
}

QString checkStatus(bool down, bool degraded)
{
    return down ? u"down"_s : (degraded ? u"degraded"_s : u"ok"_s);
}

} // namespace

InstanceModel::InstanceModel(ServiceKind service, int index, quint64 seed, qint64 startMs, int utcOffsetSeconds)
    : m_profile(&ServiceProfile::of(service))
    , m_index(index)
    , m_seed(seed)
    , m_startMs(startMs)
    , m_utcOffsetSeconds(utcOffsetSeconds)
    , m_processStartMs(startMs)
    , m_request(kRequestBounds)
    , m_db(kDbBounds)
{
    RandomStream r(RandomStream::key({seed, quint64(service), quint64(index), 0xC0FFEEULL}));
    m_trafficShare = 0.9 + 0.2 * r.uniform();
    m_memoryShare = 0.9 + 0.2 * r.uniform();
    m_external.reserve(size_t(m_profile->peers.size()));
    for (qsizetype i = 0; i < m_profile->peers.size(); ++i)
        m_external.emplace_back(kRequestBounds);

    m_last.dbMedian = m_profile->dbMedianSeconds;
    for (const PeerProfile &peer : m_profile->peers) {
        m_last.peerMedian.append(peer.medianSeconds);
        m_last.peerFailure.append(0);
    }
    m_last.memoryBytes = m_profile->baseMemoryBytes * m_memoryShare;
    m_last.openFds = 28;
}

double InstanceModel::dailyLoad(qint64 simMs) const
{
    const double seconds = double(simMs) / 1000.0 + m_utcOffsetSeconds;
    const double hour = std::fmod(std::fmod(seconds / 3600.0, 24.0) + 24.0, 24.0);
    // A sinusoid lowest before dawn, plus a morning and a (larger) evening peak.
    const double wave = 0.5 - 0.5 * std::cos(2 * std::numbers::pi * (hour - 4.5) / 24.0);
    return 0.1 + 0.4 * wave + 0.35 * gaussianBump(hour, 10.5, 1.5) + 0.45 * gaussianBump(hour, 20.0, 2.0);
}

double InstanceModel::slowNoise(qint64 simMs, quint64 channel) const
{
    constexpr qint64 knotMs = 5 * 60 * 1000;
    const qint64 knot = simMs >= 0 ? simMs / knotMs : (simMs - knotMs + 1) / knotMs;
    const double frac = double(simMs - knot * knotMs) / double(knotMs);
    const auto valueAt = [&](qint64 k) {
        RandomStream r(RandomStream::key({m_seed, quint64(m_profile->kind), quint64(m_index), channel, quint64(k)}));
        return r.normal();
    };
    const double s = frac * frac * (3 - 2 * frac); // smoothstep: no kinks at the knots
    return valueAt(knot) * (1 - s) + valueAt(knot + 1) * s;
}

void InstanceModel::advanceTo(qint64 simMs, const ScenarioTimeline &timeline)
{
    const qint64 target = simMs <= m_startMs ? 0 : (simMs - m_startMs) / kStepMs;
    while (m_stepsDone < target) {
        const qint64 stepStart = m_startMs + m_stepsDone * kStepMs;
        const qsizetype segment = timeline.segmentAt(stepStart);
        const Conditions conditions = Conditions::forService(timeline.setOf(segment), m_profile->kind);
        // Steps are attributed to the segment in force at their start.
        const qint64 segmentEnd = timeline.endOf(segment);
        qint64 last = target;
        if (segmentEnd != std::numeric_limits<qint64>::max())
            last = std::min(target, (segmentEnd - m_startMs + kStepMs - 1) / kStepMs);
        for (; m_stepsDone < last; ++m_stepsDone)
            step(m_stepsDone, conditions);
    }
}

void InstanceModel::restart(qint64 atMs)
{
    m_processStartMs = atMs;
    m_success = m_failed = m_loginFailures = m_suspicious = 0;
    m_codes.fill(0);
    m_cpuSeconds = 0;
    m_request.reset();
    m_db.reset();
    for (Histogram &h : m_external)
        h.reset();
}

void InstanceModel::restartProcess(qint64 simMs, bool unhealthy)
{
    restart(std::max(simMs, m_startMs + m_stepsDone * kStepMs));
    ++m_restarts;
    m_unhealthy = unhealthy;
}

void InstanceModel::count(int code, quint64 n)
{
    for (size_t i = 0; i < kCodes.size(); ++i) {
        if (kCodes[i] == code) {
            m_codes[i] += n;
            return;
        }
    }
}

void InstanceModel::step(qint64 stepIndex, const Conditions &c)
{
    const ServiceProfile &p = *m_profile;
    const qint64 t0 = m_startMs + stepIndex * kStepMs;
    if (c.crash != CrashMode::None) {
        m_crashed = true; // a dead process counts nothing
        return;
    }
    if (m_crashed) {
        restart(t0); // a restarted process starts its counters from zero
        m_crashed = false;
    }

    RandomStream r(RandomStream::key({m_seed, quint64(p.kind), quint64(m_index), quint64(stepIndex)}));
    const double dt = double(kStepMs) / 1000.0;
    const qint64 mid = t0 + kStepMs / 2;

    // Traffic: daily cycle x drift x per-second noise x scenario.
    const double rate = p.peakTps * m_trafficShare * dailyLoad(mid)
                        * std::exp(0.10 * slowNoise(mid, TrafficNoise) + 0.05 * r.normal()) * c.trafficFactor;
    const quint64 requests = r.roundRandom(rate * dt);
    const quint64 attack = std::min(requests, r.roundRandom(double(requests) * c.attackShare));
    const quint64 rateLimited = std::min(attack, r.roundRandom(double(attack) * 0.7));
    const quint64 admitted = requests - rateLimited;
    const double capacity = p.capacityTps * (c.cpuSaturated ? 0.5 : 1.0);
    const quint64 served = std::min(admitted, quint64(capacity * dt * 0.98));
    const quint64 shed = admitted - served;
    const double u = double(served) / (capacity * dt);
    const quint64 junk = admitted == 0
        ? 0
        : std::min(served, r.roundRandom(double(served) * double(attack - rateLimited) / double(admitted)));
    const quint64 tx = served - junk;

    // Latencies: medians rise with utilisation (queueing sets in past ~50 %).
    const double queueing = std::pow(std::max(0.0, u - 0.5), 2) / (1.0 - std::min(u, 0.97));
    const double processing = p.processingMedianSeconds * (1 + 0.3 * u + queueing) * c.processingFactor
                              * std::exp(0.05 * r.normal());
    const double dbMedian = p.dbMedianSeconds * (1 + 0.8 * u) * c.dbFactor * std::exp(0.08 * slowNoise(mid, DbNoise));
    QList<double> peerMedian;
    double requestMedian = processing + p.dbQueriesPerRequest * dbMedian;
    double peerSuccess = 1;
    for (qsizetype i = 0; i < p.peers.size(); ++i) {
        const PeerProfile &peer = p.peers.at(i);
        const double m = peer.medianSeconds * (1 + 0.2 * u) * c.peerFactor.at(i)
                             * std::exp(0.1 * slowNoise(mid, PeerNoise + quint64(i)))
                         + c.networkDelaySeconds;
        peerMedian.append(m);
        requestMedian += peer.callsPerRequest * m;
        peerSuccess *= 1 - std::min(1.0, peer.callsPerRequest * c.peerFailure.at(i));
    }
    const double sigma = 0.45 + 0.15 * u;
    m_request.observeLogNormal(requestMedian, sigma, served, r, 16);
    m_db.observeLogNormal(dbMedian, 0.55, r.roundRandom(double(served) * p.dbQueriesPerRequest), r, 8);
    for (qsizetype i = 0; i < p.peers.size(); ++i) {
        m_external[size_t(i)].observeLogNormal(peerMedian.at(i), 0.4 + c.peerSigmaExtra,
                                               r.roundRandom(double(tx) * p.peers.at(i).callsPerRequest), r, 8);
    }

    // Outcomes: declines, internal errors, failed dependencies and timeouts.
    const double declined = 0.015;
    const double internal = 0.003 + c.internalFailure;
    const double peerFailed = 1 - peerSuccess;
    const double timeouts = c.timeoutRatio + (u > 0.9 ? (u - 0.9) * 0.3 : 0.0);
    const double failureRatio = std::min(1.0, declined + internal + peerFailed + timeouts);
    const quint64 failed = std::min(tx, r.roundRandom(double(tx) * failureRatio));
    quint64 left = failed;
    const auto take = [&](double share) {
        const quint64 n = std::min(left, r.roundRandom(double(failed) * share / failureRatio));
        left -= n;
        return n;
    };
    const quint64 n402 = take(declined);
    const quint64 internalErrors = take(internal);
    const quint64 n502 = take(peerFailed);
    const quint64 n504 = left;
    // An anomalous gateway also answers "unavailable" for part of its internal errors.
    const quint64 n503 = c.internalFailure > 0 ? r.roundRandom(double(internalErrors) * 0.35) : 0;
    const quint64 n500 = internalErrors - std::min(internalErrors, n503);

    const quint64 loginAttempts = r.roundRandom(double(tx) * p.loginsPerRequest * c.loginAttemptFactor);
    const quint64 loginFailures = std::min(loginAttempts,
                                           r.roundRandom(double(loginAttempts) * c.loginFailureRatio.value_or(0.04)));
    const quint64 suspicious = r.roundRandom(double(tx) * 0.0008 * c.suspiciousFactor);

    m_success += tx - failed;
    m_failed += failed;
    m_loginFailures += loginFailures;
    m_suspicious += suspicious;
    count(200, tx - failed + loginAttempts - loginFailures);
    count(400, junk + r.roundRandom(double(tx) * 0.004));
    count(401, loginFailures);
    count(402, n402);
    count(404, r.roundRandom(double(tx) * 0.001));
    count(429, rateLimited);
    count(500, n500);
    count(502, n502);
    count(503, shed + std::min(internalErrors, n503));
    count(504, n504);

    // Process: CPU follows served load (rejections cost a little too), memory follows load.
    double cores = p.cpuCoresLimit * (0.03 + 0.62 * u) * std::exp(0.04 * r.normal())
                   + (double(rateLimited) + double(shed)) / dt * 0.0004;
    if (c.cpuSaturated)
        cores = p.cpuCoresLimit * (0.93 + 0.06 * r.uniform());
    cores = std::min(cores, p.cpuCoresLimit);
    m_cpuSeconds += cores * dt;

    const double base = p.baseMemoryBytes * m_memoryShare;
    double memory = base * (1 + 0.25 * u + 0.02 * slowNoise(mid, MemoryNoise))
                    + 0.3 * base * std::min(1.0, double(attack) / dt / 1000.0);
    if (c.leakSinceMs)
        memory += std::min(6 * base, 2.5 * MiB * double(std::max<qint64>(0, mid - *c.leakSinceMs)) / 1000.0);

    m_last.requestRate = double(requests) / dt;
    m_last.utilisation = u;
    m_last.dbMedian = dbMedian;
    m_last.peerMedian = peerMedian;
    m_last.peerFailure = c.peerFailure;
    m_last.failureRatio = tx == 0 ? 0 : double(failed) / double(tx);
    m_last.cpuCores = cores;
    m_last.memoryBytes = memory;
    m_last.openFds = std::round(28 + 160 * u + double(attack) / dt * 0.5 + 3 * r.uniform());
}

QByteArray InstanceModel::metricsText() const
{
    const ServiceProfile &p = *m_profile;
    const QByteArray svc = QByteArray("service=\"").append(p.name.toLatin1()).append('"');
    const auto with = [&svc](const char *label, const QByteArray &value) {
        return QByteArray(svc).append(',').append(label).append("=\"").append(value).append('"');
    };
    QByteArray out;
    out.reserve(12 * 1024);

    header(out, "payment_transactions_total", "counter", "Payment transactions processed, by outcome.");
    sample(out, "payment_transactions_total", with("status", "success"), QByteArray::number(m_success));
    sample(out, "payment_transactions_total", with("status", "failed"), QByteArray::number(m_failed));

    header(out, "payment_request_duration_seconds", "histogram", "Time to answer a payment request.");
    m_request.appendSamples(out, "payment_request_duration_seconds", svc);

    header(out, "payment_db_query_duration_seconds", "histogram", "Time of one database query.");
    m_db.appendSamples(out, "payment_db_query_duration_seconds", svc);

    header(out, "payment_external_call_duration_seconds", "histogram",
           "Time of one call to an external dependency, by peer.");
    for (qsizetype i = 0; i < p.peers.size(); ++i) {
        m_external[size_t(i)].appendSamples(out, "payment_external_call_duration_seconds",
                                            with("peer", p.peers.at(i).name.toLatin1()));
    }

    header(out, "http_requests_total", "counter", "HTTP requests answered, by status code.");
    for (size_t i = 0; i < kCodes.size(); ++i)
        sample(out, "http_requests_total", with("code", QByteArray::number(kCodes[i])), QByteArray::number(m_codes[i]));

    header(out, "payment_login_failures_total", "counter", "Failed login or credential checks.");
    sample(out, "payment_login_failures_total", svc, QByteArray::number(m_loginFailures));
    header(out, "payment_suspicious_transactions_total", "counter", "Transactions flagged by fraud rules.");
    sample(out, "payment_suspicious_transactions_total", svc, QByteArray::number(m_suspicious));

    // process_* follow the client libraries' conventions: no labels, the scraper adds them.
    header(out, "process_cpu_seconds_total", "counter", "Total user and system CPU time spent in seconds.");
    sample(out, "process_cpu_seconds_total", {}, fmt(m_cpuSeconds, 3));
    header(out, "process_resident_memory_bytes", "gauge", "Resident memory size in bytes.");
    sample(out, "process_resident_memory_bytes", {}, QByteArray::number(qint64(m_last.memoryBytes)));
    header(out, "process_open_fds", "gauge", "Number of open file descriptors.");
    sample(out, "process_open_fds", {}, QByteArray::number(qint64(m_last.openFds)));
    header(out, "process_start_time_seconds", "gauge", "Start time of the process since unix epoch in seconds.");
    sample(out, "process_start_time_seconds", {}, fmt(double(m_processStartMs) / 1000.0, 3));
    return out;
}

QJsonObject InstanceModel::health(qint64 simMs, const QString &version) const
{
    const ServiceProfile &p = *m_profile;
    QJsonObject checks;
    bool anyDegraded = false;
    bool anyDown = false;

    const double dbMs = m_last.dbMedian * 1000.0;
    const bool dbDown = dbMs > 1000;
    const bool dbDegraded = dbMs > 50;
    checks.insert(u"database"_s, QJsonObject{{u"status"_s, checkStatus(dbDown, dbDegraded)},
                                             {u"latency_ms"_s, std::round(dbMs * 10) / 10}});
    anyDown |= dbDown;
    anyDegraded |= dbDegraded;

    for (qsizetype i = 0; i < p.peers.size(); ++i) {
        const PeerProfile &peer = p.peers.at(i);
        const double ms = m_last.peerMedian.value(i) * 1000.0;
        const double failure = m_last.peerFailure.value(i);
        const bool down = failure >= 0.5;
        const bool degraded = failure > 0.05 || ms > 3000 * peer.medianSeconds;
        anyDegraded |= down || degraded; // a broken dependency degrades, it does not take us down
        checks.insert(u"external:"_s + peer.name,
                      QJsonObject{{u"status"_s, checkStatus(down, degraded)},
                                  {u"latency_ms"_s, std::round(ms * 10) / 10},
                                  {u"error_ratio"_s, std::round(failure * 1000) / 1000}});
    }

    const bool txDown = m_last.failureRatio > 0.5;
    const bool txDegraded = m_last.failureRatio > 0.05;
    checks.insert(u"transactions"_s, QJsonObject{{u"status"_s, checkStatus(txDown, txDegraded)},
                                                 {u"failure_ratio"_s, std::round(m_last.failureRatio * 1000) / 1000}});
    anyDown |= txDown;
    anyDegraded |= txDegraded;

    const double cpu = m_last.cpuCores / p.cpuCoresLimit;
    const bool capDegraded = cpu > 0.85 || m_last.utilisation > 0.9
                             || m_last.memoryBytes > 2.5 * p.baseMemoryBytes;
    checks.insert(u"capacity"_s, QJsonObject{{u"status"_s, checkStatus(false, capDegraded)},
                                             {u"cpu_utilisation"_s, std::round(cpu * 1000) / 1000},
                                             {u"memory_bytes"_s, qint64(m_last.memoryBytes)},
                                             {u"request_rate"_s, std::round(m_last.requestRate * 10) / 10}});
    anyDegraded |= capDegraded;

    if (m_unhealthy) {
        // Restarted into a release that does not work: the process answers, its health says so.
        checks.insert(u"startup"_s, QJsonObject{{u"status"_s, u"down"_s},
                                                {u"detail"_s, u"the new process failed its start-up checks"_s}});
        anyDown = true;
    }

    return QJsonObject{
        {u"status"_s, checkStatus(anyDown, anyDegraded)},
        {u"service"_s, p.name},
        {u"instance"_s, m_index},
        {u"version"_s, version},
        {u"uptime_seconds"_s, double(std::max<qint64>(0, simMs - m_processStartMs) / 1000)},
        {u"restarts"_s, m_restarts},
        {u"checks"_s, checks},
    };
}

} // namespace payops::sim
