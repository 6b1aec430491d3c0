#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace payops {

// Plain values exchanged by the knowledge base classes. Nothing here touches SQL or widgets.

// Search snippets and highlighted titles mark each match as START text END, using two
// private-use characters that never occur in articles. Views turn them into formatting.
inline constexpr char16_t KnowledgeHighlightStart = u'\uE000';
inline constexpr char16_t KnowledgeHighlightEnd = u'\uE001';

struct KnowledgeSection
{
    QString id;
    QString language;
    QString title;
    int position = 0;
};

struct ArticleSummary
{
    QString id;
    QString language;
    QString sectionId;
    QString title;
    int position = 0;
    bool edited = false;
};

struct Article
{
    QString id;
    QString language;
    QString sectionId;
    QString title;
    QString body; // Markdown
    int revision = 0;
    bool edited = false;
    QDateTime updated; // UTC
};

struct ArticleRevision
{
    enum class Kind { Import, Edit, Restore };

    int revision = 0;
    QString title;
    QString body;
    QString author;
    QDateTime created; // UTC
    Kind kind = Kind::Edit;
    int restoredFrom = 0; // the revision a Restore copied; 0 otherwise
};

struct KnowledgeSearchHit
{
    QString articleId;
    QString sectionId;
    QString title;
    QString highlightedTitle; // title with highlight markers
    QString snippet;          // excerpt of the text with highlight markers
    double rank = 0.0;        // lower is better (FTS5 bm25 convention)
};

struct KnowledgeSearchResult
{
    QList<KnowledgeSearchHit> hits;
    bool usedFallback = false; // true when LIKE matching was used (terms shorter than 3 characters)
    QString error;             // empty on success
};

// The result of a save or restore.
struct KnowledgeSaveResult
{
    int revision = 0; // the new revision on success
    QString error;    // empty on success, in operator words otherwise

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// The shipped default content (resources/knowledge), as read from disk or resources.
struct ShippedArticle
{
    QString id;
    QString language;
    QString sectionId;
    int position = 0;
    QString title;
    QString body;
    QString hash; // hex SHA-256 of the body
};

struct ShippedSection
{
    QString id;
    int position = 0;
    QMap<QString, QString> titles; // language -> title
};

struct KnowledgeBundle
{
    QList<ShippedSection> sections;
    QList<ShippedArticle> articles;
    QStringList languages;
};

struct KnowledgeImportResult
{
    int inserted = 0;       // articles new in the database
    int updated = 0;        // never-edited articles whose shipped text changed
    int unchanged = 0;      // shipped text identical to what was imported before
    int keptEdited = 0;     // shipped text changed, but an operator edited the article: left alone
    QString error;          // empty on success; on error nothing was written

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

} // namespace payops

Q_DECLARE_METATYPE(payops::KnowledgeImportResult)
