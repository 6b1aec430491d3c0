#pragma once

#include "models/tasks/taskdefinition.h"
#include "models/tasks/taskrun.h"

#include <QString>

namespace payops {

// What a run produced.
struct TaskOutcome
{
    bool succeeded = false;
    QString summary;  // one line in the operator's words
    QString output;   // the log (stdout, stderr, steps), capped by the kind
    QString artifact; // the backup or report file, if any
};

// Runs one task of its kind, synchronously, on the scheduler's thread (never the GUI thread).
// TaskScheduler calls it only for a run it holds the task's lock for.
class TaskExecutor
{
public:
    TaskExecutor() = default;
    virtual ~TaskExecutor() = default;
    Q_DISABLE_COPY_MOVE(TaskExecutor)

    [[nodiscard]] virtual TaskOutcome execute(const TaskDefinition &task, const TaskRun &run) = 0;
};

} // namespace payops
