#pragma once

#include "models/metrics/historyread.h"
#include "models/metrics/serieskey.h"

#include <QList>
#include <QMetaType>
#include <QObject>

#include <optional>

namespace payops {

// What a history load asks for: some series over [fromMs, toMs], at a resolution or, when none is
// given, at the one that fits the range (the source decides: roll-ups for long ranges in SQLite, a
// step of range / 1000 in Prometheus).
struct HistoryQuery
{
    QList<SeriesKey> series;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    std::optional<HistoryRead::Resolution> resolution;
};

// Where past values of series come from: the SQLite history (HistoryRecorder) or a Prometheus
// server (PrometheusSource). Views depend on this interface only.
//
// The contract: load() answers exactly once per call with loaded(), the same request id and the
// series in the order asked, one HistoryRead each (an error in words in HistoryRead::error, never
// a missing entry). Implementations live on a worker thread: call load() through a queued
// connection; loaded() arrives queued on the caller's thread.
class HistorySource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistorySource)

public:
    using QObject::QObject;
    ~HistorySource() override = default;

    // Slot.
    virtual void load(quint64 requestId, const payops::HistoryQuery &query) = 0;

Q_SIGNALS:
    void loaded(quint64 requestId, const QList<payops::SeriesKey> &series, const QList<payops::HistoryRead> &reads);
};

} // namespace payops

Q_DECLARE_METATYPE(payops::HistoryQuery)
