#include "models/metrics/historystore.h"

#include "models/storage/database.h"
#include "models/storage/transaction.h"
#include "models/storage/writefailure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QReadLocker>
#include <QSqlQuery>
#include <QWriteLocker>

#include <cmath>
#include <cstring>

namespace payops {

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = HistoryOptions::hourMs;
constexpr qsizetype logRecordBytes = sizeof(qint32) + sizeof(qint64) + sizeof(double);

QString failure(const char *what, const QString &reason)
{
    return QCoreApplication::translate("HistoryStore", "Metric history: %1 failed (%2)")
        .arg(QCoreApplication::translate("HistoryStore", what), reason);
}

QString failure(const char *what, const QSqlError &error)
{
    return failure(what, error.text());
}

// A write that did not happen, in the operator's words: what the console's banner shows.
QString writeFailure(const char *what, const QString &reason)
{
    return QCoreApplication::translate("HistoryStore", "History not saved (%1): %2")
        .arg(QCoreApplication::translate("HistoryStore", what), reason);
}

// After a failed checkpoint the log keeps the samples; append() tries again this many cycles later,
// not on every cycle (a checkpoint writes every series' chunk: too much to repeat each second).
constexpr int checkpointRetryRows = 60;

qint64 bucketOf(qint64 timestampMs, qint64 widthMs)
{
    return timestampMs - ((timestampMs % widthMs) + widthMs) % widthMs;
}

} // namespace

void HistoryStore::Accumulator::add(qint64 timestampMs, double value)
{
    if (!std::isfinite(value))
        return; // NaN/Inf say "no value" here; the raw history keeps them bit-exact
    min = count ? std::min(min, value) : value;
    max = count ? std::max(max, value) : value;
    sum += value;
    ++count;
    if (timestampMs >= lastMs) {
        last = value;
        lastMs = timestampMs;
    }
}

void HistoryStore::Accumulator::merge(const Accumulator &other)
{
    if (!other.count)
        return;
    min = count ? std::min(min, other.min) : other.min;
    max = count ? std::max(max, other.max) : other.max;
    sum += other.sum;
    count += other.count;
    if (other.lastMs >= lastMs) {
        last = other.last;
        lastMs = other.lastMs;
    }
}

HistoryStore::HistoryStore(HistoryOptions options)
    : m_options(options)
{
}

QSqlDatabase HistoryStore::writer() const
{
    return m_database->connection();
}

std::optional<QString> HistoryStore::open(Database &database)
{
    m_database = &database;
    QSqlQuery query(writer());
    QMutexLocker lock(&m_mutex);
    // open() may be called again after it failed (the recorder retries): start from nothing.
    m_ids.clear();
    m_heads.clear();
    m_logRows = 0;
    m_largestHead = 0;
    m_checkpointError.reset();
    m_checkpointRetryAt = 0;
    if (!query.exec(QStringLiteral("SELECT id, name FROM history_series")))
        return failure(QT_TRANSLATE_NOOP("HistoryStore", "reading the series list"), query.lastError());
    while (query.next())
        m_ids.insert(query.value(1).toString(), query.value(0).toInt());
    if (!query.exec(QStringLiteral("SELECT series_id, MAX(end_ms) FROM history_chunks GROUP BY series_id")))
        return failure(QT_TRANSLATE_NOOP("HistoryStore", "reading the chunk index"), query.lastError());
    while (query.next())
        m_heads[query.value(0).toInt()].lastTimestampMs = query.value(1).toLongLong();

    // Replay what the last checkpoint did not take: exactly the acknowledged, not yet chunked samples.
    if (!query.exec(QStringLiteral("SELECT data FROM history_log ORDER BY seq")))
        return failure(QT_TRANSLATE_NOOP("HistoryStore", "reading the sample log"), query.lastError());
    while (query.next()) {
        const QByteArray blob = query.value(0).toByteArray();
        for (qsizetype at = 0; at + logRecordBytes <= blob.size(); at += logRecordBytes) {
            HistorySample sample;
            qint32 id = 0;
            std::memcpy(&id, blob.constData() + at, sizeof id);
            std::memcpy(&sample.timestampMs, blob.constData() + at + 4, sizeof sample.timestampMs);
            std::memcpy(&sample.value, blob.constData() + at + 12, sizeof sample.value);
            sample.seriesId = id;
            addToHead(sample);
        }
        ++m_logRows;
    }
    return std::nullopt;
}

