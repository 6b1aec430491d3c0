#include "models/contacts/contactimportresult.h"

#include "models/contacts/contactvalidator.h"

namespace payops {

int ContactImportResult::validCount() const
{
    int count = 0;
    for (const Row &row : rows)
        count += row.valid() ? 1 : 0;
    return count;
}

QList<ContactEntry> ContactImportResult::validEntries() const
{
    QList<ContactEntry> entries;
    for (const Row &row : rows) {
        if (row.valid())
            entries.append(row.entry);
    }
    return entries;
}

void ContactImportResult::validate(const QList<ContactEntry> &existing)
{
    QList<ContactEntry> seen = existing;
    for (Row &row : rows) {
        if (!row.valid())
            continue; // unreadable: its fields are not trustworthy enough to check further
        row.entry.id = 0;
        row.entry.personId = 0;
        const QList<ContactValidator::Issue> issues = ContactValidator::validate(row.entry, seen);
        row.errors.append(ContactValidator::messages(issues));
        if (row.valid())
            seen.append(row.entry);
    }
}

} // namespace payops
