#pragma once

#include "contacts/contactdirectory.h"

#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace payops {

// Adding a contact, undoable. perform() writes it and, when that worked, pushes the command:
// undo removes the entry, redo puts it back with the same ids.
class AddContactCommand final : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString &)>;

    static ContactDirectory::WriteResult perform(QUndoStack &stack, ContactDirectory &directory, const ContactEntry &entry,
                                                 ErrorSink errors = {});

    AddContactCommand(ContactDirectory &directory, ContactEntry added, ErrorSink errors, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ContactDirectory &m_directory;
    ContactEntry m_entry;
    ErrorSink m_errors;
    bool m_done = true; // perform() already wrote it before the push
};

} // namespace payops
