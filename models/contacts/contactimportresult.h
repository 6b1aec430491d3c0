#pragma once

#include "models/contacts/contactentry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace payops {

// What a CSV or vCard file holds, row by row, before anything is stored: each row with the line it
// starts on and its problems, so that the user sees them and chooses to import all, only the valid
// rows, or nothing. `fileError` is set when the file as a whole cannot be read (then no rows).
struct ContactImportResult
{
    struct Row
    {
        int line = 0; // 1-based line where the record starts
        ContactEntry entry;
        QStringList errors; // translated

        [[nodiscard]] bool valid() const { return errors.isEmpty(); }
    };

    QList<Row> rows;
    QString fileError;

    [[nodiscard]] bool ok() const { return fileError.isEmpty(); }
    [[nodiscard]] int validCount() const;
    [[nodiscard]] QList<ContactEntry> validEntries() const;
    // Adds the ContactValidator problems of every row that can be read, including duplicates of
    // `existing` entries and of earlier rows of the same file.
    void validate(const QList<ContactEntry> &existing);
};

} // namespace payops
