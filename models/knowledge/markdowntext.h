#pragma once

#include <QString>

namespace payops {

// Small helpers for the article Markdown, without QtGui (models link Core only).
class MarkdownText final
{
public:
    MarkdownText() = delete;

    // The text of the first level-1 heading ("# Title"), or an empty string.
    [[nodiscard]] static QString title(const QString &markdown);
    // The text a reader sees, without Markdown syntax: heading marks, emphasis, code ticks, table pipes
    // and separator rows, list bullets, link targets ("[text](url)" -> "text"). Line structure is kept
    // as single spaces so search snippets read like prose.
    [[nodiscard]] static QString toPlainText(const QString &markdown);
    // Escapes `text` for HTML and turns the highlight markers into <b> spans with a background.
    [[nodiscard]] static QString highlightedHtml(const QString &markedText);
    // `markedText` without the highlight markers.
    [[nodiscard]] static QString withoutMarkers(const QString &markedText);
};

} // namespace payops
