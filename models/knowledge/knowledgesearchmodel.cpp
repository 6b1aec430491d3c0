#include "models/knowledge/knowledgesearchmodel.h"

#include "models/knowledge/knowledgerepository.h"
#include "models/knowledge/markdowntext.h"

namespace payops {

KnowledgeSearchModel::KnowledgeSearchModel(KnowledgeRepository &repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
}

QString KnowledgeSearchModel::language() const
{
    return m_language;
}

void KnowledgeSearchModel::setLanguage(const QString &language)
{
    m_language = language;
    refresh();
}

QString KnowledgeSearchModel::query() const
{
    return m_query;
}

void KnowledgeSearchModel::setQuery(const QString &query)
{
    m_query = query;
    refresh();
}

void KnowledgeSearchModel::refresh()
{
    KnowledgeSearchResult result;
    if (!m_language.isEmpty() && !m_query.trimmed().isEmpty())
        result = m_repository.search(m_query, m_language);
    beginResetModel();
    m_hits = result.hits;
    m_error = result.error;
    endResetModel();
}

QString KnowledgeSearchModel::lastError() const
{
    return m_error;
}

QString KnowledgeSearchModel::articleIdAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).articleId : QString();
}

int KnowledgeSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant KnowledgeSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KnowledgeSearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.title;
    case Qt::ToolTipRole:
        return MarkdownText::withoutMarkers(hit.snippet);
    case ArticleIdRole:
        return hit.articleId;
    case SectionIdRole:
        return hit.sectionId;
    case TitleHtmlRole:
        return MarkdownText::highlightedHtml(hit.highlightedTitle);
    case SnippetRole:
        return hit.snippet;
    case SnippetHtmlRole:
        return MarkdownText::highlightedHtml(hit.snippet);
    case RankRole:
        return hit.rank;
    default:
        return {};
    }
}

QHash<int, QByteArray> KnowledgeSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(SectionIdRole, "sectionId");
    names.insert(TitleHtmlRole, "titleHtml");
    names.insert(SnippetRole, "snippet");
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(RankRole, "rank");
    return names;
}

} // namespace payops
