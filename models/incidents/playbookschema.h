#pragma once

#include "models/storage/migration.h"

namespace payops {

// The `playbooks` table, as one step of ConsoleSchema::migrations().
//
//   playbooks(id TEXT PK, revision, article_id, title_en, title_zh_cn, position,
//             origin 'shipped'|'user', document (the playbook's JSON object, format 1), updated_ms)
//
// The document column holds exactly what PlaybookLoader::toJson() writes and is validated again
// by PlaybookLoader when read, so a damaged row is reported, never half-used.
class PlaybookSchema final
{
public:
    PlaybookSchema() = delete;

    [[nodiscard]] static Migration migration(int version);
};

} // namespace payops
