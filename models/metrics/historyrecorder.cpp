#include "models/metrics/historyrecorder.h"

#include "models/storage/database.h"

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
{
}

HistoryRecorder::~HistoryRecorder()
{
    if (m_open)
        (void)m_store->checkpoint(); // a clean stop leaves an empty sample log
}

void HistoryRecorder::start()
{
    if (m_open)
        return;
    if (const std::optional<QString> error = m_store->open(m_database)) {
        Q_EMIT failed(*error);
        return;
    }
    m_open = true;
    enforceRetention();
}

void HistoryRecorder::record(const MetricsSnapshot &snapshot)
{
    if (!m_open)
        return;
    QList<HistorySample> cycle;
    cycle.reserve(snapshot.values.size());
    for (const MetricValue &value : snapshot.values) {
        if (!std::isfinite(value.value))
            continue; // "no value" is not recorded as a number
        const int id = m_store->seriesId(SeriesKey(value.metric, value.service, value.peer).toString());
        if (id > 0)
            cycle.append({id, snapshot.timestampMs, value.value});
    }
    if (const std::optional<QString> error = m_store->append(cycle))
        Q_EMIT failed(*error);
    if (m_clock() - m_lastRetentionMs >= retentionEveryMs)
        enforceRetention();
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

} // namespace payops
