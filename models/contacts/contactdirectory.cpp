#include "models/contacts/contactdirectory.h"

#include "models/contacts/contactslog.h"
#include "models/storage/database.h"
#include "models/storage/databasewriter.h"
#include "models/storage/settingsstore.h"
#include "models/storage/transaction.h"

#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace payops {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT a.id, a.person_id, p.name, p.name_alt, p.organization, a.role, a.service, a.escalation_order, a.notes"
    " FROM contact_assignments a JOIN contact_people p ON p.id = a.person_id");

// Directory-wide roles in the knowledge base's order, then services in the console's display order
// (the services table; services it does not know go last, by name).
const QString kDirectoryOrder = QStringLiteral(
    " ORDER BY a.service <> '', CASE a.role WHEN 'technical_support' THEN 0 WHEN 'emergency_contact' THEN 1"
    " WHEN 'customer_service' THEN 2 ELSE 3 END,"
    " COALESCE((SELECT s.display_order FROM services s WHERE s.name = a.service), 2147483647), a.service,"
    " a.escalation_order, p.name COLLATE NOCASE, a.id");

const QString kEscalationOrder = QStringLiteral(" ORDER BY a.escalation_order, p.name COLLATE NOCASE, a.id");

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}

} // namespace

QString ContactDirectory::WriteResult::message() const
{
    QStringList lines = ContactValidator::messages(issues);
    if (!error.isEmpty())
        lines.append(error);
    return lines.join(u'\n');
}

ContactDirectory::ContactDirectory(Database &database, DatabaseWriter &writer, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_writer(writer)
{
}

ContactDirectory::StoredEntries ContactDirectory::makeStored(const QList<ContactEntry> &entries)
{
    return std::make_shared<QList<ContactEntry>>(entries);
}

ContactDirectory::ListResult ContactDirectory::select(QSqlDatabase &db, const QString &where, const QVariantList &values,
                                                      const QString &order)
{
    ListResult result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(kSelect + where + order);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        result.error = tr("Cannot read the contact directory: %1").arg(sqlError(query));
        qCWarning(lcContacts).noquote() << result.error;
        return result;
    }
    while (query.next()) {
        ContactEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.personId = query.value(1).toLongLong();
        entry.name = query.value(2).toString();
        entry.nameAlt = query.value(3).toString();
        entry.organization = query.value(4).toString();
        entry.role = ContactRoles::fromKey(query.value(5).toString()).value_or(ContactRole::ServiceManager);
        entry.service = query.value(6).toString();
        entry.escalationOrder = query.value(7).toInt();
        entry.notes = query.value(8).toString();
        result.entries.append(entry);
    }
    QSqlQuery points(db);
    points.setForwardOnly(true);
    points.prepare(QStringLiteral("SELECT kind, value FROM contact_points WHERE assignment_id = ? ORDER BY position, id"));
    for (ContactEntry &entry : result.entries) {
        points.addBindValue(entry.id);
        if (!points.exec()) {
            result.error = tr("Cannot read the contact directory: %1").arg(sqlError(points));
            result.entries.clear();
            return result;
        }
        while (points.next()) {
            if (const std::optional<ContactPoint::Kind> kind = ContactPoint::kindFromKey(points.value(0).toString()))
                entry.points.append({*kind, points.value(1).toString()});
        }
    }
    return result;
}

ContactDirectory::ListResult ContactDirectory::selectAll(QSqlDatabase &db)
{
    return select(db, {}, {}, kDirectoryOrder);
}

std::optional<ContactEntry> ContactDirectory::selectOne(QSqlDatabase &db, qint64 id)
{
    const ListResult result = select(db, QStringLiteral(" WHERE a.id = ?"), {id}, {});
    if (result.entries.isEmpty())
        return std::nullopt;
    return result.entries.constFirst();
}

ContactDirectory::ListResult ContactDirectory::entries() const
{
    QSqlDatabase db = m_database.connection();
    return selectAll(db);
}

ContactDirectory::ListResult ContactDirectory::readEntries(Database &database)
{
    QSqlDatabase db = database.connection();
    return selectAll(db);
}

std::optional<ContactEntry> ContactDirectory::entry(qint64 id) const
{
    QSqlDatabase db = m_database.connection();
    return selectOne(db, id);
}

