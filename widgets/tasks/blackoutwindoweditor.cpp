#include "widgets/tasks/blackoutwindoweditor.h"

#include "widgets/alerts/problemslabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace payops {

namespace {

QTime timeOf(int minute)
{
    return QTime(0, 0).addSecs((minute % 1440) * 60);
}

int minuteOf(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

} // namespace

BlackoutWindowEditor::BlackoutWindowEditor(const BlackoutWindow &window, QWidget *parent)
    : QDialog(parent)
    , m_id(window.id)
    , m_name(new QLineEdit(window.name, this))
    , m_weekly(new QRadioButton(tr("Every &week on:"), this))
    , m_dated(new QRadioButton(tr("On these &dates:"), this))
    , m_dates(new QLineEdit(window.datesText(), this))
    , m_start(new QTimeEdit(timeOf(window.startMinute), this))
    , m_end(new QTimeEdit(timeOf(window.endMinute), this))
    , m_zone(new QComboBox(this))
    , m_problems(new ProblemsLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(window.id == 0 ? tr("Add Blackout Window") : tr("Edit Blackout Window"));
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("blackoutName"));
    m_name->setPlaceholderText(tr("e.g. Lunch peak"));
    form->addRow(tr("&Name:"), m_name);

    auto *days = new QHBoxLayout;
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), this);
        box->setChecked(window.days & (1u << (day - 1)));
        days->addWidget(box);
        m_days.append(box);
        connect(box, &QCheckBox::toggled, this, &BlackoutWindowEditor::revalidate);
    }
    days->addStretch();
    form->addRow(m_weekly, days);
    m_dates->setPlaceholderText(tr("2026-12-24, 2026-12-31"));
    form->addRow(m_dated, m_dates);
    (window.dates.isEmpty() ? m_weekly : m_dated)->setChecked(true);

    auto *times = new QHBoxLayout;
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    times->addWidget(m_start);
    times->addWidget(new QLabel(tr("to"), this));
    times->addWidget(m_end);
    times->addStretch();
    auto *fromLabel = new QLabel(tr("&From:"), this); // a row of a layout has no buddy of its own
    fromLabel->setBuddy(m_start);
    form->addRow(fromLabel, times);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(id));
    m_zone->setCurrentText(window.timeZone.isEmpty() ? QString::fromLatin1(QTimeZone::systemTimeZoneId()) : window.timeZone);
    form->addRow(tr("&Time zone:"), m_zone);

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
    connect(m_zone, &QComboBox::currentTextChanged, this, &BlackoutWindowEditor::revalidate);
    connect(m_start, &QTimeEdit::timeChanged, this, &BlackoutWindowEditor::revalidate);
    connect(m_end, &QTimeEdit::timeChanged, this, &BlackoutWindowEditor::revalidate);
    resize(sizeHint().expandedTo(QSize(560, 0)));
    revalidate();
}

BlackoutWindow BlackoutWindowEditor::window() const
{
    BlackoutWindow window;
    window.id = m_id;
    window.name = m_name->text().trimmed();
    window.days = 0;
    for (int i = 0; i < m_days.size(); ++i) {
        if (m_days[i]->isChecked())
            window.days |= quint8(1u << i);
    }
    if (m_dated->isChecked()) {
        window.days = 0x7f; // a dated window ignores the days
        window.dates = BlackoutWindow::parseDates(m_dates->text()).value_or(QList<QDate>{});
    }
    window.startMinute = minuteOf(m_start->time());
    window.endMinute = minuteOf(m_end->time());
    window.timeZone = m_zone->currentText().trimmed();
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
    for (QCheckBox *day : std::as_const(m_days))
        day->setEnabled(m_weekly->isChecked());
    m_dates->setEnabled(m_dated->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems->showProblems(problems()));
}

} // namespace payops
