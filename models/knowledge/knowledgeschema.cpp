#include "models/knowledge/knowledgeschema.h"

namespace payops {

QString KnowledgeSchema::description()
{
    return QStringLiteral("knowledge base articles, revisions and full-text index");
}

Migration KnowledgeSchema::migration(int version)
{
    return Migration{
        version,
        description(),
        {
            QStringLiteral("CREATE TABLE kb_sections ("
                           " section_id TEXT NOT NULL,"
                           " language TEXT NOT NULL,"
                           " title TEXT NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " PRIMARY KEY (section_id, language))"),
            // `plain` is the article without Markdown syntax: what the full-text index and the
            // search snippets see. `shipped_hash` is the SHA-256 of the shipped default last imported;
            // `edited` is set once an operator saves or restores, and then imports leave the row alone.
            QStringLiteral("CREATE TABLE kb_articles ("
                           " id INTEGER PRIMARY KEY,"
                           " article_id TEXT NOT NULL,"
                           " language TEXT NOT NULL,"
                           " section_id TEXT NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " title TEXT NOT NULL,"
                           " body TEXT NOT NULL,"
                           " plain TEXT NOT NULL,"
                           " revision INTEGER NOT NULL,"
                           " shipped_hash TEXT,"
                           " edited INTEGER NOT NULL DEFAULT 0,"
                           " updated_ms INTEGER NOT NULL,"
                           " UNIQUE (article_id, language))"),
            QStringLiteral("CREATE INDEX kb_articles_language ON kb_articles(language, section_id, position)"),
            QStringLiteral("CREATE TABLE kb_revisions ("
                           " id INTEGER PRIMARY KEY,"
                           " article INTEGER NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,"
                           " revision INTEGER NOT NULL,"
                           " title TEXT NOT NULL,"
                           " body TEXT NOT NULL,"
                           " author TEXT NOT NULL,"
                           " created_ms INTEGER NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('import', 'edit', 'restore')),"
                           " restored_from INTEGER,"
                           " UNIQUE (article, revision))"),
            QStringLiteral("CREATE VIRTUAL TABLE kb_fts USING fts5("
                           " title, plain,"
                           " content = 'kb_articles', content_rowid = 'id',"
                           " tokenize = 'trigram')"),
            QStringLiteral("CREATE TRIGGER kb_articles_ai AFTER INSERT ON kb_articles BEGIN"
                           " INSERT INTO kb_fts(rowid, title, plain) VALUES (new.id, new.title, new.plain);"
                           " END"),
            QStringLiteral("CREATE TRIGGER kb_articles_ad AFTER DELETE ON kb_articles BEGIN"
                           " INSERT INTO kb_fts(kb_fts, rowid, title, plain)"
                           " VALUES ('delete', old.id, old.title, old.plain);"
                           " END"),
            QStringLiteral("CREATE TRIGGER kb_articles_au AFTER UPDATE OF title, plain ON kb_articles BEGIN"
                           " INSERT INTO kb_fts(kb_fts, rowid, title, plain)"
                           " VALUES ('delete', old.id, old.title, old.plain);"
                           " INSERT INTO kb_fts(rowid, title, plain) VALUES (new.id, new.title, new.plain);"
                           " END"),
            QStringLiteral("CREATE TRIGGER kb_revisions_no_update BEFORE UPDATE ON kb_revisions"
                           " BEGIN SELECT RAISE(ABORT, 'kb_revisions is append-only'); END"),
        },
        {},
    };
}

} // namespace payops
