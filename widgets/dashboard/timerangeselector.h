#pragma once

#include "widgets/dashboard/dashboardtimerange.h"

#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace payops {

class CustomRangePopup;

// The time range buttons above the charts: 5 min … 30 d and "Custom…" (two date-time fields in
// a popup). Emits rangeChosen() when the operator picks one; setRange() only shows it.
class TimeRangeSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeRangeSelector)

public:
    explicit TimeRangeSelector(QWidget *parent = nullptr);

    void setRange(const DashboardTimeRange &range);
    DashboardTimeRange range() const { return m_range; }
    QToolButton *presetButton(DashboardTimeRange::Preset preset) const;
    QToolButton *customButton() const { return m_custom; }
    CustomRangePopup *customPopup() const { return m_popup; }

Q_SIGNALS:
    void rangeChosen(const payops::DashboardTimeRange &range);

private:
    void onPresetClicked(int id);
    void onCustomClicked();
    void onCustomApplied(qint64 fromMs, qint64 toMs);
    void syncButtons();

    DashboardTimeRange m_range;
    QButtonGroup *m_group = nullptr;
    QToolButton *m_custom = nullptr;
    CustomRangePopup *m_popup = nullptr;
};

} // namespace payops
