#pragma once

#include "models/metrics/historysource.h"
#include "models/metrics/historystore.h"
#include "models/metrics/metricssnapshot.h"

#include <functional>
#include <memory>

namespace payops {

class Database;

// Persists every poll cycle's derived values into the metric history and answers range queries.
// Lives on its own thread (HistoryThread) with its own connection: SQLite never runs on the GUI
// thread. Results and errors come back by (queued) signals. Series are named by SeriesKey's text.
class HistoryRecorder final : public HistorySource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryRecorder)

public:
    using Clock = std::function<qint64()>;

    explicit HistoryRecorder(Database &database, HistoryOptions options = {}, Clock clock = {},
                             QObject *parent = nullptr);
    ~HistoryRecorder() override;

    // Slots, called through queued connections or QMetaObject::invokeMethod.
    void start();
    void record(const payops::MetricsSnapshot &snapshot);
    void load(quint64 requestId, const payops::HistoryQuery &query) override;
    void enforceRetention();

Q_SIGNALS:
    // Something went wrong with the history file; polling goes on, the message says what in words.
    void failed(const QString &message);

private:
    Database &m_database;
    Clock m_clock;
    std::unique_ptr<HistoryStore> m_store;
    bool m_open = false;
    qint64 m_lastRetentionMs = 0;
};

} // namespace payops
