#include "contacts/contactdirectory.h"

#include "contacts/contactslog.h"
#include "storage/database.h"
#include "storage/settingsstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace payops {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT a.id, a.person_id, p.name, p.name_alt, p.organization, a.role, a.service, a.escalation_order, a.notes"
    " FROM contact_assignments a JOIN contact_people p ON p.id = a.person_id");

// Directory-wide roles in the knowledge base's order, then services.
const QString kDirectoryOrder = QStringLiteral(
    " ORDER BY a.service <> '', CASE a.role WHEN 'technical_support' THEN 0 WHEN 'emergency_contact' THEN 1"
    " WHEN 'customer_service' THEN 2 ELSE 3 END, a.service, a.escalation_order, p.name COLLATE NOCASE, a.id");

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

// A transaction that rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
        , m_open(db.transaction())
    {
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    std::optional<QString> commit()
    {
        if (!m_db.commit())
            return m_db.lastError().text();
        m_open = false;
        return std::nullopt;
    }

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

} // namespace

QString ContactDirectory::WriteResult::message() const
{
    QStringList lines = ContactValidator::messages(issues);
    if (!error.isEmpty())
        lines.append(error);
    return lines.join(u'\n');
}

ContactDirectory::ContactDirectory(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

ContactDirectory::ListResult ContactDirectory::select(QSqlDatabase &db, const QString &where, const QVariantList &values,
                                                      const QString &order) const
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

ContactDirectory::ListResult ContactDirectory::entries() const
{
    QSqlDatabase db = m_database.connection();
    return select(db, {}, {}, kDirectoryOrder);
}

std::optional<ContactEntry> ContactDirectory::entry(qint64 id) const
{
    QSqlDatabase db = m_database.connection();
    const ListResult result = select(db, QStringLiteral(" WHERE a.id = ?"), {id}, {});
    if (result.entries.isEmpty())
        return std::nullopt;
    return result.entries.constFirst();
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

QList<qint64> ContactDirectory::assignmentsOfPerson(QSqlDatabase &db, qint64 personId) const
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

ContactDirectory::WriteResult ContactDirectory::add(const ContactEntry &entry)
{
    WriteResult result;
    const ListResult existing = entries();
    if (!existing.ok()) {
        result.error = existing.error;
        return result;
    }
    ContactEntry stored = entry;
    stored.id = 0;
    stored.personId = 0;
    result.issues = ContactValidator::validate(stored, existing.entries);
    if (!result.issues.isEmpty())
        return result;
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QList<qint64> personChanged;
    std::optional<QString> failure = transaction.isOpen() ? insert(db, stored, false, &personChanged) : db.lastError().text();
    if (!failure)
        failure = transaction.commit();
    if (failure) {
        result.error = tr("Cannot add the contact: %1").arg(*failure);
        qCWarning(lcContacts).noquote() << result.error;
        return result;
    }
    result.id = stored.id;
    qCInfo(lcContacts) << "contact added" << stored.id;
    Q_EMIT entryAdded(stored.id);
    for (qint64 other : std::as_const(personChanged)) {
        if (other != stored.id)
            Q_EMIT entryChanged(other);
    }
    return result;
}

ContactDirectory::WriteResult ContactDirectory::update(const ContactEntry &entry)
{
    WriteResult result;
    result.id = entry.id;
    const std::optional<ContactEntry> before = this->entry(entry.id);
    if (!before) {
        result.error = tr("The contact no longer exists.");
        return result;
    }
    const ListResult existing = entries();
    if (!existing.ok()) {
        result.error = existing.error;
        return result;
    }
    ContactEntry stored = entry;
    stored.personId = before->personId;
    result.issues = ContactValidator::validate(stored, existing.entries);
    // The person's new name must not be another person's.
    const QString key = ContactValidator::personKey(stored.name);
    for (const ContactEntry &other : existing.entries) {
        if (other.personId != stored.personId && ContactValidator::personKey(other.name) == key) {
            result.issues.append({QStringLiteral("name"), tr("Another person is already called %1.").arg(other.name)});
            break;
        }
    }
    if (!result.issues.isEmpty())
        return result;

    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    std::optional<QString> failure;
    if (!transaction.isOpen())
        failure = db.lastError().text();
    if (!failure) {
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
        result.error = tr("Cannot save the contact: %1").arg(*failure);
        qCWarning(lcContacts).noquote() << result.error;
        return result;
    }
    Q_EMIT entryChanged(stored.id);
    const bool personChanged = before->name != stored.name.trimmed() || before->nameAlt != stored.nameAlt.trimmed()
        || before->organization != stored.organization.trimmed();
    if (personChanged) {
        for (qint64 sibling : siblings) {
            if (sibling != stored.id)
                Q_EMIT entryChanged(sibling);
        }
    }
    return result;
}

ContactDirectory::WriteResult ContactDirectory::remove(qint64 id)
{
    WriteResult result;
    result.id = id;
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    std::optional<QString> failure = transaction.isOpen() ? erase(db, id) : db.lastError().text();
    if (!failure)
        failure = transaction.commit();
    if (failure) {
        result.error = tr("Cannot delete the contact: %1").arg(*failure);
        qCWarning(lcContacts).noquote() << result.error;
        return result;
    }
    qCInfo(lcContacts) << "contact removed" << id;
    Q_EMIT entryRemoved(id);
    return result;
}

ContactDirectory::WriteResult ContactDirectory::restore(const ContactEntry &entry)
{
    WriteResult result;
    const ListResult existing = entries();
    if (!existing.ok()) {
        result.error = existing.error;
        return result;
    }
    for (const ContactEntry &other : existing.entries) {
        if (other.id == entry.id) {
            result.error = tr("The contact is already in the directory.");
            return result;
        }
    }
    ContactEntry stored = entry;
    result.issues = ContactValidator::validate(stored, existing.entries);
    if (!result.issues.isEmpty())
        return result;
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    std::optional<QString> failure = transaction.isOpen() ? insert(db, stored, true, nullptr) : db.lastError().text();
    if (!failure)
        failure = transaction.commit();
    if (failure) {
        result.error = tr("Cannot restore the contact: %1").arg(*failure);
        qCWarning(lcContacts).noquote() << result.error;
        return result;
    }
    result.id = stored.id;
    Q_EMIT entryAdded(stored.id);
    return result;
}

ContactDirectory::BatchResult ContactDirectory::addAll(const QList<ContactEntry> &entries)
{
    BatchResult result;
    const ListResult existing = this->entries();
    if (!existing.ok()) {
        result.error = existing.error;
        return result;
    }
    QList<ContactEntry> seen = existing.entries;
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        result.error = tr("Cannot import the contacts: %1").arg(db.lastError().text());
        return result;
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        ContactEntry stored = entries.at(i);
        stored.id = 0;
        stored.personId = 0;
        const QList<ContactValidator::Issue> issues = ContactValidator::validate(stored, seen);
        if (!issues.isEmpty()) {
            result.error = tr("Contact %1 (%2) was refused: %3")
                               .arg(i + 1)
                               .arg(stored.name, ContactValidator::messages(issues).join(u' '));
            result.ids.clear();
            return result;
        }
        if (const std::optional<QString> failure = insert(db, stored, false, nullptr)) {
            result.error = tr("Cannot import the contacts: %1").arg(*failure);
            result.ids.clear();
            return result;
        }
        seen.append(stored);
        result.ids.append(stored.id);
    }
    if (const std::optional<QString> failure = transaction.commit()) {
        result.error = tr("Cannot import the contacts: %1").arg(*failure);
        result.ids.clear();
        return result;
    }
    qCInfo(lcContacts) << "contacts imported:" << result.ids.size();
    Q_EMIT directoryReset();
    return result;
}

ContactDirectory::BatchResult ContactDirectory::removeAll(const QList<qint64> &ids)
{
    BatchResult result;
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        result.error = tr("Cannot delete the contacts: %1").arg(db.lastError().text());
        return result;
    }
    for (qint64 id : ids) {
        if (const std::optional<QString> failure = erase(db, id)) {
            result.error = tr("Cannot delete the contacts: %1").arg(*failure);
            return result;
        }
    }
    if (const std::optional<QString> failure = transaction.commit()) {
        result.error = tr("Cannot delete the contacts: %1").arg(*failure);
        return result;
    }
    result.ids = ids;
    Q_EMIT directoryReset();
    return result;
}

ContactDirectory::BatchResult ContactDirectory::importDefaultsOnce(const QList<ContactEntry> &defaults)
{
    BatchResult result;
    SettingsStore settings(m_database);
    const QString key = QLatin1String(DefaultsImportedKey);
    if (settings.value(key).has_value())
        return result;
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        result.error = tr("Cannot import the default contacts: %1").arg(db.lastError().text());
        return result;
    }
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
            result.error = tr("Cannot import the default contacts: %1").arg(*failure);
            qCWarning(lcContacts).noquote() << result.error;
            result.ids.clear();
            return result;
        }
        seen.append(stored);
        result.ids.append(stored.id);
    }
    std::optional<QString> failure = settings.setValue(key, QStringLiteral("1"));
    if (!failure)
        failure = transaction.commit();
    if (failure) {
        result.error = tr("Cannot import the default contacts: %1").arg(*failure);
        result.ids.clear();
        return result;
    }
    qCInfo(lcContacts) << "default contacts imported:" << result.ids.size();
    Q_EMIT directoryReset();
    return result;
}

} // namespace payops
