#include "storage/schema.h"

#include "contacts/contactschema.h"
#include "incidents/playbookschema.h"
#include "knowledge/knowledgeschema.h"

namespace payops {

namespace {

// 1 — what every area agrees on from the start: key/value settings and the audit log.
// The audit log is append-only (triggers refuse UPDATE and DELETE) and hash-chained:
// hash = H(prev_hash || row fields), prev_hash of the first row is all zeros (computed by its writer).
Migration settingsAndAuditLog()
{
    return Migration{
        1,
        QStringLiteral("settings and the append-only, hash-chained audit log"),
        {
            QStringLiteral("CREATE TABLE settings ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE audit_log ("
                           " id INTEGER PRIMARY KEY,"
                           " ts_ms INTEGER NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " detail TEXT NOT NULL,"
                           " prev_hash BLOB NOT NULL,"
                           " hash BLOB NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_log_ts ON audit_log(ts_ms)"),
            QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
        },
        {},
    };
}

// 2 — the watched services and their scrape targets (one service has one or more instances).
Migration servicesAndTargets()
{
    return Migration{
        2,
        QStringLiteral("services and their scrape targets"),
        {
            QStringLiteral("CREATE TABLE services ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE,"
                           " display_order INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE targets ("
                           " id INTEGER PRIMARY KEY,"
                           " service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,"
                           " metrics_url TEXT NOT NULL,"
                           " health_url TEXT,"
                           " labels_json TEXT NOT NULL DEFAULT '{}',"
                           " interval_ms INTEGER NOT NULL DEFAULT 5000,"
                           " timeout_ms INTEGER NOT NULL DEFAULT 3000,"
                           " UNIQUE(metrics_url))"),
            // Foreign-key children need an index, or every DELETE of a service scans targets.
            QStringLiteral("CREATE INDEX targets_service ON targets(service_id)"),
        },
        {},
    };
}

// Metric history (see HistoryStore): the sample log is append-ordered, chunks and roll-ups are
// keyed by series then time so a range read is one index seek per series.
Migration metricHistory()
{
    return Migration{
        3,
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

} // namespace

QList<Migration> Schema::migrations()
{
    // Append new versions at the end. Never edit or reorder an entry that has shipped.
    return {
        settingsAndAuditLog(),
        servicesAndTargets(),
        metricHistory(),
        KnowledgeSchema::migration(4),
        PlaybookSchema::migration(5),
        ContactSchema::migration(6),
    };
}

int Schema::latestVersion()
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.constLast().version;
}

} // namespace payops
