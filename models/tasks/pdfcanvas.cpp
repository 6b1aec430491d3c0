#include "models/tasks/pdfcanvas.h"

#include <QSaveFile>

#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

// Helvetica's advance widths (Adobe's AFM, 1/1000 em) for ' ' .. '~'.
constexpr std::array<int, 95> kHelvetica = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // ' ' .. '/'
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // '0' .. '?'
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // '@' .. 'O'
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // 'P' .. '_'
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // '`' .. 'o'
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};     // 'p' .. '~'

// The WinAnsi byte of a character, or 0 when Helvetica's encoding has none.
unsigned char winAnsi(char16_t c)
{
    if ((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff))
        return static_cast<unsigned char>(c);
    switch (c) {
    case 0x2013: return 0x96; // –
    case 0x2014: return 0x97; // —
    case 0x2026: return 0x85; // …
    case 0x2022: return 0x95; // •
    case 0x2018: return 0x91;
    case 0x2019: return 0x92;
    case 0x201c: return 0x93;
    case 0x201d: return 0x94;
    case 0x20ac: return 0x80; // €
    case 0x2212: return '-';  // minus
    default: return 0;
    }
}

// The text as Helvetica can set it: arrows, which WinAnsi lacks, as "->"; nullopt when a character
// has no WinAnsi code (the text goes to the CJK font whole, so one string keeps one font).
std::optional<QString> forHelvetica(const QString &text)
{
    QString out = text;
    out.replace(u'→', u"->"_s);
    for (const QChar c : std::as_const(out)) {
        if (!winAnsi(c.unicode()))
            return std::nullopt;
    }
    return out;
}

} // namespace

PdfCanvas::PdfCanvas(double pageWidth, double pageHeight)
    : m_width(pageWidth)
    , m_height(pageHeight)
{
}

void PdfCanvas::newPage()
{
    m_pages.append(QByteArray());
}

QByteArray &PdfCanvas::page()
{
    if (m_pages.isEmpty())
        newPage();
    return m_pages.last();
}

QByteArray PdfCanvas::number(double value)
{
    if (!std::isfinite(value))
        value = 0.0;
    QByteArray text = QByteArray::number(value, 'f', 2);
    while (text.contains('.') && (text.endsWith('0') || text.endsWith('.')))
        text.chop(1);
    return text.isEmpty() || text == "-" ? QByteArray("0") : text;
}

QByteArray PdfCanvas::colorOperands(Color color)
{
    return number(color.r) + ' ' + number(color.g) + ' ' + number(color.b);
}

void PdfCanvas::line(double x1, double y1, double x2, double y2, double width, Color color, bool dashed)
{
    polyline({{x1, y1}, {x2, y2}}, width, color, dashed);
}

void PdfCanvas::polyline(const QList<Point> &points, double width, Color color, bool dashed)
{
    if (points.size() < 2)
        return;
    QByteArray &out = page();
    out += "q " + number(width) + " w " + colorOperands(color) + " RG " + (dashed ? "[3 2] 0 d " : "") + '\n';
    bool first = true;
    for (const auto &[x, y] : points) {
        out += number(x) + ' ' + number(m_height - y) + (first ? " m\n" : " l\n");
        first = false;
    }
    out += "S Q\n";
}

void PdfCanvas::fillRect(double x, double y, double w, double h, Color color)
{
    page() += "q " + colorOperands(color) + " rg " + number(x) + ' ' + number(m_height - y - h) + ' ' + number(w) + ' '
              + number(h) + " re f Q\n";
}

void PdfCanvas::strokeRect(double x, double y, double w, double h, double width, Color color)
{
    page() += "q " + number(width) + " w " + colorOperands(color) + " RG " + number(x) + ' ' + number(m_height - y - h)
              + ' ' + number(w) + ' ' + number(h) + " re S Q\n";
}

void PdfCanvas::text(double x, double y, double size, const QString &text, bool bold, Color color)
{
    if (text.isEmpty())
        return;
    QByteArray string;
    QByteArray font;
    if (const std::optional<QString> latin = forHelvetica(text)) {
        font = bold ? "/F2" : "/F1";
        string = "(";
        for (const QChar c : *latin) {
            const char byte = char(winAnsi(c.unicode()));
            if (byte == '(' || byte == ')' || byte == '\\')
                string += '\\';
            string += byte;
        }
        string += ')';
    } else {
        // UCS-2 through the predefined CMap: characters beyond the BMP have no code there.
        m_usesCjk = true;
        font = "/F3";
        string = "<";
        for (const QChar c : text)
            string += QByteArray::number(c.isSurrogate() ? 0x3f : c.unicode(), 16).rightJustified(4, '0');
        string += '>';
    }
    page() += "BT " + font + ' ' + number(size) + " Tf " + colorOperands(color) + " rg " + number(x) + ' '
              + number(m_height - y) + " Td " + string + " Tj ET\n";
}

double PdfCanvas::textWidth(const QString &text, double size, bool bold)
{
    const std::optional<QString> helvetica = forHelvetica(text);
    const bool latin = helvetica.has_value();
    double units = 0.0;
    for (const QChar c : latin ? *helvetica : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7f)
            units += latin ? kHelvetica[size_t(u - 0x20)] : 500.0;
        else
            units += latin ? 556.0 : 1000.0;
    }
    return units * size / 1000.0 * (bold ? 1.06 : 1.0); // Helvetica-Bold runs about 6 % wider
}

QString PdfCanvas::elided(const QString &text, double size, double width, bool bold)
{
    if (textWidth(text, size, bold) <= width)
        return text;
    QString shorter = text;
    while (!shorter.isEmpty() && textWidth(shorter + u'…', size, bold) > width)
        shorter.chop(1);
    return shorter + u'…';
}

QByteArray PdfCanvas::toPdf() const
{
    QList<QByteArray> objects; // object n is objects[n - 1]
    const auto add = [&objects](const QByteArray &body) {
        objects.append(body);
        return qsizetype(objects.size());
    };
    const QList<QByteArray> pages = m_pages.isEmpty() ? QList<QByteArray>{QByteArray()} : m_pages;
    add("<< /Type /Catalog /Pages 2 0 R >>");
    add(QByteArray()); // the page tree, once the pages have numbers
    const qsizetype f1 = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    const qsizetype f2 = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
    QByteArray fonts = "/F1 " + QByteArray::number(f1) + " 0 R /F2 " + QByteArray::number(f2) + " 0 R";
    if (m_usesCjk) {
        const qsizetype descriptor = add(
            "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
            "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
        const qsizetype cid = add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
                                  "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
                                  "/FontDescriptor " + QByteArray::number(descriptor) + " 0 R /DW 1000 /W [1 95 500] >>");
        const qsizetype f3 = add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
                                 "/DescendantFonts [" + QByteArray::number(cid) + " 0 R] >>");
        fonts += " /F3 " + QByteArray::number(f3) + " 0 R";
    }
    QByteArray kids;
    for (const QByteArray &content : pages) {
        const qsizetype stream = add("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
                                     + "endstream");
        const qsizetype pageObject = add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + number(m_width) + ' '
                                         + number(m_height) + "] /Resources << /Font << " + fonts + " >> >> /Contents "
                                         + QByteArray::number(stream) + " 0 R >>");
        kids += QByteArray::number(pageObject) + " 0 R ";
    }
    objects[1] = "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(pages.size()) + " >>";

    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"; // the second line marks the file as binary
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

std::optional<QString> PdfCanvas::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(toPdf());
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace payops
