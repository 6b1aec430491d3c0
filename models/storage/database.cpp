#include "models/storage/database.h"

#include "models/storage/storagelog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <utility>

namespace payops {

namespace {

// 'PAYO' in the file header (offset 68): tells a PayOps file from another program's SQLite file.
constexpr int kApplicationId = 0x5041594F;

// Primary SQLite result codes (the driver reports extended codes; the low byte is the primary one).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;
constexpr int kSqliteReadOnlyDirectory = kSqliteReadOnly | (6 << 8);

const QString kDriver = QStringLiteral("QSQLITE");

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : -1;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

DatabaseError makeError(DatabaseError::Kind kind, QString message, QString detail)
{
    DatabaseError error;
    error.kind = kind;
    error.message = std::move(message);
    error.detail = std::move(detail);
    qCWarning(lcStorage).noquote() << error.message << "—" << error.detail;
    return error;
}

// ---- operator messages, one per situation -----------------------------------------------------

QString notSqliteMessage(const QString &path)
{
    return QCoreApplication::translate("Database",
        "The database file %1 is not a PayOps database (it is not an SQLite file). It was left "
        "untouched. Choose another file with --db, or move this one away.").arg(shown(path));
}

QString foreignMessage(const QString &path)
{
    return QCoreApplication::translate("Database",
        "The database file %1 is not a PayOps database (it is an SQLite database of another "
        "program). It was left untouched. Choose another file with --db.").arg(shown(path));
}

QString folderMessage(const QString &path)
{
    return QCoreApplication::translate("Database",
        "The database path %1 is a folder or a special file, not a database file. Choose a file "
        "name with --db.").arg(shown(path));
}

QString corruptMessage(const QString &path)
{
    return QCoreApplication::translate("Database",
        "The database file %1 is damaged (SQLite's integrity check found errors). It was left "
        "untouched. Restore it from the last backup, or move it away so that PayOps starts with "
        "a new one.").arg(shown(path));
}

QString readOnlyFileMessage(const QString &path)
{
    return QCoreApplication::translate("Database",
        "The database file %1 is read-only (its owner has no write permission), and PayOps needs "
        "to write to it. It was left untouched. Make it writable (for example: chmod u+w) or "
        "choose another file with --db.").arg(shown(path));
}

QString readOnlyFolderMessage(const QString &folder, const QString &path)
{
    return QCoreApplication::translate("Database",
        "The folder %1 that holds the database file %2 is read-only. PayOps keeps its database in "
        "write-ahead-log mode, which needs to create the files %3-wal and %3-shm beside it. The "
        "file was left untouched. Make the folder writable or choose another location with --db.")
        .arg(shown(folder), shown(path), QFileInfo(path).fileName());
}

QString readOnlyFolderCreateMessage(const QString &folder, const QString &path)
{
    return QCoreApplication::translate("Database",
        "The folder %1 is read-only, so PayOps cannot create its database file %2 there. Make "
        "the folder writable or choose another location with --db.").arg(shown(folder), shown(path));
}

QString cannotCreateMessage(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("Database",
        "PayOps cannot create its database file %1: %2").arg(shown(path), reason);
}

QString newerSchemaMessage(const QString &path, int fileVersion, int latest)
{
    return QCoreApplication::translate("Database",
        "The database file %1 was written by a newer version of PayOps (schema version %2; this "
        "version knows up to %3). It was left untouched. Use the newer PayOps, or choose another "
        "file with --db.").arg(shown(path)).arg(fileVersion).arg(latest);
}

QString missingMessage(const QString &path)
{
    return QCoreApplication::translate("Database",
        "The database file %1 does not exist. Nothing was created.").arg(shown(path));
}

QString busyMessage(const QString &path)
{
    return QCoreApplication::translate("Database",
        "The database file %1 is locked by another program (perhaps another PayOps). Close it and "
        "try again.").arg(shown(path));
}

QString openFailedMessage(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("Database",
        "PayOps cannot open the database file %1: %2").arg(shown(path), reason);
}

QString migrationFailedMessage(const QString &path, int version, const QString &description,
                               int keptVersion, const QString &reason)
{
    return QCoreApplication::translate("Database",
        "PayOps could not update the database file %1 to schema version %2 (%3). The update was "
        "undone; the file is still at version %4. Reason: %5")
        .arg(shown(path)).arg(version).arg(description).arg(keptVersion).arg(reason);
}

// Maps an SQLite failure while checking or opening `path` to the error the operator sees.
DatabaseError fromSqlError(const QString &path, const QSqlError &error, const QString &doing)
{
    const QString detail = doing + QStringLiteral(": ") + error.text()
                         + QStringLiteral(" (SQLite code ") + error.nativeErrorCode() + u')';
    const int code = sqliteCode(error);
    if (code == kSqliteReadOnlyDirectory)
        return makeError(DatabaseError::Kind::ReadOnlyDirectory,
                         readOnlyFolderMessage(QFileInfo(path).absolutePath(), path), detail);
    switch (code & 0xff) {
    case kSqliteNotADb:
        return makeError(DatabaseError::Kind::NotADatabase, notSqliteMessage(path), detail);
    case kSqliteCorrupt:
        return makeError(DatabaseError::Kind::Corrupt, corruptMessage(path), detail);
    case kSqliteBusy:
    case kSqliteLocked:
        return makeError(DatabaseError::Kind::Busy, busyMessage(path), detail);
    case kSqliteReadOnly:
        return makeError(DatabaseError::Kind::ReadOnlyFile, readOnlyFileMessage(path), detail);
    default:
        return makeError(DatabaseError::Kind::OpenFailed,
                         openFailedMessage(path, error.databaseText().isEmpty() ? error.text()
                                                                                : error.databaseText()),
                         detail);
    }
}

// ---- file system --------------------------------------------------------------------------------

// Writable for us *and* by its owner-write bit. Root passes every access() check, so a cleared
// owner-write bit is taken as the owner's decision that the file (or folder) stays read-only.
bool writableByPolicy(const QString &path)
{
    const QFileInfo info(path);
    return info.isWritable() && info.permissions().testFlag(QFileDevice::WriteOwner);
}

bool hasSqliteHeader(const QString &path)
{
    static constexpr char kMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes in all
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    return head.size() == 16 && head == QByteArray(kMagic, 16);
}

// Creates the missing folders of `folder` (mode 0700, private to the user), naming the one that fails.
std::optional<DatabaseError> makeFolders(const QString &folder, const QString &path)
{
    QStringList missing;
    QString existing = folder;
    while (!QFileInfo::exists(existing)) {
        missing.prepend(existing);
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing)
            break;
        existing = parent;
    }
    if (missing.isEmpty() && !QFileInfo(folder).isDir())
        return makeError(DatabaseError::Kind::CannotCreate,
                         cannotCreateMessage(path, QCoreApplication::translate("Database",
                             "%1 is not a folder.").arg(shown(folder))),
                         QStringLiteral("parent is not a directory"));
    if (missing.isEmpty())
        return std::nullopt;
    if (!QFileInfo(existing).isDir())
        return makeError(DatabaseError::Kind::CannotCreate,
                         cannotCreateMessage(path, QCoreApplication::translate("Database",
                             "%1 is not a folder.").arg(shown(existing))),
                         QStringLiteral("ancestor is not a directory: ") + existing);
    if (!writableByPolicy(existing))
        return makeError(DatabaseError::Kind::ReadOnlyDirectory,
                         readOnlyFolderCreateMessage(existing, path),
                         QStringLiteral("ancestor folder not writable: ") + existing);
    const QDir root;
    for (const QString &dir : std::as_const(missing)) {
        if (!root.mkdir(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            return makeError(DatabaseError::Kind::CannotCreate,
                             cannotCreateMessage(path, QCoreApplication::translate("Database",
                                 "the folder %1 could not be created.").arg(shown(dir))),
                             QStringLiteral("mkdir failed: ") + dir);
    }
    return std::nullopt;
}

// Creates an empty file with mode 0600 (exactly, whatever the umask); fails if it appeared meanwhile.
std::optional<DatabaseError> createPrivateFile(const QString &path)
{
    constexpr QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPrivate))
        return makeError(DatabaseError::Kind::CannotCreate, cannotCreateMessage(path, file.errorString()),
                         QStringLiteral("create: ") + file.errorString());
    if (!file.setPermissions(kPrivate))
        return makeError(DatabaseError::Kind::CannotCreate, cannotCreateMessage(path, file.errorString()),
                         QStringLiteral("chmod 0600: ") + file.errorString());
    return std::nullopt;
}

// ---- connections --------------------------------------------------------------------------------

// An SQLite URI, so that `mode=rw` forbids SQLite to create the file (only open() creates it, 0600).
QString uriFor(const QString &path, bool readOnly)
{
    QUrl url = QUrl::fromLocalFile(path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mode"), readOnly ? QStringLiteral("ro") : QStringLiteral("rw"));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

// Runs one statement; on failure returns its error.
std::optional<QSqlError> run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return query.lastError();
    return std::nullopt;
}

// First column of the first row of a one-value statement, or the error.
struct Scalar
{
    QVariant value;
    std::optional<QSqlError> error;
};

Scalar scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return {{}, query.lastError()};
    if (!query.next())
        return {{}, query.lastError().isValid() ? query.lastError() : QSqlError()};
    return {query.value(0), std::nullopt};
}

// Opens (or re-opens) the connection `name` in the calling thread with the per-connection pragmas.
QSqlDatabase openConnection(const QString &name, const QString &path, int busyTimeoutMs, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(kDriver, name);
    if (db.isOpen())
        return db;
    db.setDatabaseName(uriFor(path, readOnly));
    db.setConnectOptions((readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;") : QString())
                         + QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=") + QString::number(busyTimeoutMs));
    if (!db.open()) {
        qCWarning(lcStorage).noquote() << "cannot open connection" << name << "to" << path << "—"
                                       << db.lastError().text();
        return db;
    }
    // Per-connection settings (journal_mode=WAL is persistent in the file, set once by open()).
    for (const QString &pragma : {QStringLiteral("PRAGMA synchronous = NORMAL"),
                                  QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (const auto error = run(db, pragma)) {
            qCWarning(lcStorage).noquote() << pragma << "failed on" << name << "—" << error->text();
            db.close();
            return db;
        }
    }
    qCDebug(lcStorage).noquote() << "opened connection" << name << "in thread" << QThread::currentThread();
    return db;
}

// Closes and removes a connection of the calling thread; the caller holds no copy of it.
void removeConnection(const QString &name)
{
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    qCDebug(lcStorage).noquote() << "removed connection" << name;
}

quint64 nextInstanceSerial()
{
    // Not an address: a Database created where an old one was must not reuse names that a
    // still-running thread of the old one may hold.
    static std::atomic<quint64> serial{0};
    return ++serial;
}

// ---- checks and migrations ----------------------------------------------------------------------

std::optional<DatabaseError> validate(const QList<Migration> &migrations, int targetVersion)
{
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).version != int(i) + 1)
            return makeError(DatabaseError::Kind::MigrationFailed,
                             QCoreApplication::translate("Database",
                                 "This PayOps build has an invalid list of database updates "
                                 "(version %1 is listed at position %2). No file was opened.")
                                 .arg(migrations.at(i).version).arg(i + 1),
                             QStringLiteral("migration versions must be 1..N in order"));
    }
    if (targetVersion > int(migrations.size()))
        return makeError(DatabaseError::Kind::MigrationFailed,
                         QCoreApplication::translate("Database",
                             "This PayOps build asks for database version %1 but knows only up to "
                             "%2. No file was opened.").arg(targetVersion).arg(migrations.size()),
                         QStringLiteral("target version beyond the migration list"));
    return std::nullopt;
}

// PRAGMA quick_check: reads the whole file.
std::optional<DatabaseError> quickCheck(QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return fromSqlError(path, query.lastError(), QStringLiteral("PRAGMA quick_check"));
    QStringList findings;
    while (query.next())
        findings.append(query.value(0).toString());
    if (query.lastError().isValid())
        return fromSqlError(path, query.lastError(), QStringLiteral("PRAGMA quick_check"));
    if (findings != QStringList{QStringLiteral("ok")})
        return makeError(DatabaseError::Kind::Corrupt, corruptMessage(path),
                         QStringLiteral("quick_check: ") + findings.mid(0, 5).join(QStringLiteral("; ")));
    return std::nullopt;
}

// Everything that decides whether an existing file may be used, on a read-only connection.
std::optional<DatabaseError> checkContent(QSqlDatabase &db, const QString &path, int latestVersion,
                                          const DatabaseOptions &options)
{
    const Scalar userVersion = scalar(db, QStringLiteral("PRAGMA user_version"));
    if (userVersion.error)
        return fromSqlError(path, *userVersion.error, QStringLiteral("reading user_version"));
    const Scalar applicationId = scalar(db, QStringLiteral("PRAGMA application_id"));
    if (applicationId.error)
        return fromSqlError(path, *applicationId.error, QStringLiteral("reading application_id"));
    const Scalar objects = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (objects.error)
        return fromSqlError(path, *objects.error, QStringLiteral("reading the schema"));

    const int version = userVersion.value.toInt();
    const int appId = applicationId.value.toInt();
    const bool emptyFile = version == 0 && appId == 0 && objects.value.toInt() == 0;
    if (appId != kApplicationId && !emptyFile)
        return makeError(DatabaseError::Kind::NotADatabase, foreignMessage(path),
                         QStringLiteral("application_id %1, user_version %2, %3 schema objects")
                             .arg(appId).arg(version).arg(objects.value.toInt()));
    if (version > latestVersion)
        return makeError(DatabaseError::Kind::NewerSchema,
                         newerSchemaMessage(path, version, latestVersion),
                         QStringLiteral("user_version %1 > latest known %2").arg(version).arg(latestVersion));

    // A file that is up to date may leave its check to the caller (checkIntegrity(), later and off the
    // critical path); one about to be migrated never is migrated unchecked.
    if (options.quickCheck && (!options.quickCheckOnlyBeforeMigrating || version < latestVersion))
        return quickCheck(db, path);
    return std::nullopt;
}

std::optional<DatabaseError> probe(const QString &name, const QString &path, int latestVersion,
                                   const DatabaseOptions &options)
{
    std::optional<DatabaseError> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, name);
        db.setDatabaseName(uriFor(path, true));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=")
                             + QString::number(options.busyTimeoutMs));
        if (!db.open())
            result = fromSqlError(path, db.lastError(), QStringLiteral("opening read-only"));
        else
            result = checkContent(db, path, latestVersion, options);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Applies migrations (current, target] one transaction each. `version` receives the file's version.
