#pragma once

#include "models/storage/migration.h"

namespace payops {

// The knowledge base's tables, as one forward-only migration. Its version number is the caller's:
// ConsoleSchema appends it with the next free version (see Migration: versions run 1..N without gaps).
//
//   kb_sections   section titles and order, per language
//   kb_articles   the current text of each article (id + language), the hash of the shipped default it
//                 was last imported from and whether an operator ever edited it
//   kb_revisions  every version of every article (import, edit, restore), append-only
//   kb_fts        FTS5 index (trigram tokenizer) over title and the Markdown-free text of kb_articles,
//                 an external-content table kept in sync by triggers
class KnowledgeSchema final
{
public:
    KnowledgeSchema() = delete;

    // The migration's description; identifies it in a migration list.
    [[nodiscard]] static QString description();
    [[nodiscard]] static Migration migration(int version);
};

} // namespace payops
