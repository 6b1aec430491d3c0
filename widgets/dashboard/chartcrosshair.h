#pragma once

#include "widgets/dashboard/qcustomplotinclude.h"

#include <functional>

namespace payops {

// The crosshair of a chart: a vertical line at the cursor, a dot on each graph at the nearest
// point and a label with the values. It lives on its own buffered layer, so moving the mouse
// redraws only that layer, never the (possibly large) graphs.
class ChartCrosshair final
{
    Q_DISABLE_COPY_MOVE(ChartCrosshair)

public:
    // The label's text for the key (seconds since the epoch) under the cursor.
    using TextProvider = std::function<QString(double key)>;

    ChartCrosshair(QCustomPlot *plot, TextProvider textProvider);

    // Shows the crosshair at a pixel position inside the axis rect (hides it outside).
    void showAt(const QPointF &pixel);
    void hide();
    bool isVisible() const { return m_line->visible(); }
    QString text() const { return m_label->text(); }
    // Call after graphs were added or removed.
    void syncTracers();
    void setStyle(const QFont &font, const QColor &text, const QColor &background, const QColor &line);

private:
    QCustomPlot *m_plot;
    TextProvider m_textProvider;
    QCPLayer *m_layer = nullptr;
    QCPItemStraightLine *m_line = nullptr;
    QCPItemText *m_label = nullptr;
    QList<QCPItemTracer *> m_tracers;
};

} // namespace payops
