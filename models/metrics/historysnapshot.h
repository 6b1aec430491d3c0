#pragma once

#include "models/metrics/historystore.h"

#include <QSqlDatabase>

#include <optional>

namespace payops {

class Database;

// The metric history as of one moment, for whoever reads it without recording it: the performance
// review, the postmortem, a wall beside the recording console. One read transaction on the calling
// thread's connection holds the moment, so the store's replay of the sample log and every read see
// the same file: a checkpoint by the recorder in between counts no sample twice and loses none.
// Writes nothing (a read-only file is fine). Lives on one thread, briefly: the read ends with it.
class HistorySnapshot final
{
    Q_DISABLE_COPY_MOVE(HistorySnapshot)

public:
    explicit HistorySnapshot(Database &database);
    ~HistorySnapshot();

    // Why the history cannot be read, in words (untranslated SQLite or store text); nothing when it can.
    [[nodiscard]] const std::optional<QString> &error() const { return m_error; }
    [[nodiscard]] HistoryRead read(const QString &seriesName, qint64 fromMs, qint64 toMs,
                                   std::optional<HistoryRead::Resolution> resolution = {}) const;
    [[nodiscard]] QStringList seriesNames() const { return m_store.seriesNames(); }

private:
    QSqlDatabase m_connection;
    bool m_inTransaction = false;
    HistoryStore m_store;
    std::optional<QString> m_error;
};

} // namespace payops
