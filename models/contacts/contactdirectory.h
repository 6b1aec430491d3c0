#pragma once

#include "models/contacts/contactentry.h"
#include "models/contacts/contactvalidator.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace payops {

class Database;
class DatabaseWriter;

// The contact directory in SQLite (schema version 5, see ContactSchema): people, their roles,
// the services they own, and the contact points of each assignment, in escalation order.
//
// Reads run on the calling thread's own connection: the directory is small (tens of rows) and a WAL
// read never waits for the writer, so the views read synchronously on the GUI thread.
// Writes never run on the calling thread: each one is a job on the DatabaseWriter (one thread, in
// submission order). A write returns at once; when its job has run, this object (on its own thread)
// first emits the change signals, so item models follow, then calls `done(result)` — only while
// `context` exists (no context: this directory is the context). Every write validates with
// ContactValidator inside its transaction and reports problems as values; nothing is half-written.
// The check*() functions run the same validation synchronously against the directory as it is now,
// so that a dialog can show the problems before anything is queued.
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

    using WriteCallback = std::function<void(const WriteResult &)>;
    using BatchCallback = std::function<void(const BatchResult &)>;

    // The entries one undoable write put into the directory, with the ids the database gave them.
    // add() and addAll() given one fill it in when their job runs; removeStored() and restoreStored()
    // read it when theirs run. Once handed to a write, only the writer thread touches the list (the
    // GUI thread gets copies through the results). Because the writer runs jobs in submission order,
    // an undo queued right after an add removes the row the add created even when the user pressed
    // Ctrl+Z before the add's result (with the new id) reached the GUI thread: by the time the remove
    // job runs, the add job has run and stored the id here.
    using StoredEntries = std::shared_ptr<QList<ContactEntry>>;
    [[nodiscard]] static StoredEntries makeStored(const QList<ContactEntry> &entries = {});

    enum class EscalationScope {
        Owners,                     // only the people assigned to the service
        OwnersThenDirectoryWide,    // then the emergency contact and technical support
    };

    // The settings key that records that the defaults were imported once.
    static constexpr const char *DefaultsImportedKey = "contacts.defaults_imported";

    // `writer` runs the writes; it and `database` must outlive this directory's last write, and
    // `writer` must live in this object's thread.
    explicit ContactDirectory(Database &database, DatabaseWriter &writer, QObject *parent = nullptr);

    // Every entry: directory-wide roles first, then services by name and escalation order.
    [[nodiscard]] ListResult entries() const;
    // The same, for a reader without a writer (the wall, on a read-only database), on the calling
    // thread's connection.
    [[nodiscard]] static ListResult readEntries(Database &database);
    [[nodiscard]] std::optional<ContactEntry> entry(qint64 id) const;
    // "Who owns service X and how do I reach them": the service's people in escalation order
    // (order, then name), each with the contact points of that assignment; with
    // OwnersThenDirectoryWide followed by the emergency contact(s) and technical support.
    [[nodiscard]] ListResult escalation(const QString &service,
                                        EscalationScope scope = EscalationScope::OwnersThenDirectoryWide) const;
    // The people in `role` for `service` (empty = directory-wide) in escalation order: what a
    // playbook's contact action resolves to.
    [[nodiscard]] ListResult contactsFor(ContactRole role, const QString &service = {}) const;

    // What add(), update() and addAll() would refuse now (issues, or a missing contact), without
    // writing: a synchronous read and ContactValidator. The write checks again in its transaction.
    [[nodiscard]] WriteResult checkAdd(const ContactEntry &entry) const;
    [[nodiscard]] WriteResult checkUpdate(const ContactEntry &entry) const;
    [[nodiscard]] BatchResult checkAddAll(const QList<ContactEntry> &entries) const;
    // The entry as the writes store it (names, organisation, service and contact points trimmed).
    [[nodiscard]] static ContactEntry normalized(const ContactEntry &entry);

    // Adds an assignment; a person of the same name (ignoring case) is reused. With `stored`, the
    // entry as stored (with its ids) is put into it.
    void add(const ContactEntry &entry, QObject *context = nullptr, WriteCallback done = {},
             StoredEntries stored = {});
    // Changes the assignment `entry.id` and its person's name, alternative name and organisation.
    void update(const ContactEntry &entry, QObject *context = nullptr, WriteCallback done = {});
    // Removes the assignment; a person left without assignments is removed too.
    void remove(qint64 id, QObject *context = nullptr, WriteCallback done = {});
    // Puts back a removed entry with its ids (undo of remove, redo of add).
    void restore(const ContactEntry &entry, QObject *context = nullptr, WriteCallback done = {});

    // Adds all entries in one transaction: all of them, or none when one is refused. With `stored`,
    // the entries as stored are put into it.
    void addAll(const QList<ContactEntry> &entries, QObject *context = nullptr, BatchCallback done = {},
                StoredEntries stored = {});
    // Removes the assignments in one transaction (undo of an import).
    void removeAll(const QList<qint64> &ids, QObject *context = nullptr, BatchCallback done = {});
    // The first time only (recorded in the settings table, in the same transaction): adds the
    // defaults. Later calls, or an empty directory the user emptied, change nothing.
    void importDefaultsOnce(const QList<ContactEntry> &defaults, QObject *context = nullptr, BatchCallback done = {});

    // Undo support, on the entries of `stored` as the writer thread knows them when the job runs
    // (nothing to do, successfully, when an earlier add failed and left it empty); one transaction.
    // Removes them (undo of an add or an import).
    void removeStored(StoredEntries stored, QObject *context = nullptr, BatchCallback done = {});
    // Puts them back with their ids (redo of an add or an import).
    void restoreStored(StoredEntries stored, QObject *context = nullptr, BatchCallback done = {});

