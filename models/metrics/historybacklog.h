#pragma once

#include <QList>
#include <QString>

namespace payops {

// Poll cycles the history could not write yet (disk full, file read-only, ...), oldest first, kept
// in memory until writing works again. Bounded by a number of samples (about 110 bytes each): when
// a new cycle does not fit, the oldest cycles make room and are counted, so the operator can be
// told how much is missing. The newest cycle is always kept.
class HistoryBacklog final
{
public:
    struct Value
    {
        QString series; // SeriesKey text: the series may not exist in the file yet
        double value = 0.0;
    };
    struct Cycle
    {
        qint64 timestampMs = 0;
        QList<Value> values;
    };

    explicit HistoryBacklog(qsizetype maxSamples);

    void push(Cycle cycle);
    [[nodiscard]] bool isEmpty() const { return m_cycles.isEmpty(); }
    [[nodiscard]] const Cycle &front() const { return m_cycles.constFirst(); }
    void pop();

    [[nodiscard]] qsizetype cycles() const { return m_cycles.size(); }
    [[nodiscard]] qsizetype samples() const { return m_samples; }
    // Cycles dropped to make room since the last call.
    [[nodiscard]] qint64 takeDropped();

private:
    qsizetype m_maxSamples;
    QList<Cycle> m_cycles;
    qsizetype m_samples = 0;
    qint64 m_dropped = 0;
};

} // namespace payops
