#pragma once

#include "contacts/contactentry.h"
#include "contacts/contactvalidator.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace payops {

class Database;

// The contact directory in SQLite (schema version 5, see ContactSchema): people, their roles,
// the services they own, and the contact points of each assignment, in escalation order.
//
// Every call uses the calling thread's own connection. The directory is small (tens of rows) and
// each write is one short transaction; the views call it on the GUI thread. Writes validate with
// ContactValidator first and report problems as values; nothing is half-written.
// Signals tell item models what changed; the batch operations (import) signal directoryReset().
class ContactDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDirectory)

public:
    struct ListResult
    {
        QList<ContactEntry> entries;
        QString error; // translated; empty on success

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    struct WriteResult
    {
        qint64 id = 0;                          // the assignment written
        QList<ContactValidator::Issue> issues;  // the entry was refused for these reasons
        QString error;                          // the database failed (translated)

        [[nodiscard]] bool ok() const { return issues.isEmpty() && error.isEmpty(); }
        // The issues and the error in one text, for a message line.
        [[nodiscard]] QString message() const;
    };

    struct BatchResult
    {
        QList<qint64> ids;
        QString error; // translated; names the entry that was refused

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    enum class EscalationScope {
        Owners,                     // only the people assigned to the service
        OwnersThenDirectoryWide,    // then the emergency contact and technical support
    };

    // The settings key that records that the defaults were imported once.
    static constexpr const char *DefaultsImportedKey = "contacts.defaults_imported";

    explicit ContactDirectory(Database &database, QObject *parent = nullptr);

    // Every entry: directory-wide roles first, then services by name and escalation order.
    [[nodiscard]] ListResult entries() const;
    [[nodiscard]] std::optional<ContactEntry> entry(qint64 id) const;
    // "Who owns service X and how do I reach them": the service's people in escalation order
    // (order, then name), each with the contact points of that assignment; with
    // OwnersThenDirectoryWide followed by the emergency contact(s) and technical support.
    [[nodiscard]] ListResult escalation(const QString &service,
                                        EscalationScope scope = EscalationScope::OwnersThenDirectoryWide) const;
    // The people in `role` for `service` (empty = directory-wide) in escalation order: what a
    // playbook's contact action resolves to.
    [[nodiscard]] ListResult contactsFor(ContactRole role, const QString &service = {}) const;

    // Adds an assignment; a person of the same name (ignoring case) is reused.
    WriteResult add(const ContactEntry &entry);
    // Changes the assignment `entry.id` and its person's name, alternative name and organisation.
    WriteResult update(const ContactEntry &entry);
    // Removes the assignment; a person left without assignments is removed too.
    WriteResult remove(qint64 id);
    // Puts back a removed entry with its ids (undo of remove, redo of add).
    WriteResult restore(const ContactEntry &entry);

    // Adds all entries in one transaction: all of them, or none when one is refused.
    BatchResult addAll(const QList<ContactEntry> &entries);
    // Removes the assignments in one transaction (undo of an import).
    BatchResult removeAll(const QList<qint64> &ids);
    // The first time only (recorded in the settings table, in the same transaction): adds the
    // defaults. Later calls, or an empty directory the user emptied, change nothing.
    BatchResult importDefaultsOnce(const QList<ContactEntry> &defaults);

Q_SIGNALS:
    void entryAdded(qint64 id);
    void entryChanged(qint64 id);
    void entryRemoved(qint64 id);
    void directoryReset();

private:
    ListResult select(QSqlDatabase &db, const QString &where, const QVariantList &values, const QString &order) const;
    std::optional<QString> insert(QSqlDatabase &db, ContactEntry &entry, bool keepIds, QList<qint64> *personChanged);
    std::optional<QString> erase(QSqlDatabase &db, qint64 id);
    std::optional<QString> writePoints(QSqlDatabase &db, const ContactEntry &entry);
    QList<qint64> assignmentsOfPerson(QSqlDatabase &db, qint64 personId) const;

    Database &m_database;
};

} // namespace payops
