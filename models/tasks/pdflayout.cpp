#include "models/tasks/pdflayout.h"

#include <algorithm>

namespace payops {

PdfLayout::PdfLayout(PdfCanvas &canvas, double margin)
    : m_canvas(canvas)
    , m_margin(margin)
    , m_y(margin)
{
    m_canvas.newPage();
}

QStringList PdfLayout::wrapped(const QString &text, double size, double width, bool bold)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        QString line;
        const auto flushWord = [&](QString word) {
            const QString candidate = line.isEmpty() ? word : QString(line + u' ' + word);
            if (PdfCanvas::textWidth(candidate, size, bold) <= width) {
                line = candidate;
                return;
            }
            if (!line.isEmpty()) {
                lines << line;
                line.clear();
            }
            while (PdfCanvas::textWidth(word, size, bold) > width && word.size() > 1) {
                qsizetype fits = 1;
                while (fits < word.size() && PdfCanvas::textWidth(word.left(fits + 1), size, bold) <= width)
                    ++fits;
                lines << word.left(fits);
                word = word.mid(fits);
            }
            line = word;
        };
        const QStringList words = paragraph.split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty()) {
            lines << QString();
            continue;
        }
        for (const QString &word : words)
            flushWord(word);
        lines << line;
    }
    return lines;
}

void PdfLayout::need(double height)
{
    if (m_y + height > m_canvas.pageHeight() - m_margin) {
        m_canvas.newPage();
        m_y = m_margin;
    }
}

void PdfLayout::heading(const QString &text, double size)
{
    need(size * 2.2 + 20.0); // a heading stays with the first lines under it
    m_y += size * 1.4;
    m_canvas.text(m_margin, m_y, size, PdfCanvas::elided(text, size, width(), true), true, ink);
    m_y += size * 0.6;
}

void PdfLayout::paragraph(const QString &text, double size, PdfCanvas::Color color, double indent)
{
    for (const QString &line : wrapped(text, size, width() - indent)) {
        need(size * 1.45);
        m_y += size * 1.3;
        m_canvas.text(m_margin + indent, m_y, size, line, false, color);
        m_y += size * 0.15;
    }
}

void PdfLayout::facts(const QList<std::pair<QString, QString>> &rows, double size)
{
    double labelWidth = 0.0;
    for (const auto &[label, value] : rows)
        labelWidth = std::max(labelWidth, PdfCanvas::textWidth(label, size, true));
    labelWidth = std::min(labelWidth + 10.0, width() * 0.4);
    for (const auto &[label, value] : rows) {
        const QStringList lines = wrapped(value, size, width() - labelWidth);
        need(size * 1.45 * double(std::max<qsizetype>(1, lines.size())));
        m_y += size * 1.3;
        m_canvas.text(m_margin, m_y, size, PdfCanvas::elided(label, size, labelWidth - 6.0, true), true, ink);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                m_y += size * 1.3;
            m_canvas.text(m_margin + labelWidth, m_y, size, lines.at(i), false, ink);
        }
        m_y += size * 0.15;
    }
}

void PdfLayout::table(const QStringList &header, const QList<QStringList> &rows, const QList<double> &shares,
                      int leftColumns, double size)
{
    const double rowHeight = size * 1.9;
    const auto drawRow = [&](const QStringList &cells, bool bold, bool banded) {
        need(rowHeight);
        if (banded)
            m_canvas.fillRect(m_margin, m_y, width(), rowHeight, band);
        double x = m_margin;
        for (qsizetype i = 0; i < cells.size() && i < shares.size(); ++i) {
            const double w = shares.at(i) * width();
            const QString text = PdfCanvas::elided(cells.at(i), size, w - 4.0, bold);
            const double tx = i < leftColumns ? x + 2.0 : x + w - 2.0 - PdfCanvas::textWidth(text, size, bold);
            m_canvas.text(tx, m_y + rowHeight * 0.68, size, text, bold, ink);
            x += w;
        }
        m_y += rowHeight;
    };
    need(rowHeight * 2);
    drawRow(header, true, false);
    m_canvas.line(m_margin, m_y, m_margin + width(), m_y, 0.6, rule);
    for (qsizetype i = 0; i < rows.size(); ++i)
        drawRow(rows.at(i), false, i % 2 == 1);
    m_y += 4.0;
}

} // namespace payops
