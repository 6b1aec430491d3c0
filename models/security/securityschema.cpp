#include "models/security/securityschema.h"

namespace payops {

Migration SecuritySchema::migration(int version)
{
    return Migration{
        version,
        QStringLiteral("audit log: the host of each entry"),
        {
            // No entry was written before this version (nothing wrote the log), so the default
            // never stands for a real entry.
            QStringLiteral("ALTER TABLE audit_log ADD COLUMN host TEXT NOT NULL DEFAULT ''"),
        },
        {},
    };
}

} // namespace payops
