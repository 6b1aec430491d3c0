#include "models/metrics/sampleframering.h"

#include <algorithm>

namespace payops {

std::vector<double> &SampleFrameRing::append(qint64 timestampMs, qsizetype slotCount)
{
    Frame frame;
    frame.timestampMs = timestampMs;
    if (!m_spare.empty()) {
        frame.values = std::move(m_spare.back());
        m_spare.pop_back();
    }
    frame.values.assign(size_t(slotCount), absent());
    m_frames.push_back(std::move(frame));
    return m_frames.back().values;
}

void SampleFrameRing::trim(qint64 ms, qsizetype maxFrames)
{
    while (!m_frames.empty() && (m_frames.front().timestampMs < ms || qsizetype(m_frames.size()) > maxFrames)) {
        // Keep a few vectors for reuse; the rest is freed so a shrinking window gives memory back.
        if (m_spare.size() < 4)
            m_spare.push_back(std::move(m_frames.front().values));
        m_frames.pop_front();
    }
}

void SampleFrameRing::clear()
{
    m_frames.clear();
    m_spare.clear();
}

std::pair<qsizetype, qsizetype> SampleFrameRing::range(qint64 fromMs, qint64 toMs) const
{
    const auto byTime = [](const Frame &frame, qint64 ms) { return frame.timestampMs < ms; };
    const auto first = std::lower_bound(m_frames.cbegin(), m_frames.cend(), fromMs, byTime);
    auto last = first;
    while (last != m_frames.cend() && last->timestampMs <= toMs)
        ++last;
    return {qsizetype(first - m_frames.cbegin()), qsizetype(last - m_frames.cbegin())};
}

} // namespace payops
