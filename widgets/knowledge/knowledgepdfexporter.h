#pragma once

#include "models/knowledge/knowledgetypes.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

class QPagedPaintDevice;
class QTextDocument;

namespace payops {

// Prints articles, or the whole knowledge base, as one document: an optional title page with the
// contents, then each article starting on a new page (and each section with a heading page when
// section titles are given).
//
// Qt GUI only (QTextDocument, QPdfWriter): it is built into payops_documents, which links Qt6::Gui and
// no widgets, so the headless payopsctl exports the same PDF as the console (it needs a
// QGuiApplication, e.g. on the offscreen platform, for fonts). Printing on a QPrinter (a
// QPagedPaintDevice) stays possible through print(); the print dialog is the browser's.
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
    // Writes a PDF file at `path` (A4, 18 mm margins) with QPdfWriter. Returns an error text in operator
    // words, or std::nullopt.
    [[nodiscard]] static std::optional<QString> exportToPdf(const QString &path, const QString &documentTitle,
                                                            const QList<Article> &articles,
                                                            const QMap<QString, QString> &sectionTitles = {});
    // Prints to a device the caller configured (e.g. a QPrinter set up with QPrintDialog).
    static void print(QPagedPaintDevice *device, const QString &documentTitle, const QList<Article> &articles,
                      const QMap<QString, QString> &sectionTitles = {});
};

} // namespace payops