ContactDirectory::ListResult ContactDirectory::escalation(const QString &service, EscalationScope scope) const
{
    QSqlDatabase db = m_database.connection();
    ListResult result = select(db, QStringLiteral(" WHERE a.service = ?"), {text(service)}, kEscalationOrder);
    if (!result.ok() || scope == EscalationScope::Owners)
        return result;
    for (ContactRole role : {ContactRole::EmergencyContact, ContactRole::TechnicalSupport}) {
        const ListResult wide = select(db, QStringLiteral(" WHERE a.service = '' AND a.role = ?"),
                                       {ContactRoles::key(role)}, kEscalationOrder);
        if (!wide.ok())
            return wide;
        result.entries.append(wide.entries);
    }
    return result;
}

ContactDirectory::ListResult ContactDirectory::contactsFor(ContactRole role, const QString &service) const
{
    QSqlDatabase db = m_database.connection();
    return select(db, QStringLiteral(" WHERE a.role = ? AND a.service = ?"), {ContactRoles::key(role), text(service)},
                  kEscalationOrder);
}

QList<qint64> ContactDirectory::assignmentsOfPerson(QSqlDatabase &db, qint64 personId)
{
    QList<qint64> ids;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM contact_assignments WHERE person_id = ? ORDER BY id"));
    query.addBindValue(personId);
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

std::optional<QString> ContactDirectory::writePoints(QSqlDatabase &db, const ContactEntry &entry)
{
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM contact_points WHERE assignment_id = ?"));
    clear.addBindValue(entry.id);
    if (!clear.exec())
        return sqlError(clear);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO contact_points (assignment_id, kind, value, position) VALUES (?, ?, ?, ?)"));
    for (int position = 0; position < entry.points.size(); ++position) {
        const ContactPoint &point = entry.points.at(position);
        insert.addBindValue(entry.id);
        insert.addBindValue(ContactPoint::kindKey(point.kind));
        insert.addBindValue(text(point.value.trimmed()));
        insert.addBindValue(position);
        if (!insert.exec())
            return sqlError(insert);
    }
    return std::nullopt;
}

// Inserts person (or reuses one) and assignment and points. With keepIds the entry's ids are used
// (undo); a person of the same name is reused otherwise. Fills in entry.id and entry.personId.
std::optional<QString> ContactDirectory::insert(QSqlDatabase &db, ContactEntry &entry, bool keepIds,
                                                QList<qint64> *personChanged)
{
    qint64 personId = 0;
    if (keepIds && entry.personId != 0) {
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT id FROM contact_people WHERE id = ?"));
        exists.addBindValue(entry.personId);
        if (!exists.exec())
            return sqlError(exists);
        if (exists.next())
            personId = entry.personId;
    }
    if (personId == 0) {
        // Reuse the person of the same name.
        QSqlQuery people(db);
        people.setForwardOnly(true);
        if (!people.exec(QStringLiteral("SELECT id, name, name_alt, organization FROM contact_people")))
            return sqlError(people);
        const QString key = ContactValidator::personKey(entry.name);
        while (people.next()) {
            if (ContactValidator::personKey(people.value(1).toString()) != key)
                continue;
            personId = people.value(0).toLongLong();
            const bool fillAlt = people.value(2).toString().isEmpty() && !entry.nameAlt.isEmpty();
            const bool fillOrg = people.value(3).toString().isEmpty() && !entry.organization.isEmpty();
            if (fillAlt || fillOrg) {
                QSqlQuery fill(db);
                fill.prepare(QStringLiteral("UPDATE contact_people SET name_alt = CASE WHEN name_alt = '' THEN ? ELSE name_alt END,"
                                            " organization = CASE WHEN organization = '' THEN ? ELSE organization END WHERE id = ?"));
                fill.addBindValue(text(entry.nameAlt.trimmed()));
                fill.addBindValue(text(entry.organization.trimmed()));
                fill.addBindValue(personId);
                if (!fill.exec())
                    return sqlError(fill);
                if (personChanged)
                    personChanged->append(assignmentsOfPerson(db, personId));
            }
            break;
        }
    }
    if (personId == 0) {
        QSqlQuery person(db);
        person.prepare(keepIds && entry.personId != 0
                           ? QStringLiteral("INSERT INTO contact_people (id, name, name_alt, organization) VALUES (?, ?, ?, ?)")
                           : QStringLiteral("INSERT INTO contact_people (name, name_alt, organization) VALUES (?, ?, ?)"));
        if (keepIds && entry.personId != 0)
            person.addBindValue(entry.personId);
        person.addBindValue(text(entry.name.trimmed()));
        person.addBindValue(text(entry.nameAlt.trimmed()));
        person.addBindValue(text(entry.organization.trimmed()));
        if (!person.exec())
            return sqlError(person);
        personId = person.lastInsertId().toLongLong();
    }
    entry.personId = personId;

    QSqlQuery assignment(db);
    const bool explicitId = keepIds && entry.id != 0;
    assignment.prepare(explicitId ? QStringLiteral("INSERT INTO contact_assignments (id, person_id, role, service, escalation_order, notes)"
                                                   " VALUES (?, ?, ?, ?, ?, ?)")
                                  : QStringLiteral("INSERT INTO contact_assignments (person_id, role, service, escalation_order, notes)"
                                                   " VALUES (?, ?, ?, ?, ?)"));
    if (explicitId)
        assignment.addBindValue(entry.id);
    assignment.addBindValue(personId);
    assignment.addBindValue(ContactRoles::key(entry.role));
    assignment.addBindValue(text(entry.service.trimmed()));
    assignment.addBindValue(entry.escalationOrder);
    assignment.addBindValue(text(entry.notes));
    if (!assignment.exec())
        return sqlError(assignment);
    entry.id = assignment.lastInsertId().toLongLong();
    return writePoints(db, entry);
}

std::optional<QString> ContactDirectory::erase(QSqlDatabase &db, qint64 id)
{
    QSqlQuery person(db);
    person.prepare(QStringLiteral("SELECT person_id FROM contact_assignments WHERE id = ?"));
    person.addBindValue(id);
    if (!person.exec())
        return sqlError(person);
    if (!person.next())
        return tr("The contact no longer exists.");
    const qint64 personId = person.value(0).toLongLong();
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM contact_assignments WHERE id = ?"));
    remove.addBindValue(id);
    if (!remove.exec())
        return sqlError(remove);
    QSqlQuery orphan(db);
    orphan.prepare(QStringLiteral("DELETE FROM contact_people WHERE id = ?"
                                  " AND NOT EXISTS (SELECT 1 FROM contact_assignments WHERE person_id = ?)"));
    orphan.addBindValue(personId);
    orphan.addBindValue(personId);
    if (!orphan.exec())
        return sqlError(orphan);
    return std::nullopt;
}

ContactEntry ContactDirectory::normalized(const ContactEntry &entry)
{
    ContactEntry stored = entry;
    stored.name = entry.name.trimmed();
    stored.nameAlt = entry.nameAlt.trimmed();
    stored.organization = entry.organization.trimmed();
    stored.service = entry.service.trimmed();
    stored.notes = text(entry.notes);
    for (ContactPoint &point : stored.points)
        point.value = point.value.trimmed();
    return stored;
}

// ---- validation: the same rules for the synchronous checks and inside the write jobs -------------

ContactDirectory::WriteResult ContactDirectory::validateAdd(const ContactEntry &entry, const ListResult &existing)
{
    WriteResult result;
    if (!existing.ok()) {
        result.error = existing.error;
        return result;
    }
    ContactEntry candidate = entry;
    candidate.id = 0;
    candidate.personId = 0;
    result.issues = ContactValidator::validate(candidate, existing.entries);
    return result;
}

ContactDirectory::WriteResult ContactDirectory::validateUpdate(const ContactEntry &entry, const std::optional<ContactEntry> &before,
                                                               const ListResult &existing)
{
    WriteResult result;
    result.id = entry.id;
    if (!before) {
        result.error = tr("The contact no longer exists.");
        return result;
    }
    if (!existing.ok()) {
        result.error = existing.error;
        return result;
    }
    ContactEntry candidate = entry;
    candidate.personId = before->personId;
    result.issues = ContactValidator::validate(candidate, existing.entries);
    // The person's new name must not be another person's.
    const QString key = ContactValidator::personKey(candidate.name);
    for (const ContactEntry &other : existing.entries) {
        if (other.personId != candidate.personId && ContactValidator::personKey(other.name) == key) {
            result.issues.append({QStringLiteral("name"), tr("Another person is already called %1.").arg(other.name)});
            break;
        }
    }
    return result;
}

ContactDirectory::BatchResult ContactDirectory::validateBatch(const QList<ContactEntry> &entries, const ListResult &existing)
{
    BatchResult result;
    if (!existing.ok()) {
        result.error = existing.error;
        return result;
    }
    QList<ContactEntry> seen = existing.entries;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        ContactEntry candidate = entries.at(i);
        candidate.id = 0;
        candidate.personId = 0;
        const QList<ContactValidator::Issue> issues = ContactValidator::validate(candidate, seen);
        if (!issues.isEmpty()) {
            result.error = tr("Contact %1 (%2) was refused: %3")
                               .arg(i + 1)
                               .arg(candidate.name, ContactValidator::messages(issues).join(u' '));
            return result;
        }
        seen.append(candidate);
    }
    return result;
}

