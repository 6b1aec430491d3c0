#pragma once

#include "widgets/contacts/contactwritecommand.h"

class QUndoStack;

namespace payops {

// Editing a contact, undoable. perform() checks the new version now and, when it is acceptable and
// differs from the stored one, pushes the command, whose first redo queues the save: undo saves the old
// version back, redo the new one.
class EditContactCommand final : public ContactWriteCommand
{
public:
    // Returns the problems (and pushes nothing) when the contact is gone or ContactDirectory::checkUpdate()
    // refuses the new version. A version equal to the stored one is saved without pushing a command.
    // `done` gets the save's result while `context` exists; `errors` gets every failure of a write the
    // command queued, the first one included.
    static ContactDirectory::WriteResult perform(QUndoStack &stack, ContactDirectory &directory, const ContactEntry &after,
                                                 ErrorSink errors = {}, QObject *context = nullptr,
                                                 ContactDirectory::WriteCallback done = {});

    EditContactCommand(QUndoStack &stack, ContactDirectory &directory, ContactEntry before, ContactEntry after,
                       ErrorSink errors, QObject *context = nullptr, ContactDirectory::WriteCallback done = {},
                       QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void apply(const ContactEntry &entry);

    ContactEntry m_before;
    ContactEntry m_after;
    ContactDirectory::WriteCallback m_done;
    bool m_queued = false;
};

} // namespace payops
