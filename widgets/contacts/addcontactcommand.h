#pragma once

#include "widgets/contacts/contactwritecommand.h"

class QUndoStack;

namespace payops {

// Adding a contact, undoable. perform() checks the entry now and, when it is acceptable, pushes the
// command, whose first redo queues the add; undo removes the entry, redo puts it back with the same ids.
// The ids the database gives the entry are known only on the writer thread when the add has run: they
// go into a ContactDirectory::StoredEntries that the undo and redo writes read there. The writer runs
// writes in order, so an undo pressed before the add's result arrived removes exactly the added row.
class AddContactCommand final : public ContactWriteCommand
{
public:
    // Returns the problems (and pushes nothing) when ContactDirectory::checkAdd() refuses the entry;
    // otherwise pushes the command and returns ok (id 0: the id comes with `done`). `done` gets the
    // add's result while `context` exists (no context: while the command exists); `errors` gets every
    // failure of a write the command queued, the first one included.
    static ContactDirectory::WriteResult perform(QUndoStack &stack, ContactDirectory &directory, const ContactEntry &entry,
                                                 ErrorSink errors = {}, QObject *context = nullptr,
                                                 ContactDirectory::WriteCallback done = {});

    AddContactCommand(QUndoStack &stack, ContactDirectory &directory, ContactEntry entry, ErrorSink errors,
                      QObject *context = nullptr, ContactDirectory::WriteCallback done = {}, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ContactEntry m_entry;                    // as the user entered it
    ContactDirectory::StoredEntries m_stored; // as stored, with its ids: the writer thread's
    ContactDirectory::WriteCallback m_done;
    bool m_queued = false; // the first redo queued the add
};

} // namespace payops
