#include "widgets/knowledge/knowledgepdfexporter.h"

#include "widgets/knowledge/articlerenderer.h"
#include "widgets/knowledge/safedocument.h"
#include "models/knowledge/knowledgelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextList>

namespace payops {

namespace {

void breakPageBefore(QTextDocument *document, int position)
{
    QTextCursor cursor(document);
    cursor.setPosition(position);
    QTextBlockFormat format;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.mergeBlockFormat(format);
}

void insertHeading(QTextCursor &cursor, const QString &text, int level)
{
    QTextBlockFormat block;
    block.setHeadingLevel(level);
    block.setBottomMargin(12);
    QTextCharFormat chars;
    chars.setFontWeight(QFont::Bold);
    chars.setFontPointSize(level == 1 ? 22 : 16);
    cursor.insertBlock(block, chars);
    cursor.insertText(text);
}

} // namespace

std::unique_ptr<QTextDocument> KnowledgePdfExporter::buildDocument(const QString &documentTitle,
                                                                   const QList<Article> &articles,
                                                                   const QMap<QString, QString> &sectionTitles)
{
    auto document = std::make_unique<SafeDocument>(); // the articles' images resolve here too
    document->setMetaInformation(QTextDocument::DocumentTitle, documentTitle);
    QTextCursor cursor(document.get());
    bool first = true;

    if (!sectionTitles.isEmpty()) {
        // Title page with the contents, grouped by section.
        insertHeading(cursor, documentTitle, 1);
        QString section;
        for (const Article &article : articles) {
            if (article.sectionId != section) {
                section = article.sectionId;
                insertHeading(cursor, sectionTitles.value(section, section), 2);
            }
            QTextBlockFormat item;
            item.setIndent(1);
            cursor.insertBlock(item, QTextCharFormat());
            cursor.insertText(article.title);
        }
        first = false;
    }

    QString section;
    for (const Article &article : articles) {
        if (!first)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        const int start = cursor.position();
        if (!sectionTitles.isEmpty() && article.sectionId != section) {
            section = article.sectionId;
            QTextCharFormat small;
            small.setForeground(Qt::darkGray);
            cursor.insertText(sectionTitles.value(section, section), small);
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        }
        SafeDocument part;
        ArticleRenderer::render(&part, article.body);
        cursor.insertFragment(QTextDocumentFragment(&part));
        if (!first)
            breakPageBefore(document.get(), start);
        first = false;
    }
    return document;
}

std::optional<QString> KnowledgePdfExporter::exportToPdf(const QString &path, const QString &documentTitle,
                                                         const QList<Article> &articles,
                                                         const QMap<QString, QString> &sectionTitles)
{
    if (articles.isEmpty())
        return tr("There is nothing to export.");
    const QFileInfo info(path);
    if (path.isEmpty() || !info.absoluteDir().exists())
        return tr("The folder of %1 does not exist.").arg(QDir::toNativeSeparators(path));
    {
        // QPrinter reports no errors: check that the file can be written before printing into it.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), probe.errorString());
    }
    QPdfWriter writer(path);
    writer.setResolution(1200); // what QPrinter::HighResolution gives a PDF
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setTitle(documentTitle);
    writer.setCreator(QStringLiteral("PayOps"));
    print(&writer, documentTitle, articles, sectionTitles);
    if (QFileInfo(path).size() == 0)
        return tr("%1 could not be written.").arg(QDir::toNativeSeparators(path));
    qCInfo(lcKnowledge).noquote() << "exported" << articles.size() << "articles to" << path;
    return std::nullopt;
}

void KnowledgePdfExporter::print(QPagedPaintDevice *device, const QString &documentTitle,
                                 const QList<Article> &articles, const QMap<QString, QString> &sectionTitles)
{
    const std::unique_ptr<QTextDocument> document = buildDocument(documentTitle, articles, sectionTitles);
    document->print(device);
}

} // namespace payops
