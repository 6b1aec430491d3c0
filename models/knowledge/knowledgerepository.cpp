#include "models/knowledge/knowledgerepository.h"

#include "models/knowledge/knowledgecontent.h"
#include "models/knowledge/knowledgelog.h"
#include "models/knowledge/markdowntext.h"
#include "models/storage/database.h"
#include "models/storage/transaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace payops {

namespace {

constexpr int SnippetLength = 140; // characters of text around the matches
constexpr int MinimumFtsTermLength = 3; // the trigram tokenizer cannot match shorter terms

QString kindName(ArticleRevision::Kind kind)
{
    switch (kind) {
    case ArticleRevision::Kind::Import:
        return QStringLiteral("import");
    case ArticleRevision::Kind::Restore:
        return QStringLiteral("restore");
    case ArticleRevision::Kind::Edit:
        break;
    }
    return QStringLiteral("edit");
}

ArticleRevision::Kind kindFromName(const QString &name)
{
    if (name == QLatin1String("import"))
        return ArticleRevision::Kind::Import;
    if (name == QLatin1String("restore"))
        return ArticleRevision::Kind::Restore;
    return ArticleRevision::Kind::Edit;
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

void logError(const char *what, const QSqlQuery &query)
{
    qCWarning(lcKnowledge).noquote() << what << "failed:" << query.lastError().text();
}

// A query that has been prepared, bound and executed; `ok` tells whether all of it worked.
bool run(QSqlQuery &query, const char *what)
{
    if (!query.exec()) {
        logError(what, query);
        return false;
    }
    return true;
}

QString likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

// Wraps every case-insensitive occurrence of the terms in highlight markers; returns the count.
int markTerms(QString *text, const QStringList &terms)
{
    struct Span { qsizetype from; qsizetype to; };
    QList<Span> spans;
    for (const QString &term : terms) {
        qsizetype at = 0;
        while ((at = text->indexOf(term, at, Qt::CaseInsensitive)) >= 0) {
            spans.append({at, at + term.size()});
            at += term.size();
        }
    }
    if (spans.isEmpty())
        return 0;
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.from < b.from; });
    // Merge overlapping spans, then insert the markers from the back so positions stay valid.
    QList<Span> merged;
    for (const Span &span : std::as_const(spans)) {
        if (!merged.isEmpty() && span.from <= merged.last().to)
            merged.last().to = std::max(merged.last().to, span.to);
        else
            merged.append(span);
    }
    for (auto it = merged.crbegin(); it != merged.crend(); ++it) {
        text->insert(it->to, QChar(KnowledgeHighlightEnd));
        text->insert(it->from, QChar(KnowledgeHighlightStart));
    }
    return int(spans.size());
}

// Display width of a character: CJK ideographs, kana, hangul and full-width forms take two columns.
int columns(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x1100 && (u <= 0x115F || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
                            || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6)))
               ? 2
               : 1;
}

