#pragma once

#include "models/metrics/seriespoint.h"

#include <QList>
#include <QString>

namespace payops {

// A time when a service was down (no instance up), shaded on charts.
struct DownSpan
{
    QString service;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool ongoing = false; // still down at the newest point

    friend bool operator==(const DownSpan &, const DownSpan &) = default;

    // Spans from a service's `up` series (share of instances up, 0 = down): from the first zero to
    // the next point above zero; a span still open at the last point ends at max(last, endMs).
    // NaN points (no scrape recorded) neither start nor end a span.
    static QList<DownSpan> fromUpSeries(const QString &service, const QList<SeriesPoint> &up, qint64 endMs);
};

} // namespace payops
