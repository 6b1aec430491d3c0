#pragma once

#include <QFrame>

class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace payops {

// A small popup with two date-time fields (from, to) and Apply: the custom time range.
class CustomRangePopup final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomRangePopup)

public:
    explicit CustomRangePopup(QWidget *parent = nullptr);

    void setRange(qint64 fromMs, qint64 toMs);
    qint64 fromMs() const;
    qint64 toMs() const;
    // Shows the popup below `anchor`.
    void popup(QWidget *anchor);
    // Applies the fields (what the Apply button does); false when the range is empty.
    bool apply();

Q_SIGNALS:
    void applied(qint64 fromMs, qint64 toMs);

private:
    void validate();

    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace payops