// Cuts a window of about SnippetLength columns out of a marked text, around the place with the most
// matches, never splitting a highlighted span. Adds "…" where text was cut.
QString snippetOf(const QString &marked)
{
    struct Span { qsizetype from; qsizetype to; }; // `to` is one past the end marker
    QList<Span> spans;
    for (qsizetype i = marked.indexOf(QChar(KnowledgeHighlightStart)); i >= 0;
         i = marked.indexOf(QChar(KnowledgeHighlightStart), i + 1)) {
        const qsizetype end = marked.indexOf(QChar(KnowledgeHighlightEnd), i);
        spans.append({i, end < 0 ? marked.size() : end + 1});
    }
    // Position reached from `from` after `width` columns (or the end of the text).
    const auto advance = [&marked](qsizetype from, int width) {
        qsizetype at = from;
        for (int used = 0; at < marked.size() && used < width; ++at)
            used += columns(marked.at(at));
        return at;
    };
    const auto retreat = [&marked](qsizetype from, int width) {
        qsizetype at = from;
        for (int used = 0; at > 0 && used < width; --at)
            used += columns(marked.at(at - 1));
        return at;
    };
    if (advance(0, SnippetLength) >= marked.size())
        return marked;

    qsizetype begin = 0;
    if (!spans.isEmpty()) {
        // Start a little before the span that has the most other spans within one window after it.
        qsizetype best = 0;
        int bestCount = -1;
        for (qsizetype s = 0; s < spans.size(); ++s) {
            const qsizetype windowEnd = advance(spans.at(s).from, SnippetLength);
            int count = 0;
            for (qsizetype t = s; t < spans.size() && spans.at(t).from < windowEnd; ++t)
                ++count;
            if (count > bestCount) {
                bestCount = count;
                best = s;
            }
        }
        begin = retreat(spans.at(best).from, SnippetLength / 5);
    }
    qsizetype end = advance(begin, SnippetLength);
    if (end >= marked.size()) { // near the end: use the whole window width
        end = marked.size();
        begin = retreat(end, SnippetLength);
    }
    for (const Span &span : std::as_const(spans)) {
        if (span.from < begin && begin < span.to)
            begin = span.from;
        if (span.from < end && end < span.to)
            end = span.to;
    }
    // Prefer to cut at a space for text with spaces (English); CJK text has none nearby.
    if (begin > 0) {
        const qsizetype space = marked.indexOf(u' ', begin);
        if (space >= 0 && space - begin < 15 && space + 1 < end)
            begin = space + 1;
    }
    if (end < marked.size()) {
        const qsizetype space = marked.lastIndexOf(u' ', end - 1);
        if (space > begin && end - space < 15)
            end = space;
    }
    QString out = marked.mid(begin, end - begin).trimmed();
    if (begin > 0)
        out.prepend(u'…');
    if (end < marked.size())
        out.append(u'…');
    return out;
}

} // namespace

KnowledgeRepository::KnowledgeRepository(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

QDateTime KnowledgeRepository::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QStringList KnowledgeRepository::languages() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT DISTINCT language FROM kb_articles ORDER BY language"));
    QStringList result;
    if (!run(query, "listing languages"))
        return result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

QString KnowledgeRepository::resolveLanguage(const QString &requested) const
{
    const QStringList available = languages();
    if (available.isEmpty())
        return {};
    if (available.contains(requested))
        return requested;
    const QString base = requested.section(u'_', 0, 0);
    for (const QString &language : available) {
        if (language.section(u'_', 0, 0) == base)
            return language;
    }
    if (available.contains(QLatin1String("en")))
        return QStringLiteral("en");
    return available.constFirst();
}

int KnowledgeRepository::articleCount(const QString &language) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM kb_articles WHERE language = ?"));
    query.addBindValue(language);
    if (!run(query, "counting articles") || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<KnowledgeSection> KnowledgeRepository::sections(const QString &language) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT section_id, title, position FROM kb_sections"
                                 " WHERE language = ? ORDER BY position, section_id"));
    query.addBindValue(language);
    QList<KnowledgeSection> result;
    if (!run(query, "listing sections"))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), language, query.value(1).toString(), query.value(2).toInt()});
    return result;
}

QList<ArticleSummary> KnowledgeRepository::articles(const QString &language) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT a.article_id, a.section_id, a.title, a.position, a.edited FROM kb_articles a"
        " LEFT JOIN kb_sections s ON s.section_id = a.section_id AND s.language = a.language"
        " WHERE a.language = ? ORDER BY coalesce(s.position, 1000000), a.section_id, a.position, a.article_id"));
    query.addBindValue(language);
    QList<ArticleSummary> result;
    if (!run(query, "listing articles"))
        return result;
    while (query.next()) {
        result.append({query.value(0).toString(), language, query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toInt(), query.value(4).toBool()});
    }
    return result;
}

