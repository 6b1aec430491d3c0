#pragma once

#include "models/tasks/taskdesk.h"

#include <QList>
#include <QWidget>

namespace payops {

// The coming seven days at a glance: one row a task with a mark at each fire time, and the blackout
// windows shaded across all rows, so an operator sees which runs a peak-hours window will hold back.
// Hovering a mark tells the task and the time.
class WeekTimeline final : public QWidget
{
    Q_OBJECT

public:
    explicit WeekTimeline(QWidget *parent = nullptr);

    void setSchedule(const QList<TaskOverview> &tasks, const QList<BlackoutWindow> &blackouts, qint64 nowMs);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    [[nodiscard]] QRect plotRect() const;
    [[nodiscard]] int rowHeight() const;
    [[nodiscard]] double xOf(qint64 ms) const;
    // The task and fire time under a point, if any mark is within a few pixels.
    [[nodiscard]] std::optional<std::pair<int, qint64>> markAt(const QPoint &point) const;

    QList<TaskOverview> m_tasks;
    QList<std::pair<qint64, qint64>> m_blackouts; // occurrences in the week, UTC ms
    QStringList m_blackoutNames;                  // the window's name of each occurrence
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
};

} // namespace payops
