#include "app/payopsctl/ctldatabase.h"

#include "app/payopsctl/ctloutput.h"
#include "models/consoleschema.h"

#include <QDir>
#include <QStandardPaths>

namespace payops {

QString CtlDatabase::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("payops.db"));
}

std::unique_ptr<Database> CtlDatabase::open(const QString &path, Mode mode, CtlOutput &out)
{
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.readOnly = mode == Mode::ReadOnly;
    auto database = std::make_unique<Database>(options);
    if (const std::optional<DatabaseError> error = database->open(path)) {
        out.error(error->message);
        return nullptr;
    }
    return database;
}

} // namespace payops
