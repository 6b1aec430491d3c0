#include "models/tasks/taskdefinition.h"

#include "models/tasks/cronschedule.h"
#include "models/tasks/rollingupdatetask.h"

namespace payops {

QStringList TaskDefinition::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << tr("the task needs a name");
    const CronSchedule::Result schedule = CronSchedule::create(cron, timeZone);
    if (!schedule.schedule)
        problems << schedule.error;
    if (maxRetries < 0 || maxRetries > 10)
        problems << tr("retries must be from 0 to 10");
    if (retryBackoffSeconds < 0 || retryBackoffSeconds > 24 * 3600)
        problems << tr("the retry back-off must be from 0 seconds to one day");
    if (timeoutSeconds < 1 || timeoutSeconds > 7 * 24 * 3600)
        problems << tr("the timeout must be from 1 second to one week");
    if (kind == Kind::RollingUpdate)
        problems << RollingUpdateTask::validate(settings);
    return problems;
}

QString TaskDefinition::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Backup: return QStringLiteral("backup");
    case Kind::Command: return QStringLiteral("command");
    case Kind::RollingUpdate: return QStringLiteral("rolling_update");
    case Kind::PerformanceReview: return QStringLiteral("performance_review");
    }
    return {};
}

std::optional<TaskDefinition::Kind> TaskDefinition::kindFromKey(const QString &key)
{
    for (const Kind kind : {Kind::Backup, Kind::Command, Kind::RollingUpdate, Kind::PerformanceReview})
        if (kindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString TaskDefinition::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::Backup: return tr("Database backup");
    case Kind::Command: return tr("Command");
    case Kind::RollingUpdate: return tr("Rolling update");
    case Kind::PerformanceReview: return tr("Performance review");
    }
    return {};
}

} // namespace payops