std::optional<Article> KnowledgeRepository::article(const QString &id, const QString &language) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT section_id, title, body, revision, edited, updated_ms FROM kb_articles"
                                 " WHERE article_id = ? AND language = ?"));
    query.addBindValue(id);
    query.addBindValue(language);
    if (!run(query, "reading an article") || !query.next())
        return std::nullopt;
    return Article{id,
                   language,
                   query.value(0).toString(),
                   query.value(1).toString(),
                   query.value(2).toString(),
                   query.value(3).toInt(),
                   query.value(4).toBool(),
                   fromMs(query.value(5).toLongLong())};
}

QList<Article> KnowledgeRepository::fullArticles(const QString &language) const
{
    QList<Article> result;
    const QList<ArticleSummary> summaries = articles(language);
    result.reserve(summaries.size());
    for (const ArticleSummary &summary : summaries) {
        if (std::optional<Article> full = article(summary.id, language))
            result.append(std::move(*full));
    }
    return result;
}

QList<ArticleRevision> KnowledgeRepository::revisions(const QString &id, const QString &language) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT r.revision, r.title, r.body, r.author, r.created_ms, r.kind, r.restored_from"
        " FROM kb_revisions r JOIN kb_articles a ON a.id = r.article"
        " WHERE a.article_id = ? AND a.language = ? ORDER BY r.revision DESC"));
    query.addBindValue(id);
    query.addBindValue(language);
    QList<ArticleRevision> result;
    if (!run(query, "listing revisions"))
        return result;
    while (query.next()) {
        result.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), fromMs(query.value(4).toLongLong()),
                       kindFromName(query.value(5).toString()), query.value(6).toInt()});
    }
    return result;
}

std::optional<QString> KnowledgeRepository::checkAuthor(const QString &author)
{
    if (author.trimmed().isEmpty())
        return tr("Enter your name: every change to the knowledge base records its author.");
    return std::nullopt;
}

std::optional<QString> KnowledgeRepository::checkRevision(const QString &body, const QString &author)
{
    if (std::optional<QString> problem = checkAuthor(author))
        return problem;
    if (body.trimmed().isEmpty())
        return tr("An article cannot be empty.");
    return std::nullopt;
}

KnowledgeSaveResult KnowledgeRepository::save(const QString &id, const QString &language, const QString &body,
                                              const QString &author)
{
    return writeRevision(id, language, body, author, ArticleRevision::Kind::Edit, 0);
}

KnowledgeSaveResult KnowledgeRepository::restore(const QString &id, const QString &language, int revision,
                                                 const QString &author)
{
    const QList<ArticleRevision> history = revisions(id, language);
    const auto it = std::find_if(history.cbegin(), history.cend(),
                                 [revision](const ArticleRevision &r) { return r.revision == revision; });
    if (it == history.cend())
        return {0, tr("Revision %1 of the article \"%2\" does not exist.").arg(revision).arg(id)};
    return writeRevision(id, language, it->body, author, ArticleRevision::Kind::Restore, revision);
}

