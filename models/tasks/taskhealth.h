#pragma once

#include "models/metrics/metricssnapshot.h"

#include <QList>
#include <QString>

namespace payops {

class TaskRepository;
struct TaskRun;

// What the alert rules see of the scheduled tasks: the console's own metrics of the catalog
// (DerivedMetric::Origin::Console), one value per enabled task, the task's name as the service:
//   task_failed   1 while the task's last finished run failed or was interrupted (a success clears it)
//   task_overdue  how long the oldest run waiting to start has been due, in seconds; a run waiting
//                 for a retry's back-off or a blackout's end is due from then (0 when none waits)
// The console's TaskWorker reads them after every pass and gives them to the AlertWorker, which
// evaluates them with each snapshot: a failed or late task raises an alert through the same rules,
// notifications and history as a service (the shipped TaskFailed and TaskOverdue rules).
class TaskHealth final
{
public:
    TaskHealth() = delete;

    [[nodiscard]] static QList<MetricValue> read(const TaskRepository &repository, qint64 nowMs, QString *error);

    // One task's two values from its newest runs (newest first) and the run waiting to start.
    [[nodiscard]] static QList<MetricValue> of(const QString &taskName, const QList<TaskRun> &recentRuns,
                                               const TaskRun *waiting, qint64 nowMs);
};

} // namespace payops
