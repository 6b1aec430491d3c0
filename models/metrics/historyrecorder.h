#pragma once

#include "models/metrics/historybacklog.h"
#include "models/metrics/historysource.h"
#include "models/metrics/historystore.h"
#include "models/metrics/metricssnapshot.h"

#include <functional>
#include <memory>
#include <optional>

namespace payops {

class Database;

// Persists every poll cycle's derived values into the metric history and answers range queries.
// Lives on its own thread (HistoryThread) with its own connection: SQLite never runs on the GUI
// thread. Results and errors come back by (queued) signals. Series are named by SeriesKey's text.
//
// When the file cannot be written (disk full, a file size limit, the file made read-only, a lock
// held by another program) nothing stops: every cycle goes into a bounded in-memory backlog first
// and is written from there, oldest first; a failure leaves it there. Each new cycle tries again,
// so writing resumes by itself once space returns, and what was kept is written then. The operator
// is told once when writing starts failing (or fails for another reason) and once when it works
// again; what the backlog had to drop is counted and said.
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
    // Preferences changed how long each resolution is kept: applied now, expired samples removed now.
    void setRetention(qint64 rawKeepMs, qint64 minuteKeepMs, qint64 hourKeepMs);

    [[nodiscard]] qsizetype backlogCycles() const { return m_backlog.cycles(); }

Q_SIGNALS:
    // A problem that is not about writing (expired samples could not be removed, ...); polling goes on.
    void failed(const QString &message);
    // Writing fails, for the first time or now for another reason: the message says why, in words.
    void writeFailing(const QString &message);
    // Writing works again after writeFailing(): the message says what was caught up, and what is missing.
    void writeResumed(const QString &message);
    // A poll cycle is committed: from now on it survives a crash of the application.
    void written(qint64 timestampMs, int samples);

private:
    std::optional<QString> openIfNeeded();
    void writeBacklog();
    std::optional<QString> writeCycle(const HistoryBacklog::Cycle &cycle);
    void setFailure(const std::optional<QString> &error, qsizetype cyclesWritten);

    Database &m_database;
    Clock m_clock;
    std::unique_ptr<HistoryStore> m_store;
    HistoryBacklog m_backlog;
    bool m_open = false;
    qint64 m_lastRetentionMs = 0;
    std::optional<QString> m_failure; // the reason writing fails now; nothing when it works
    qint64 m_droppedCycles = 0;       // while failing
};

} // namespace payops
