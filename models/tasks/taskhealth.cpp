#include "models/tasks/taskhealth.h"

#include "models/metrics/derivedmetriccatalog.h"
#include "models/tasks/taskrepository.h"

#include <algorithm>

namespace payops {

namespace {

// Enough runs to see past the skipped and pending records a failing task leaves between attempts.
constexpr int kRecentRuns = 20;

bool isOutcome(TaskRun::State state)
{
    return state == TaskRun::State::Succeeded || state == TaskRun::State::Failed || state == TaskRun::State::Interrupted;
}

} // namespace

QList<MetricValue> TaskHealth::of(const QString &taskName, const QList<TaskRun> &recentRuns, const TaskRun *waiting,
                                  qint64 nowMs)
{
    const auto outcome = std::find_if(recentRuns.cbegin(), recentRuns.cend(),
                                      [](const TaskRun &run) { return isOutcome(run.state); });
    const bool failed = outcome != recentRuns.cend() && outcome->state != TaskRun::State::Succeeded;
    double overdueSeconds = 0;
    if (waiting) {
        const qint64 dueMs = std::max(waiting->scheduledMs, waiting->notBeforeMs);
        overdueSeconds = double(std::max<qint64>(0, nowMs - dueMs)) / 1000.0;
    }
    return {
        {DerivedMetricCatalog::name(DerivedMetricId::TaskFailed), taskName, {}, failed ? 1.0 : 0.0, nowMs},
        {DerivedMetricCatalog::name(DerivedMetricId::TaskOverdue), taskName, {}, overdueSeconds, nowMs},
    };
}

QList<MetricValue> TaskHealth::read(const TaskRepository &repository, qint64 nowMs, QString *error)
{
    QList<MetricValue> values;
    for (const TaskDefinition &task : repository.tasks(error)) {
        if (!task.enabled)
            continue;
        const QList<TaskRun> runs = repository.runs(task.name, kRecentRuns, {}, error);
        const std::optional<TaskRun> waiting = repository.waitingRun(task.name, error);
        if (error && !error->isEmpty())
            return {};
        values += of(task.name, runs, waiting ? &*waiting : nullptr, nowMs);
    }
    return values;
}

} // namespace payops
