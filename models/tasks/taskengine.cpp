#include "models/tasks/taskengine.h"

#include "models/storage/database.h"

#include <QDateTime>
#include <QJsonObject>

namespace payops {

namespace {

std::function<qint64()> clockOf(const TaskSchedulerOptions &options)
{
    if (options.clock)
        return options.clock;
    return [] { return QDateTime::currentMSecsSinceEpoch(); };
}

} // namespace

TaskEngine::TaskEngine(Database &database, TaskSchedulerOptions options)
    : m_repository(database)
    , m_executor(database.path(), clockOf(options))
    , m_scheduler(m_repository, m_executor, options)
    , m_auditLog(database, clockOf(options))
{
    m_scheduler.setEventHook([this](const TaskEvent &event) { audit(event); });
}

QString TaskEngine::auditAction(TaskEvent::Kind kind)
{
    switch (kind) {
    case TaskEvent::Kind::Requested: return QStringLiteral("task.requested");
    case TaskEvent::Kind::Approved: return QStringLiteral("task.approved");
    case TaskEvent::Kind::Skipped: return QStringLiteral("task.skipped");
    case TaskEvent::Kind::Started: return QStringLiteral("task.started");
    case TaskEvent::Kind::Finished: return QStringLiteral("task.finished");
    case TaskEvent::Kind::Interrupted: return QStringLiteral("task.interrupted");
    case TaskEvent::Kind::Edited: return QStringLiteral("task.edited");
    }
    return QStringLiteral("task");
}

void TaskEngine::audit(const TaskEvent &event)
{
    const QJsonObject detail{
        {QStringLiteral("task"), event.taskName},
        {QStringLiteral("run"), event.runId},
        {QStringLiteral("by"), event.who},
        {QStringLiteral("text"), event.text},
        {QStringLiteral("failed"), event.failed},
    };
    if (const std::optional<QString> error = m_auditLog.append(auditAction(event.kind), detail))
        m_auditProblems.append(*error);
    if (m_listener)
        m_listener(event);
}

} // namespace payops
