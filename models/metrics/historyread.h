#pragma once

#include "models/metrics/seriespoint.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace payops {

// min, max, average and last of one series over one roll-up bucket.
struct RollupPoint
{
    qint64 bucketMs = 0;
    double min = 0.0;
    double max = 0.0;
    double average = 0.0;
    double last = 0.0;
};

// One series' answer to a history load (HistorySource), whichever source answered it.
struct HistoryRead
{
    enum class Resolution { Raw, Minute, Hour };
    Resolution resolution = Resolution::Raw;
    QList<SeriesPoint> points;   // raw points, or each bucket's average for roll-ups
    QList<RollupPoint> buckets;  // roll-ups only
    std::optional<QString> error;
};

} // namespace payops

Q_DECLARE_METATYPE(payops::HistoryRead)
