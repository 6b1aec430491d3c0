#pragma once

#include "widgets/dashboard/chartunit.h"
#include "widgets/dashboard/qcustomplotinclude.h"

#include <optional>

namespace payops {

// A chart's warning and critical levels: dashed horizontal lines across the plot with a label at
// the right end ("critical 1,000 ms"). The items belong to the plot; this only keeps them in step.
class ThresholdLines final
{
    Q_DECLARE_TR_FUNCTIONS(payops::ThresholdLines)
    Q_DISABLE_COPY_MOVE(ThresholdLines)

public:
    explicit ThresholdLines(QCustomPlot *plot);

    // Levels in the metric's canonical unit; std::nullopt hides a line.
    void setLevels(std::optional<double> warning, std::optional<double> critical, const ChartUnit &unit);
    // Levels as plotted (display unit).
    std::optional<double> warning() const { return m_warning.value; }
    std::optional<double> critical() const { return m_critical.value; }
    // Labels in `font`, coloured to be readable on `background`.
    void setStyle(const QFont &font, double lineWidth, const QColor &background);
    // Puts the warning label beside the critical one when the lines are too close for a label
    // each (call once the axes have their range and the plot its layout).
    void arrange();

    QCPItemStraightLine *warningLine() const { return m_warning.line; }
    QCPItemStraightLine *criticalLine() const { return m_critical.line; }
    QCPItemText *warningLabel() const { return m_warning.label; }
    QCPItemText *criticalLabel() const { return m_critical.label; }

private:
    struct Line
    {
        QCPItemStraightLine *line = nullptr;
        QCPItemText *label = nullptr;
        std::optional<double> value;
    };
    Line makeLine(const QColor &color);
    void place(Line &line, std::optional<double> value, const QString &text);

    QCustomPlot *m_plot;
    Line m_warning;
    Line m_critical;
};

} // namespace payops
