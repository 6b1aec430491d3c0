#pragma once

#include "models/knowledge/knowledgetypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace payops {

// Writes articles as Markdown files, one per article, named after the article id ("<id>.md"), with
// the article's current text as stored (the same Markdown the console shows and edits). Each file
// is written atomically (QSaveFile); an existing file of the same name is replaced.
class KnowledgeMarkdownExporter final
{
    Q_DECLARE_TR_FUNCTIONS(payops::KnowledgeMarkdownExporter)

public:
    KnowledgeMarkdownExporter() = delete;

    struct Result
    {
        QStringList files; // absolute paths written, in the articles' order
        QString error;     // in words; files written before the failure stay

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    // Creates `folder` if needed.
    [[nodiscard]] static Result exportTo(const QString &folder, const QList<Article> &articles);
    // "<id>.md", with characters other than letters, digits, '-', '_' and '.' replaced by '-'.
    [[nodiscard]] static QString fileNameFor(const Article &article);
};

} // namespace payops
