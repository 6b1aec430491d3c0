#include "models/tasks/backuptask.h"

#include "models/tasks/databasebackup.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace payops {

QString BackupTask::folderOf(const QJsonObject &settings, const QString &databasePath)
{
    const QString folder = settings.value(u"folder"_s).toString();
    if (!folder.isEmpty())
        return folder;
    return QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s);
}

BackupRetention BackupTask::retentionOf(const QJsonObject &settings)
{
    BackupRetention retention;
    retention.daily = settings.value(u"daily"_s).toInt(retention.daily);
    retention.weekly = settings.value(u"weekly"_s).toInt(retention.weekly);
    retention.monthly = settings.value(u"monthly"_s).toInt(retention.monthly);
    return retention;
}

QString BackupTask::fileNameAt(qint64 utcMs)
{
    return u"payops-%1.db"_s.arg(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()).toString(u"yyyyMMdd'T'HHmmss'Z'"_s));
}

std::optional<qint64> BackupTask::timeOfFileName(const QString &fileName)
{
    static const QRegularExpression pattern(u"^payops-(\\d{8}T\\d{6}Z)\\.db$"_s);
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    QDateTime at = QDateTime::fromString(match.captured(1), u"yyyyMMdd'T'HHmmss'Z'"_s);
    if (!at.isValid())
        return std::nullopt;
    at.setTimeZone(QTimeZone::utc());
    return at.toMSecsSinceEpoch();
}

TaskOutcome BackupTask::run(const TaskDefinition &task, const QString &databasePath, qint64 nowMs)
{
    TaskOutcome outcome;
    const QDir folder(folderOf(task.settings, databasePath));
    if (!folder.mkpath(u"."_s)) {
        outcome.summary = tr("The backup folder %1 cannot be created.").arg(folder.absolutePath());
        return outcome;
    }
    const QString path = folder.filePath(fileNameAt(nowMs));
    const DatabaseBackup::Result backup = DatabaseBackup::backup(databasePath, path);
    outcome.output = backup.log;
    if (!backup.ok) {
        outcome.summary = backup.error;
        return outcome;
    }
    outcome.artifact = backup.path;

    // Retention over this folder's backups (only files named as this task names them).
    QList<QString> names;
    QList<qint64> times;
    for (const QString &name : folder.entryList({u"payops-*.db"_s}, QDir::Files)) {
        if (const std::optional<qint64> at = timeOfFileName(name)) {
            names << name;
            times << *at;
        }
    }
    const BackupRetention retention = retentionOf(task.settings);
    const QTimeZone zone(task.timeZone.toUtf8());
    const QList<int> keep = retention.keep(times, zone.isValid() ? zone : QTimeZone::utc());
    QStringList removed;
    for (int i = 0; i < names.size(); ++i) {
        if (keep.contains(i))
            continue;
        if (QFile::remove(folder.filePath(names.at(i)))) {
            QFile::remove(folder.filePath(names.at(i) + u".sha256"_s));
            removed << names.at(i);
        } else {
            outcome.output += tr("Could not remove the old backup %1.").arg(names.at(i)) + u'\n';
        }
    }
    if (!removed.isEmpty())
        outcome.output += tr("Retention (%1 daily, %2 weekly, %3 monthly) removed: %4")
                              .arg(retention.daily).arg(retention.weekly).arg(retention.monthly).arg(removed.join(u", "_s)) + u'\n';
    qint64 rows = 0;
    for (const qint64 count : backup.rowCounts)
        rows += count;
    outcome.succeeded = true;
    outcome.summary = tr("Verified backup %1 (%2 MB, %3 tables, %4 rows, SHA-256 %5…); %6 kept, %7 removed.")
                          .arg(QFileInfo(path).fileName())
                          .arg(double(backup.bytes) / (1024.0 * 1024.0), 0, 'f', 1)
                          .arg(backup.rowCounts.size())
                          .arg(rows)
                          .arg(backup.sha256.left(12))
                          .arg(keep.size())
                          .arg(removed.size());
    return outcome;
}

} // namespace payops