KnowledgeSaveResult KnowledgeRepository::writeRevision(const QString &id, const QString &language,
                                                       const QString &body, const QString &author,
                                                       ArticleRevision::Kind kind, int restoredFrom)
{
    if (std::optional<QString> problem = checkRevision(body, author))
        return {0, *problem};
    const QString who = author.trimmed();

    QSqlDatabase db = m_database.connection();
    Transaction transaction(db); // rolled back on every return before the commit
    if (!transaction.isOpen())
        return {0, tr("The knowledge base could not be saved: %1").arg(transaction.error())};
    const auto fail = [](const QSqlQuery &query, const char *what) {
        logError(what, query);
        return KnowledgeSaveResult{0, tr("The knowledge base could not be saved: %1").arg(query.lastError().text())};
    };

    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, revision, title, body FROM kb_articles WHERE article_id = ? AND language = ?"));
    query.addBindValue(id);
    query.addBindValue(language);
    if (!query.exec())
        return fail(query, "reading an article to save");
    if (!query.next())
        return {0, tr("The article \"%1\" does not exist.").arg(id)};
    const qint64 rowId = query.value(0).toLongLong();
    const int current = query.value(1).toInt();
    const QString oldTitle = query.value(2).toString();
    if (kind == ArticleRevision::Kind::Edit && query.value(3).toString() == body)
        return {current, {}};
    query.finish();

    QString title = MarkdownText::title(body);
    if (title.isEmpty())
        title = oldTitle;
    const int next = current + 1;
    const qint64 nowMs = now().toMSecsSinceEpoch();

    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE kb_articles SET title = ?, body = ?, plain = ?, revision = ?, edited = 1,"
                                  " updated_ms = ? WHERE id = ?"));
    update.addBindValue(title);
    update.addBindValue(body);
    update.addBindValue(MarkdownText::toPlainText(body));
    update.addBindValue(next);
    update.addBindValue(nowMs);
    update.addBindValue(rowId);
    if (!update.exec())
        return fail(update, "updating an article");

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO kb_revisions (article, revision, title, body, author, created_ms, kind,"
                                  " restored_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(rowId);
    insert.addBindValue(next);
    insert.addBindValue(title);
    insert.addBindValue(body);
    insert.addBindValue(who);
    insert.addBindValue(nowMs);
    insert.addBindValue(kindName(kind));
    insert.addBindValue(restoredFrom > 0 ? QVariant(restoredFrom) : QVariant(QMetaType(QMetaType::Int)));
    if (!insert.exec())
        return fail(insert, "adding a revision");

    if (const std::optional<QString> error = transaction.commit())
        return {0, tr("The knowledge base could not be saved: %1").arg(*error)};
    qCInfo(lcKnowledge).noquote() << "article" << id << language << "revision" << next << kindName(kind) << "by" << who;
    return {next, {}};
}

