#include "widgets/contacts/contacteditdialog.h"

#include "models/contacts/contactvalidator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace payops {

namespace {

QStringList splitValues(const QString &text)
{
    QStringList values;
    for (const QString &part : text.split(u';')) {
        const QString value = part.trimmed();
        if (!value.isEmpty())
            values.append(value);
    }
    return values;
}

void mark(QWidget *field, bool bad)
{
    field->setProperty("invalid", bad);
    field->setStyleSheet(bad ? QStringLiteral("border: 1px solid #c0392b;") : QString());
}

} // namespace

ContactEditDialog::ContactEditDialog(const ContactEntry &entry, const QList<ContactEntry> &existing,
                                     const QStringList &services, QWidget *parent)
    : QDialog(parent)
    , m_original(entry)
    , m_existing(existing)
{
    setWindowTitle(entry.id == 0 ? tr("Add contact") : tr("Edit contact"));
    auto *form = new QFormLayout;

    m_name = new QLineEdit(entry.name, this);
    m_nameAlt = new QLineEdit(entry.nameAlt, this);
    m_nameAlt->setPlaceholderText(tr("The name in the other language, e.g. 张伟 or Zhang Wei"));
    m_organization = new QLineEdit(entry.organization, this);
    m_role = new QComboBox(this);
    for (ContactRole role : ContactRoles::all())
        m_role->addItem(ContactRoles::displayName(role), ContactRoles::key(role));
    m_role->setCurrentIndex(m_role->findData(ContactRoles::key(entry.role)));
    m_service = new QComboBox(this);
    m_service->setEditable(true);
    m_service->addItem(QString());
    m_service->addItems(services);
    m_service->setCurrentText(entry.service);
    m_service->setToolTip(tr("The service this person is responsible for; empty for all services."));
    m_order = new QSpinBox(this);
    m_order->setRange(1, 99);
    m_order->setValue(entry.escalationOrder);
    m_order->setToolTip(tr("1 is called first for this service."));
    m_phones = new QLineEdit(entry.values(ContactPoint::Kind::Phone).join(QStringLiteral("; ")), this);
    m_phones->setPlaceholderText(tr("e.g. +86 10 1234 5678 or 456; separate several with ;"));
    m_emails = new QLineEdit(entry.values(ContactPoint::Kind::Email).join(QStringLiteral("; ")), this);
    m_emails->setPlaceholderText(tr("name@example.com; separate several with ;"));
    m_chats = new QLineEdit(entry.values(ContactPoint::Kind::Chat).join(QStringLiteral("; ")), this);
    m_notes = new QPlainTextEdit(entry.notes, this);
    m_notes->setTabChangesFocus(true);

    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Name in &other language:"), m_nameAlt);
    form->addRow(tr("Or&ganization:"), m_organization);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("Escalation &order:"), m_order);
    form->addRow(tr("&Phone:"), m_phones);
    form->addRow(tr("&E-mail:"), m_emails);
    form->addRow(tr("&Chat:"), m_chats);
    form->addRow(tr("No&tes:"), m_notes);

    m_problems = new QLabel(this);
    m_problems->setTextFormat(Qt::PlainText); // it quotes what was typed: never rich text
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problems->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContactEditDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this, &ContactEditDialog::updateServiceState);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    updateServiceState();
}

void ContactEditDialog::updateServiceState()
{
    const auto role = ContactRoles::fromKey(m_role->currentData().toString());
    m_service->setPlaceholderText(role && ContactRoles::needsService(*role) ? tr("required") : tr("all services"));
}

ContactEntry ContactEditDialog::entry() const
{
    ContactEntry entry = m_original;
    entry.name = m_name->text().trimmed();
    entry.nameAlt = m_nameAlt->text().trimmed();
    entry.organization = m_organization->text().trimmed();
    entry.role = ContactRoles::fromKey(m_role->currentData().toString()).value_or(ContactRole::ServiceManager);
    entry.service = m_service->currentText().trimmed();
    entry.escalationOrder = m_order->value();
    entry.points.clear();
    for (const QString &value : splitValues(m_phones->text()))
        entry.points.append({ContactPoint::Kind::Phone, value});
    for (const QString &value : splitValues(m_emails->text()))
        entry.points.append({ContactPoint::Kind::Email, value});
    for (const QString &value : splitValues(m_chats->text()))
        entry.points.append({ContactPoint::Kind::Chat, value});
    entry.notes = m_notes->toPlainText();
    return entry;
}

bool ContactEditDialog::validateInput()
{
    const QList<ContactValidator::Issue> issues = ContactValidator::validate(entry(), m_existing);
    const auto has = [&issues](const char *field) {
        for (const ContactValidator::Issue &issue : issues) {
            if (issue.field == QLatin1String(field))
                return true;
        }
        return false;
    };
    mark(m_name, has("name"));
    mark(m_role, has("role"));
    mark(m_service, has("service"));
    mark(m_order, has("order"));
    mark(m_phones, has("phone") || has("points"));
    mark(m_emails, has("email") || has("points"));
    mark(m_chats, has("chat") || has("points"));
    m_problems->setText(ContactValidator::messages(issues).join(u'\n'));
    m_problems->setVisible(!issues.isEmpty());
    return issues.isEmpty();
}

void ContactEditDialog::accept()
{
    if (validateInput())
        QDialog::accept();
}

} // namespace payops
