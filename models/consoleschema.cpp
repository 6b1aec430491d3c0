#include "models/consoleschema.h"

#include "models/contacts/contactschema.h"
#include "models/incidents/playbookschema.h"
#include "models/knowledge/knowledgeschema.h"
#include "models/metrics/historyschema.h"
#include "models/services/targetschema.h"
#include "models/storage/storageschema.h"

namespace payops {

QList<Migration> ConsoleSchema::migrations()
{
    // Append new versions at the end. Never edit or reorder an entry that has shipped.
    return {
        StorageSchema::migration(1),
        TargetSchema::migration(2),
        HistorySchema::migration(3),
        KnowledgeSchema::migration(4),
        PlaybookSchema::migration(5),
        ContactSchema::migration(6),
    };
}

int ConsoleSchema::latestVersion()
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.constLast().version;
}

DatabaseOptions ConsoleSchema::databaseOptions()
{
    DatabaseOptions options;
    options.migrations = migrations();
    return options;
}

} // namespace payops
