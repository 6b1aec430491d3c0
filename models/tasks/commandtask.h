#pragma once

#include "models/tasks/taskexecutor.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace payops {

struct CommandSpec;

// The command kind: a program with an argument list, run by CommandRunner (models/core: no shell,
// its own process group ended at the timeout, output capped). Used for service backups (a database
// dump), update checks and anything site-specific.
//
// Settings: "program", "arguments" (array of strings, each may hold placeholders), "workingDirectory",
// "environment" (object of strings), "successFile" (optional: success also needs this file to exist
// and be non-empty after the run; placeholders allowed), "outputCapBytes" (default 256 KiB per stream).
// Placeholders: {task}, {run} (run id), {date} (yyyy-MM-dd) and {time} (HHmmss) of the run's start in
// the task's zone, {utc} (yyyyMMdd'T'HHmmss'Z'). A value that CommandTemplate refuses (a leading '-',
// a control character) refuses the run with the reason.
class CommandTask final
{
    Q_DECLARE_TR_FUNCTIONS(payops::CommandTask)

public:
    CommandTask() = delete;

    [[nodiscard]] static QHash<QString, QString> placeholders(const TaskDefinition &task, const TaskRun &run, qint64 nowMs);
    // The command to run, or why it cannot run (in words).
    [[nodiscard]] static std::variant<CommandSpec, QString> spec(const TaskDefinition &task, const QHash<QString, QString> &values);
    // Runs it to the end (a local event loop: call it on the scheduler's thread, never the GUI's).
    [[nodiscard]] static TaskOutcome run(const TaskDefinition &task, const TaskRun &run, qint64 nowMs);
};

} // namespace payops
