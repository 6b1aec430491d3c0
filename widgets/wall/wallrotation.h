#pragma once

#include <QPoint>
#include <QStringList>

namespace payops {

// Which of the wall's pages shows at a time: each for `dwellMs` in turn, counted from restart()
// (after a focused service is released, rotation starts again at the first page). Times come from
// the wall's clock, so tests drive it without waiting.
class WallRotation final
{
public:
    WallRotation(QStringList pages, qint64 dwellMs);

    void restart(qint64 nowMs) { m_startMs = nowMs; }
    QString pageAt(qint64 nowMs) const;
    const QStringList &pages() const { return m_pages; }
    qint64 dwellMs() const { return m_dwellMs; }

private:
    QStringList m_pages;
    qint64 m_dwellMs;
    qint64 m_startMs = 0;
};

// Burn-in care for a screen that is on for months: the whole wall moves by a few pixels every few
// minutes, around a small square, so no edge stays on the same pixels.
class BurnInShift final
{
public:
    BurnInShift(qint64 periodMs, int amplitudePx);

    QPoint offsetAt(qint64 nowMs) const;
    int amplitude() const { return m_amplitude; }

private:
    qint64 m_periodMs;
    int m_amplitude;
};

} // namespace payops
