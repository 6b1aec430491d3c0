#include "models/services/targetschema.h"

namespace payops {

Migration TargetSchema::migration(int version)
{
    return Migration{
        version,
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

} // namespace payops
