#pragma once

#include "models/knowledge/knowledgetypes.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>

namespace payops {

class KnowledgeRepository;

// Sections > articles of one language, in reading order. Sections are enabled but not selectable;
// articles are selectable. Read from the repository on setLanguage()/reload() (a few dozen rows).
class ArticleTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleTreeModel)

public:
    enum Role {
        ArticleIdRole = Qt::UserRole + 1, // QString; empty on sections
        SectionIdRole,                    // QString
        IsSectionRole,                    // bool
        EditedRole,                       // bool: an operator changed the article
    };
    Q_ENUM(Role)

    explicit ArticleTreeModel(KnowledgeRepository &repository, QObject *parent = nullptr);

    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);
    // Reads sections and articles again (after an import or a save).
    void reload();

    [[nodiscard]] QModelIndex indexForArticle(const QString &articleId) const;
    [[nodiscard]] QString articleIdAt(const QModelIndex &index) const;
    [[nodiscard]] QString titleOf(const QString &articleId) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct SectionNode
    {
        KnowledgeSection section;
        QList<ArticleSummary> articles;
    };

    KnowledgeRepository &m_repository;
    QString m_language;
    QList<SectionNode> m_sections;
};

} // namespace payops
