#pragma once

#include "models/contacts/contactentry.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace payops {

// Adds or edits one directory entry. OK is accepted only when ContactValidator finds no problem
// against `existing` (the directory); the problems are listed and their fields marked.
class ContactEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactEditDialog)

public:
    // `entry.id == 0` adds; otherwise edits that entry. `services` fills the service choices.
    explicit ContactEditDialog(const ContactEntry &entry, const QList<ContactEntry> &existing, const QStringList &services,
                               QWidget *parent = nullptr);

    [[nodiscard]] ContactEntry entry() const;
    // Validates and shows the problems; true when there are none.
    bool validateInput();

    void accept() override;

private:
    void updateServiceState();

    ContactEntry m_original;
    QList<ContactEntry> m_existing;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameAlt = nullptr;
    QLineEdit *m_organization = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_service = nullptr;
    QSpinBox *m_order = nullptr;
    QLineEdit *m_phones = nullptr;
    QLineEdit *m_emails = nullptr;
    QLineEdit *m_chats = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace payops
