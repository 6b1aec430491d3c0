#pragma once

#include "models/knowledge/knowledgetypes.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace payops {

class KnowledgeRepository;

// Ranked search results (best first) for a query in one language. setQuery() searches at once:
// the FTS5 query over a few dozen articles takes well under a millisecond, so views may call it on
// every keystroke (debounced by the view).
class KnowledgeSearchModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeSearchModel)

public:
    enum Role {
        ArticleIdRole = Qt::UserRole + 1, // QString
        SectionIdRole,                    // QString
        TitleHtmlRole,                    // QString: escaped title, matches in <b> with a background
        SnippetRole,                      // QString: excerpt with KnowledgeHighlightStart/End markers
        SnippetHtmlRole,                  // QString: escaped excerpt, matches in <b> with a background
        RankRole,                         // double: lower is better
    };
    Q_ENUM(Role)

    explicit KnowledgeSearchModel(KnowledgeRepository &repository, QObject *parent = nullptr);

    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language); // runs the current query again
    [[nodiscard]] QString query() const;
    void setQuery(const QString &query);
    // Runs the current query again (after an edit or an import).
    void refresh();
    // Empty unless the last search failed.
    [[nodiscard]] QString lastError() const;
    [[nodiscard]] QString articleIdAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    KnowledgeRepository &m_repository;
    QString m_language;
    QString m_query;
    QString m_error;
    QList<KnowledgeSearchHit> m_hits;
};

} // namespace payops
