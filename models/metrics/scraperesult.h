#pragma once

#include "models/metrics/metricfamily.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace payops {

// What one scrape of one target produced. As Prometheus does, a failed scrape is a result too:
// `up` is false, `error` says why in operator words ("connection refused", "timed out after 3 s",
// "HTTP 500", "malformed metrics at line 17: …") and `families` is empty.
struct ScrapeResult
{
    int targetId = 0;
    QString service;  // e.g. "payment_gateway"
    QString instance; // host:port
    qint64 timestampMs = 0; // when the scrape started
    bool up = false;
    double durationSeconds = 0.0;
    QString error;
    QList<MetricFamily> families;
};

} // namespace payops

Q_DECLARE_METATYPE(payops::ScrapeResult)
