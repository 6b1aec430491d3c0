#pragma once

#include "models/tasks/taskexecutor.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace payops {

// Runs a task by its kind: the console's and payopsctl's executor. Backup (BackupTask), command
// (CommandTask), rolling update (RollingUpdateTask) and performance review (PerformanceReviewTask)
// kinds run. A kind this version does not know fails with that said.
class TaskKindExecutor final : public TaskExecutor
{
    Q_DECLARE_TR_FUNCTIONS(payops::TaskKindExecutor)

public:
    // `databasePath`: the console's file (what the backup kind copies); `clock`: ms since the epoch.
    TaskKindExecutor(QString databasePath, std::function<qint64()> clock);

    [[nodiscard]] TaskOutcome execute(const TaskDefinition &task, const TaskRun &run) override;

private:
    QString m_databasePath;
    std::function<qint64()> m_clock;
};

} // namespace payops
