#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace payops {

class MetricChart;

// Batches chart redraws: data changes only mark charts dirty; once per tick every dirty chart
// updates its ranges and queues one replot (after Wireshark's dirty-flag replot scheduling).
class ReplotScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplotScheduler)

public:
    explicit ReplotScheduler(QObject *parent = nullptr);

    void addChart(MetricChart *chart);
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    // Flushes every dirty chart now; returns how many were replotted.
    int tick();

private:
    void onTimeout();

    QTimer m_timer;
    QList<QPointer<MetricChart>> m_charts;
};

} // namespace payops
