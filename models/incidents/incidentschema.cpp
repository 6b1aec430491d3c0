#include "models/incidents/incidentschema.h"

namespace payops {

Migration IncidentSchema::migration(int version)
{
    return Migration{
        version,
        QStringLiteral("incidents and their timelines"),
        {
            QStringLiteral("CREATE TABLE incidents ("
                           " id INTEGER PRIMARY KEY,"
                           " services TEXT NOT NULL," // JSON array, the troubleshot service first
                           " incident_type TEXT NOT NULL,"
                           " severity TEXT NOT NULL CHECK (severity IN ('warning', 'critical')),"
                           " status TEXT NOT NULL CHECK (status IN ('open', 'mitigated', 'resolved', 'closed')),"
                           " title TEXT NOT NULL DEFAULT '',"
                           " opened_by TEXT NOT NULL,"
                           " opened_ms INTEGER NOT NULL,"
                           " acknowledged_ms INTEGER,"
                           " resolved_ms INTEGER,"
                           " closed_ms INTEGER,"
                           " wizard_step TEXT NOT NULL DEFAULT 'discover',"
                           " wizard_state TEXT NOT NULL DEFAULT '{}')"),
            QStringLiteral("CREATE INDEX incidents_status ON incidents(status, opened_ms)"),
            QStringLiteral("CREATE TABLE incident_timeline ("
                           " id INTEGER PRIMARY KEY,"
                           " incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                           " ts_ms INTEGER NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('opened', 'alert', 'check', 'notification', 'action',"
                           "  'note', 'status', 'override', 'step')),"
                           " text TEXT NOT NULL,"
                           " detail TEXT NOT NULL DEFAULT '{}')"),
            QStringLiteral("CREATE INDEX incident_timeline_incident ON incident_timeline(incident_id, ts_ms)"),
        },
        {},
    };
}

} // namespace payops
