#pragma once

#include "models/alerts/alertspans.h"
#include "widgets/dashboard/qcustomplotinclude.h"

namespace payops {

// Firing alerts on a chart: a faint band in the severity's colour over the time each alert fired,
// a solid line at the moment it fired with the rule's name at the top, and a dashed line where it
// resolved. Colours are the dashboard's warning / critical, made readable on the chart's background
// (both themes). Items are reused between updates; only the spans given are drawn.
class AlertAnnotations final
{
    Q_DECLARE_TR_FUNCTIONS(payops::AlertAnnotations)
    Q_DISABLE_COPY_MOVE(AlertAnnotations)

public:
    explicit AlertAnnotations(QCustomPlot *plot);

    // Returns false when nothing changed. `nowMs` ends the band of a span still firing.
    bool setSpans(const QList<AlertSpan> &spans, qint64 nowMs);
    [[nodiscard]] const QList<AlertSpan> &spans() const { return m_spans; }
    void setStyle(const QFont &font, double lineWidth, const QColor &background);
    // The alerts firing at `keyMs`, in words ("HighLatencyCritical firing on payment_backend"), or empty.
    [[nodiscard]] QString describe(qint64 keyMs) const;
    [[nodiscard]] int visibleMarkCount() const;

private:
    struct Mark
    {
        QCPItemRect *band = nullptr;
        QCPItemStraightLine *fired = nullptr;
        QCPItemStraightLine *resolved = nullptr;
        QCPItemText *label = nullptr;
    };
    Mark makeMark();
    void styleMark(Mark &mark, const AlertSpan &span);

    QCustomPlot *m_plot;
    QList<AlertSpan> m_spans;
    QList<Mark> m_marks;
    qint64 m_nowMs = 0;
    QFont m_font;
    double m_lineWidth = 1.4;
    QColor m_background = Qt::white;
};

} // namespace payops
