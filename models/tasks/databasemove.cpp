#include "models/tasks/databasemove.h"

#include "models/tasks/databasebackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace payops {

DatabaseMove::Result DatabaseMove::run(const QString &from, const QString &to)
{
    Result result;
    if (QFileInfo(from).canonicalFilePath() == QFileInfo(to).absoluteFilePath()) {
        result.error = tr("Not moved: %1 is where the database already is.").arg(to);
        return result;
    }
    if (!QFileInfo::exists(from)) {
        result.error = tr("Not moved: there is no database at %1.").arg(from);
        return result;
    }
    if (!QDir().mkpath(QFileInfo(to).absolutePath())) {
        result.error = tr("Not moved: the folder %1 cannot be created.").arg(QFileInfo(to).absolutePath());
        return result;
    }
    const DatabaseBackup::Result copy = DatabaseBackup::backup(from, to);
    if (!copy.ok) {
        result.error = tr("Not moved: %1").arg(copy.error);
        return result;
    }
    QFile::remove(to + QStringLiteral(".sha256")); // a backup's checksum file: not part of a database
    result.bytes = copy.bytes;
    QStringList left;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile old(from + suffix);
        if (old.exists() && !old.remove())
            left << QStringLiteral("%1 (%2)").arg(old.fileName(), old.errorString());
    }
    if (!left.isEmpty())
        result.cleanupError = tr("The database was moved, but the old file could not be removed: %1").arg(left.join(QStringLiteral(", ")));
    return result;
}

} // namespace payops
