#include "models/metrics/historysnapshot.h"

#include "models/storage/database.h"

#include <QSqlError>

namespace payops {

HistorySnapshot::HistorySnapshot(Database &database)
    : m_connection(database.connection())
{
    if (!m_connection.isOpen()) {
        m_error = m_connection.lastError().text();
        return;
    }
    m_inTransaction = m_connection.transaction();
    m_error = m_store.open(database);
}

HistorySnapshot::~HistorySnapshot()
{
    if (m_inTransaction)
        m_connection.rollback(); // nothing was written: ending the read is all
}

HistoryRead HistorySnapshot::read(const QString &seriesName, qint64 fromMs, qint64 toMs,
                                  std::optional<HistoryRead::Resolution> resolution) const
{
    if (m_error) {
        HistoryRead failed;
        failed.error = m_error;
        return failed;
    }
    return m_store.read(m_connection, seriesName, fromMs, toMs, resolution);
}

} // namespace payops
