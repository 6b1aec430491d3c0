#pragma once

#include "models/knowledge/knowledgetypes.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

class QPrinter;
class QTextDocument;

namespace payops {

// Prints articles, or the whole knowledge base, as one document: an optional title page with the
// contents, then each article starting on a new page (and each section with a heading page when
// section titles are given).
class KnowledgePdfExporter final
{
    Q_DECLARE_TR_FUNCTIONS(payops::KnowledgePdfExporter)

public:
    KnowledgePdfExporter() = delete;

    // `sectionTitles` (section id -> title) adds section headings and a contents page; leave it
    // empty for a single article.
    [[nodiscard]] static std::unique_ptr<QTextDocument> buildDocument(const QString &documentTitle,
                                                                      const QList<Article> &articles,
                                                                      const QMap<QString, QString> &sectionTitles = {});
    // Writes a PDF file at `path` (A4). Returns an error text in operator words, or std::nullopt.
    [[nodiscard]] static std::optional<QString> exportToPdf(const QString &path, const QString &documentTitle,
                                                            const QList<Article> &articles,
                                                            const QMap<QString, QString> &sectionTitles = {});
    // Prints to a printer the caller configured (e.g. with QPrintDialog).
    static void print(QPrinter *printer, const QString &documentTitle, const QList<Article> &articles,
                      const QMap<QString, QString> &sectionTitles = {});
};

} // namespace payops
