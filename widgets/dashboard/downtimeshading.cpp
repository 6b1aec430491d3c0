#include "widgets/dashboard/downtimeshading.h"

#include "widgets/dashboard/servicepalette.h"

namespace payops {

DowntimeShading::DowntimeShading(QCustomPlot *plot)
    : m_plot(plot)
{
}

bool DowntimeShading::setSpans(const QList<DownSpan> &spans)
{
    if (spans == m_spans)
        return false;
    m_spans = spans;
    QColor fill = ServicePalette::criticalColor();
    fill.setAlpha(40);
    while (m_rects.size() < m_spans.size()) {
        auto *rect = new QCPItemRect(m_plot);
        rect->setLayer(QStringLiteral("grid"));
        rect->setPen(Qt::NoPen);
        rect->setBrush(fill);
        rect->setSelectable(false);
        rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        m_rects.append(rect);
    }
    for (qsizetype i = 0; i < m_rects.size(); ++i) {
        QCPItemRect *rect = m_rects[i];
        if (i >= m_spans.size()) {
            rect->setVisible(false);
            continue;
        }
        rect->setVisible(true);
        rect->topLeft->setCoords(double(m_spans[i].fromMs) / 1000.0, 0.0);
        rect->bottomRight->setCoords(double(m_spans[i].toMs) / 1000.0, 1.0);
    }
    return true;
}

QString DowntimeShading::describe(qint64 keyMs) const
{
    QStringList down;
    for (const DownSpan &span : m_spans) {
        if (keyMs >= span.fromMs && keyMs <= span.toMs && !down.contains(span.service))
            down.append(span.service);
    }
    if (down.isEmpty())
        return {};
    return tr("%1 down").arg(down.join(QStringLiteral(", ")));
}

int DowntimeShading::visibleRectCount() const
{
    int count = 0;
    for (const QCPItemRect *rect : m_rects)
        count += rect->visible() ? 1 : 0;
    return count;
}

} // namespace payops
