#include "models/tasks/backuprestore.h"

#include "models/consoleschema.h"
#include "models/security/auditlog.h"
#include "models/storage/database.h"
#include "models/tasks/databasebackup.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace payops {

QString BackupRestore::keepAsidePath(const QString &databasePath, const QDateTime &nowUtc)
{
    const QFileInfo info(databasePath);
    return info.dir().filePath(QStringLiteral("%1.before-restore-%2.db")
                                   .arg(info.completeBaseName(), nowUtc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
}

BackupRestore::Result BackupRestore::run(const QString &backupPath, const QString &databasePath, const QString &who)
{
    Result result;
    result.keptAsidePath = keepAsidePath(databasePath, QDateTime::currentDateTimeUtc());
    if (!QFileInfo::exists(backupPath)) {
        result.error = tr("Not restored: there is no backup file %1.").arg(backupPath);
        return result;
    }
    if (const std::optional<QString> problem = DatabaseBackup::verify(backupPath)) {
        result.error = tr("Not restored: the backup %1 does not verify: %2").arg(backupPath, *problem);
        return result;
    }
    if (const std::optional<QString> problem = DatabaseBackup::restore(backupPath, databasePath, result.keptAsidePath)) {
        result.error = *problem; // says "Not restored" and why
        return result;
    }
    // The audit log is now the backup's: the restore itself is its next entry.
    Database restored(ConsoleSchema::databaseOptions());
    if (const std::optional<DatabaseError> error = restored.open(databasePath)) {
        result.auditError = error->message;
        return result;
    }
    if (const std::optional<QString> error = AuditLog(restored).append(
            QStringLiteral("database.restored"),
            {{QStringLiteral("backup"), backupPath}, {QStringLiteral("keptAside"), result.keptAsidePath},
             {QStringLiteral("by"), who}}))
        result.auditError = *error;
    return result;
}

} // namespace payops