HistoryStore::SeriesId HistoryStore::seriesId(const QString &name)
{
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_ids.constFind(name); it != m_ids.cend())
            return {*it, {}};
    }
    QSqlQuery query(writer());
    query.prepare(QStringLiteral("INSERT INTO history_series(name) VALUES (?)"));
    query.addBindValue(name);
    if (!query.exec())
        return {0, writeFailure(QT_TRANSLATE_NOOP("HistoryStore", "adding a series"),
                                WriteFailure::reason(writer(), query.lastError().text()))};
    const int id = query.lastInsertId().toInt();
    QMutexLocker lock(&m_mutex);
    m_ids.insert(name, id);
    return {id, {}};
}

void HistoryStore::addToHead(const HistorySample &sample)
{
    Head &head = m_heads[sample.seriesId];
    if (sample.timestampMs <= head.lastTimestampMs)
        return; // out of order or duplicate: the history of a series only moves forward
    head.lastTimestampMs = sample.timestampMs;
    head.points.append({sample.timestampMs, sample.value});
    head.minutes[bucketOf(sample.timestampMs, minuteMs)].add(sample.timestampMs, sample.value);
    head.hours[bucketOf(sample.timestampMs, hourMs)].add(sample.timestampMs, sample.value);
    m_largestHead = std::max(m_largestHead, int(head.points.size()));
}

bool HistoryStore::needsCheckpoint() const
{
    return m_largestHead >= m_options.checkpointPointsPerSeries || m_logRows >= m_options.checkpointLogRows;
}

std::optional<QString> HistoryStore::append(const QList<HistorySample> &cycle)
{
    if (cycle.isEmpty())
        return std::nullopt;
    QByteArray blob(cycle.size() * logRecordBytes, Qt::Uninitialized);
    char *out = blob.data();
    for (const HistorySample &sample : cycle) {
        const qint32 id = sample.seriesId;
        std::memcpy(out, &id, sizeof id);
        std::memcpy(out + 4, &sample.timestampMs, sizeof sample.timestampMs);
        std::memcpy(out + 12, &sample.value, sizeof sample.value);
        out += logRecordBytes;
    }
    QSqlQuery query(writer());
    query.prepare(QStringLiteral("INSERT INTO history_log(data) VALUES (?)"));
    query.addBindValue(blob);
    if (!query.exec())
        return writeFailure(QT_TRANSLATE_NOOP("HistoryStore", "writing samples"),
                            WriteFailure::reason(writer(), query.lastError().text()));
    ++m_logRows;
    {
        QMutexLocker lock(&m_mutex);
        for (const HistorySample &sample : cycle)
            addToHead(sample);
    }
    // The cycle is acknowledged from here on: a checkpoint that fails loses nothing of it.
    if (needsCheckpoint() && m_logRows >= m_checkpointRetryAt) {
        m_checkpointError = checkpoint();
        m_checkpointRetryAt = m_checkpointError ? m_logRows + checkpointRetryRows : 0;
    }
    return std::nullopt;
}

