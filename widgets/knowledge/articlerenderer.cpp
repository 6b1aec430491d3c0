#include "widgets/knowledge/articlerenderer.h"

#include "widgets/knowledge/safedocument.h"

#include <QTextFrame>
#include <QTextTable>

namespace payops {

void ArticleRenderer::render(SafeDocument *document, const QString &markdown)
{
    document->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    document->setDocumentMargin(12);
    QTextFrame *root = document->rootFrame();
    const QList<QTextFrame *> frames = root->childFrames();
    for (QTextFrame *frame : frames) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = table->format();
            format.setBorder(1);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderCollapse(true);
            format.setCellPadding(4);
            format.setCellSpacing(0);
            table->setFormat(format);
        }
    }
}

} // namespace payops
