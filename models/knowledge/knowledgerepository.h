#pragma once

#include "models/knowledge/knowledgetypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace payops {

class Database;

// The knowledge base in SQLite (tables of KnowledgeSchema): articles per language with their revision
// history, the full-text search, and the import of the shipped defaults.
//
// Every call runs on the calling thread's own connection (Database::connection()), so one repository
// may be used from the GUI thread for reads, and from other threads for writes: the GUI saves through
// KnowledgeWriter (save() and restore() on the DatabaseWriter thread), the import runs on a pool thread.
// The clock is called by the thread that writes, so it must be safe to call from any thread.
// Failures are returned as values (error texts in operator words) and logged to payops.knowledge.
class KnowledgeRepository final
{
    Q_DECLARE_TR_FUNCTIONS(payops::KnowledgeRepository)

public:
    using Clock = std::function<QDateTime()>;

    // The author recorded on revisions created by importing the shipped defaults.
    static constexpr const char *ImportAuthor = "PayOps";

    // `clock` returns the current time (UTC); defaults to the system clock. Tests inject their own.
    explicit KnowledgeRepository(Database &database, Clock clock = {});

    // Languages that have at least one article, e.g. {"en", "zh_CN"}.
    [[nodiscard]] QStringList languages() const;
    // The best available language for a requested locale name: exact match ("zh_CN"), then same
    // language ("zh" for "zh_TW"), then "en", then any. Empty when the knowledge base is empty.
    [[nodiscard]] QString resolveLanguage(const QString &requested) const;
    [[nodiscard]] int articleCount(const QString &language) const;

    [[nodiscard]] QList<KnowledgeSection> sections(const QString &language) const;
    // All articles of a language in reading order (section position, then article position).
    [[nodiscard]] QList<ArticleSummary> articles(const QString &language) const;
    [[nodiscard]] std::optional<Article> article(const QString &id, const QString &language) const;
    // Full articles in reading order, e.g. for printing the whole knowledge base.
    [[nodiscard]] QList<Article> fullArticles(const QString &language) const;

    // Revision history, newest first.
    [[nodiscard]] QList<ArticleRevision> revisions(const QString &id, const QString &language) const;

    // What save() and restore() refuse before touching the database: no author (and for save() an
    // empty body). std::nullopt when fine.
    [[nodiscard]] static std::optional<QString> checkAuthor(const QString &author);
    [[nodiscard]] static std::optional<QString> checkRevision(const QString &body, const QString &author);

    // Saves new Markdown for an existing article as a new revision by `author`. The title follows the
    // body's first "# " heading (or stays). A body identical to the current one creates no revision
    // and returns the current revision number. Quick: one small transaction.
    [[nodiscard]] KnowledgeSaveResult save(const QString &id, const QString &language, const QString &body,
                                           const QString &author);
    // Makes an earlier revision current again, as a new revision (kind Restore) by `author`.
    [[nodiscard]] KnowledgeSaveResult restore(const QString &id, const QString &language, int revision,
                                              const QString &author);

    // Full-text search in one language. Terms of 3+ characters use the FTS5 trigram index (ranked by
    // bm25, title weighted above text); shorter terms are matched with LIKE. All terms must match.
    // Matches in the title and the snippet are wrapped in KnowledgeHighlightStart/End.
    [[nodiscard]] KnowledgeSearchResult search(const QString &query, const QString &language,
                                               int limit = 50) const;

    // Imports the shipped defaults in one transaction: adds missing articles, refreshes sections, and
    // replaces the text of articles that no operator ever edited when their shipped text changed.
    // Edited articles are never overwritten. Meant for a worker thread (see KnowledgeImporter).
    [[nodiscard]] KnowledgeImportResult importDefaults(const KnowledgeBundle &bundle);

private:
    KnowledgeSaveResult writeRevision(const QString &id, const QString &language, const QString &body,
                                      const QString &author, ArticleRevision::Kind kind, int restoredFrom);
    [[nodiscard]] QDateTime now() const;

    Database &m_database;
    Clock m_clock;
};

} // namespace payops
