#include "models/knowledge/markdowntext.h"

#include "models/knowledge/knowledgetypes.h"

#include <QRegularExpression>
#include <QStringList>

namespace payops {

QString MarkdownText::title(const QString &markdown)
{
    const QStringList lines = markdown.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("# ")))
            return trimmed.mid(2).trimmed();
    }
    return {};
}

QString MarkdownText::toPlainText(const QString &markdown)
{
    static const QRegularExpression link(QStringLiteral(R"(!?\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression separatorRow(QStringLiteral(R"(^\s*\|?\s*:?-{2,}.*$)"));
    static const QRegularExpression headingMark(QStringLiteral(R"(^\s{0,3}#{1,6}\s+)"));
    static const QRegularExpression bullet(QStringLiteral(R"(^\s*([-*+]|\d+[.)])\s+)"));
    static const QRegularExpression emphasis(QStringLiteral(R"((\*\*|__|\*|`))"));
    static const QRegularExpression spaces(QStringLiteral(R"(\s+)"));

    QStringList out;
    const QStringList lines = markdown.split(u'\n');
    bool inFence = false;
    for (QString line : lines) {
        if (line.trimmed().startsWith(QLatin1String("```"))) {
            inFence = !inFence;
            continue;
        }
        if (!inFence) {
            if (separatorRow.match(line).hasMatch())
                continue;
            line.replace(headingMark, QString());
            line.replace(bullet, QString());
            line.replace(link, QStringLiteral("\\1"));
            line.replace(emphasis, QString());
            line.replace(u'|', u' ');
            if (line.trimmed().startsWith(u'>'))
                line = line.trimmed().mid(1);
        }
        line = line.trimmed();
        if (!line.isEmpty())
            out.append(line);
    }
    return out.join(u' ').replace(spaces, QStringLiteral(" "));
}

QString MarkdownText::highlightedHtml(const QString &markedText)
{
    QString html = markedText.toHtmlEscaped();
    html.replace(QChar(KnowledgeHighlightStart), QStringLiteral("<b style=\"background-color:#ffe58a;color:#000\">"));
    html.replace(QChar(KnowledgeHighlightEnd), QStringLiteral("</b>"));
    return html;
}

QString MarkdownText::withoutMarkers(const QString &markedText)
{
    QString text = markedText;
    text.remove(QChar(KnowledgeHighlightStart));
    text.remove(QChar(KnowledgeHighlightEnd));
    return text;
}

} // namespace payops
