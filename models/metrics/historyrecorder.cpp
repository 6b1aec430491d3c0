#include "models/metrics/historyrecorder.h"

#include "models/storage/database.h"
#include "models/storage/writefailure.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace payops {

namespace {
constexpr qint64 retentionEveryMs = 10 * 60 * 1000;
}

HistoryRecorder::HistoryRecorder(Database &database, HistoryOptions options, Clock clock, QObject *parent)
    : HistorySource(parent)
    , m_database(database)
    , m_clock(clock ? std::move(clock) : Clock(&QDateTime::currentMSecsSinceEpoch))
    , m_store(std::make_unique<HistoryStore>(options))
    , m_backlog(options.backlogSamples)
{
}

HistoryRecorder::~HistoryRecorder()
{
    if (!m_backlog.isEmpty())
        writeBacklog(); // a last try: what stays in memory now is lost with the process
    if (m_open)
        (void)m_store->checkpoint(); // a clean stop leaves an empty sample log
}

void HistoryRecorder::start()
{
    if (const std::optional<QString> error = openIfNeeded())
        setFailure(error, 0);
    else if (m_open)
        enforceRetention();
}

std::optional<QString> HistoryRecorder::openIfNeeded()
{
    if (m_open)
        return std::nullopt;
    if (std::optional<QString> error = m_store->open(m_database))
        return error;
    m_open = true;
    return std::nullopt;
}

void HistoryRecorder::record(const MetricsSnapshot &snapshot)
{
    HistoryBacklog::Cycle cycle{snapshot.timestampMs, {}};
    cycle.values.reserve(snapshot.values.size());
    for (const MetricValue &value : snapshot.values) {
        if (!std::isfinite(value.value))
            continue; // "no value" is not recorded as a number
        cycle.values.append({SeriesKey(value.metric, value.service, value.peer).toString(), value.value});
    }
    m_backlog.push(std::move(cycle));
    writeBacklog();
    if (m_open && !m_failure && m_clock() - m_lastRetentionMs >= retentionEveryMs)
        enforceRetention();
}

void HistoryRecorder::writeBacklog()
{
    const qsizetype waiting = m_backlog.cycles();
    std::optional<QString> error = openIfNeeded();
    // An open connection could go on writing to a file its owner made read-only: honour the owner.
    if (!error && !m_database.isWritable())
        error = QCoreApplication::translate("HistoryRecorder", "History not saved: %1").arg(WriteFailure::readOnlyFile());
    while (!error && !m_backlog.isEmpty()) {
        error = writeCycle(m_backlog.front());
        if (!error)
            m_backlog.pop();
    }
    if (!error && m_store->checkpointError())
        error = m_store->checkpointError();
    setFailure(error, waiting - m_backlog.cycles());
}

std::optional<QString> HistoryRecorder::writeCycle(const HistoryBacklog::Cycle &cycle)
{
    QList<HistorySample> samples;
    samples.reserve(cycle.values.size());
    for (const HistoryBacklog::Value &value : cycle.values) {
        const HistoryStore::SeriesId series = m_store->seriesId(value.series);
        if (series.error)
            return series.error;
        samples.append({series.id, cycle.timestampMs, value.value});
    }
    if (std::optional<QString> error = m_store->append(samples))
        return error;
    Q_EMIT written(cycle.timestampMs, int(samples.size()));
    return std::nullopt;
}

void HistoryRecorder::setFailure(const std::optional<QString> &error, qsizetype cyclesWritten)
{
    const qint64 dropped = m_backlog.takeDropped();
    m_droppedCycles += dropped;
    if (error) {
        const bool newReason = m_failure != error;
        m_failure = error;
        if (newReason)
            Q_EMIT writeFailing(QCoreApplication::translate(
                                    "HistoryRecorder",
                                    "%1. Live data goes on; new samples are kept in memory and written when "
                                    "writing works again.")
                                    .arg(*error));
        else if (dropped > 0 && m_droppedCycles == dropped) // the memory is full for the first time
            Q_EMIT writeFailing(QCoreApplication::translate(
                                    "HistoryRecorder",
                                    "%1. Live data goes on; the memory kept for history is full, the oldest "
                                    "samples are being dropped.")
                                    .arg(*error));
        return;
    }
    if (!m_failure)
        return;
    m_failure.reset();
    QString message = QCoreApplication::translate("HistoryRecorder",
                                                  "History is saved again: %n poll cycle(s) kept in memory were written.",
                                                  nullptr, int(cyclesWritten));
    if (m_droppedCycles > 0) {
        message += QLatin1Char(' ');
        message += QCoreApplication::translate("HistoryRecorder",
                                               "%n older poll cycle(s) did not fit in memory and are missing.",
                                               nullptr, int(m_droppedCycles));
    }
    m_droppedCycles = 0;
    Q_EMIT writeResumed(message);
}

void HistoryRecorder::load(quint64 requestId, const HistoryQuery &query)
{
    const HistoryRead::Resolution resolution =
        query.resolution.value_or(m_store->resolutionFor(query.fromMs, query.toMs, m_clock()));
    QList<HistoryRead> reads;
    reads.reserve(query.series.size());
    for (const SeriesKey &key : query.series) {
        HistoryRead read;
        if (m_open)
            read = m_store->read(m_database.connection(), key.toString(), query.fromMs, query.toMs, resolution);
        reads.append(std::move(read));
    }
    Q_EMIT loaded(requestId, query.series, reads);
}

void HistoryRecorder::enforceRetention()
{
    m_lastRetentionMs = m_clock();
    if (const std::optional<QString> error = m_store->enforceRetention(m_lastRetentionMs))
        Q_EMIT failed(*error);
}

void HistoryRecorder::setRetention(qint64 rawKeepMs, qint64 minuteKeepMs, qint64 hourKeepMs)
{
    m_store->setRetention(rawKeepMs, minuteKeepMs, hourKeepMs);
    if (m_open)
        enforceRetention();
}

} // namespace payops