std::optional<QString> HistoryStore::checkpoint()
{
    QWriteLocker noReaders(&m_checkpointLock);
    QMutexLocker lock(&m_mutex);
    // A failure below returns with the transaction rolled back and the head and the log as they were:
    // nothing is lost, the next call retries.
    Transaction transaction(writer());
    if (!transaction.isOpen())
        return writeFailure(QT_TRANSLATE_NOOP("HistoryStore", "moving samples into chunks"),
                            WriteFailure::reason(writer(), transaction.error()));
    QSqlQuery chunk(writer());
    chunk.prepare(QStringLiteral(
        "INSERT INTO history_chunks(series_id, start_ms, end_ms, count, data) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery rollup(writer());
    rollup.prepare(QStringLiteral(
        "INSERT INTO history_rollups(series_id, resolution_ms, bucket_ms, min, max, sum, count, last, last_ms) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT(series_id, resolution_ms, bucket_ms) DO UPDATE SET "
        "min = MIN(min, excluded.min), max = MAX(max, excluded.max), sum = sum + excluded.sum, "
        "count = count + excluded.count, "
        "last = CASE WHEN excluded.last_ms >= last_ms THEN excluded.last ELSE last END, "
        "last_ms = MAX(last_ms, excluded.last_ms)"));
    const auto writeRollups = [&rollup](int id, qint64 widthMs, const QMap<qint64, Accumulator> &buckets) {
        for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
            if (!it->count)
                continue;
            for (const QVariant &v : {QVariant(id), QVariant(widthMs), QVariant(it.key()), QVariant(it->min),
                                      QVariant(it->max), QVariant(it->sum), QVariant(it->count),
                                      QVariant(it->last), QVariant(it->lastMs)})
                rollup.addBindValue(v);
            if (!rollup.exec())
                return false;
        }
        return true;
    };
    for (auto it = m_heads.cbegin(); it != m_heads.cend(); ++it) {
        const Head &head = *it;
        if (!head.points.isEmpty()) {
            chunk.addBindValue(it.key());
            chunk.addBindValue(head.points.constFirst().timestampMs);
            chunk.addBindValue(head.points.constLast().timestampMs);
            chunk.addBindValue(head.points.size());
            chunk.addBindValue(ChunkCodec::encode(head.points));
            if (!chunk.exec())
                return writeFailure(QT_TRANSLATE_NOOP("HistoryStore", "moving samples into chunks"),
                                    WriteFailure::reason(writer(), chunk.lastError().text()));
        }
        if (!writeRollups(it.key(), minuteMs, head.minutes) || !writeRollups(it.key(), hourMs, head.hours))
            return writeFailure(QT_TRANSLATE_NOOP("HistoryStore", "writing roll-ups"),
                                WriteFailure::reason(writer(), rollup.lastError().text()));
    }
    QSqlQuery truncate(writer());
    if (!truncate.exec(QStringLiteral("DELETE FROM history_log")))
        return writeFailure(QT_TRANSLATE_NOOP("HistoryStore", "emptying the sample log"),
                            WriteFailure::reason(writer(), truncate.lastError().text()));
    if (const std::optional<QString> error = transaction.commit())
        return writeFailure(QT_TRANSLATE_NOOP("HistoryStore", "moving samples into chunks"),
                            WriteFailure::reason(writer(), *error));
    for (Head &head : m_heads) {
        head.points.clear();
        head.minutes.clear();
        head.hours.clear();
    }
    m_logRows = 0;
    m_largestHead = 0;
    m_checkpointError.reset();
    m_checkpointRetryAt = 0;
    return std::nullopt;
}

qint64 HistoryOptions::estimatedBytes(qint64 series, qint64 intervalMs) const
{
    constexpr qint64 rawSampleBytes = 10;
    constexpr qint64 rollupRowBytes = 64;
    const qint64 raw = rawRetentionMs / std::max<qint64>(intervalMs, 1) * rawSampleBytes;
    const qint64 rollups = (minuteRetentionMs / (60 * 1000) + hourRetentionMs / hourMs) * rollupRowBytes;
    return series * (raw + rollups);
}

void HistoryStore::setRetention(qint64 rawKeepMs, qint64 minuteKeepMs, qint64 hourKeepMs)
{
    m_options.rawRetentionMs = rawKeepMs;
    m_options.minuteRetentionMs = minuteKeepMs;
    m_options.hourRetentionMs = hourKeepMs;
}

std::optional<QString> HistoryStore::enforceRetention(qint64 nowMs)
{
    Transaction transaction(writer());
    if (!transaction.isOpen())
        return writeFailure(QT_TRANSLATE_NOOP("HistoryStore", "removing expired samples"),
                            WriteFailure::reason(writer(), transaction.error()));
    QSqlQuery query(writer());
    query.prepare(QStringLiteral("DELETE FROM history_chunks WHERE end_ms < ?"));
    query.addBindValue(nowMs - m_options.rawRetentionMs);
    if (!query.exec())
        return writeFailure(QT_TRANSLATE_NOOP("HistoryStore", "removing expired samples"),
                            WriteFailure::reason(writer(), query.lastError().text()));
    query.prepare(QStringLiteral("DELETE FROM history_rollups WHERE resolution_ms = ? AND bucket_ms < ?"));
    for (const auto &[width, retention] : {std::pair{minuteMs, m_options.minuteRetentionMs},
                                           std::pair{hourMs, m_options.hourRetentionMs}}) {
        query.addBindValue(width);
        query.addBindValue(nowMs - retention);
        if (!query.exec())
            return writeFailure(QT_TRANSLATE_NOOP("HistoryStore", "removing expired samples"),
                                WriteFailure::reason(writer(), query.lastError().text()));
    }
    if (const std::optional<QString> error = transaction.commit())
        return writeFailure(QT_TRANSLATE_NOOP("HistoryStore", "removing expired samples"),
                            WriteFailure::reason(writer(), *error));
    return std::nullopt;
}

HistoryRead::Resolution HistoryStore::resolutionFor(qint64 fromMs, qint64 toMs, qint64 nowMs) const
{
    const qint64 span = toMs - fromMs;
    if (fromMs >= nowMs - m_options.rawRetentionMs && span <= m_options.rawRetentionMs)
        return HistoryRead::Resolution::Raw;
    if (fromMs >= nowMs - m_options.minuteRetentionMs && span <= 31 * 24 * hourMs)
        return HistoryRead::Resolution::Minute;
    return HistoryRead::Resolution::Hour;
}

HistoryRead HistoryStore::read(QSqlDatabase reader, const QString &name, qint64 fromMs, qint64 toMs,
                               std::optional<HistoryRead::Resolution> resolution) const
{
    HistoryRead out;
    out.resolution = resolution.value_or(resolutionFor(fromMs, toMs, QDateTime::currentMSecsSinceEpoch()));
    const qint64 resolutionMs = out.resolution == HistoryRead::Resolution::Minute ? minuteMs
                              : out.resolution == HistoryRead::Resolution::Hour   ? hourMs
                                                                                   : 0;
    int id = 0;
    {
        QMutexLocker lock(&m_mutex);
        id = m_ids.value(name);
    }
    if (id == 0)
        return out; // a series never written has no history: an empty answer, not an error

    // A checkpoint moves the head into the file; holding it off while the head is copied and the
    // file is read keeps the two parts from overlapping or leaving a hole.
    QReadLocker consistent(&m_checkpointLock);
    HeadCopy head = copyHead(id, resolutionMs, fromMs, toMs);
    QMap<qint64, Accumulator> buckets;
    out.error = resolutionMs ? readRollups(reader, id, resolutionMs, fromMs, toMs, buckets)
                             : readChunks(reader, id, fromMs, toMs, out.points);
    if (out.error)
        return out;
    if (!resolutionMs) {
        out.points.append(head.points);
        return out;
    }
    for (auto it = head.buckets.cbegin(); it != head.buckets.cend(); ++it)
        buckets[it.key()].merge(*it);
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        if (!it->count)
            continue;
        const RollupPoint point{it.key(), it->min, it->max, it->sum / double(it->count), it->last};
        out.buckets.append(point);
        out.points.append({point.bucketMs, point.average});
    }
    return out;
}

