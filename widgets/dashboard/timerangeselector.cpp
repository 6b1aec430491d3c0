#include "widgets/dashboard/timerangeselector.h"

#include "widgets/dashboard/customrangepopup.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace payops {

TimeRangeSelector::TimeRangeSelector(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_custom(new QToolButton(this))
    , m_popup(new CustomRangePopup(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *caption = new QLabel(tr("Time range:"), this);
    layout->addWidget(caption);
    layout->addSpacing(fontMetrics().averageCharWidth());
    m_group->setExclusive(true);
    for (const DashboardTimeRange::Preset preset : DashboardTimeRange::presets()) {
        auto *button = new QToolButton(this);
        const DashboardTimeRange range = DashboardTimeRange::preset(preset);
        button->setText(range.label());
        button->setToolTip(tr("Show the last %1").arg(range.label()));
        button->setCheckable(true);
        button->setAutoRaise(false);
        m_group->addButton(button, int(preset));
        layout->addWidget(button);
    }
    m_custom->setText(tr("Custom\u2026"));
    m_custom->setToolTip(tr("Show a range between two dates"));
    m_custom->setCheckable(true);
    layout->addWidget(m_custom);
    caption->setBuddy(m_group->buttons().value(0));

    connect(m_group, &QButtonGroup::idClicked, this, &TimeRangeSelector::onPresetClicked);
    connect(m_custom, &QToolButton::clicked, this, &TimeRangeSelector::onCustomClicked);
    connect(m_popup, &CustomRangePopup::applied, this, &TimeRangeSelector::onCustomApplied);
    syncButtons();
}

void TimeRangeSelector::setRange(const DashboardTimeRange &range)
{
    m_range = range;
    syncButtons();
}

QToolButton *TimeRangeSelector::presetButton(DashboardTimeRange::Preset preset) const
{
    return qobject_cast<QToolButton *>(m_group->button(int(preset)));
}

void TimeRangeSelector::onPresetClicked(int id)
{
    m_range = DashboardTimeRange::preset(DashboardTimeRange::Preset(id));
    syncButtons();
    Q_EMIT rangeChosen(m_range);
}

void TimeRangeSelector::onCustomClicked()
{
    syncButtons(); // stays unchecked until a range is applied
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_range.isCustom())
        m_popup->setRange(m_range.fromMs(now), m_range.toMs(now));
    else
        m_popup->setRange(now - m_range.durationMs(), now);
    m_popup->popup(m_custom);
}

void TimeRangeSelector::onCustomApplied(qint64 fromMs, qint64 toMs)
{
    m_range = DashboardTimeRange::custom(fromMs, toMs);
    syncButtons();
    Q_EMIT rangeChosen(m_range);
}

void TimeRangeSelector::syncButtons()
{
    if (m_range.isCustom()) {
        m_group->setExclusive(false);
        for (QAbstractButton *button : m_group->buttons())
            button->setChecked(false);
        m_group->setExclusive(true);
    } else if (QAbstractButton *button = m_group->button(int(m_range.kind()))) {
        button->setChecked(true);
    }
    m_custom->setChecked(m_range.isCustom());
    m_custom->setText(m_range.isCustom() ? m_range.label() : tr("Custom\u2026"));
}

} // namespace payops
