#include "models/tasks/taskkindexecutor.h"

#include "models/tasks/backuptask.h"
#include "models/tasks/commandtask.h"
#include "models/tasks/performancereviewtask.h"
#include "models/tasks/rollingupdatetask.h"

namespace payops {

TaskKindExecutor::TaskKindExecutor(QString databasePath, std::function<qint64()> clock)
    : m_databasePath(std::move(databasePath))
    , m_clock(std::move(clock))
{
}

TaskOutcome TaskKindExecutor::execute(const TaskDefinition &task, const TaskRun &run)
{
    switch (task.kind) {
    case TaskDefinition::Kind::Backup:
        return BackupTask::run(task, m_databasePath, m_clock());
    case TaskDefinition::Kind::Command:
        return CommandTask::run(task, run, m_clock());
    case TaskDefinition::Kind::RollingUpdate:
        return RollingUpdateTask::run(task, run, m_databasePath, m_clock());
    case TaskDefinition::Kind::PerformanceReview:
        return PerformanceReviewTask::run(task, m_databasePath, m_clock());
    }
    TaskOutcome outcome;
    outcome.summary = tr("%1 tasks cannot run in this version yet.").arg(TaskDefinition::kindTitle(task.kind));
    return outcome;
}

} // namespace payops
