#pragma once

#include "models/metrics/seriespoint.h"

#include <QList>
#include <QWidget>

namespace payops {

// A tiny line of one series over a sliding window (the TPS of a service over 15 minutes), drawn
// directly with QPainter: no axes, the newest value at the right edge.
class Sparkline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sparkline)

public:
    explicit Sparkline(QWidget *parent = nullptr);

    void setColor(const QColor &color);
    void setWindowMs(qint64 windowMs);
    qint64 windowMs() const { return m_windowMs; }
    // Appends a point (NaN: a gap) and drops what left the window.
    void append(qint64 timestampMs, double value);
    void setPoints(const QList<SeriesPoint> &points);
    // The right edge of the window (the newest snapshot's time): a series that stopped ends early.
    void setNow(qint64 nowMs);
    void setDimmed(bool dimmed);
    const QList<SeriesPoint> &points() const { return m_points; }
    // Less than a quarter of the window is known: "collecting…" instead of a line a few pixels wide.
    bool isCollecting() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void trim();

    QList<SeriesPoint> m_points;
    QColor m_color;
    qint64 m_windowMs = 15 * 60 * 1000;
    qint64 m_nowMs = 0;
    bool m_dimmed = false;
};

} // namespace payops
