#pragma once

#include "contacts/contactdirectory.h"

#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace payops {

// Deleting a contact, undoable. perform() deletes it and, when that worked, pushes the command:
// undo puts the entry back with its ids and contact points, redo deletes it again.
class RemoveContactCommand final : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString &)>;

    static ContactDirectory::WriteResult perform(QUndoStack &stack, ContactDirectory &directory, qint64 id,
                                                 ErrorSink errors = {});

    RemoveContactCommand(ContactDirectory &directory, ContactEntry removed, ErrorSink errors, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ContactDirectory &m_directory;
    ContactEntry m_entry;
    ErrorSink m_errors;
    bool m_done = true;
};

} // namespace payops
