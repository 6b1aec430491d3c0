#pragma once

// A fresh database file with the console's schema, for the contact tests.
#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace payops::test {

struct TestDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;

    // Empty string on success.
    QString open()
    {
        if (!dir.isValid())
            return QStringLiteral("no temporary folder");
        database = std::make_unique<Database>();
        const std::optional<DatabaseError> error = database->open(dir.filePath(QStringLiteral("contacts.db")));
        return error ? error->message + u' ' + error->detail : QString();
    }
};

} // namespace payops::test
