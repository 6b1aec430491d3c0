#pragma once

#include "models/metrics/chunkcodec.h"
#include "models/metrics/historyread.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QReadWriteLock>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace payops {

class Database;

struct HistorySample
{
    int seriesId = 0;
    qint64 timestampMs = 0;
    double value = 0.0;
};

struct HistoryOptions
{
    static constexpr qint64 hourMs = 3600 * 1000;
    qint64 rawRetentionMs = 48 * hourMs;
    qint64 minuteRetentionMs = 30 * 24 * hourMs;
    qint64 hourRetentionMs = 400 * 24 * hourMs;
    // A checkpoint turns the sample log into per-series chunks once the head holds this many
    // points for one series (600 = 10 minutes at 1 s), or the log this many poll cycles.
    int checkpointPointsPerSeries = 600;
    int checkpointLogRows = 2000;
    // Samples kept in memory while the file cannot be written (HistoryBacklog): 200 000 is about
    // 20 MB, half an hour of 100 series at 1 s.
    qsizetype backlogSamples = 200'000;

    // The bytes the history settles at with `series` series sampled every `intervalMs`: raw samples at
    // about 10 bytes each (a varint time delta and a double, ChunkCodec), roll-up rows at about 64 bytes
    // (nine columns and the key, WITHOUT ROWID). An estimate for Preferences, not a promise.
    [[nodiscard]] qint64 estimatedBytes(qint64 series, qint64 intervalMs) const;
};

// Metric history in SQLite, designed for fast appends and fast per-series range reads, after
// Prometheus' head + write-ahead log + chunks:
//  - append() writes one poll cycle as ONE row of the sample log (an append-ordered blob) and
//    commits: the cycle is acknowledged and survives a crash of the application;
//  - the head keeps those samples in memory per series, with the open 1-minute and 1-hour
//    roll-up buckets;
//  - a checkpoint moves the head, in one transaction, into per-series chunk blobs and roll-up
//    rows and empties the log, so reads touch a few blobs per series instead of a row per sample;
//  - after a crash, open() replays the log into the head: exactly what no checkpoint holds yet.
// Writes (open, seriesId, append, checkpoint, enforceRetention) come from one writer thread with
// its own connection; read() may be called from any thread with that thread's connection.
class HistoryStore final
{
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    explicit HistoryStore(HistoryOptions options = {});

    // Writes go through the calling (writer) thread's connection of `database`; no copy of a
    // connection is kept, so the thread's connection can be released when the thread ends.
    // May be called again after it failed.
    [[nodiscard]] std::optional<QString> open(Database &database);

    struct SeriesId
    {
        int id = 0;                  // 0 when it could not be created
        std::optional<QString> error; // why, in words ("History not saved (adding a series): disk full (…)")
    };
    // The id of a series by name ("tps{service=\"payment_gateway\"}"), created on first use.
    [[nodiscard]] SeriesId seriesId(const QString &name);
    // Writes one poll cycle to the sample log and commits. Nothing returned: the cycle is
    // acknowledged (it survives a crash). An error: nothing of the cycle was written, the caller
    // still holds it and may try again; the text names the reason ("History not saved (writing
    // samples): disk full (no space left on the device)"). A checkpoint due afterwards runs here;
    // if it fails the samples stay in the log (nothing lost) and checkpointError() says why until
    // a later one succeeds (retried some cycles later, not on every cycle).
    [[nodiscard]] std::optional<QString> append(const QList<HistorySample> &cycle);
    [[nodiscard]] const std::optional<QString> &checkpointError() const { return m_checkpointError; }
    [[nodiscard]] std::optional<QString> checkpoint();
    [[nodiscard]] std::optional<QString> enforceRetention(qint64 nowMs);
    // New retentions (the other options stay); enforced at the next enforceRetention().
    void setRetention(qint64 rawKeepMs, qint64 minuteKeepMs, qint64 hourKeepMs);

    // Series `name` from `fromMs` to `toMs` at the resolution that fits the range (or the one given).
    [[nodiscard]] HistoryRead read(QSqlDatabase reader, const QString &name, qint64 fromMs, qint64 toMs,
                                   std::optional<HistoryRead::Resolution> resolution = {}) const;
    [[nodiscard]] HistoryRead::Resolution resolutionFor(qint64 fromMs, qint64 toMs, qint64 nowMs) const;
    // The names of every series the history holds (as of open() and the series added since), unsorted:
    // what a reader that does not know the services beforehand (the performance review) asks for.
    [[nodiscard]] QStringList seriesNames() const;

    [[nodiscard]] qsizetype headPointCount() const;

private:
    struct Accumulator
    {
        double min = 0.0, max = 0.0, sum = 0.0, last = 0.0;
        qint64 count = 0, lastMs = 0;
        void add(qint64 timestampMs, double value);
        void merge(const Accumulator &other);
    };
    struct Head
    {
        QList<SeriesPoint> points;
        QMap<qint64, Accumulator> minutes; // by bucket start
        QMap<qint64, Accumulator> hours;
        qint64 lastTimestampMs = std::numeric_limits<qint64>::min();
    };

    void addToHead(const HistorySample &sample);
    bool needsCheckpoint() const;
    struct HeadCopy
    {
        QList<SeriesPoint> points;
        QMap<qint64, Accumulator> buckets;
    };
    HeadCopy copyHead(int id, qint64 resolutionMs, qint64 fromMs, qint64 toMs) const;
    std::optional<QString> readChunks(QSqlDatabase &db, int id, qint64 fromMs, qint64 toMs,
                                      QList<SeriesPoint> &points) const;
    std::optional<QString> readRollups(QSqlDatabase &db, int id, qint64 resolutionMs, qint64 fromMs,
                                       qint64 toMs, QMap<qint64, Accumulator> &buckets) const;

    HistoryOptions m_options;
    QSqlDatabase writer() const;

    Database *m_database = nullptr;
    mutable QMutex m_mutex; // guards m_heads and m_ids against readers on other threads
    QHash<QString, int> m_ids;
    QHash<int, Head> m_heads;
    mutable QReadWriteLock m_checkpointLock; // readers hold a checkpoint off; taken before m_mutex
    int m_logRows = 0;
    int m_largestHead = 0;
    std::optional<QString> m_checkpointError;
    int m_checkpointRetryAt = 0; // m_logRows at which a failed checkpoint is tried again
};

} // namespace payops