HistoryStore::HeadCopy HistoryStore::copyHead(int id, qint64 resolutionMs, qint64 fromMs, qint64 toMs) const
{
    HeadCopy copy;
    QMutexLocker lock(&m_mutex);
    const auto head = m_heads.constFind(id);
    if (head == m_heads.cend())
        return copy;
    if (!resolutionMs) {
        const auto first = std::lower_bound(head->points.cbegin(), head->points.cend(), fromMs,
                                            [](const SeriesPoint &p, qint64 t) { return p.timestampMs < t; });
        for (auto it = first; it != head->points.cend() && it->timestampMs <= toMs; ++it)
            copy.points.append(*it);
        return copy;
    }
    const QMap<qint64, Accumulator> &open = resolutionMs == minuteMs ? head->minutes : head->hours;
    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        if (it.key() <= toMs && it.key() + resolutionMs > fromMs)
            copy.buckets.insert(it.key(), *it);
    }
    return copy;
}

std::optional<QString> HistoryStore::readChunks(QSqlDatabase &db, int id, qint64 fromMs, qint64 toMs,
                                                QList<SeriesPoint> &points) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT data FROM history_chunks WHERE series_id = ? AND start_ms <= ? "
                                 "AND end_ms >= ? ORDER BY start_ms"));
    query.addBindValue(id);
    query.addBindValue(toMs);
    query.addBindValue(fromMs);
    if (!query.exec())
        return failure(QT_TRANSLATE_NOOP("HistoryStore", "reading samples"), query.lastError());
    while (query.next()) {
        if (!ChunkCodec::decode(query.value(0).toByteArray(), fromMs, toMs, points))
            return QCoreApplication::translate("HistoryStore", "Metric history: a stored chunk is damaged");
    }
    return std::nullopt;
}

std::optional<QString> HistoryStore::readRollups(QSqlDatabase &db, int id, qint64 resolutionMs, qint64 fromMs,
                                                 qint64 toMs, QMap<qint64, Accumulator> &buckets) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT bucket_ms, min, max, sum, count, last, last_ms FROM history_rollups "
                                 "WHERE series_id = ? AND resolution_ms = ? AND bucket_ms BETWEEN ? AND ?"));
    query.addBindValue(id);
    query.addBindValue(resolutionMs);
    query.addBindValue(bucketOf(fromMs, resolutionMs));
    query.addBindValue(toMs);
    if (!query.exec())
        return failure(QT_TRANSLATE_NOOP("HistoryStore", "reading roll-ups"), query.lastError());
    while (query.next()) {
        Accumulator &a = buckets[query.value(0).toLongLong()];
        a.min = query.value(1).toDouble();
        a.max = query.value(2).toDouble();
        a.sum = query.value(3).toDouble();
        a.count = query.value(4).toLongLong();
        a.last = query.value(5).toDouble();
        a.lastMs = query.value(6).toLongLong();
    }
    return std::nullopt;
}

QStringList HistoryStore::seriesNames() const
{
    QMutexLocker lock(&m_mutex);
    return m_ids.keys();
}

qsizetype HistoryStore::headPointCount() const
{
    QMutexLocker lock(&m_mutex);
    qsizetype total = 0;
    for (const Head &head : m_heads)
        total += head.points.size();
    return total;
}

} // namespace payops
