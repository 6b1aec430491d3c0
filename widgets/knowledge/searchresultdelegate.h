#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace payops {

// Paints a search result as two rich-text parts: the highlighted title (bold) and the highlighted
// snippet below it (KnowledgeSearchModel::TitleHtmlRole / SnippetHtmlRole).
class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultDelegate)

public:
    explicit SearchResultDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static void layout(QTextDocument *document, const QStyleOptionViewItem &option, const QModelIndex &index);
};

} // namespace payops
