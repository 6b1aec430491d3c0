#pragma once

#include <QtGlobal>

#include <deque>
#include <limits>
#include <utility>
#include <vector>

namespace payops {

// One target's recent raw values: a frame per successful scrape (its timestamp and one value per
// series "slot" the target has), oldest first. The owner numbers the series; a frame written
// before a series existed simply has no value for it. Value vectors of dropped frames are reused,
// so a steady target allocates nothing per scrape.
class SampleFrameRing
{
public:
    static constexpr double absent() { return std::numeric_limits<double>::quiet_NaN(); }

    // Starts a frame at timestampMs with slotCount absent values; timestamps must increase.
    // Returns the frame's values to fill in.
    std::vector<double> &append(qint64 timestampMs, qsizetype slotCount);
    // Drops the frames older than ms, and the oldest beyond maxFrames.
    void trim(qint64 ms, qsizetype maxFrames);
    void clear();

    qsizetype size() const { return qsizetype(m_frames.size()); }
    bool isEmpty() const { return m_frames.empty(); }
    qint64 newestTimestamp() const { return m_frames.empty() ? 0 : m_frames.back().timestampMs; }

    // Index range [first, last) of the frames with fromMs <= timestamp <= toMs.
    std::pair<qsizetype, qsizetype> range(qint64 fromMs, qint64 toMs) const;
    qint64 timestampAt(qsizetype frame) const { return m_frames[size_t(frame)].timestampMs; }
    double valueAt(qsizetype frame, qsizetype slot) const
    {
        const std::vector<double> &values = m_frames[size_t(frame)].values;
        return size_t(slot) < values.size() ? values[size_t(slot)] : absent();
    }

private:
    struct Frame
    {
        qint64 timestampMs = 0;
        std::vector<double> values;
    };

    std::deque<Frame> m_frames;
    std::vector<std::vector<double>> m_spare; // value vectors of dropped frames
};

} // namespace payops
