#include "models/tasks/databasebackup.h"

#include "models/storage/sqlitehandle.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>


using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

// A connection of its own, removed when this goes (the copy never shares the console's connections).
class OwnConnection final
{
    Q_DISABLE_COPY_MOVE(OwnConnection)

public:
    OwnConnection(const QString &path, bool readOnly)
        : m_name(u"payops-backup-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s
                                      : u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~OwnConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// Row counts of every table (virtual tables' shadow tables included: they are tables too).
std::optional<QMap<QString, qint64>> countRows(QSqlDatabase db, QString *error)
{
    QSqlQuery names(db);
    if (!names.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s)) {
        *error = names.lastError().text();
        return std::nullopt;
    }
    QStringList tables;
    while (names.next())
        tables << names.value(0).toString();
    QMap<QString, qint64> counts;
    for (const QString &table : tables) {
        QSqlQuery count(db);
        QString quoted = table;
        quoted.replace(u'"', u"\"\""_s);
        if (!count.exec(u"SELECT count(*) FROM \"%1\""_s.arg(quoted)) || !count.next()) {
            *error = count.lastError().text();
            return std::nullopt;
        }
        counts.insert(table, count.value(0).toLongLong());
    }
    return counts;
}

// Copies every page of `source` (its current snapshot) into the file at `destinationPath`, which
// ends self-contained (rollback journal, not WAL).
std::optional<QString> copyPages(sqlite3 *source, const QString &destinationPath)
{
    sqlite3 *destination = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(destinationPath).constData(), &destination,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = QString::fromUtf8(destination ? sqlite3_errmsg(destination) : sqlite3_errstr(rc));
        sqlite3_close(destination);
        return reason;
    }
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup) {
        const QString reason = QString::fromUtf8(sqlite3_errmsg(destination));
        sqlite3_close(destination);
        return reason;
    }
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(backup);
    std::optional<QString> failure;
    if (rc != SQLITE_DONE || finished != SQLITE_OK)
        failure = QString::fromUtf8(sqlite3_errmsg(destination));
    else if (sqlite3_exec(destination, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
        failure = QString::fromUtf8(sqlite3_errmsg(destination));
    sqlite3_close(destination);
    return failure;
}

} // namespace

QString DatabaseBackup::sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<QString> DatabaseBackup::verify(const QString &path, const QMap<QString, qint64> &expectedCounts)
{
    OwnConnection copy(path, true);
    if (!copy.isOpen())
        return tr("The copy %1 cannot be opened: %2").arg(path, copy.error());
    QSqlQuery check(copy.db());
    if (!check.exec(u"PRAGMA integrity_check"_s))
        return tr("The integrity check of %1 could not run: %2").arg(path, check.lastError().text());
    QStringList problems;
    while (check.next())
        if (const QString line = check.value(0).toString(); line != u"ok"_s)
            problems << line;
    if (!problems.isEmpty())
        return tr("The copy %1 is damaged: %2").arg(path, problems.mid(0, 5).join(u"; "_s));
    if (expectedCounts.isEmpty())
        return std::nullopt;
    QString error;
    const std::optional<QMap<QString, qint64>> counts = countRows(copy.db(), &error);
    if (!counts)
        return tr("The rows of the copy %1 cannot be counted: %2").arg(path, error);
    QStringList differences;
    for (auto it = expectedCounts.cbegin(); it != expectedCounts.cend(); ++it) {
        const qint64 found = counts->value(it.key(), -1);
        if (found != it.value())
            differences << tr("%1: %2 rows in the source, %3 in the copy").arg(it.key()).arg(it.value()).arg(found);
    }
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        if (!expectedCounts.contains(it.key()))
            differences << tr("%1: only in the copy").arg(it.key());
    if (!differences.isEmpty())
        return tr("The restore test of %1 failed: %2").arg(path, differences.join(u"; "_s));
    return std::nullopt;
}

