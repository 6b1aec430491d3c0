#pragma once

#include <QColor>
#include <QString>

namespace payops {

// One line of a MetricChart: what it is (key: the history series name), how the legend calls it
// and how it looks.
struct ChartSeries
{
    QString key;
    QString label;
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;

    friend bool operator==(const ChartSeries &, const ChartSeries &) = default;
};

} // namespace payops
