#include "widgets/tasks/blackoutwindoweditor.h"

#include "widgets/alerts/problemslabel.h"
#include "widgets/windowtimefields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace payops {

BlackoutWindowEditor::BlackoutWindowEditor(const BlackoutWindow &window, QWidget *parent)
    : QDialog(parent)
    , m_id(window.id)
    , m_name(new QLineEdit(window.name, this))
    , m_weekly(new QRadioButton(tr("Every &week on:"), this))
    , m_dated(new QRadioButton(tr("On these &dates:"), this))
    , m_dates(new QLineEdit(window.datesText(), this))
    , m_when(new WindowTimeFields(this))
    , m_problems(new ProblemsLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(window.id == 0 ? tr("Add Blackout Window") : tr("Edit Blackout Window"));
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("blackoutName"));
    m_name->setPlaceholderText(tr("e.g. Lunch peak"));
    form->addRow(tr("&Name:"), m_name);

    m_when->setDays(window.days);
    m_when->addDaysRow(form, m_weekly);
    m_dates->setPlaceholderText(tr("2026-12-24, 2026-12-31"));
    form->addRow(m_dated, m_dates);
    (window.dates.isEmpty() ? m_weekly : m_dated)->setChecked(true);
    m_when->setMinutes(window.startMinute, window.endMinute);
    m_when->setZone(window.timeZone);
    m_when->addTimeRows(form);

    auto *hint = new QLabel(tr("Scheduled runs due inside the window wait for its end or are skipped, as each task says; "
                               "\"Run now\" is not held. An end at or before the start runs into the next day "
                               "(00:00 to 00:00 is the whole day). Times are wall-clock in the zone, also on the "
                               "days its clocks change."),
                            this);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("hint"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &BlackoutWindowEditor::revalidate);
    connect(m_dates, &QLineEdit::textChanged, this, &BlackoutWindowEditor::revalidate);
    connect(m_weekly, &QRadioButton::toggled, this, &BlackoutWindowEditor::revalidate);
    connect(m_when, &WindowTimeFields::changed, this, &BlackoutWindowEditor::revalidate);
    resize(sizeHint().expandedTo(QSize(560, 0)));
    revalidate();
}

BlackoutWindow BlackoutWindowEditor::window() const
{
    BlackoutWindow window;
    window.id = m_id;
    window.name = m_name->text().trimmed();
    window.days = m_when->days();
    if (m_dated->isChecked()) {
        window.days = 0x7f; // a dated window ignores the days
        window.dates = BlackoutWindow::parseDates(m_dates->text()).value_or(QList<QDate>{});
    }
    window.startMinute = m_when->startMinute();
    window.endMinute = m_when->endMinute();
    window.timeZone = m_when->zone();
    return window;
}

QStringList BlackoutWindowEditor::problems() const
{
    QStringList problems = window().validate();
    if (m_dated->isChecked()) {
        const std::optional<QList<QDate>> dates = BlackoutWindow::parseDates(m_dates->text());
        if (!dates)
            problems << tr("write the dates as 2026-12-24, separated by commas");
        else if (dates->isEmpty())
            problems << tr("list at least one date");
    }
    return problems;
}

void BlackoutWindowEditor::revalidate()
{
    m_when->setDaysEnabled(m_weekly->isChecked());
    m_dates->setEnabled(m_dated->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems->showProblems(problems()));
}

} // namespace payops
