#pragma once

#include "models/metrics/downspan.h"
#include "widgets/dashboard/qcustomplotinclude.h"

namespace payops {

// Down-time spans as translucent red bands over the full height of a chart, behind the lines.
// Rectangles are reused between updates, so a span that grows each poll cycle costs no allocation.
class DowntimeShading final
{
    Q_DECLARE_TR_FUNCTIONS(payops::DowntimeShading)
    Q_DISABLE_COPY_MOVE(DowntimeShading)

public:
    explicit DowntimeShading(QCustomPlot *plot);

    // Returns false when nothing changed (no redraw needed).
    bool setSpans(const QList<DownSpan> &spans);
    const QList<DownSpan> &spans() const { return m_spans; }
    // The services down at `keyMs`, in words ("payment_gateway down"), or empty.
    QString describe(qint64 keyMs) const;
    int visibleRectCount() const;

private:
    QCustomPlot *m_plot;
    QList<DownSpan> m_spans;
    QList<QCPItemRect *> m_rects;
};

} // namespace payops
