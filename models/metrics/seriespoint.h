#pragma once

#include <QtGlobal>

namespace payops {

// One value of one series at one time: what history, charts and PromQL functions pass around.
struct SeriesPoint
{
    qint64 timestampMs = 0;
    double value = 0.0;

    friend bool operator==(const SeriesPoint &, const SeriesPoint &) = default;
};

} // namespace payops