Q_SIGNALS:
    void entryAdded(qint64 id);
    void entryChanged(qint64 id);
    void entryRemoved(qint64 id);
    void directoryReset();

private:
    // What a write changed, announced on this object's thread once the job has run.
    struct Change
    {
        enum class Kind { Added, Changed, Removed };
        QList<std::pair<Kind, qint64>> events;
        bool reset = false;
    };
    template<typename Result>
    struct Outcome
    {
        Result result;
        Change change;
    };

    template<typename Result>
    void submit(std::function<Outcome<Result>(QSqlDatabase &)> job, QObject *context,
                std::function<void(const Result &)> done);
    void announce(const Change &change);

    // The jobs: they run on the writer thread and use only `db` (and `database` for the settings).
    static Outcome<WriteResult> addJob(QSqlDatabase &db, const ContactEntry &entry, const StoredEntries &stored);
    static Outcome<WriteResult> updateJob(QSqlDatabase &db, const ContactEntry &entry);
    static Outcome<WriteResult> removeJob(QSqlDatabase &db, qint64 id);
    static Outcome<WriteResult> restoreJob(QSqlDatabase &db, const ContactEntry &entry);
    static Outcome<BatchResult> addAllJob(QSqlDatabase &db, const QList<ContactEntry> &entries,
                                          const StoredEntries &stored);
    static Outcome<BatchResult> removeAllJob(QSqlDatabase &db, const QList<qint64> &ids, bool announceEach);
    static Outcome<BatchResult> restoreAllJob(QSqlDatabase &db, const QList<ContactEntry> &entries);
    static Outcome<BatchResult> importDefaultsJob(QSqlDatabase &db, Database &database,
                                                  const QList<ContactEntry> &defaults);

    // Validation shared by the checks and the jobs.
    static WriteResult validateAdd(const ContactEntry &entry, const ListResult &existing);
    static WriteResult validateUpdate(const ContactEntry &entry, const std::optional<ContactEntry> &before,
                                      const ListResult &existing);
    static BatchResult validateBatch(const QList<ContactEntry> &entries, const ListResult &existing);

    static ListResult select(QSqlDatabase &db, const QString &where, const QVariantList &values, const QString &order);
    static ListResult selectAll(QSqlDatabase &db);
    static std::optional<ContactEntry> selectOne(QSqlDatabase &db, qint64 id);
    static std::optional<QString> insert(QSqlDatabase &db, ContactEntry &entry, bool keepIds, QList<qint64> *personChanged);
    static std::optional<QString> erase(QSqlDatabase &db, qint64 id);
    static std::optional<QString> writePoints(QSqlDatabase &db, const ContactEntry &entry);
    static QList<qint64> assignmentsOfPerson(QSqlDatabase &db, qint64 personId);

    Database &m_database;
    DatabaseWriter &m_writer;
};

} // namespace payops
