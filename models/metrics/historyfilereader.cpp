#include "models/metrics/historyfilereader.h"

#include "models/metrics/historysnapshot.h"

namespace payops {

HistoryFileReader::HistoryFileReader(Database &database, QObject *parent)
    : HistorySource(parent)
    , m_database(database)
{
}

void HistoryFileReader::load(quint64 requestId, const HistoryQuery &query)
{
    const HistorySnapshot snapshot(m_database);
    QList<HistoryRead> reads;
    reads.reserve(query.series.size());
    for (const SeriesKey &key : query.series)
        reads.append(snapshot.read(key.toString(), query.fromMs, query.toMs, query.resolution));
    Q_EMIT loaded(requestId, query.series, reads);
}

} // namespace payops
