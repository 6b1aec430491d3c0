#pragma once

#include "contacts/contactdirectory.h"

#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace payops {

// Editing a contact, undoable. perform() saves the new version and, when that worked, pushes the
// command: undo saves the old version back, redo the new one.
class EditContactCommand final : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString &)>;

    static ContactDirectory::WriteResult perform(QUndoStack &stack, ContactDirectory &directory, const ContactEntry &after,
                                                 ErrorSink errors = {});

    EditContactCommand(ContactDirectory &directory, ContactEntry before, ContactEntry after, ErrorSink errors,
                       QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void apply(const ContactEntry &entry);

    ContactDirectory &m_directory;
    ContactEntry m_before;
    ContactEntry m_after;
    ErrorSink m_errors;
    bool m_done = true;
};

} // namespace payops