std::optional<DatabaseError> migrate(QSqlDatabase &db, const QString &path,
                                     const QList<Migration> &migrations, int target, int *version)
{
    const Scalar current = scalar(db, QStringLiteral("PRAGMA user_version"));
    if (current.error)
        return fromSqlError(path, *current.error, QStringLiteral("reading user_version"));
    *version = current.value.toInt();
    if (*version >= target)
        return std::nullopt;

    // SQLite ignores foreign_keys inside a transaction: switch it off around the steps (so a step may
    // rebuild a table), and check the keys inside each step before it commits.
    if (const auto error = run(db, QStringLiteral("PRAGMA foreign_keys = OFF")))
        return fromSqlError(path, *error, QStringLiteral("PRAGMA foreign_keys = OFF"));

    std::optional<DatabaseError> failure;
    for (const Migration &migration : migrations) {
        if (migration.version <= *version || migration.version > target)
            continue;
        // IMMEDIATE: take the write lock now, so that two programs migrating at once serialise.
        if (const auto error = run(db, QStringLiteral("BEGIN IMMEDIATE"))) {
            failure = fromSqlError(path, *error, QStringLiteral("BEGIN IMMEDIATE"));
            break;
        }
        const Scalar inside = scalar(db, QStringLiteral("PRAGMA user_version"));
        if (!inside.error && inside.value.toInt() >= migration.version) { // done by another program
            run(db, QStringLiteral("COMMIT"));
            *version = inside.value.toInt();
            continue;
        }

        QString reason = inside.error ? inside.error->text() : QString();
        for (const QString &statement : migration.statements) {
            if (!reason.isEmpty())
                break;
            if (const auto error = run(db, statement))
                reason = error->text();
        }
        if (reason.isEmpty() && migration.apply) {
            if (const auto error = migration.apply(db))
                reason = error->isEmpty() ? QStringLiteral("failed") : *error;
        }
        if (reason.isEmpty()) {
            QSqlQuery check(db);
            check.setForwardOnly(true);
            if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
                reason = check.lastError().text();
            else if (check.next())
                reason = QStringLiteral("foreign key violation in table ") + check.value(0).toString();
        }
        if (reason.isEmpty()) {
            for (const QString &pragma : {QStringLiteral("PRAGMA user_version = %1").arg(migration.version),
                                          QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)}) {
                if (const auto error = run(db, pragma)) {
                    reason = error->text();
                    break;
                }
            }
        }
        if (reason.isEmpty()) {
            if (const auto error = run(db, QStringLiteral("COMMIT")))
                reason = error->text();
        }
        if (!reason.isEmpty()) {
            run(db, QStringLiteral("ROLLBACK"));
            failure = makeError(DatabaseError::Kind::MigrationFailed,
                                migrationFailedMessage(path, migration.version, migration.description,
                                                       *version, reason),
                                QStringLiteral("migration %1 failed: ").arg(migration.version) + reason);
            break;
        }
        *version = migration.version;
        qCInfo(lcStorage).noquote() << "database" << path << "migrated to version" << *version << "—"
                                    << migration.description;
    }

    if (const auto error = run(db, QStringLiteral("PRAGMA foreign_keys = ON")); error && !failure)
        failure = fromSqlError(path, *error, QStringLiteral("PRAGMA foreign_keys = ON"));
    return failure;
}

} // namespace

