#pragma once

#include <QString>

namespace payops {

class SafeDocument;

// Turns article Markdown into a QTextDocument the same way everywhere (view, editor preview, print,
// PDF): GitHub-flavoured Markdown, tables with visible cell borders and padding. Only into a
// SafeDocument: article text must not make the renderer read local files.
class ArticleRenderer final
{
public:
    ArticleRenderer() = delete;

    static void render(SafeDocument *document, const QString &markdown);
};

} // namespace payops
