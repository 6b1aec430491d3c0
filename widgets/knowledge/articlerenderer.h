#pragma once

#include <QString>

class QTextDocument;

namespace payops {

// Turns article Markdown into a QTextDocument the same way everywhere (view, editor preview, print,
// PDF): GitHub-flavoured Markdown, tables with visible cell borders and padding.
class ArticleRenderer final
{
public:
    ArticleRenderer() = delete;

    static void render(QTextDocument *document, const QString &markdown);
};

} // namespace payops
