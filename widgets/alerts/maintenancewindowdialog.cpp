#include "widgets/alerts/maintenancewindowdialog.h"

#include "widgets/alerts/problemslabel.h"

#include "widgets/alerts/alertmatcherfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace payops {

MaintenanceWindowDialog::MaintenanceWindowDialog(const QStringList &rules, const QStringList &services, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_start(new QTimeEdit(QTime(2, 0), this))
    , m_end(new QTimeEdit(QTime(4, 0), this))
    , m_zone(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_problems(new ProblemsLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Maintenance Window"));
    auto *form = new QFormLayout;
    m_name->setPlaceholderText(tr("e.g. Weekly database maintenance"));
    form->addRow(tr("&Name:"), m_name);
    auto *days = new QHBoxLayout;
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), this);
        days->addWidget(box);
        m_days.append(box);
        connect(box, &QCheckBox::toggled, this, &MaintenanceWindowDialog::revalidate);
    }
    form->addRow(tr("Days:"), days);
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
    m_zone->setCurrentText(QString::fromLatin1(QTimeZone::systemTimeZoneId()));
    form->addRow(tr("&Time zone:"), m_zone);
    m_matcher = std::make_unique<AlertMatcherFields>(form, this, rules, services);
    form->addRow(tr("Rea&son:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &MaintenanceWindowDialog::revalidate);
    connect(m_zone, &QComboBox::currentTextChanged, this, &MaintenanceWindowDialog::revalidate);
    connect(m_start, &QTimeEdit::timeChanged, this, &MaintenanceWindowDialog::revalidate);
    connect(m_end, &QTimeEdit::timeChanged, this, &MaintenanceWindowDialog::revalidate);
    revalidate();
}

MaintenanceWindowDialog::~MaintenanceWindowDialog() = default;

void MaintenanceWindowDialog::setWindow(const MaintenanceWindow &window)
{
    m_name->setText(window.name);
    for (int i = 0; i < m_days.size(); ++i)
        m_days[i]->setChecked(window.days & (1u << i));
    m_start->setTime(QTime(0, 0).addSecs(window.startMinute * 60));
    m_end->setTime(QTime(0, 0).addSecs((window.endMinute % 1440) * 60));
    if (!window.timeZone.isEmpty())
        m_zone->setCurrentText(window.timeZone);
    m_matcher->setMatcher(window.matcher);
    m_reason->setText(window.reason);
    revalidate();
}

MaintenanceWindow MaintenanceWindowDialog::window() const
{
    MaintenanceWindow window;
    window.name = m_name->text().trimmed();
    for (int i = 0; i < m_days.size(); ++i) {
        if (m_days[i]->isChecked())
            window.days |= quint8(1u << i);
    }
    window.startMinute = m_start->time().hour() * 60 + m_start->time().minute();
    window.endMinute = m_end->time().hour() * 60 + m_end->time().minute();
    window.timeZone = m_zone->currentText().trimmed();
    window.matcher = m_matcher->matcher();
    window.reason = m_reason->text().trimmed();
    return window;
}

QStringList MaintenanceWindowDialog::problems() const
{
    return window().validate();
}

void MaintenanceWindowDialog::revalidate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems->showProblems(problems()));
}

} // namespace payops
