#include "models/tasks/taskengine.h"

#include "models/storage/database.h"

#include <QDateTime>
#include <QJsonObject>

#include <algorithm>

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

std::optional<QString> TaskEngine::saveBlackout(BlackoutWindow &window, const QString &who)
{
    const bool isNew = window.id == 0;
    if (std::optional<QString> error = m_repository.saveBlackout(window))
        return error;
    const QString what = isNew ? TaskRepository::tr("Blackout window \"%1\" added: %2.")
                               : TaskRepository::tr("Blackout window \"%1\" changed: %2.");
    m_scheduler.recordEdit({}, who, what.arg(window.name, window.describe(QLocale::c())));
    return std::nullopt;
}

std::optional<QString> TaskEngine::removeBlackout(qint64 id, const QString &who)
{
    QString error;
    const QList<BlackoutWindow> windows = m_repository.blackouts(&error);
    if (!error.isEmpty())
        return error;
    const auto found = std::find_if(windows.cbegin(), windows.cend(), [id](const BlackoutWindow &w) { return w.id == id; });
    if (found == windows.cend())
        return TaskRepository::tr("There is no blackout window %1 (it may have been removed already).").arg(id);
    if (std::optional<QString> failure = m_repository.removeBlackout(id))
        return failure;
    m_scheduler.recordEdit({}, who, TaskRepository::tr("Blackout window \"%1\" removed (was %2).")
                                         .arg(found->name, found->describe(QLocale::c())));
    return std::nullopt;
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