ContactDirectory::WriteResult ContactDirectory::checkAdd(const ContactEntry &entry) const
{
    return validateAdd(entry, entries());
}

ContactDirectory::WriteResult ContactDirectory::checkUpdate(const ContactEntry &entry) const
{
    return validateUpdate(entry, this->entry(entry.id), entries());
}

ContactDirectory::BatchResult ContactDirectory::checkAddAll(const QList<ContactEntry> &entries) const
{
    return validateBatch(entries, this->entries());
}

// ---- the jobs (writer thread) ---------------------------------------------------------------------

ContactDirectory::Outcome<ContactDirectory::WriteResult> ContactDirectory::addJob(QSqlDatabase &db, const ContactEntry &entry,
                                                                                  const StoredEntries &stored)
{
    Outcome<WriteResult> out;
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        out.result.error = tr("Cannot add the contact: %1").arg(transaction.error());
        qCWarning(lcContacts).noquote() << out.result.error;
        return out;
    }
    out.result = validateAdd(entry, selectAll(db));
    if (!out.result.ok())
        return out;
    ContactEntry candidate = entry;
    candidate.id = 0;
    candidate.personId = 0;
    QList<qint64> personChanged;
    std::optional<QString> failure = insert(db, candidate, false, &personChanged);
    if (!failure)
        failure = transaction.commit();
    if (failure) {
        out.result.error = tr("Cannot add the contact: %1").arg(*failure);
        qCWarning(lcContacts).noquote() << out.result.error;
        return out;
    }
    out.result.id = candidate.id;
    if (stored)
        *stored = {selectOne(db, candidate.id).value_or(normalized(candidate))};
    qCInfo(lcContacts) << "contact added" << candidate.id;
    out.change.events.append({Change::Kind::Added, candidate.id});
    for (qint64 other : std::as_const(personChanged)) {
        if (other != candidate.id)
            out.change.events.append({Change::Kind::Changed, other});
    }
    return out;
}

