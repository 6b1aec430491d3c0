#include "widgets/dashboard/thresholdlines.h"

#include "widgets/contrast.h"
#include "widgets/dashboard/servicepalette.h"

#include <cmath>

namespace payops {

ThresholdLines::ThresholdLines(QCustomPlot *plot)
    : m_plot(plot)
{
    m_warning = makeLine(ServicePalette::warningColor());
    m_critical = makeLine(ServicePalette::criticalColor());
}

ThresholdLines::Line ThresholdLines::makeLine(const QColor &color)
{
    Line line;
    line.line = new QCPItemStraightLine(m_plot);
    line.line->setPen(QPen(color, 1.5, Qt::DashLine));
    line.line->setSelectable(false);
    line.line->setVisible(false);
    line.label = new QCPItemText(m_plot);
    line.label->setColor(color);
    line.label->setSelectable(false);
    line.label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    line.label->setPadding(QMargins(2, 0, 4, 1));
    line.label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    line.label->position->setTypeY(QCPItemPosition::ptPlotCoords);
    line.label->setVisible(false);
    return line;
}

void ThresholdLines::setLevels(std::optional<double> warning, std::optional<double> critical, const ChartUnit &unit)
{
    const auto display = [&unit](std::optional<double> canonical) -> std::optional<double> {
        return canonical ? std::optional<double>(unit.toDisplay(*canonical)) : std::nullopt;
    };
    m_warning.value = display(warning);
    m_critical.value = display(critical);
    place(m_warning, m_warning.value,
          m_warning.value ? tr("warning %1").arg(unit.formatAxisValue(*m_warning.value)) : QString());
    place(m_critical, m_critical.value,
          m_critical.value ? tr("critical %1").arg(unit.formatAxisValue(*m_critical.value)) : QString());
}

void ThresholdLines::place(Line &line, std::optional<double> value, const QString &text)
{
    line.line->setVisible(value.has_value());
    line.label->setVisible(value.has_value());
    if (!value)
        return;
    line.line->point1->setCoords(0, *value);
    line.line->point2->setCoords(1, *value);
    line.label->position->setCoords(1.0, *value);
    line.label->setText(text);
}

void ThresholdLines::setStyle(const QFont &font, double lineWidth, const QColor &background)
{
    for (Line *line : {&m_warning, &m_critical}) {
        QPen pen = line->line->pen();
        pen.setWidthF(lineWidth);
        line->line->setPen(pen);
        line->label->setFont(font);
        line->label->setColor(Contrast::readable(pen.color(), background));
        line->label->setBrush(background); // no line runs through the words
    }
}

void ThresholdLines::arrange()
{
    double beside = 1.0;
    if (m_warning.value && m_critical.value) {
        const QCPAxis *axis = m_warning.label->position->valueAxis();
        const QFontMetricsF metrics(m_critical.label->font());
        const double apart = std::abs(axis->coordToPixel(*m_warning.value) - axis->coordToPixel(*m_critical.value));
        const double width = axis->axisRect()->width();
        if (apart < metrics.height() * 1.2 && width > 0) {
            const double critical = metrics.horizontalAdvance(m_critical.label->text()) + metrics.height();
            beside = std::max(0.0, 1.0 - critical / width);
        }
    }
    m_warning.label->position->setCoords(beside, m_warning.value.value_or(0.0));
}

} // namespace payops
