#pragma once

#include "models/metrics/serieskey.h"

#include <QColor>
#include <QString>

namespace payops {

// One line of a MetricChart: what it is (key: the series), how the legend calls it
// and how it looks.
struct ChartSeries
{
    SeriesKey key;
    QString label;
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;

    friend bool operator==(const ChartSeries &, const ChartSeries &) = default;
};

} // namespace payops
