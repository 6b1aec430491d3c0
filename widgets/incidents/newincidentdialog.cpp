#include "widgets/incidents/newincidentdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace payops {

NewIncidentDialog::NewIncidentDialog(const QStringList &services, const QList<QPair<QString, QString>> &types, QWidget *parent)
    : QDialog(parent)
    , m_service(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_title(new QLineEdit(this))
{
    setWindowTitle(tr("New Incident"));
    m_service->setEditable(true); // a service the console does not poll can still have an incident
    m_service->addItems(services);
    for (const auto &[id, title] : types)
        m_type->addItem(title.isEmpty() ? id : tr("%1 (%2)").arg(title, id), id);
    m_title->setPlaceholderText(tr("What is wrong, in a few words"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("T&itle:"), m_title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Open Incident"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_service, &QComboBox::currentTextChanged, this, &NewIncidentDialog::updateOk);
    updateOk();
    resize(480, sizeHint().height());
}

void NewIncidentDialog::setService(const QString &service)
{
    m_service->setCurrentText(service);
    updateOk();
}

QString NewIncidentDialog::service() const { return m_service->currentText().trimmed(); }
QString NewIncidentDialog::type() const { return m_type->currentData().toString(); }
QString NewIncidentDialog::title() const { return m_title->text().trimmed(); }

void NewIncidentDialog::updateOk()
{
    m_ok->setEnabled(!service().isEmpty() && !type().isEmpty());
}

} // namespace payops
