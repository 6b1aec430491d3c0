#include "models/tasks/taskrun.h"

namespace payops {

namespace {

constexpr TaskRun::Trigger allTriggers[] = {TaskRun::Trigger::Schedule, TaskRun::Trigger::CatchUp,
                                            TaskRun::Trigger::Manual, TaskRun::Trigger::Retry};
constexpr TaskRun::State allStates[] = {TaskRun::State::WaitingApproval, TaskRun::State::Pending,
                                        TaskRun::State::Running,         TaskRun::State::Succeeded,
                                        TaskRun::State::Failed,          TaskRun::State::Skipped,
                                        TaskRun::State::Interrupted};

} // namespace

bool TaskRun::isFinished() const
{
    return state == State::Succeeded || state == State::Failed || state == State::Skipped || state == State::Interrupted;
}

QString TaskRun::triggerKey(Trigger trigger)
{
    switch (trigger) {
    case Trigger::Schedule: return QStringLiteral("schedule");
    case Trigger::CatchUp: return QStringLiteral("catch_up");
    case Trigger::Manual: return QStringLiteral("manual");
    case Trigger::Retry: return QStringLiteral("retry");
    }
    return {};
}

std::optional<TaskRun::Trigger> TaskRun::triggerFromKey(const QString &key)
{
    for (const Trigger trigger : allTriggers)
        if (triggerKey(trigger) == key)
            return trigger;
    return std::nullopt;
}

QString TaskRun::triggerTitle(Trigger trigger)
{
    switch (trigger) {
    case Trigger::Schedule: return tr("scheduled");
    case Trigger::CatchUp: return tr("missed, run once");
    case Trigger::Manual: return tr("run now");
    case Trigger::Retry: return tr("retry");
    }
    return {};
}

QString TaskRun::stateKey(State state)
{
    switch (state) {
    case State::WaitingApproval: return QStringLiteral("waiting_approval");
    case State::Pending: return QStringLiteral("pending");
    case State::Running: return QStringLiteral("running");
    case State::Succeeded: return QStringLiteral("succeeded");
    case State::Failed: return QStringLiteral("failed");
    case State::Skipped: return QStringLiteral("skipped");
    case State::Interrupted: return QStringLiteral("interrupted");
    }
    return {};
}

std::optional<TaskRun::State> TaskRun::stateFromKey(const QString &key)
{
    for (const State state : allStates)
        if (stateKey(state) == key)
            return state;
    return std::nullopt;
}

QString TaskRun::stateTitle(State state)
{
    switch (state) {
    case State::WaitingApproval: return tr("waiting for approval");
    case State::Pending: return tr("pending");
    case State::Running: return tr("running");
    case State::Succeeded: return tr("succeeded");
    case State::Failed: return tr("failed");
    case State::Skipped: return tr("skipped");
    case State::Interrupted: return tr("interrupted");
    }
    return {};
}

} // namespace payops
