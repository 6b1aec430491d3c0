#pragma once

#include "models/tasks/blackoutwindow.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace payops {

class ProblemsLabel;
class WindowTimeFields;

// Adds or edits one blackout window: a name, weekly on chosen days or on listed dates, from and to
// in wall-clock time of an IANA zone. OK stays disabled until the window validates
// (BlackoutWindow::validate, plus dates in the form 2026-12-24), the reasons shown under the form.
class BlackoutWindowEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlackoutWindowEditor)

public:
    explicit BlackoutWindowEditor(const BlackoutWindow &window, QWidget *parent = nullptr);

    [[nodiscard]] BlackoutWindow window() const;
    [[nodiscard]] QStringList problems() const;

private:
    void revalidate();

    qint64 m_id;
    QLineEdit *m_name;
    QRadioButton *m_weekly;
    QRadioButton *m_dated;
    QLineEdit *m_dates;
    WindowTimeFields *m_when;
    ProblemsLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace payops