ContactDirectory::Outcome<ContactDirectory::WriteResult> ContactDirectory::updateJob(QSqlDatabase &db, const ContactEntry &entry)
{
    Outcome<WriteResult> out;
    out.result.id = entry.id;
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        out.result.error = tr("Cannot save the contact: %1").arg(transaction.error());
        qCWarning(lcContacts).noquote() << out.result.error;
        return out;
    }
    const std::optional<ContactEntry> before = selectOne(db, entry.id);
    out.result = validateUpdate(entry, before, selectAll(db));
    if (!out.result.ok())
        return out;
    ContactEntry stored = entry;
    stored.personId = before->personId;

    std::optional<QString> failure;
    {
        QSqlQuery person(db);
        person.prepare(QStringLiteral("UPDATE contact_people SET name = ?, name_alt = ?, organization = ? WHERE id = ?"));
        person.addBindValue(text(stored.name.trimmed()));
        person.addBindValue(text(stored.nameAlt.trimmed()));
        person.addBindValue(text(stored.organization.trimmed()));
        person.addBindValue(stored.personId);
        if (!person.exec())
            failure = sqlError(person);
    }
    if (!failure) {
        QSqlQuery assignment(db);
        assignment.prepare(QStringLiteral("UPDATE contact_assignments SET role = ?, service = ?, escalation_order = ?, notes = ?"
                                          " WHERE id = ?"));
        assignment.addBindValue(ContactRoles::key(stored.role));
        assignment.addBindValue(text(stored.service.trimmed()));
        assignment.addBindValue(stored.escalationOrder);
        assignment.addBindValue(text(stored.notes));
        assignment.addBindValue(stored.id);
        if (!assignment.exec())
            failure = sqlError(assignment);
    }
    if (!failure)
        failure = writePoints(db, stored);
    const QList<qint64> siblings = assignmentsOfPerson(db, stored.personId);
    if (!failure)
        failure = transaction.commit();
    if (failure) {
        out.result.error = tr("Cannot save the contact: %1").arg(*failure);
        qCWarning(lcContacts).noquote() << out.result.error;
        return out;
    }
    out.change.events.append({Change::Kind::Changed, stored.id});
    const bool personChanged = before->name != stored.name.trimmed() || before->nameAlt != stored.nameAlt.trimmed()
        || before->organization != stored.organization.trimmed();
    if (personChanged) {
        for (qint64 sibling : siblings) {
            if (sibling != stored.id)
                out.change.events.append({Change::Kind::Changed, sibling});
        }
    }
    return out;
}

