#include "widgets/alerts/maintenancewindowdialog.h"

#include "widgets/alerts/problemslabel.h"

#include "widgets/alerts/alertmatcherfields.h"
#include "widgets/windowtimefields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace payops {

MaintenanceWindowDialog::MaintenanceWindowDialog(const QStringList &rules, const QStringList &services, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_when(new WindowTimeFields(this))
    , m_reason(new QLineEdit(this))
    , m_problems(new ProblemsLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Maintenance Window"));
    auto *form = new QFormLayout;
    m_name->setPlaceholderText(tr("e.g. Weekly database maintenance"));
    form->addRow(tr("&Name:"), m_name);
    m_when->addDaysRow(form, tr("Days:"));
    m_when->setMinutes(2 * 60, 4 * 60);
    m_when->addTimeRows(form);
    m_matcher = std::make_unique<AlertMatcherFields>(form, this, rules, services);
    form->addRow(tr("Rea&son:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &MaintenanceWindowDialog::revalidate);
    connect(m_when, &WindowTimeFields::changed, this, &MaintenanceWindowDialog::revalidate);
    revalidate();
}

MaintenanceWindowDialog::~MaintenanceWindowDialog() = default;

void MaintenanceWindowDialog::setWindow(const MaintenanceWindow &window)
{
    m_name->setText(window.name);
    m_when->setDays(window.days);
    m_when->setMinutes(window.startMinute, window.endMinute);
    m_when->setZone(window.timeZone);
    m_matcher->setMatcher(window.matcher);
    m_reason->setText(window.reason);
    revalidate();
}

MaintenanceWindow MaintenanceWindowDialog::window() const
{
    MaintenanceWindow window;
    window.name = m_name->text().trimmed();
    window.days = m_when->days();
    window.startMinute = m_when->startMinute();
    window.endMinute = m_when->endMinute();
    window.timeZone = m_when->zone();
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
