#pragma once

// Test helper: a fresh database file in a temporary folder with the console's schema.

#include "models/storage/database.h"
#include "models/storage/databaseoptions.h"
#include "models/consoleschema.h"

#include <QTemporaryDir>

#include <memory>

namespace payops::test {

inline DatabaseOptions knowledgeDatabaseOptions()
{
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.quickCheck = false;
    return options;
}

class KnowledgeTestDatabase
{
public:
    KnowledgeTestDatabase()
        : database(std::make_unique<Database>(knowledgeDatabaseOptions()))
    {
        if (dir.isValid())
            error = database->open(dir.filePath(QStringLiteral("payops.sqlite")));
    }

    [[nodiscard]] bool ok() const { return dir.isValid() && !error.has_value(); }
    [[nodiscard]] QString errorText() const { return error ? error->message + u' ' + error->detail : QString(); }

    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::optional<DatabaseError> error;
};

} // namespace payops::test