ContactDirectory::Outcome<ContactDirectory::WriteResult> ContactDirectory::removeJob(QSqlDatabase &db, qint64 id)
{
    Outcome<WriteResult> out;
    out.result.id = id;
    if (const std::optional<QString> failure = Transaction::run(db, [&db, id] { return erase(db, id); })) {
        out.result.error = tr("Cannot delete the contact: %1").arg(*failure);
        qCWarning(lcContacts).noquote() << out.result.error;
        return out;
    }
    qCInfo(lcContacts) << "contact removed" << id;
    out.change.events.append({Change::Kind::Removed, id});
    return out;
}

ContactDirectory::Outcome<ContactDirectory::WriteResult> ContactDirectory::restoreJob(QSqlDatabase &db, const ContactEntry &entry)
{
    Outcome<WriteResult> out;
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        out.result.error = tr("Cannot restore the contact: %1").arg(transaction.error());
        qCWarning(lcContacts).noquote() << out.result.error;
        return out;
    }
    const ListResult existing = selectAll(db);
    if (!existing.ok()) {
        out.result.error = existing.error;
        return out;
    }
    for (const ContactEntry &other : existing.entries) {
        if (other.id == entry.id) {
            out.result.error = tr("The contact is already in the directory.");
            return out;
        }
    }
    ContactEntry stored = entry;
    out.result.issues = ContactValidator::validate(stored, existing.entries);
    if (!out.result.issues.isEmpty())
        return out;
    std::optional<QString> failure = insert(db, stored, true, nullptr);
    if (!failure)
        failure = transaction.commit();
    if (failure) {
        out.result.error = tr("Cannot restore the contact: %1").arg(*failure);
        qCWarning(lcContacts).noquote() << out.result.error;
        return out;
    }
    out.result.id = stored.id;
    out.change.events.append({Change::Kind::Added, stored.id});
    return out;
}

ContactDirectory::Outcome<ContactDirectory::BatchResult> ContactDirectory::addAllJob(QSqlDatabase &db, const QList<ContactEntry> &entries,
                                                                                     const StoredEntries &stored)
{
    Outcome<BatchResult> out;
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        out.result.error = tr("Cannot import the contacts: %1").arg(transaction.error());
        return out;
    }
    out.result = validateBatch(entries, selectAll(db));
    if (!out.result.ok())
        return out;
    for (const ContactEntry &entry : entries) {
        ContactEntry candidate = entry;
        candidate.id = 0;
        candidate.personId = 0;
        if (const std::optional<QString> failure = insert(db, candidate, false, nullptr)) {
            out.result.error = tr("Cannot import the contacts: %1").arg(*failure);
            out.result.ids.clear();
            return out;
        }
        out.result.ids.append(candidate.id);
    }
    if (const std::optional<QString> failure = transaction.commit()) {
        out.result.error = tr("Cannot import the contacts: %1").arg(*failure);
        out.result.ids.clear();
        return out;
    }
    if (stored) {
        stored->clear();
        for (qint64 id : std::as_const(out.result.ids)) {
            if (const std::optional<ContactEntry> entry = selectOne(db, id))
                stored->append(*entry);
        }
    }
    qCInfo(lcContacts) << "contacts imported:" << out.result.ids.size();
    out.change.reset = true;
    return out;
}

