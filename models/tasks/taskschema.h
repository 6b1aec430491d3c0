#pragma once

#include "models/storage/migration.h"

namespace payops {

// The task scheduler's tables, as one step of ConsoleSchema::migrations().
//
//   tasks(id, name UNIQUE, kind, cron, time_zone, enabled, on_blackout, on_overlap, on_missed,
//         needs_approval, max_retries, retry_backoff_s, timeout_s, settings JSON, owner, updated_ms,
//         next_due_ms)
//     next_due_ms is the first fire time not handled yet (0: not planned yet). Planning moves it
//     forward with a compare-and-set inside a write transaction, so of the console and payopsctl
//     only one plans each fire time.
//   task_runs(id, task_name, trigger, attempt, state, scheduled_ms, not_before_ms, requested_by,
//             approved_by, approved_ms, started_ms, finished_ms, runner, summary, note, output, artifact)
//     every run and every decision not to run (skipped, with the reason in note), append-only but
//     for the state of runs in progress
//   task_leases(task_name PRIMARY KEY, runner, run_id, acquired_ms, expires_ms)
//     the lock row: a task runs only while its runner holds this row. Taken in the same write
//     transaction that moves the run to 'running', so two processes never run the same task at once.
//   task_blackouts(id, name, days, start_minute, end_minute, time_zone, dates)
//     windows in which scheduled runs wait or are skipped (per task): weekly (days bit 0 = Monday)
//     or on listed dates ("2026-12-24,2026-12-31"; days ignored), wall-clock times in the zone.
class TaskSchema final
{
public:
    TaskSchema() = delete;

    [[nodiscard]] static Migration migration(int version);
};

} // namespace payops
