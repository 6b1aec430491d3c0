#include "widgets/wall/wallrotation.h"

#include <QPoint>

#include <array>

namespace payops {

WallRotation::WallRotation(QStringList pages, qint64 dwellMs)
    : m_pages(std::move(pages))
    , m_dwellMs(std::max<qint64>(1000, dwellMs))
{
}

QString WallRotation::pageAt(qint64 nowMs) const
{
    if (m_pages.isEmpty())
        return QString();
    const qint64 elapsed = std::max<qint64>(0, nowMs - m_startMs);
    return m_pages.at(int((elapsed / m_dwellMs) % m_pages.size()));
}

BurnInShift::BurnInShift(qint64 periodMs, int amplitudePx)
    : m_periodMs(std::max<qint64>(1000, periodMs))
    , m_amplitude(amplitudePx)
{
}

QPoint BurnInShift::offsetAt(qint64 nowMs) const
{
    // Eight positions around the centre, one per period.
    static constexpr std::array<std::array<int, 2>, 8> steps = {
        {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {-1, 1}, {-1, 0}, {-1, -1}, {0, -1}}};
    const auto &step = steps.at(std::size_t((nowMs / m_periodMs) % qint64(steps.size())));
    return QPoint(step[0] * m_amplitude, step[1] * m_amplitude);
}

} // namespace payops
