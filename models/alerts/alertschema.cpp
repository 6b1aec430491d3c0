#include "models/alerts/alertschema.h"

namespace payops {

Migration AlertSchema::migration(int version)
{
    return Migration{
        version,
        QStringLiteral("alerts: rules, history of transitions, current states, acknowledgements, silences, maintenance"),
        {
            QStringLiteral("CREATE TABLE alert_rules ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " definition TEXT NOT NULL,"
                           " updated_ms INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE alert_events ("
                           " id INTEGER PRIMARY KEY,"
                           " rule_name TEXT NOT NULL,"
                           " service TEXT NOT NULL DEFAULT '',"
                           " severity TEXT NOT NULL,"
                           " from_state TEXT NOT NULL,"
                           " to_state TEXT NOT NULL,"
                           " at_ms INTEGER NOT NULL,"
                           " value REAL,"
                           " threshold REAL,"
                           " active_since_ms INTEGER NOT NULL DEFAULT 0,"
                           " fired_at_ms INTEGER NOT NULL DEFAULT 0,"
                           " summary TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX alert_events_at ON alert_events(at_ms)"),
            QStringLiteral("CREATE INDEX alert_events_alert ON alert_events(rule_name, service, at_ms)"),
            QStringLiteral("CREATE TABLE alert_states ("
                           " rule_name TEXT NOT NULL,"
                           " service TEXT NOT NULL DEFAULT '',"
                           " state TEXT NOT NULL,"
                           " active_since_ms INTEGER NOT NULL DEFAULT 0,"
                           " fired_at_ms INTEGER NOT NULL DEFAULT 0,"
                           " clear_since_ms INTEGER NOT NULL DEFAULT 0,"
                           " value REAL,"
                           " changed_ms INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (rule_name, service))"),
            QStringLiteral("CREATE TABLE alert_acks ("
                           " rule_name TEXT NOT NULL,"
                           " service TEXT NOT NULL DEFAULT '',"
                           " fired_at_ms INTEGER NOT NULL,"
                           " by_user TEXT NOT NULL,"
                           " at_ms INTEGER NOT NULL,"
                           " comment TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (rule_name, service, fired_at_ms))"),
            QStringLiteral("CREATE TABLE alert_silences ("
                           " id INTEGER PRIMARY KEY,"
                           " rule_name TEXT NOT NULL DEFAULT '',"
                           " service TEXT NOT NULL DEFAULT '',"
                           " severity TEXT NOT NULL DEFAULT '' CHECK (severity IN ('', 'warning', 'critical')),"
                           " starts_ms INTEGER NOT NULL,"
                           " ends_ms INTEGER NOT NULL CHECK (ends_ms >= starts_ms),"
                           " reason TEXT NOT NULL,"
                           " created_by TEXT NOT NULL DEFAULT '',"
                           " created_ms INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX alert_silences_ends ON alert_silences(ends_ms)"),
            QStringLiteral("CREATE TABLE alert_maintenance ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 127),"
                           " start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),"
                           " end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),"
                           " time_zone TEXT NOT NULL,"
                           " rule_name TEXT NOT NULL DEFAULT '',"
                           " service TEXT NOT NULL DEFAULT '',"
                           " severity TEXT NOT NULL DEFAULT '' CHECK (severity IN ('', 'warning', 'critical')),"
                           " reason TEXT NOT NULL DEFAULT '')"),
        },
        {},
    };
}

} // namespace payops
