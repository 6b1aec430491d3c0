#pragma once

#include "widgets/dashboard/qcustomplotinclude.h"

namespace payops {

// The points of one chart line, and what is drawn of them. When there are more points than
// pixels, the drawn data keeps only the minimum and maximum of each time bucket (about a pixel
// wide; gaps kept), so a replot touches a few thousand points however long the series. Buckets
// are aligned to multiples of their width: a live window sliding by a second recomputes only the
// newest bucket, and a pan recomputes nothing. With few points the drawn data is the data itself.
class DecimatedSeries final
{
    Q_DISABLE_COPY_MOVE(DecimatedSeries)

public:
    DecimatedSeries();

    // All points (sorted by key).
    const QSharedPointer<QCPGraphDataContainer> &raw() const { return m_raw; }
    // What the graph draws: raw() itself when not decimating.
    const QSharedPointer<QCPGraphDataContainer> &display() const { return m_display; }
    bool isDecimating() const { return m_display != m_raw; }
    double bucket() const { return m_bucket; }

    // Sets the bucket width in keys (about one pixel); rebuilds the drawn data when it changes.
    // Returns true when display() is another container than before (the graph must take it).
    bool setBucket(double width);
    // Returns true when what is drawn changed visibly (false: the point fell inside its bucket's
    // range, or moved its minimum or maximum by at most `tolerance`, e.g. half a pixel in values).
    bool add(double key, double value, double tolerance = 0);
    void set(const QVector<QCPGraphData> &data, bool alreadySorted);
    void removeBefore(double key);
    void clear();

    // Appends min/max per bucket of [begin, end) to out (in key order; a bucket with NaNs keeps one).
    static void decimate(QCPGraphDataContainer::const_iterator begin, QCPGraphDataContainer::const_iterator end,
                         double bucket, QVector<QCPGraphData> &out);

private:
    bool shouldDecimate(double width) const;
    void rebuild();

    QSharedPointer<QCPGraphDataContainer> m_raw;
    QSharedPointer<QCPGraphDataContainer> m_display;
    double m_bucket = 0;
};

} // namespace payops