// ---- Registry: the connection names of one Database, shared with the threads' finish handlers ----

struct Database::Registry
{
    struct Entry
    {
        QString name;
        QMetaObject::Connection finished;
    };

    // Called in `thread` itself (its finished() signal, or releaseConnection()).
    void release(QThread *thread)
    {
        Entry entry;
        {
            const QMutexLocker lock(&mutex);
            const auto it = entries.find(thread);
            if (it == entries.end())
                return;
            entry = it.value();
            entries.erase(it);
        }
        QObject::disconnect(entry.finished);
        removeConnection(entry.name);
    }

    const quint64 instance = nextInstanceSerial();
    int busyTimeoutMs = 5000;
    bool readOnly = false;

    QMutex mutex; // guards everything below
    QString path; // empty until open() succeeds
    int version = 0;
    quint64 nextThread = 0;
    QHash<QThread *, Entry> entries;
};

// ---- Database -------------------------------------------------------------------------------------

Database::Database(DatabaseOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_registry(std::make_shared<Registry>())
{
    m_registry->busyTimeoutMs = m_options.busyTimeoutMs;
    m_registry->readOnly = m_options.readOnly;
}

Database::~Database()
{
    releaseConnection();
    const QMutexLocker lock(&m_registry->mutex);
    if (!m_registry->entries.isEmpty())
        qCDebug(lcStorage) << m_registry->entries.size()
                           << "connection(s) still held by running threads; removed when they finish";
    m_registry->path.clear();
}

std::optional<DatabaseError> Database::open(const QString &path)
{
    if (isOpen())
        return makeError(DatabaseError::Kind::OpenFailed,
                         openFailedMessage(path, QCoreApplication::translate("Database",
                             "a database is already open.")),
                         QStringLiteral("Database::open() called twice"));
    if (path.isEmpty())
        return makeError(DatabaseError::Kind::CannotCreate,
                         QCoreApplication::translate("Database", "No database file was given."),
                         QStringLiteral("empty path"));
    if (auto error = validate(m_options.migrations, m_options.targetVersion))
        return error;
    return openChecked(QFileInfo(path).absoluteFilePath());
}

std::optional<DatabaseError> Database::openChecked(const QString &absolutePath)
{
    const QString &path = absolutePath;
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const int latest = int(m_options.migrations.size());
    const int target = m_options.targetVersion < 0 ? latest : m_options.targetVersion;
    bool created = false;

    if (info.exists()) {
        if (!info.isFile())
            return makeError(DatabaseError::Kind::NotADatabase, folderMessage(path),
                             QStringLiteral("not a regular file"));
        if (!info.isReadable())
            return makeError(DatabaseError::Kind::OpenFailed,
                             openFailedMessage(path, QCoreApplication::translate("Database",
                                 "it cannot be read (permission denied). It was left untouched.")),
                             QStringLiteral("not readable"));
        const bool empty = info.size() == 0; // SQLite's own view: an empty file is an empty database
        if (!empty && !hasSqliteHeader(path))
            return makeError(DatabaseError::Kind::NotADatabase, notSqliteMessage(path),
                             QStringLiteral("no SQLite header"));
        if (m_options.readOnly)
            return openReadOnly(path, empty);
        if (!writableByPolicy(path))
            return makeError(DatabaseError::Kind::ReadOnlyFile, readOnlyFileMessage(path),
                             QStringLiteral("file not writable, or its owner-write bit is cleared"));
        if (!writableByPolicy(folder))
            return makeError(DatabaseError::Kind::ReadOnlyDirectory, readOnlyFolderMessage(folder, path),
                             QStringLiteral("folder not writable, or its owner-write bit is cleared"));
        if (info.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                  | QFileDevice::ReadOther | QFileDevice::WriteOther))
            qCWarning(lcStorage).noquote() << "database file" << path
                                           << "is readable by other users; 0600 is advised";
        if (!empty) {
            const QString probeName = QStringLiteral("payops-db-%1-probe").arg(m_registry->instance);
            if (auto error = probe(probeName, path, latest, m_options))
                return error;
        }
    } else if (m_options.readOnly) {
        return makeError(DatabaseError::Kind::Missing, missingMessage(path), QStringLiteral("no such file"));
    } else {
        if (auto error = makeFolders(folder, path))
            return error;
        if (!writableByPolicy(folder))
            return makeError(DatabaseError::Kind::ReadOnlyDirectory,
                             readOnlyFolderCreateMessage(folder, path),
                             QStringLiteral("folder not writable, or its owner-write bit is cleared"));
        if (auto error = createPrivateFile(path))
            return error;
        created = true;
        qCInfo(lcStorage).noquote() << "created database file" << path;
    }

    // From here on the file is ours to write: the calling thread's connection does the set-up.
    {
        const QMutexLocker lock(&m_registry->mutex);
        m_registry->path = path;
    }
    std::optional<DatabaseError> failure;
    int version = 0;
    {
        QSqlDatabase db = connection();
        if (!db.isOpen()) {
            failure = fromSqlError(path, db.lastError(), QStringLiteral("opening"));
        } else {
            const Scalar mode = scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
            if (mode.error)
                failure = fromSqlError(path, *mode.error, QStringLiteral("PRAGMA journal_mode = WAL"));
            else if (mode.value.toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
                failure = makeError(DatabaseError::Kind::OpenFailed,
                                    openFailedMessage(path, QCoreApplication::translate("Database",
                                        "its file system does not support write-ahead logging "
                                        "(shared memory).")),
                                    QStringLiteral("journal_mode stayed ") + mode.value.toString());
            else
                failure = migrate(db, path, m_options.migrations, target, &version);
        }
    }
    if (failure) {
        releaseConnection();
        const QMutexLocker lock(&m_registry->mutex);
        m_registry->path.clear();
        return failure;
    }

    if (created) {
        // SQLite gives -wal/-shm the main file's mode already; make sure of it.
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile side(path + suffix);
            if (side.exists() && !side.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                qCWarning(lcStorage).noquote() << "cannot set mode 0600 on" << side.fileName();
        }
    }
    const QMutexLocker lock(&m_registry->mutex);
    m_registry->version = version;
    qCInfo(lcStorage).noquote() << "database" << path << "open at schema version" << version;
    return std::nullopt;
}

std::optional<DatabaseError> Database::checkIntegrity()
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return fromSqlError(path(), db.lastError(), QStringLiteral("opening"));
    return quickCheck(db, path());
}

