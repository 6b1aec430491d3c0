#pragma once

#include "widgets/contacts/contactwritecommand.h"

class QUndoStack;

namespace payops {

// Importing contacts (all in one transaction), undoable as one step. perform() checks the entries now
// and, when all are acceptable, pushes the command, whose first redo queues the import: undo removes
// the imported entries, redo puts them back with the same ids. As for an add, the new ids live in a
// ContactDirectory::StoredEntries on the writer thread, where the undo and redo writes read them.
class ImportContactsCommand final : public ContactWriteCommand
{
public:
    // Returns the error naming the refused entry (and pushes nothing) when ContactDirectory::checkAddAll()
    // refuses one; pushes nothing for no entries. `done` gets the import's result while `context`
    // exists; `errors` gets every failure of a write the command queued, the first one included.
    static ContactDirectory::BatchResult perform(QUndoStack &stack, ContactDirectory &directory,
                                                 const QList<ContactEntry> &entries, ErrorSink errors = {},
                                                 QObject *context = nullptr, ContactDirectory::BatchCallback done = {});

    ImportContactsCommand(QUndoStack &stack, ContactDirectory &directory, QList<ContactEntry> entries, ErrorSink errors,
                          QObject *context = nullptr, ContactDirectory::BatchCallback done = {},
                          QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    QList<ContactEntry> m_entries;            // as the user chose them
    ContactDirectory::StoredEntries m_stored; // as stored, with their ids: the writer thread's
    ContactDirectory::BatchCallback m_done;
    bool m_queued = false;
};

} // namespace payops
