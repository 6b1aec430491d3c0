#pragma once

#include "models/tasks/backupretention.h"
#include "models/tasks/taskexecutor.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace payops {

// The backup kind: a verified copy of the console's database (DatabaseBackup) into a folder, named
// by its UTC time ("payops-20260601T023000Z.db", so names sort by time and never collide across
// zones), then grandfather-father-son retention over the copies in that folder.
//
// Settings (TaskDefinition::settings): "folder" (default: "backups" beside the database),
// "daily", "weekly", "monthly" (default 7 / 4 / 6).
class BackupTask final
{
    Q_DECLARE_TR_FUNCTIONS(payops::BackupTask)

public:
    BackupTask() = delete;

    [[nodiscard]] static QString folderOf(const QJsonObject &settings, const QString &databasePath);
    [[nodiscard]] static BackupRetention retentionOf(const QJsonObject &settings);
    // The file name of a backup taken at `utcMs`, and back.
    [[nodiscard]] static QString fileNameAt(qint64 utcMs);
    [[nodiscard]] static std::optional<qint64> timeOfFileName(const QString &fileName);

    [[nodiscard]] static TaskOutcome run(const TaskDefinition &task, const QString &databasePath, qint64 nowMs);
};

} // namespace payops