// DatabaseOptions::readOnly: the same checks on a read-only connection, then read-only connections.
std::optional<DatabaseError> Database::openReadOnly(const QString &path, bool empty)
{
    const int latest = int(m_options.migrations.size());
    if (!empty) {
        const QString probeName = QStringLiteral("payops-db-%1-probe").arg(m_registry->instance);
        if (auto error = probe(probeName, path, latest, m_options))
            return error;
    }
    {
        const QMutexLocker lock(&m_registry->mutex);
        m_registry->path = path;
    }
    std::optional<DatabaseError> failure;
    int version = 0;
    {
        QSqlDatabase db = connection();
        if (!db.isOpen()) {
            failure = fromSqlError(path, db.lastError(), QStringLiteral("opening read-only"));
        } else {
            const Scalar current = scalar(db, QStringLiteral("PRAGMA user_version"));
            if (current.error)
                failure = fromSqlError(path, *current.error, QStringLiteral("reading user_version"));
            else
                version = current.value.toInt();
        }
    }
    if (failure) {
        releaseConnection();
        const QMutexLocker lock(&m_registry->mutex);
        m_registry->path.clear();
        return failure;
    }
    const QMutexLocker lock(&m_registry->mutex);
    m_registry->version = version;
    qCInfo(lcStorage).noquote() << "database" << path << "open read-only at schema version" << version;
    return std::nullopt;
}

