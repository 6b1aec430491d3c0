#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace payops {

// Maps UTF-8 byte strings to shared QStrings, so that a scraper parsing the same target again
// and again decodes each metric name, label name and label value once instead of allocating a
// QString per label per scrape. Bounded: once maxEntries or maxBytes is reached, strings are
// still decoded but no longer remembered. Not thread-safe: one instance per parser.
class StringInterner
{
public:
    explicit StringInterner(qsizetype maxEntries = 1 << 16, qsizetype maxBytes = 8 << 20);

    // Decoded QString for utf8; std::nullopt if utf8 is not valid UTF-8.
    std::optional<QString> intern(QByteArrayView utf8);

    // Drops everything once the table is full, so a target whose label values churn does not
    // freeze the cache with stale strings. Call between parses.
    void trimIfFull();
    void clear();
    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    struct Entry
    {
        qsizetype keyOffset; // into m_keys
        qsizetype keySize;
        QString value;
    };
    struct Slot
    {
        quint32 hash = 0;
        quint32 entry = 0; // index + 1 into m_entries; 0 = empty
    };

    quint32 hashOf(QByteArrayView bytes) const;
    void grow();

    std::vector<Entry> m_entries;
    QByteArray m_keys; // all keys back to back: one allocation instead of one per string
    std::vector<Slot> m_slots; // open addressing, power-of-two size
    qsizetype m_maxEntries;
    qsizetype m_maxBytes;
    quint64 m_seed;
};

} // namespace payops
