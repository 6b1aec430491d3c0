#pragma once

#include "models/storage/database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace payops {

class CtlOutput;

// Opens the console's database for a subcommand: the same file (QStandardPaths::AppDataLocation of
// "PayOps"/"payops", payops.db) and the same schema (ConsoleSchema) as the console.
class CtlDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(payops::CtlDatabase)

public:
    CtlDatabase() = delete;

    enum class Mode {
        LikeConsole, // create it if missing and migrate it, as the console does on start
        ReadOnly,    // an existing file only, never written (DatabaseOptions::readOnly)
    };

    // The console's default file (needs the application and organization names set).
    [[nodiscard]] static QString defaultPath();
    // The open database, or nullptr after printing the Database's error on stderr.
    [[nodiscard]] static std::unique_ptr<Database> open(const QString &path, Mode mode, CtlOutput &out);
};

} // namespace payops
