#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace payops {

// A small PDF 1.4 writer for reports: pages of lines, polylines, filled rectangles and text, in
// points (A4 by default), origin at the top left, y downwards.
//
// Why not QPdfWriter + QPainter: payops_models links Qt Core only (no Qt Gui: the layering), and the
// task that writes the report runs in `payopsctl tasks run-due` under a systemd timer — a
// QCoreApplication with no platform — where QPainter could not even lay out text (QFont needs a
// QGuiApplication). A report of tables and line charts needs none of that: text is set in the PDF's
// standard fonts, which every reader has and which need no embedding — Helvetica for Latin text
// (WinAnsi), and Adobe's predefined STSong-Light (Adobe-GB1, UCS-2) for text with Chinese characters,
// which readers map to an installed CJK font. Widths are Helvetica's metrics (AFM), for layout.
class PdfCanvas final
{
    Q_DECLARE_TR_FUNCTIONS(payops::PdfCanvas)

public:
    struct Color
    {
        double r, g, b; // 0..1 (no member initialisers: {} as a default argument inside the class needs none)
    };
    using Point = std::pair<double, double>;

    explicit PdfCanvas(double pageWidth = 595.0, double pageHeight = 842.0);

    [[nodiscard]] double pageWidth() const { return m_width; }
    [[nodiscard]] double pageHeight() const { return m_height; }
    [[nodiscard]] int pageCount() const { return int(m_pages.size()); }

    void newPage();
    void line(double x1, double y1, double x2, double y2, double width, Color color, bool dashed = false);
    void polyline(const QList<Point> &points, double width, Color color, bool dashed = false);
    void fillRect(double x, double y, double w, double h, Color color);
    void strokeRect(double x, double y, double w, double h, double width, Color color);
    // `y` is the baseline.
    void text(double x, double y, double size, const QString &text, bool bold = false, Color color = {});
    [[nodiscard]] static double textWidth(const QString &text, double size, bool bold = false);
    // The longest start of `text` (with "…") that fits in `width`.
    [[nodiscard]] static QString elided(const QString &text, double size, double width, bool bold = false);

    [[nodiscard]] QByteArray toPdf() const;
    // Writes the file (atomically: a reader never sees half a PDF); the reason in words on failure.
    [[nodiscard]] std::optional<QString> save(const QString &path) const;

private:
    QByteArray &page();
    static QByteArray number(double value);
    static QByteArray colorOperands(Color color);

    double m_width;
    double m_height;
    QList<QByteArray> m_pages; // content streams
    bool m_usesCjk = false;
};

} // namespace payops
