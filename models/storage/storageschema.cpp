#include "models/storage/storageschema.h"

namespace payops {

Migration StorageSchema::migration(int version)
{
    return Migration{
        version,
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

} // namespace payops
