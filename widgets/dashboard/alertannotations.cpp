#include "widgets/dashboard/alertannotations.h"

#include "widgets/contrast.h"
#include "widgets/dashboard/servicepalette.h"

namespace payops {

AlertAnnotations::AlertAnnotations(QCustomPlot *plot)
    : m_plot(plot)
{
}

AlertAnnotations::Mark AlertAnnotations::makeMark()
{
    Mark mark;
    mark.band = new QCPItemRect(m_plot);
    mark.band->setLayer(QStringLiteral("grid")); // behind the lines, like down-time shading
    mark.band->setPen(Qt::NoPen);
    mark.band->setSelectable(false);
    mark.band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    mark.band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    for (QCPItemStraightLine **line : {&mark.fired, &mark.resolved}) {
        *line = new QCPItemStraightLine(m_plot);
        (*line)->setSelectable(false);
        (*line)->point1->setTypeY(QCPItemPosition::ptAxisRectRatio);
        (*line)->point2->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    mark.label = new QCPItemText(m_plot);
    mark.label->setSelectable(false);
    mark.label->setClipToAxisRect(true);
    mark.label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    mark.label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    mark.label->setPadding(QMargins(3, 1, 3, 1));
    return mark;
}

void AlertAnnotations::styleMark(Mark &mark, const AlertSpan &span)
{
    const QColor base = span.severity == AlertRule::Severity::Critical ? ServicePalette::criticalColor()
                                                                       : ServicePalette::warningColor();
    const QColor line = Contrast::readable(base, m_background, 3.0); // a graphical object: 3:1
    // Faint: several alerts of one metric often fire together, and their bands add up.
    QColor band = base;
    band.setAlpha(span.severity == AlertRule::Severity::Critical ? 20 : 16);
    mark.band->setBrush(band);
    mark.fired->setPen(QPen(line, m_lineWidth, Qt::SolidLine));
    mark.resolved->setPen(QPen(line, m_lineWidth, Qt::DashLine));
    mark.label->setFont(m_font);
    mark.label->setColor(Contrast::readable(base, m_background));
    QColor labelBackground = m_background;
    labelBackground.setAlpha(220);
    mark.label->setBrush(labelBackground);
}

bool AlertAnnotations::setSpans(const QList<AlertSpan> &spans, qint64 nowMs)
{
    const bool anyOpen = std::any_of(spans.cbegin(), spans.cend(), [](const AlertSpan &s) { return s.isOpen(); });
    if (spans == m_spans && (!anyOpen || nowMs == m_nowMs))
        return false;
    m_spans = spans;
    m_nowMs = nowMs;
    while (m_marks.size() < m_spans.size())
        m_marks.append(makeMark());
    for (qsizetype i = 0; i < m_marks.size(); ++i) {
        Mark &mark = m_marks[i];
        const bool shown = i < m_spans.size();
        for (QCPAbstractItem *item : std::initializer_list<QCPAbstractItem *>{mark.band, mark.fired, mark.resolved, mark.label})
            item->setVisible(shown);
        if (!shown)
            continue;
        const AlertSpan &span = m_spans[i];
        styleMark(mark, span);
        const double from = double(span.firedMs) / 1000.0;
        const double to = double(span.isOpen() ? std::max(nowMs, span.firedMs) : span.resolvedMs) / 1000.0;
        mark.band->topLeft->setCoords(from, 0.0);
        mark.band->bottomRight->setCoords(to, 1.0);
        mark.fired->point1->setCoords(from, 0.0);
        mark.fired->point2->setCoords(from, 1.0);
        mark.resolved->setVisible(!span.isOpen());
        mark.resolved->point1->setCoords(to, 0.0);
        mark.resolved->point2->setCoords(to, 1.0);
        mark.label->position->setCoords(from, 0.0);
        mark.label->setText(span.service.isEmpty() ? span.ruleName
                                                   : tr("%1 (%2)").arg(span.ruleName, span.service));
    }
    return true;
}

void AlertAnnotations::setStyle(const QFont &font, double lineWidth, const QColor &background)
{
    m_font = font;
    m_lineWidth = lineWidth;
    m_background = background;
    for (qsizetype i = 0; i < m_spans.size() && i < m_marks.size(); ++i)
        styleMark(m_marks[i], m_spans[i]);
}

QString AlertAnnotations::describe(qint64 keyMs) const
{
    QStringList firing;
    for (const AlertSpan &span : m_spans) {
        const qint64 end = span.isOpen() ? m_nowMs : span.resolvedMs;
        if (keyMs >= span.firedMs && keyMs <= end)
            firing.append(span.service.isEmpty() ? tr("%1 firing").arg(span.ruleName)
                                                 : tr("%1 firing on %2").arg(span.ruleName, span.service));
    }
    return firing.join(QLatin1Char('\n'));
}

int AlertAnnotations::visibleMarkCount() const
{
    int count = 0;
    for (const Mark &mark : m_marks)
        count += mark.fired->visible() ? 1 : 0;
    return count;
}

} // namespace payops
