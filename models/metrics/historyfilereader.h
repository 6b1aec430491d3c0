#pragma once

#include "models/metrics/historysource.h"

namespace payops {

class Database;

// Past values from a history file that another process records (a wall beside the recording
// console): each load() reads a HistorySnapshot of the file as it is then, and writes nothing.
// Lives on a worker thread (it uses that thread's connection of `database`, which must outlive it).
class HistoryFileReader final : public HistorySource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFileReader)

public:
    explicit HistoryFileReader(Database &database, QObject *parent = nullptr);

    void load(quint64 requestId, const payops::HistoryQuery &query) override;

private:
    Database &m_database;
};

} // namespace payops
