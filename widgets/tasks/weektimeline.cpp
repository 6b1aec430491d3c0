#include "widgets/tasks/weektimeline.h"

#include "widgets/contrast.h"
#include "widgets/dashboard/servicepalette.h"
#include "widgets/tasks/tasktablemodel.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace payops {

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
constexpr int namesWidth = 200;

} // namespace

WeekTimeline::WeekTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("taskWeekTimeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void WeekTimeline::setSchedule(const QList<TaskOverview> &tasks, const QList<BlackoutWindow> &blackouts, qint64 nowMs)
{
    m_tasks = tasks;
    // The week starts at the local midnight of today, so the day columns are whole days.
    m_fromMs = QDateTime::fromMSecsSinceEpoch(nowMs).date().startOfDay().toMSecsSinceEpoch();
    m_toMs = m_fromMs + 7 * dayMs;
    m_blackouts.clear();
    m_blackoutNames.clear();
    for (const BlackoutWindow &window : blackouts) {
        for (const auto &occurrence : window.occurrencesBetween(m_fromMs, m_toMs)) {
            m_blackouts << occurrence;
            m_blackoutNames << window.name;
        }
    }
    updateGeometry();
    update();
}

int WeekTimeline::rowHeight() const
{
    return fontMetrics().height() + 8;
}

QSize WeekTimeline::sizeHint() const
{
    return {900, rowHeight() * int(qMax<qsizetype>(3, m_tasks.size()) + 1) + 4};
}

QSize WeekTimeline::minimumSizeHint() const
{
    return {namesWidth + 7 * 40, rowHeight() * 3};
}

QRect WeekTimeline::plotRect() const
{
    return rect().adjusted(namesWidth, rowHeight(), -8, -2);
}

double WeekTimeline::xOf(qint64 ms) const
{
    const QRect plot = plotRect();
    return plot.left() + double(ms - m_fromMs) * plot.width() / double(m_toMs - m_fromMs);
}

void WeekTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor grid = pal.color(QPalette::Mid);
    painter.fillRect(rect(), base);
    const QRect plot = plotRect();
    const int row = rowHeight();

    // Blackouts under everything: a hatched band the height of the plot.
    QColor shade = ServicePalette::warningColor();
    shade.setAlpha(60);
    for (const auto &[start, end] : m_blackouts) {
        const QRectF band(QPointF(xOf(qMax(start, m_fromMs)), plot.top()), QPointF(xOf(qMin(end, m_toMs)), plot.bottom()));
        painter.fillRect(band, shade);
    }

    // Day columns and their names.
    painter.setPen(grid);
    for (int day = 0; day <= 7; ++day) {
        const double x = xOf(m_fromMs + day * dayMs);
        painter.drawLine(QPointF(x, plot.top() - row), QPointF(x, plot.bottom()));
        if (day == 7)
            break;
        const QDate date = QDateTime::fromMSecsSinceEpoch(m_fromMs + day * dayMs).date();
        painter.setPen(text);
        painter.drawText(QRectF(x + 4, 0, xOf(m_fromMs + (day + 1) * dayMs) - x - 8, row), Qt::AlignVCenter | Qt::AlignLeft,
                         QLocale().toString(date, QStringLiteral("ddd d MMM")));
        painter.setPen(grid);
    }

    // One row a task: its name, then a mark per fire time.
    const QColor mark = Contrast::readable(pal.color(QPalette::Highlight), base, 3.0);
    for (int i = 0; i < m_tasks.size(); ++i) {
        const TaskOverview &overview = m_tasks.at(i);
        const int top = plot.top() + i * row;
        painter.setPen(overview.task.enabled ? text : pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(6, top, namesWidth - 12, row), Qt::AlignVCenter | Qt::AlignLeft,
                         fontMetrics().elidedText(overview.task.name, Qt::ElideRight, namesWidth - 12));
        painter.setPen(grid);
        painter.drawLine(QPointF(plot.left(), top + row), QPointF(plot.right(), top + row));
        for (qint64 at : overview.upcomingMs)
            painter.fillRect(QRectF(xOf(at) - 1.5, top + 4, 3, row - 8), mark);
    }
    if (m_tasks.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("No scheduled runs in the next seven days."));
    }

    // Now.
    const QDateTime now = QDateTime::currentDateTime();
    if (now.toMSecsSinceEpoch() >= m_fromMs && now.toMSecsSinceEpoch() < m_toMs) {
        painter.setPen(QPen(ServicePalette::criticalColor(), 2));
        const double x = xOf(now.toMSecsSinceEpoch());
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
}

std::optional<std::pair<int, qint64>> WeekTimeline::markAt(const QPoint &point) const
{
    const QRect plot = plotRect();
    if (!plot.contains(point))
        return std::nullopt;
    const int index = (point.y() - plot.top()) / rowHeight();
    if (index < 0 || index >= m_tasks.size())
        return std::nullopt;
    std::optional<std::pair<int, qint64>> best;
    double bestDistance = 5.0;
    for (qint64 at : m_tasks.at(index).upcomingMs) {
        const double distance = std::abs(xOf(at) - point.x());
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = std::make_pair(index, at);
        }
    }
    return best;
}

bool WeekTimeline::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    QStringList lines;
    if (const auto mark = markAt(help->pos()))
        lines << tr("%1 runs at %2").arg(m_tasks.at(mark->first).task.name, TaskTableModel::timeText(mark->second));
    const double x = help->pos().x();
    for (int i = 0; i < m_blackouts.size(); ++i) {
        if (x >= xOf(m_blackouts.at(i).first) && x <= xOf(m_blackouts.at(i).second))
            lines << tr("Blackout %1: %2 – %3")
                         .arg(m_blackoutNames.at(i), TaskTableModel::timeText(m_blackouts.at(i).first),
                              TaskTableModel::timeText(m_blackouts.at(i).second));
    }
    if (lines.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), lines.join(u'\n'), this);
    return true;
}

} // namespace payops
