#pragma once

#include "models/tasks/pdfcanvas.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace payops {

// Flowing text on a PdfCanvas, as the console's reports (performance review, post-mortem) lay it out:
// a cursor down the page inside a margin, a new page when something would not fit, headings kept
// with the lines under them, wrapped paragraphs, "label: value" facts and banded tables, in one
// palette.
class PdfLayout final
{
public:
    static constexpr PdfCanvas::Color ink{0.1, 0.1, 0.12};
    static constexpr PdfCanvas::Color muted{0.45, 0.45, 0.5};
    static constexpr PdfCanvas::Color rule{0.8, 0.8, 0.83};
    static constexpr PdfCanvas::Color band{0.94, 0.95, 0.97};
    static constexpr PdfCanvas::Color blue{0.16, 0.42, 0.75};
    static constexpr PdfCanvas::Color red{0.8, 0.2, 0.18};

    // Starts the first page.
    PdfLayout(PdfCanvas &canvas, double margin);

    // Greedy line breaking at spaces; a word wider than the line (or text without spaces, as
    // Chinese) breaks between characters. Each '\n' starts a new line.
    [[nodiscard]] static QStringList wrapped(const QString &text, double size, double width, bool bold = false);

    [[nodiscard]] double margin() const { return m_margin; }
    [[nodiscard]] double width() const { return m_canvas.pageWidth() - 2 * m_margin; }
    [[nodiscard]] double y() const { return m_y; }
    void advance(double by) { m_y += by; }
    // A new page unless `height` more fits on this one.
    void need(double height);
    void heading(const QString &text, double size);
    // Wrapped text at `indent` from the margin.
    void paragraph(const QString &text, double size = 9.5, PdfCanvas::Color color = ink, double indent = 0.0);
    // "Label: value" rows with the labels in a column.
    void facts(const QList<std::pair<QString, QString>> &rows, double size = 9.5);
    // Column widths as shares of the width; the first `leftColumns` columns (names) left-aligned, the
    // others (figures) right-aligned; every other row banded.
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<double> &shares,
               int leftColumns = 1, double size = 7.0);

    [[nodiscard]] PdfCanvas &canvas() { return m_canvas; }

private:
    PdfCanvas &m_canvas;
    double m_margin;
    double m_y;
};

} // namespace payops
