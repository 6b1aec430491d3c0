#include "models/incidents/playbookschema.h"

namespace payops {

Migration PlaybookSchema::migration(int version)
{
    return Migration{
        version,
        QStringLiteral("incident playbooks"),
        {
            QStringLiteral("CREATE TABLE playbooks ("
                           " id TEXT PRIMARY KEY,"
                           " revision INTEGER NOT NULL CHECK (revision >= 1),"
                           " article_id TEXT NOT NULL,"
                           " title_en TEXT NOT NULL,"
                           " title_zh_cn TEXT NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " origin TEXT NOT NULL CHECK (origin IN ('shipped', 'user')),"
                           " document TEXT NOT NULL,"
                           " updated_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX playbooks_article ON playbooks(article_id)"),
        },
        {},
    };
}

} // namespace payops