ContactDirectory::Outcome<ContactDirectory::BatchResult> ContactDirectory::removeAllJob(QSqlDatabase &db, const QList<qint64> &ids,
                                                                                        bool announceEach)
{
    Outcome<BatchResult> out;
    const std::optional<QString> failure = Transaction::run(db, [&db, &ids]() -> std::optional<QString> {
        for (qint64 id : ids) {
            if (std::optional<QString> error = erase(db, id))
                return error;
        }
        return std::nullopt;
    });
    if (failure) {
        out.result.error = tr("Cannot delete the contacts: %1").arg(*failure);
        return out;
    }
    out.result.ids = ids;
    if (announceEach) {
        for (qint64 id : ids)
            out.change.events.append({Change::Kind::Removed, id});
    } else {
        out.change.reset = true;
    }
    return out;
}

ContactDirectory::Outcome<ContactDirectory::BatchResult> ContactDirectory::restoreAllJob(QSqlDatabase &db,
                                                                                         const QList<ContactEntry> &entries)
{
    Outcome<BatchResult> out;
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        out.result.error = tr("Cannot restore the contacts: %1").arg(transaction.error());
        return out;
    }
    const ListResult existing = selectAll(db);
    if (!existing.ok()) {
        out.result.error = existing.error;
        return out;
    }
    QList<ContactEntry> seen = existing.entries;
    for (const ContactEntry &entry : entries) {
        for (const ContactEntry &other : std::as_const(seen)) {
            if (other.id == entry.id) {
                out.result.error = tr("The contact %1 is already in the directory.").arg(entry.name);
                out.result.ids.clear();
                return out;
            }
        }
        ContactEntry stored = entry;
        const QList<ContactValidator::Issue> issues = ContactValidator::validate(stored, seen);
        std::optional<QString> failure;
        if (!issues.isEmpty())
            failure = ContactValidator::messages(issues).join(u' ');
        else
            failure = insert(db, stored, true, nullptr);
        if (failure) {
            out.result.error = tr("Cannot restore the contact %1: %2").arg(entry.name, *failure);
            out.result.ids.clear();
            return out;
        }
        seen.append(stored);
        out.result.ids.append(stored.id);
    }
    if (const std::optional<QString> failure = transaction.commit()) {
        out.result.error = tr("Cannot restore the contacts: %1").arg(*failure);
        out.result.ids.clear();
        return out;
    }
    if (out.result.ids.size() == 1)
        out.change.events.append({Change::Kind::Added, out.result.ids.constFirst()});
    else if (!out.result.ids.isEmpty())
        out.change.reset = true;
    return out;
}

ContactDirectory::Outcome<ContactDirectory::BatchResult> ContactDirectory::importDefaultsJob(QSqlDatabase &db, Database &database,
                                                                                             const QList<ContactEntry> &defaults)
{
    Outcome<BatchResult> out;
    // The settings store uses this thread's connection: `db`, inside the transaction below.
    SettingsStore settings(database);
    const QString key = QLatin1String(DefaultsImportedKey);
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        out.result.error = tr("Cannot import the default contacts: %1").arg(transaction.error());
        return out;
    }
    if (settings.value(key).has_value())
        return out;
    QList<ContactEntry> seen;
    for (const ContactEntry &entry : defaults) {
        ContactEntry stored = entry;
        stored.id = 0;
        stored.personId = 0;
        const QList<ContactValidator::Issue> issues = ContactValidator::validate(stored, seen);
        std::optional<QString> failure;
        if (!issues.isEmpty())
            failure = ContactValidator::messages(issues).join(u' ');
        else
            failure = insert(db, stored, false, nullptr);
        if (failure) {
            out.result.error = tr("Cannot import the default contacts: %1").arg(*failure);
            qCWarning(lcContacts).noquote() << out.result.error;
            out.result.ids.clear();
            return out;
        }
        seen.append(stored);
        out.result.ids.append(stored.id);
    }
    std::optional<QString> failure = settings.setValue(key, QStringLiteral("1"));
    if (!failure)
        failure = transaction.commit();
    if (failure) {
        out.result.error = tr("Cannot import the default contacts: %1").arg(*failure);
        out.result.ids.clear();
        return out;
    }
    qCInfo(lcContacts) << "default contacts imported:" << out.result.ids.size();
    out.change.reset = true;
    return out;
}