KnowledgeSearchResult KnowledgeRepository::search(const QString &query, const QString &language, int limit) const
{
    KnowledgeSearchResult result;
    const QStringList terms = query.simplified().split(u' ', Qt::SkipEmptyParts);
    if (terms.isEmpty())
        return result;
    QStringList longTerms;
    QStringList shortTerms;
    for (const QString &term : terms)
        (term.size() >= MinimumFtsTermLength ? longTerms : shortTerms).append(term);

    const QString start{QChar(KnowledgeHighlightStart)};
    const QString end{QChar(KnowledgeHighlightEnd)};
    QString sql;
    if (!longTerms.isEmpty()) {
        sql = QStringLiteral("SELECT a.article_id, a.section_id, a.title,"
                             " highlight(kb_fts, 0, :s, :e), highlight(kb_fts, 1, :s, :e), bm25(kb_fts, 10.0, 1.0)"
                             " FROM kb_fts JOIN kb_articles a ON a.id = kb_fts.rowid"
                             " WHERE kb_fts MATCH :match AND a.language = :language");
    } else {
        result.usedFallback = true;
        sql = QStringLiteral("SELECT a.article_id, a.section_id, a.title, a.title, a.plain, 0.0"
                             " FROM kb_articles a WHERE a.language = :language");
    }
    for (qsizetype i = 0; i < shortTerms.size(); ++i) {
        sql += QStringLiteral(" AND (a.title LIKE :like%1 ESCAPE '\\' OR a.plain LIKE :like%1 ESCAPE '\\')").arg(i);
    }
    if (!longTerms.isEmpty())
        sql += QStringLiteral(" ORDER BY bm25(kb_fts, 10.0, 1.0) LIMIT :limit");

    QSqlQuery q(m_database.connection());
    if (!q.prepare(sql)) {
        logError("preparing a search", q);
        result.error = tr("The search failed: %1").arg(q.lastError().text());
        return result;
    }
    if (!longTerms.isEmpty()) {
        QStringList phrases;
        for (QString term : std::as_const(longTerms))
            phrases.append(u'"' + term.replace(u'"', QStringLiteral("\"\"")) + u'"');
        q.bindValue(QStringLiteral(":s"), start);
        q.bindValue(QStringLiteral(":e"), end);
        q.bindValue(QStringLiteral(":match"), phrases.join(QStringLiteral(" AND ")));
        q.bindValue(QStringLiteral(":limit"), limit);
    }
    q.bindValue(QStringLiteral(":language"), language);
    for (qsizetype i = 0; i < shortTerms.size(); ++i)
        q.bindValue(QStringLiteral(":like%1").arg(i), likePattern(shortTerms.at(i)));
    if (!q.exec()) {
        logError("searching", q);
        result.error = tr("The search failed: %1").arg(q.lastError().text());
        return result;
    }
    while (q.next()) {
        KnowledgeSearchHit hit;
        hit.articleId = q.value(0).toString();
        hit.sectionId = q.value(1).toString();
        hit.title = q.value(2).toString();
        QString markedTitle = q.value(3).toString();
        QString markedText = q.value(4).toString();
        hit.rank = q.value(5).toDouble();
        if (!shortTerms.isEmpty()) {
            // Short terms are not in the index: mark them here (and, without FTS, rank by them).
            if (!longTerms.isEmpty()) {
                markedTitle = MarkdownText::withoutMarkers(markedTitle);
                markedText = MarkdownText::withoutMarkers(markedText);
            }
            const int inTitle = markTerms(&markedTitle, terms);
            const int inText = markTerms(&markedText, terms);
            if (longTerms.isEmpty())
                hit.rank = -(10.0 * inTitle + inText);
        }
        hit.highlightedTitle = markedTitle;
        hit.snippet = snippetOf(markedText);
        result.hits.append(hit);
    }
    if (result.usedFallback) {
        std::stable_sort(result.hits.begin(), result.hits.end(),
                         [](const KnowledgeSearchHit &a, const KnowledgeSearchHit &b) { return a.rank < b.rank; });
        if (result.hits.size() > limit)
            result.hits.resize(limit);
    }
    return result;
}

