#include "widgets/dashboard/chartcrosshair.h"

namespace payops {

namespace {
const QString kLayer = QStringLiteral("crosshair");
}

ChartCrosshair::ChartCrosshair(QCustomPlot *plot, TextProvider textProvider)
    : m_plot(plot)
    , m_textProvider(std::move(textProvider))
{
    if (!m_plot->layer(kLayer))
        m_plot->addLayer(kLayer, m_plot->layer(QStringLiteral("legend")), QCustomPlot::limAbove);
    m_layer = m_plot->layer(kLayer);
    // Buffered (its own paint buffer, redrawn alone on mouse moves) only while shown: every extra
    // buffer costs a clear and a blend of the whole widget on each full replot.
    m_layer->setMode(QCPLayer::lmLogical);

    m_line = new QCPItemStraightLine(m_plot);
    m_line->setLayer(m_layer);
    m_line->setSelectable(false);
    m_line->setVisible(false);

    m_label = new QCPItemText(m_plot);
    m_label->setLayer(m_layer);
    m_label->setSelectable(false);
    m_label->setVisible(false);
    m_label->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_label->setPadding(QMargins(6, 4, 6, 4));
    m_label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
}

void ChartCrosshair::syncTracers()
{
    while (m_tracers.size() > m_plot->graphCount())
        m_plot->removeItem(m_tracers.takeLast());
    while (m_tracers.size() < m_plot->graphCount()) {
        auto *tracer = new QCPItemTracer(m_plot);
        tracer->setLayer(m_layer);
        tracer->setSelectable(false);
        tracer->setStyle(QCPItemTracer::tsCircle);
        tracer->setInterpolating(false);
        tracer->setVisible(false);
        m_tracers.append(tracer);
    }
    for (int i = 0; i < m_tracers.size(); ++i) {
        QCPGraph *graph = m_plot->graph(i);
        m_tracers[i]->setGraph(nullptr); // set when shown: QCPItemTracer complains about empty graphs
        m_tracers[i]->setPen(graph->pen());
        m_tracers[i]->setBrush(graph->pen().color());
    }
}

void ChartCrosshair::showAt(const QPointF &pixel)
{
    QCPAxisRect *rect = m_plot->axisRect();
    if (!rect || !rect->rect().contains(pixel.toPoint())) {
        hide();
        return;
    }
    if (m_tracers.size() != m_plot->graphCount())
        syncTracers();
    const double key = m_plot->xAxis->pixelToCoord(pixel.x());
    m_line->point1->setCoords(key, 0);
    m_line->point2->setCoords(key, 1);
    m_line->setVisible(true);
    for (int i = 0; i < m_tracers.size(); ++i) {
        QCPItemTracer *tracer = m_tracers[i];
        const bool show = m_plot->graph(i)->visible() && !m_plot->graph(i)->data()->isEmpty();
        tracer->setVisible(show);
        if (show) {
            tracer->setGraph(m_plot->graph(i));
            tracer->setGraphKey(key);
        }
    }
    m_label->setText(m_textProvider ? m_textProvider(key) : QString());
    // Keep the label inside the plot: on the cursor's left when in the right half.
    const bool rightHalf = pixel.x() > rect->center().x();
    m_label->position->setCoords(key, 0.02);
    m_label->setPositionAlignment((rightHalf ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    m_label->setVisible(!m_label->text().isEmpty());
    if (m_layer->mode() != QCPLayer::lmBuffered) {
        m_layer->setMode(QCPLayer::lmBuffered);
        m_plot->replot(QCustomPlot::rpQueuedReplot); // sets up the buffers
        return;
    }
    m_layer->replot();
}

void ChartCrosshair::hide()
{
    if (!m_line->visible())
        return;
    m_line->setVisible(false);
    m_label->setVisible(false);
    for (QCPItemTracer *tracer : std::as_const(m_tracers))
        tracer->setVisible(false);
    m_layer->setMode(QCPLayer::lmLogical);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartCrosshair::setStyle(const QFont &font, const QColor &text, const QColor &background, const QColor &line)
{
    m_line->setPen(QPen(line, 1, Qt::DotLine));
    m_label->setFont(font);
    m_label->setColor(text);
    QColor fill = background;
    fill.setAlpha(235);
    m_label->setBrush(fill);
    m_label->setPen(QPen(line));
    const double size = QFontMetricsF(font).height() * 0.45;
    for (QCPItemTracer *tracer : std::as_const(m_tracers))
        tracer->setSize(size);
}

} // namespace payops