// ---- the asynchronous API (this object's thread) ----------------------------------------------------

template<typename Result>
void ContactDirectory::submit(std::function<Outcome<Result>(QSqlDatabase &)> job, QObject *context,
                              std::function<void(const Result &)> done)
{
    // The directory is the writer's context: its signals first, so that item models have the change
    // when the caller's callback runs (e.g. to select the new row). The caller's context is checked
    // here, on this thread, where it lives.
    QPointer<QObject> guard(context ? context : this);
    m_writer.submit(this, std::move(job), [this, guard, done = std::move(done)](const Outcome<Result> &outcome) {
        announce(outcome.change);
        if (guard && done)
            done(outcome.result);
    });
}

void ContactDirectory::announce(const Change &change)
{
    for (const auto &[kind, id] : change.events) {
        switch (kind) {
        case Change::Kind::Added:
            Q_EMIT entryAdded(id);
            break;
        case Change::Kind::Changed:
            Q_EMIT entryChanged(id);
            break;
        case Change::Kind::Removed:
            Q_EMIT entryRemoved(id);
            break;
        }
    }
    if (change.reset)
        Q_EMIT directoryReset();
}

void ContactDirectory::add(const ContactEntry &entry, QObject *context, WriteCallback done, StoredEntries stored)
{
    submit<WriteResult>([entry, stored = std::move(stored)](QSqlDatabase &db) { return addJob(db, entry, stored); }, context,
                        std::move(done));
}

void ContactDirectory::update(const ContactEntry &entry, QObject *context, WriteCallback done)
{
    submit<WriteResult>([entry](QSqlDatabase &db) { return updateJob(db, entry); }, context, std::move(done));
}

void ContactDirectory::remove(qint64 id, QObject *context, WriteCallback done)
{
    submit<WriteResult>([id](QSqlDatabase &db) { return removeJob(db, id); }, context, std::move(done));
}

void ContactDirectory::restore(const ContactEntry &entry, QObject *context, WriteCallback done)
{
    submit<WriteResult>([entry](QSqlDatabase &db) { return restoreJob(db, entry); }, context, std::move(done));
}

void ContactDirectory::addAll(const QList<ContactEntry> &entries, QObject *context, BatchCallback done, StoredEntries stored)
{
    submit<BatchResult>([entries, stored = std::move(stored)](QSqlDatabase &db) { return addAllJob(db, entries, stored); },
                        context, std::move(done));
}

void ContactDirectory::removeAll(const QList<qint64> &ids, QObject *context, BatchCallback done)
{
    submit<BatchResult>([ids](QSqlDatabase &db) { return removeAllJob(db, ids, false); }, context, std::move(done));
}

void ContactDirectory::importDefaultsOnce(const QList<ContactEntry> &defaults, QObject *context, BatchCallback done)
{
    Database *database = &m_database;
    submit<BatchResult>([database, defaults](QSqlDatabase &db) { return importDefaultsJob(db, *database, defaults); }, context,
                        std::move(done));
}

void ContactDirectory::removeStored(StoredEntries stored, QObject *context, BatchCallback done)
{
    submit<BatchResult>(
        [stored = std::move(stored)](QSqlDatabase &db) {
            // Read here, on the writer thread, after every earlier job (the add that filled it) ran.
            QList<qint64> ids;
            if (stored) {
                for (const ContactEntry &entry : std::as_const(*stored))
                    ids.append(entry.id);
            }
            if (ids.isEmpty())
                return Outcome<BatchResult>{};
            return removeAllJob(db, ids, ids.size() == 1);
        },
        context, std::move(done));
}

void ContactDirectory::restoreStored(StoredEntries stored, QObject *context, BatchCallback done)
{
    submit<BatchResult>(
        [stored = std::move(stored)](QSqlDatabase &db) {
            if (!stored || stored->isEmpty())
                return Outcome<BatchResult>{};
            return restoreAllJob(db, *stored);
        },
        context, std::move(done));
}

} // namespace payops
