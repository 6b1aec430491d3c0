#pragma once

#include "models/metrics/derivedmetric.h"

#include <QHashFunctions>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace payops {

// Names one series of a derived metric: the metric, and optionally the service and the peer it is
// about. Its text form is the name under which the history keeps the series (history_series.name)
// and the one way a series is written down anywhere:
//   tps
//   tps{service="payment_gateway"}
//   external_latency_p95{peer="bank",service="payment_backend"}
// Labels in name order, empty ones left out; values escaped as in Prometheus' exposition text
// (\\, \", \n), so no value (a scraped peer such as `x",service="y`) can read as another series.
// parse() accepts exactly what toString() writes: parse(k.toString()) == k for every key.
struct SeriesKey
{
    QString metric;
    QString service; // empty: all services together
    QString peer;    // empty: all peers together

    SeriesKey() = default;
    explicit SeriesKey(QString metricName, QString serviceName = {}, QString peerName = {})
        : metric(std::move(metricName))
        , service(std::move(serviceName))
        , peer(std::move(peerName))
    {
    }
    explicit SeriesKey(DerivedMetricId id, QString serviceName = {}, QString peerName = {});

    [[nodiscard]] QString toString() const;
    // nullopt when text is not a series name as toString() writes it.
    [[nodiscard]] static std::optional<SeriesKey> parse(QStringView text);

    bool isEmpty() const { return metric.isEmpty(); }

    friend bool operator==(const SeriesKey &, const SeriesKey &) = default;
    // Any strict order, for sorted containers: by metric, service, peer.
    friend bool operator<(const SeriesKey &a, const SeriesKey &b);
    friend size_t qHash(const SeriesKey &key, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, key.metric, key.service, key.peer);
    }
};

} // namespace payops

Q_DECLARE_METATYPE(payops::SeriesKey)