KnowledgeImportResult KnowledgeRepository::importDefaults(const KnowledgeBundle &bundle)
{
    KnowledgeImportResult result;
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        result.error = tr("The knowledge base could not be imported: %1").arg(db.lastError().text());
        return result;
    }
    Transaction transaction(db); // rolled back on every return before the commit
    if (!transaction.isOpen()) {
        result.error = tr("The knowledge base could not be imported: %1").arg(transaction.error());
        return result;
    }
    const auto fail = [&result](const QSqlQuery &query, const char *what) {
        logError(what, query);
        const QString reason = query.lastError().text();
        KnowledgeImportResult failed;
        failed.error = tr("The knowledge base could not be imported: %1").arg(reason);
        result = failed;
        return result;
    };
    const qint64 nowMs = now().toMSecsSinceEpoch();

    QSqlQuery section(db);
    section.prepare(QStringLiteral("INSERT INTO kb_sections (section_id, language, title, position) VALUES (?, ?, ?, ?)"
                                   " ON CONFLICT (section_id, language) DO UPDATE"
                                   " SET title = excluded.title, position = excluded.position"));
    for (const ShippedSection &shipped : bundle.sections) {
        for (auto it = shipped.titles.cbegin(); it != shipped.titles.cend(); ++it) {
            section.addBindValue(shipped.id);
            section.addBindValue(it.key());
            section.addBindValue(it.value());
            section.addBindValue(shipped.position);
            if (!section.exec())
                return fail(section, "importing a section");
        }
    }

    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id, revision, shipped_hash, edited FROM kb_articles"
                                " WHERE article_id = ? AND language = ?"));
    QSqlQuery insertArticle(db);
    insertArticle.prepare(QStringLiteral(
        "INSERT INTO kb_articles (article_id, language, section_id, position, title, body, plain, revision,"
        " shipped_hash, edited, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, 0, ?)"));
    QSqlQuery place(db);
    place.prepare(QStringLiteral("UPDATE kb_articles SET section_id = ?, position = ? WHERE id = ?"));
    QSqlQuery replace(db);
    replace.prepare(QStringLiteral("UPDATE kb_articles SET title = ?, body = ?, plain = ?, revision = ?,"
                                   " shipped_hash = ?, updated_ms = ? WHERE id = ?"));
    QSqlQuery insertRevision(db);
    insertRevision.prepare(QStringLiteral("INSERT INTO kb_revisions (article, revision, title, body, author,"
                                          " created_ms, kind) VALUES (?, ?, ?, ?, ?, ?, 'import')"));
    const QString author = QString::fromLatin1(ImportAuthor);

    for (const ShippedArticle &shipped : bundle.articles) {
        find.addBindValue(shipped.id);
        find.addBindValue(shipped.language);
        if (!find.exec())
            return fail(find, "looking up an article to import");
        qint64 rowId = 0;
        int revision = 0;
        if (find.next()) {
            rowId = find.value(0).toLongLong();
            revision = find.value(1).toInt();
            const QString importedHash = find.value(2).toString();
            const bool edited = find.value(3).toBool();
            find.finish();

            place.addBindValue(shipped.sectionId);
            place.addBindValue(shipped.position);
            place.addBindValue(rowId);
            if (!place.exec())
                return fail(place, "placing an article");
            if (importedHash == shipped.hash) {
                ++result.unchanged;
                continue;
            }
            if (edited) {
                ++result.keptEdited;
                qCInfo(lcKnowledge).noquote() << "shipped text of" << shipped.id << shipped.language
                                              << "changed, but the article was edited here: kept";
                continue;
            }
            ++revision;
            replace.addBindValue(shipped.title);
            replace.addBindValue(shipped.body);
            replace.addBindValue(MarkdownText::toPlainText(shipped.body));
            replace.addBindValue(revision);
            replace.addBindValue(shipped.hash);
            replace.addBindValue(nowMs);
            replace.addBindValue(rowId);
            if (!replace.exec())
                return fail(replace, "updating an imported article");
            ++result.updated;
        } else {
            find.finish();
            revision = 1;
            insertArticle.addBindValue(shipped.id);
            insertArticle.addBindValue(shipped.language);
            insertArticle.addBindValue(shipped.sectionId);
            insertArticle.addBindValue(shipped.position);
            insertArticle.addBindValue(shipped.title);
            insertArticle.addBindValue(shipped.body);
            insertArticle.addBindValue(MarkdownText::toPlainText(shipped.body));
            insertArticle.addBindValue(shipped.hash);
            insertArticle.addBindValue(nowMs);
            if (!insertArticle.exec())
                return fail(insertArticle, "importing an article");
            rowId = insertArticle.lastInsertId().toLongLong();
            ++result.inserted;
        }
        insertRevision.addBindValue(rowId);
        insertRevision.addBindValue(revision);
        insertRevision.addBindValue(shipped.title);
        insertRevision.addBindValue(shipped.body);
        insertRevision.addBindValue(author);
        insertRevision.addBindValue(nowMs);
        if (!insertRevision.exec())
            return fail(insertRevision, "recording an imported revision");
    }

    if (const std::optional<QString> error = transaction.commit()) {
        result = {};
        result.error = tr("The knowledge base could not be imported: %1").arg(*error);
        return result;
    }
    qCInfo(lcKnowledge).noquote() << "imported defaults:" << result.inserted << "new," << result.updated << "updated,"
                                  << result.unchanged << "unchanged," << result.keptEdited << "kept (edited)";
    return result;
}

} // namespace payops
