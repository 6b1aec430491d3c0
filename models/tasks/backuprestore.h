#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace payops {

// Putting a verified backup back into the console's database, the one way payopsctl tasks restore
// and the console's "Restore This Backup…" both do it: the backup verified (integrity_check), the
// current content kept aside beside the database (<name>.before-restore-<UTC time>.db, itself a
// verified backup), the backup copied in through SQLite (DatabaseBackup::restore), and the restore
// appended to the audit log — the restored one, so its history goes on from the backup's moment.
class BackupRestore final
{
    Q_DECLARE_TR_FUNCTIONS(payops::BackupRestore)

public:
    struct Result
    {
        QString keptAsidePath;     // where the content before the restore is
        QString error;             // "Not restored: …" and why (empty: restored)
        QString auditError;        // restored, but the audit log could not be written

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    BackupRestore() = delete;

    [[nodiscard]] static QString keepAsidePath(const QString &databasePath, const QDateTime &nowUtc);
    // `who`: the operator, for the audit log. Blocks for the copy: call it off the GUI thread.
    [[nodiscard]] static Result run(const QString &backupPath, const QString &databasePath, const QString &who);
};

} // namespace payops