DatabaseBackup::Result DatabaseBackup::backup(const QString &sourcePath, const QString &destinationPath)
{
    Result result;
    QElapsedTimer total;
    total.start();
    const auto fail = [&result, &destinationPath](const QString &error) {
        result.error = error;
        result.log += error + u'\n';
        QFile::remove(destinationPath);
        return result;
    };
    if (QFileInfo::exists(destinationPath))
        return Result{false, {}, 0, {}, {}, 0, 0, tr("%1 exists already; a backup never overwrites a file.").arg(destinationPath), {}};
    {
        OwnConnection source(sourcePath, true);
        if (!source.isOpen())
            return fail(tr("The database %1 cannot be opened: %2").arg(sourcePath, source.error()));
        QSqlDatabase db = source.db();
        // One snapshot for the counts and the copy: the backup runs inside this read transaction.
        if (!db.transaction())
            return fail(tr("The database %1 cannot be read: %2").arg(sourcePath, db.lastError().text()));
        QString error;
        const std::optional<QMap<QString, qint64>> counts = countRows(db, &error);
        if (!counts) {
            db.rollback();
            return fail(tr("The rows of %1 cannot be counted: %2").arg(sourcePath, error));
        }
        result.rowCounts = *counts;
        QElapsedTimer copy;
        copy.start();
        const std::optional<QString> copyError = copyPages(sqliteHandleOf(db), destinationPath);
        result.copyMs = copy.elapsed();
        db.rollback();
        if (copyError)
            return fail(tr("The copy to %1 failed: %2").arg(destinationPath, *copyError));
    }
    QFile::setPermissions(destinationPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    result.bytes = QFileInfo(destinationPath).size();
    result.log += tr("Copied %1 bytes in %2 ms.").arg(result.bytes).arg(result.copyMs) + u'\n';
    if (const std::optional<QString> problem = verify(destinationPath, result.rowCounts))
        return fail(*problem);
    qint64 rows = 0;
    for (const qint64 count : std::as_const(result.rowCounts))
        rows += count;
    result.log += tr("Integrity check: ok. Restore test: %1 tables, %2 rows, the same as the source.")
                      .arg(result.rowCounts.size()).arg(rows) + u'\n';
    result.sha256 = sha256(destinationPath);
    if (result.sha256.isEmpty())
        return fail(tr("The copy %1 cannot be read back for its checksum.").arg(destinationPath));
    QFile sum(destinationPath + u".sha256"_s);
    if (!sum.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || sum.write((result.sha256 + u"  "_s + QFileInfo(destinationPath).fileName() + u'\n').toUtf8()) < 0)
        return fail(tr("The checksum file %1 cannot be written: %2").arg(sum.fileName(), sum.errorString()));
    result.log += u"SHA-256: "_s + result.sha256 + u'\n';
    result.path = destinationPath;
    result.totalMs = total.elapsed();
    result.ok = true;
    return result;
}

std::optional<QString> DatabaseBackup::restore(const QString &backupPath, const QString &databasePath,
                                               const QString &keepAsidePath)
{
    if (const std::optional<QString> problem = verify(backupPath))
        return tr("Not restored: %1").arg(*problem);
    // The current content first, verified, so nothing is ever lost to a restore.
    const Result aside = backup(databasePath, keepAsidePath);
    if (!aside.ok)
        return tr("Not restored: the current database could not be kept aside: %1").arg(aside.error);
    OwnConnection source(backupPath, true);
    OwnConnection target(databasePath, false);
    if (!source.isOpen() || !target.isOpen())
        return tr("Not restored: %1").arg(source.isOpen() ? target.error() : source.error());
    sqlite3 *to = sqliteHandleOf(target.db());
    sqlite3_backup *copy = sqlite3_backup_init(to, "main", sqliteHandleOf(source.db()), "main");
    if (!copy)
        return tr("Not restored: %1").arg(QString::fromUtf8(sqlite3_errmsg(to)));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(copy, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(copy);
    if (rc != SQLITE_DONE || finished != SQLITE_OK)
        return tr("Not restored (the current database is unchanged or kept at %1): %2")
            .arg(keepAsidePath, QString::fromUtf8(sqlite3_errmsg(to)));
    // The backup file is in rollback-journal mode; the console's file stays WAL.
    QSqlQuery wal(target.db());
    wal.exec(u"PRAGMA journal_mode = WAL"_s);
    return std::nullopt;
}

} // namespace payops
