#pragma once

#include "widgets/contacts/contactwritecommand.h"

class QUndoStack;

namespace payops {

// Deleting a contact, undoable. perform() pushes the command when the contact exists; its first redo
// queues the deletion: undo puts the entry back with its ids and contact points, redo deletes it again.
class RemoveContactCommand final : public ContactWriteCommand
{
public:
    // Returns an error (and pushes nothing) when the contact is gone. `done` gets the deletion's result
    // while `context` exists; `errors` gets every failure of a write the command queued, the first one included.
    static ContactDirectory::WriteResult perform(QUndoStack &stack, ContactDirectory &directory, qint64 id,
                                                 ErrorSink errors = {}, QObject *context = nullptr,
                                                 ContactDirectory::WriteCallback done = {});

    RemoveContactCommand(QUndoStack &stack, ContactDirectory &directory, ContactEntry removed, ErrorSink errors,
                         QObject *context = nullptr, ContactDirectory::WriteCallback done = {},
                         QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ContactEntry m_entry;
    ContactDirectory::WriteCallback m_done;
    bool m_queued = false;
};

} // namespace payops
