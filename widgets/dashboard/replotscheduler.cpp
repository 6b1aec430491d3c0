#include "widgets/dashboard/replotscheduler.h"

#include "widgets/dashboard/metricchart.h"

namespace payops {

ReplotScheduler::ReplotScheduler(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(std::chrono::milliseconds(250));
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReplotScheduler::onTimeout);
}

void ReplotScheduler::addChart(MetricChart *chart)
{
    if (chart && !m_charts.contains(chart))
        m_charts.append(chart);
}

void ReplotScheduler::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

std::chrono::milliseconds ReplotScheduler::interval() const
{
    return m_timer.intervalAsDuration();
}

void ReplotScheduler::start()
{
    m_timer.start();
}

void ReplotScheduler::stop()
{
    m_timer.stop();
}

int ReplotScheduler::tick()
{
    int replotted = 0;
    for (const QPointer<MetricChart> &chart : std::as_const(m_charts)) {
        if (!chart || !chart->isDirty())
            continue;
        // A chart nobody can see waits until it is shown (still trimmed on every append).
        if (!chart->isVisible() && chart->window()->isVisible())
            continue;
        chart->flush();
        ++replotted;
    }
    return replotted;
}

void ReplotScheduler::onTimeout()
{
    tick();
}

} // namespace payops
