#include "widgets/wall/wallalertspage.h"

#include "widgets/contrast.h"
#include "widgets/dashboard/servicepalette.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace payops {

WallAlertsPage::WallAlertsPage(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_none(new QLabel(tr("No alert is firing"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_grid);
    layout->addWidget(m_none, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    m_grid->setColumnStretch(2, 1);
    rebuild();
}

void WallAlertsPage::setScale(const WallScale &scale)
{
    m_scale = scale;
    rebuild();
}

void WallAlertsPage::setAlerts(QList<Line> lines)
{
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        if (a.severity != b.severity)
            return a.severity == AlertRule::Severity::Critical;
        return a.sinceMs < b.sinceMs;
    });
    if (lines.size() == m_lines.size()
        && std::equal(lines.cbegin(), lines.cend(), m_lines.cbegin(), [](const Line &a, const Line &b) {
               return a.severity == b.severity && a.where == b.where && a.summary == b.summary && a.sinceMs == b.sinceMs
                   && a.acknowledgedBy == b.acknowledgedBy;
           }))
        return; // a repaint of the same rows would only flicker
    m_lines = std::move(lines);
    rebuild();
}

QStringList WallAlertsPage::rowTexts(int row) const
{
    QStringList texts;
    for (const QLabel *label : m_rows.value(row))
        texts << label->text();
    return texts;
}

void WallAlertsPage::rebuild()
{
    for (const QList<QLabel *> &row : std::as_const(m_rows))
        qDeleteAll(row);
    m_rows.clear();
    const QColor background = palette().color(QPalette::Window);
    const int spacing = m_scale.px(24);
    m_grid->setHorizontalSpacing(spacing * 2);
    m_grid->setVerticalSpacing(spacing * 2);
    const QFont big = WallScale::font(m_scale.namePx(), true);
    const QFont label = WallScale::font(m_scale.labelPx(), true);
    for (int row = 0; row < m_lines.size(); ++row) {
        const Line &line = m_lines.at(row);
        const bool critical = line.severity == AlertRule::Severity::Critical;
        const QString since = QLocale().toString(QDateTime::fromMSecsSinceEpoch(line.sinceMs).time(), QStringLiteral("HH:mm"));
        const QList<std::pair<QString, QFont>> cells = {
            {AlertRule::severityTitle(line.severity).toUpper(), big},
            {line.where.isEmpty() ? tr("all services") : line.where, big},
            {line.summary, label},
            {tr("since %1").arg(since), label},
            {line.acknowledgedBy.isEmpty() ? tr("not acknowledged") : tr("acknowledged by %1").arg(line.acknowledgedBy), label},
        };
        QList<QLabel *> labels;
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QLabel(cells.at(column).first, this);
            cell->setFont(cells.at(column).second);
            // One line a row: the summary takes the width left (column 2 stretches); at 4K that is
            // about 2 000 px of 32 px text.
            if (column == 0 || (column == 4 && line.acknowledgedBy.isEmpty())) {
                QPalette pal = cell->palette();
                const QColor tone = critical || column == 4 ? ServicePalette::criticalColor() : ServicePalette::warningColor();
                pal.setColor(QPalette::WindowText, Contrast::readable(tone, background, 7.0));
                cell->setPalette(pal);
            }
            m_grid->addWidget(cell, row, column, Qt::AlignLeft | Qt::AlignVCenter);
            labels << cell;
        }
        m_rows << labels;
    }
    m_none->setFont(WallScale::font(m_scale.stateWordPx(), true));
    QPalette pal = m_none->palette();
    pal.setColor(QPalette::WindowText, Contrast::readable(ServicePalette::upColor(), background, 7.0));
    m_none->setPalette(pal);
    m_none->setVisible(m_lines.isEmpty());
}

} // namespace payops
