#pragma once

#include "models/metrics/seriespoint.h"

#include <QList>

namespace payops {

// Where nothing was recorded for much longer than the series' usual spacing (the console was not
// running), a line must not bridge the gap as if values had moved smoothly: a NaN point breaks it.
class SeriesGaps final
{
public:
    SeriesGaps() = delete;

    // A gap is longer than `factor` times the median spacing (and at least `minimumMs`).
    static QList<SeriesPoint> broken(const QList<SeriesPoint> &points, double factor = 5.0, qint64 minimumMs = 10'000);
};

} // namespace payops
