#include "models/metrics/historyschema.h"

namespace payops {

Migration HistorySchema::migration(int version)
{
    return Migration{
        version,
        QStringLiteral("metric history: series, sample log, chunks and roll-ups"),
        {
            QStringLiteral("CREATE TABLE history_series ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE)"),
            QStringLiteral("CREATE TABLE history_log ("
                           " seq INTEGER PRIMARY KEY,"
                           " data BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE history_chunks ("
                           " series_id INTEGER NOT NULL REFERENCES history_series(id) ON DELETE CASCADE,"
                           " start_ms INTEGER NOT NULL,"
                           " end_ms INTEGER NOT NULL,"
                           " count INTEGER NOT NULL,"
                           " data BLOB NOT NULL,"
                           " PRIMARY KEY (series_id, start_ms))"),
            QStringLiteral("CREATE INDEX history_chunks_end ON history_chunks(end_ms)"),
            QStringLiteral("CREATE TABLE history_rollups ("
                           " series_id INTEGER NOT NULL REFERENCES history_series(id) ON DELETE CASCADE,"
                           " resolution_ms INTEGER NOT NULL,"
                           " bucket_ms INTEGER NOT NULL,"
                           " min REAL, max REAL, sum REAL NOT NULL, count INTEGER NOT NULL,"
                           " last REAL, last_ms INTEGER NOT NULL,"
                           " PRIMARY KEY (series_id, resolution_ms, bucket_ms)) WITHOUT ROWID"),
        },
        {},
    };
}

} // namespace payops
