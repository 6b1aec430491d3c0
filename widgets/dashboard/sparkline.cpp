#include "widgets/dashboard/sparkline.h"

#include "widgets/contrast.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace payops {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
    , m_color(palette().color(QPalette::Text))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

void Sparkline::setColor(const QColor &color)
{
    m_color = color;
    update();
}

void Sparkline::setWindowMs(qint64 windowMs)
{
    m_windowMs = std::max<qint64>(windowMs, 1000);
    trim();
    update();
}

void Sparkline::append(qint64 timestampMs, double value)
{
    if (!m_points.isEmpty() && timestampMs <= m_points.constLast().timestampMs)
        return;
    m_points.append({timestampMs, value});
    m_nowMs = std::max(m_nowMs, timestampMs);
    trim();
    update();
}

void Sparkline::setPoints(const QList<SeriesPoint> &points)
{
    m_points = points;
    if (!m_points.isEmpty())
        m_nowMs = std::max(m_nowMs, m_points.constLast().timestampMs);
    trim();
    update();
}

void Sparkline::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    trim();
    update();
}

void Sparkline::setDimmed(bool dimmed)
{
    if (dimmed == m_dimmed)
        return;
    m_dimmed = dimmed;
    update();
}

void Sparkline::trim()
{
    const qint64 cutoff = m_nowMs - m_windowMs;
    qsizetype drop = 0;
    while (drop < m_points.size() && m_points[drop].timestampMs < cutoff)
        ++drop;
    if (drop > 0)
        m_points.remove(0, drop);
}

QSize Sparkline::sizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(line * 12, int(line * 2.2));
}

QSize Sparkline::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(line * 4, int(line * 1.6));
}

bool Sparkline::isCollecting() const
{
    return m_points.size() < 2 || m_points.constLast().timestampMs - m_points.constFirst().timestampMs < m_windowMs / 4;
}

void Sparkline::paintEvent(QPaintEvent *)
{
    if (isCollecting()) {
        // A line over a few pixels says nothing: say why there is none yet.
        QPainter painter(this);
        painter.setPen(Contrast::readable(palette().color(QPalette::PlaceholderText), palette().color(QPalette::Base)));
        painter.drawText(rect(), Qt::AlignCenter, tr("collecting\u2026"));
        return;
    }
    double low = 0;
    double high = 0;
    bool any = false;
    for (const SeriesPoint &point : std::as_const(m_points)) {
        if (!std::isfinite(point.value))
            continue;
        low = any ? std::min(low, point.value) : point.value;
        high = any ? std::max(high, point.value) : point.value;
        any = true;
    }
    if (!any)
        return;
    // The trend matters here, not the zero line: fit the values with a little room around them.
    const double pad = std::max((high - low) * 0.15, std::fabs(high) * 0.02);
    low -= pad;
    high += pad;
    if (high <= low)
        high = low + 1.0;

    const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -2);
    const qint64 from = m_nowMs - m_windowMs;
    const auto x = [&](qint64 t) { return area.left() + area.width() * double(t - from) / double(m_windowMs); };
    const auto y = [&](double v) { return area.bottom() - area.height() * (v - low) / (high - low); };

    QPainterPath line;
    QPainterPath fill;
    bool open = false;
    double segmentStart = 0;
    double lastX = 0;
    const auto closeSegment = [&] {
        if (!open)
            return;
        fill.lineTo(lastX, area.bottom());
        fill.lineTo(segmentStart, area.bottom());
        fill.closeSubpath();
        open = false;
    };
    for (const SeriesPoint &point : std::as_const(m_points)) {
        if (!std::isfinite(point.value)) {
            closeSegment();
            continue;
        }
        const QPointF at(x(point.timestampMs), y(point.value));
        if (!open) {
            line.moveTo(at);
            fill.moveTo(at.x(), area.bottom());
            fill.lineTo(at);
            segmentStart = at.x();
            open = true;
        } else {
            line.lineTo(at);
            fill.lineTo(at);
        }
        lastX = at.x();
    }
    closeSegment();

    QColor color = m_dimmed ? palette().color(QPalette::Disabled, QPalette::Text) : m_color;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fillColor = color;
    fillColor.setAlpha(45);
    painter.fillPath(fill, fillColor);
    painter.setPen(QPen(color, std::max(1.0, fontMetrics().height() / 11.0), Qt::SolidLine, Qt::RoundCap,
                        Qt::RoundJoin));
    painter.drawPath(line);
}

} // namespace payops
