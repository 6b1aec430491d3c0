#include "widgets/knowledge/searchresultdelegate.h"

#include "models/knowledge/knowledgesearchmodel.h"
#include "widgets/knowledge/safedocument.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace payops {

namespace {
constexpr int Margin = 6;
}

SearchResultDelegate::SearchResultDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void SearchResultDelegate::layout(QTextDocument *document, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    document->setDefaultFont(option.font);
    document->setDocumentMargin(0);
    const QString title = index.data(KnowledgeSearchModel::TitleHtmlRole).toString();
    const QString snippet = index.data(KnowledgeSearchModel::SnippetHtmlRole).toString();
    document->setHtml(QStringLiteral("<div style=\"font-weight:600\">") + title + QStringLiteral("</div><div>") + snippet
                      + QStringLiteral("</div>"));
    // In sizeHint() the rect is often empty: lay out for the view's width then.
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget); view && width <= 0)
        width = view->viewport()->width();
    if (width <= 0)
        width = 320;
    document->setTextWidth(std::max(80, width - 2 * Margin));
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    SafeDocument document;
    layout(&document, option, index);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = option.state & QStyle::State_Selected;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(Margin, Margin));
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size() - QSize(Margin, Margin)));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    SafeDocument document;
    layout(&document, option, index);
    return QSize(int(document.idealWidth()) + 2 * Margin, int(document.size().height()) + 2 * Margin);
}

} // namespace payops
