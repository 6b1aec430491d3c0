#include "models/security/auditlog.h"

#include "models/security/securitylog.h"
#include "models/storage/database.h"
#include "models/storage/transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace payops {

namespace {

constexpr int kHashBytes = 32;

QByteArray compactJson(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted, so the same detail always serialises to the same bytes.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Each field goes in with its length first, so that no two different entries hash the same bytes
// by moving text from one field to the next.
void addField(QCryptographicHash &hash, const QByteArray &bytes)
{
    const QByteArray length = QByteArray::number(bytes.size()) + ':';
    hash.addData(length);
    hash.addData(bytes);
}

const QString kSelectAll = QStringLiteral("SELECT id, ts_ms, actor, host, action, detail, prev_hash, hash"
                                          " FROM audit_log ORDER BY id");

// One row of kSelectAll; the detail is parsed by the caller (verify() needs to know whether it parsed).
AuditLog::Entry entryFrom(const QSqlQuery &query, const QJsonObject &detail)
{
    AuditLog::Entry entry;
    entry.id = query.value(0).toLongLong();
    entry.timestampMs = query.value(1).toLongLong();
    entry.actor = query.value(2).toString();
    entry.host = query.value(3).toString();
    entry.action = query.value(4).toString();
    entry.detail = detail;
    entry.previousHash = query.value(6).toByteArray();
    entry.hash = query.value(7).toByteArray();
    return entry;
}

QString shortHex(const QByteArray &hash)
{
    return QString::fromLatin1(hash.toHex().left(12));
}

} // namespace

QJsonObject AuditLog::Entry::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(timestampMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("tsMs"), timestampMs},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("host"), host},
        {QStringLiteral("action"), action},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("prevHash"), QString::fromLatin1(previousHash.toHex())},
        {QStringLiteral("hash"), QString::fromLatin1(hash.toHex())},
    };
}

QString AuditLog::Verification::summary() const
{
    if (!error.isEmpty())
        return error;
    if (firstBadId >= 0)
        return tr("The audit log has been tampered with: entry %1 does not fit the chain (%2). Entries from %1 on "
                  "cannot be trusted.").arg(firstBadId).arg(problem);
    return tr("The audit log is intact: %n entries, every hash matches.", nullptr, int(entries));
}

AuditLog::AuditLog(Database &database, Clock clock, OsIdentity identity)
    : m_database(database)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_identity(std::move(identity))
{
}

QByteArray AuditLog::genesisHash()
{
    return QByteArray(kHashBytes, '\0');
}

QByteArray AuditLog::hashOf(const Entry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, entry.previousHash);
    addField(hash, QByteArray::number(entry.id));
    addField(hash, QByteArray::number(entry.timestampMs));
    addField(hash, entry.actor.toUtf8());
    addField(hash, entry.host.toUtf8());
    addField(hash, entry.action.toUtf8());
    addField(hash, compactJson(entry.detail));
    return hash.result();
}

std::optional<QString> AuditLog::appendWithin(QSqlDatabase &db, const QString &action, const QJsonObject &detail) const
{
    // Under the caller's write lock: no other writer can append between reading the head and inserting.
    QSqlQuery head(db);
    if (!head.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return head.lastError().text();
    Entry entry;
    entry.previousHash = genesisHash();
    entry.id = 1;
    if (head.next()) {
        entry.id = head.value(0).toLongLong() + 1;
        entry.previousHash = head.value(1).toByteArray();
    }
    head.finish();
    entry.timestampMs = m_clock();
    entry.actor = m_identity.user;
    entry.host = m_identity.host;
    entry.action = action;
    entry.detail = detail;
    entry.hash = hashOf(entry);

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO audit_log (id, ts_ms, actor, host, action, detail, prev_hash, hash)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(entry.id);
    insert.addBindValue(entry.timestampMs);
    insert.addBindValue(entry.actor);
    insert.addBindValue(entry.host);
    insert.addBindValue(entry.action);
    insert.addBindValue(QString::fromUtf8(compactJson(entry.detail)));
    insert.addBindValue(entry.previousHash);
    insert.addBindValue(entry.hash);
    if (!insert.exec())
        return insert.lastError().text();
    return std::nullopt;
}

std::optional<QString> AuditLog::append(const QString &action, const QJsonObject &detail) const
{
    if (action.trimmed().isEmpty())
        return tr("Cannot write to the audit log: the entry names no action.");
    QSqlDatabase db = m_database.connection();
    const std::optional<QString> error = Transaction::run(db, [&] { return appendWithin(db, action, detail); });
    if (!error)
        return std::nullopt;
    qCWarning(lcSecurity).noquote() << "audit append failed:" << action << *error;
    return tr("Cannot write “%1” to the audit log: %2").arg(action, *error);
}

AuditLog::Verification AuditLog::verify() const
{
    Verification result;
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(kSelectAll)) {
        result.error = tr("Cannot read the audit log: %1").arg(query.lastError().text());
        return result;
    }
    QByteArray expectedPrevious = genesisHash();
    qint64 previousId = 0;
    while (query.next()) {
        const QByteArray detailText = query.value(5).toString().toUtf8();
        QJsonParseError parseError;
        const QJsonDocument detail = QJsonDocument::fromJson(detailText, &parseError);
        const Entry entry = entryFrom(query, detail.object());
        ++result.entries;

        QString problem;
        if (entry.id != previousId + 1)
            problem = previousId == 0 ? tr("the log starts at entry %1 instead of 1: earlier entries were removed").arg(entry.id)
                                      : tr("it follows entry %1: the entries between were removed").arg(previousId);
        else if (entry.previousHash != expectedPrevious)
            problem = tr("its previous hash %1 is not the hash %2 of the entry before it: an entry was removed, "
                         "inserted or moved").arg(shortHex(entry.previousHash), shortHex(expectedPrevious));
        else if (parseError.error != QJsonParseError::NoError || !detail.isObject()
                 || compactJson(entry.detail) != detailText)
            problem = tr("its detail is not the JSON the log wrote: it was edited");
        else if (hashOf(entry) != entry.hash)
            problem = tr("its content does not match its hash: it was edited");
        if (!problem.isEmpty()) {
            result.firstBadId = entry.id;
            result.problem = problem;
            qCWarning(lcSecurity).noquote() << "audit log chain broken at entry" << entry.id << problem;
            return result;
        }
        expectedPrevious = entry.hash;
        previousId = entry.id;
    }
    if (query.lastError().isValid())
        result.error = tr("Cannot read the audit log: %1").arg(query.lastError().text());
    return result;
}

AuditLog::ExportResult AuditLog::exportJsonLines(QIODevice &device) const
{
    ExportResult result;
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(kSelectAll)) {
        result.error = tr("Cannot read the audit log: %1").arg(query.lastError().text());
        return result;
    }
    while (query.next()) {
        const Entry entry = entryFrom(query, QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object());
        const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
        if (device.write(line) != line.size()) {
            result.error = tr("Cannot write the audit log export: %1").arg(device.errorString());
            return result;
        }
        ++result.entries;
    }
    if (query.lastError().isValid())
        result.error = tr("Cannot read the audit log: %1").arg(query.lastError().text());
    return result;
}

} // namespace payops
