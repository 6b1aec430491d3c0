#pragma once

#include "models/security/osidentity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;
class QSqlDatabase;

namespace payops {

class Database;

// The append-only, hash-chained audit log (table audit_log): every command run, notification,
// acknowledgement, override and status change an operator makes, with the OS user, the host and
// the time. Each entry carries the SHA-256 of the entry before it and its own SHA-256 over that
// hash and its content, so that editing, deleting or reordering a row breaks the chain at that row.
// The table's triggers refuse UPDATE and DELETE through SQLite; the chain is what catches someone
// who drops them or edits the file.
//
//     AuditLog audit(database);
//     if (const std::optional<QString> error = audit.append(u"incident.status"_s, {{u"incident"_s, 12}}))
//         report(*error);
//
// Every call uses the calling thread's connection (never the GUI thread: it writes and reads SQLite).
// Appends are serialised by the write lock (Transaction), so several threads and processes may append.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(payops::AuditLog)

public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    struct Entry
    {
        qint64 id = 0;
        qint64 timestampMs = 0;
        QString actor;
        QString host;
        QString action;
        QJsonObject detail;
        QByteArray previousHash; // 32 bytes (all zero for the first entry)
        QByteArray hash;         // 32 bytes

        [[nodiscard]] QJsonObject toJson() const;
    };

    struct Verification
    {
        qint64 entries = 0;     // entries read
        qint64 firstBadId = -1; // the first entry that does not fit the chain; -1 when sound
        QString problem;        // what is wrong with it (translated), empty when sound
        QString error;          // the log could not be read (translated)

        [[nodiscard]] bool ok() const { return firstBadId < 0 && error.isEmpty(); }
        // One sentence for the operator: sound, broken at an entry, or unreadable.
        [[nodiscard]] QString summary() const;
    };

    struct ExportResult
    {
        qint64 entries = 0;
        QString error; // translated; empty on success

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    explicit AuditLog(Database &database, Clock clock = {}, OsIdentity identity = OsIdentity::current());

    // Appends one entry: `action` is a short dotted name ("incident.status", "command.run"),
    // `detail` what it was about. Returns why it could not be written, or nothing.
    [[nodiscard]] std::optional<QString> append(const QString &action, const QJsonObject &detail = {}) const;
    // The same inside a write transaction the caller holds on `db` (Transaction): the entry commits
    // or rolls back with the caller's own change, so an action and its audit entry never part.
    // Returns SQLite's reason (untranslated) when it could not be written.
    [[nodiscard]] std::optional<QString> appendWithin(QSqlDatabase &db, const QString &action,
                                                      const QJsonObject &detail = {}) const;

    // Reads the whole log in order and checks the chain: ids without gaps, each entry's previous
    // hash equal to the hash of the entry before it, each hash equal to the hash of its content.
    [[nodiscard]] Verification verify() const;

    // Writes every entry as one JSON object per line (JSON lines), oldest first.
    [[nodiscard]] ExportResult exportJsonLines(QIODevice &device) const;

    // SHA-256 over the previous hash and the entry's content (id, time, actor, host, action, detail).
    [[nodiscard]] static QByteArray hashOf(const Entry &entry);
    // The previous hash of the first entry.
    [[nodiscard]] static QByteArray genesisHash();

private:
    Database &m_database;
    Clock m_clock;
    OsIdentity m_identity;
};

} // namespace payops
