#include "models/tasks/taskschema.h"

namespace payops {

Migration TaskSchema::migration(int version)
{
    return Migration{
        version,
        QStringLiteral("tasks: scheduled duties, their runs, the run lock and blackout windows"),
        {
            QStringLiteral("CREATE TABLE tasks ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),"
                           " kind TEXT NOT NULL,"
                           " cron TEXT NOT NULL,"
                           " time_zone TEXT NOT NULL,"
                           " enabled INTEGER NOT NULL DEFAULT 1,"
                           " on_blackout TEXT NOT NULL DEFAULT 'wait' CHECK (on_blackout IN ('wait', 'skip')),"
                           " on_overlap TEXT NOT NULL DEFAULT 'skip' CHECK (on_overlap IN ('skip', 'queue')),"
                           " on_missed TEXT NOT NULL DEFAULT 'run_once' CHECK (on_missed IN ('run_once', 'skip')),"
                           " needs_approval INTEGER NOT NULL DEFAULT 0,"
                           " max_retries INTEGER NOT NULL DEFAULT 0 CHECK (max_retries >= 0),"
                           " retry_backoff_s INTEGER NOT NULL DEFAULT 60 CHECK (retry_backoff_s >= 0),"
                           " timeout_s INTEGER NOT NULL DEFAULT 3600 CHECK (timeout_s > 0),"
                           " settings TEXT NOT NULL DEFAULT '{}',"
                           " owner TEXT NOT NULL DEFAULT '',"
                           " updated_ms INTEGER NOT NULL DEFAULT 0,"
                           " next_due_ms INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE task_runs ("
                           " id INTEGER PRIMARY KEY,"
                           " task_name TEXT NOT NULL,"
                           " trigger TEXT NOT NULL,"
                           " attempt INTEGER NOT NULL DEFAULT 1,"
                           " state TEXT NOT NULL,"
                           " scheduled_ms INTEGER NOT NULL DEFAULT 0,"
                           " not_before_ms INTEGER NOT NULL DEFAULT 0,"
                           " requested_by TEXT NOT NULL DEFAULT '',"
                           " approved_by TEXT NOT NULL DEFAULT '',"
                           " approved_ms INTEGER NOT NULL DEFAULT 0,"
                           " started_ms INTEGER NOT NULL DEFAULT 0,"
                           " finished_ms INTEGER NOT NULL DEFAULT 0,"
                           " runner TEXT NOT NULL DEFAULT '',"
                           " summary TEXT NOT NULL DEFAULT '',"
                           " note TEXT NOT NULL DEFAULT '',"
                           " output TEXT NOT NULL DEFAULT '',"
                           " artifact TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX task_runs_task ON task_runs(task_name, id)"),
            QStringLiteral("CREATE INDEX task_runs_state ON task_runs(state)"),
            QStringLiteral("CREATE TABLE task_leases ("
                           " task_name TEXT PRIMARY KEY,"
                           " runner TEXT NOT NULL,"
                           " run_id INTEGER NOT NULL,"
                           " acquired_ms INTEGER NOT NULL,"
                           " expires_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE task_blackouts ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL CHECK (length(name) > 0),"
                           " days INTEGER NOT NULL DEFAULT 127,"
                           " start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),"
                           " end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),"
                           " time_zone TEXT NOT NULL,"
                           " dates TEXT NOT NULL DEFAULT '')"),
        },
        {}};
}

} // namespace payops