bool Database::isOpen() const
{
    const QMutexLocker lock(&m_registry->mutex);
    return !m_registry->path.isEmpty();
}

QString Database::path() const
{
    const QMutexLocker lock(&m_registry->mutex);
    return m_registry->path;
}

bool Database::isWritable() const
{
    const QString file = path();
    return !file.isEmpty() && writableByPolicy(file);
}

int Database::schemaVersion() const
{
    const QMutexLocker lock(&m_registry->mutex);
    return m_registry->path.isEmpty() ? 0 : m_registry->version;
}

QSqlDatabase Database::connection()
{
    QThread *const thread = QThread::currentThread();
    QString name;
    QString path;
    {
        const QMutexLocker lock(&m_registry->mutex);
        if (m_registry->path.isEmpty()) {
            qCWarning(lcStorage) << "Database::connection() called before a successful open()";
            return {};
        }
        path = m_registry->path;
        const auto it = m_registry->entries.constFind(thread);
        if (it != m_registry->entries.constEnd()) {
            name = it->name;
        } else {
            name = QStringLiteral("payops-db-%1-t%2").arg(m_registry->instance).arg(++m_registry->nextThread);
            Registry::Entry entry;
            entry.name = name;
            // finished() is emitted in the finishing thread itself: the only one allowed to close
            // this connection. The handler holds the registry, not the Database, which may be gone.
            entry.finished = QObject::connect(
                thread, &QThread::finished, thread,
                [registry = m_registry, thread] { registry->release(thread); }, Qt::DirectConnection);
            m_registry->entries.insert(thread, entry);
        }
    }
    return openConnection(name, path, m_registry->busyTimeoutMs, m_registry->readOnly);
}

void Database::releaseConnection()
{
    m_registry->release(QThread::currentThread());
}

} // namespace payops
