#include "models/knowledge/articletreemodel.h"

#include "models/knowledge/knowledgerepository.h"

namespace payops {

namespace {
constexpr quintptr SectionId = 0; // internalId of section rows; article rows carry section row + 1
}

ArticleTreeModel::ArticleTreeModel(KnowledgeRepository &repository, QObject *parent)
    : QAbstractItemModel(parent)
    , m_repository(repository)
{
}

QString ArticleTreeModel::language() const
{
    return m_language;
}

void ArticleTreeModel::setLanguage(const QString &language)
{
    m_language = language;
    reload();
}

void ArticleTreeModel::reload()
{
    beginResetModel();
    m_sections.clear();
    if (!m_language.isEmpty()) {
        const QList<KnowledgeSection> sections = m_repository.sections(m_language);
        for (const KnowledgeSection &section : sections)
            m_sections.append({section, {}});
        const QList<ArticleSummary> articles = m_repository.articles(m_language);
        for (const ArticleSummary &article : articles) {
            auto it = std::find_if(m_sections.begin(), m_sections.end(),
                                   [&article](const SectionNode &node) { return node.section.id == article.sectionId; });
            if (it == m_sections.end()) {
                // An article whose section is unknown in this language gets a section named by its id.
                m_sections.append({KnowledgeSection{article.sectionId, m_language, article.sectionId,
                                                    int(m_sections.size())},
                                   {}});
                it = std::prev(m_sections.end());
            }
            it->articles.append(article);
        }
    }
    endResetModel();
}

QModelIndex ArticleTreeModel::indexForArticle(const QString &articleId) const
{
    for (qsizetype s = 0; s < m_sections.size(); ++s) {
        const QList<ArticleSummary> &articles = m_sections.at(s).articles;
        for (qsizetype a = 0; a < articles.size(); ++a) {
            if (articles.at(a).id == articleId)
                return createIndex(int(a), 0, quintptr(s + 1));
        }
    }
    return {};
}

QString ArticleTreeModel::articleIdAt(const QModelIndex &index) const
{
    return data(index, ArticleIdRole).toString();
}

QString ArticleTreeModel::titleOf(const QString &articleId) const
{
    return data(indexForArticle(articleId), Qt::DisplayRole).toString();
}

QModelIndex ArticleTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0)
        return {};
    if (!parent.isValid())
        return row < m_sections.size() ? createIndex(row, 0, SectionId) : QModelIndex();
    if (parent.internalId() != SectionId || parent.row() >= m_sections.size())
        return {};
    if (row >= m_sections.at(parent.row()).articles.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex ArticleTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, SectionId);
}

int ArticleTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.column() != 0 || parent.internalId() != SectionId || parent.row() >= m_sections.size())
        return 0;
    return int(m_sections.at(parent.row()).articles.size());
}

int ArticleTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1;
}

QVariant ArticleTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == SectionId) {
        const KnowledgeSection &section = m_sections.at(index.row()).section;
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return section.title;
        case SectionIdRole:
            return section.id;
        case IsSectionRole:
            return true;
        case ArticleIdRole:
            return QString();
        case EditedRole:
            return false;
        default:
            return {};
        }
    }
    const ArticleSummary &article = m_sections.at(int(index.internalId() - 1)).articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return article.title;
    case Qt::ToolTipRole:
        return article.edited ? tr("%1 (edited locally)").arg(article.title) : article.title;
    case ArticleIdRole:
        return article.id;
    case SectionIdRole:
        return article.sectionId;
    case IsSectionRole:
        return false;
    case EditedRole:
        return article.edited;
    default:
        return {};
    }
}

Qt::ItemFlags ArticleTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (index.internalId() == SectionId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ArticleTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(SectionIdRole, "sectionId");
    names.insert(IsSectionRole, "isSection");
    names.insert(EditedRole, "edited");
    return names;
}

} // namespace payops
