#include "models/metrics/stringinterner.h"

#include <QRandomGenerator>

#include <cstring>

namespace payops {

namespace {

inline quint64 load64(const char *p)
{
    quint64 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

inline quint64 loadTail(const char *p, qsizetype n) // 0 <= n < 8
{
    quint64 v = 0;
    if (n >= 4) {
        quint32 a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        v = (quint64(a) << 32) | b;
    } else if (n > 0) {
        v = (quint64(quint8(p[0])) << 16) | (quint64(quint8(p[n / 2])) << 8) | quint8(p[n - 1]);
    }
    return v;
}

inline quint64 mix(quint64 h)
{
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ull;
    h ^= h >> 32;
    return h;
}

} // namespace

StringInterner::StringInterner(qsizetype maxEntries, qsizetype maxBytes)
    : m_maxEntries(maxEntries)
    , m_maxBytes(maxBytes)
    // A per-instance seed: label values come from the network, so probe sequences must not be
    // predictable by whoever writes them.
    , m_seed(QRandomGenerator::system()->generate64())
{
}

quint32 StringInterner::hashOf(QByteArrayView bytes) const
{
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    quint64 h = m_seed ^ (quint64(n) * 0x9e3779b97f4a7c15ull);
    while (n > 8) {
        h = mix(h ^ load64(p));
        p += 8;
        n -= 8;
    }
    h = mix(h ^ (n == 8 ? load64(p) : loadTail(p, n)));
    return quint32(h);
}

std::optional<QString> StringInterner::intern(QByteArrayView utf8)
{
    const quint32 hash = hashOf(utf8);
    const qsizetype mask = qsizetype(m_slots.size()) - 1;
    qsizetype i = m_slots.empty() ? 0 : qsizetype(hash) & mask;
    if (!m_slots.empty()) {
        for (;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[size_t(i)];
            if (slot.entry == 0)
                break;
            if (slot.hash == hash) {
                const Entry &entry = m_entries[slot.entry - 1];
                if (entry.keySize == utf8.size()
                    && (utf8.isEmpty() || std::memcmp(m_keys.constData() + entry.keyOffset, utf8.data(), size_t(utf8.size())) == 0))
                    return entry.value;
            }
        }
    }

    if (!utf8.isValidUtf8())
        return std::nullopt;
    QString value = QString::fromUtf8(utf8);
    if (size() >= m_maxEntries || m_keys.size() + utf8.size() > m_maxBytes)
        return value;

    // Keep the load factor at or below 1/2 so probe sequences stay short.
    if ((size() + 1) * 2 > qsizetype(m_slots.size())) {
        grow();
        const qsizetype newMask = qsizetype(m_slots.size()) - 1;
        for (i = qsizetype(hash) & newMask; m_slots[size_t(i)].entry != 0; i = (i + 1) & newMask) { }
    }
    m_entries.push_back(Entry{m_keys.size(), utf8.size(), value});
    m_keys.append(utf8);
    m_slots[size_t(i)] = Slot{hash, quint32(m_entries.size())};
    return value;
}

void StringInterner::grow()
{
    const size_t newSize = m_slots.empty() ? 2048 : m_slots.size() * 2;
    std::vector<Slot> slots(newSize);
    const size_t mask = newSize - 1;
    for (const Slot &slot : m_slots) {
        if (slot.entry == 0)
            continue;
        size_t i = slot.hash & mask;
        while (slots[i].entry != 0)
            i = (i + 1) & mask;
        slots[i] = slot;
    }
    m_slots = std::move(slots);
}

void StringInterner::trimIfFull()
{
    if (size() >= m_maxEntries || m_keys.size() >= m_maxBytes)
        clear();
}

void StringInterner::clear()
{
    m_entries.clear();
    m_slots.clear();
    m_keys.clear();
}

} // namespace payops
