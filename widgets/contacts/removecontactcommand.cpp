#include "contacts/removecontactcommand.h"

#include <QUndoStack>

namespace payops {

ContactDirectory::WriteResult RemoveContactCommand::perform(QUndoStack &stack, ContactDirectory &directory, qint64 id,
                                                            ErrorSink errors)
{
    const std::optional<ContactEntry> before = directory.entry(id);
    if (!before) {
        ContactDirectory::WriteResult missing;
        missing.id = id;
        missing.error = QCoreApplication::translate("payops::ContactCommands", "The contact no longer exists.");
        return missing;
    }
    ContactDirectory::WriteResult result = directory.remove(id);
    if (result.ok())
        stack.push(new RemoveContactCommand(directory, *before, std::move(errors)));
    return result;
}

RemoveContactCommand::RemoveContactCommand(ContactDirectory &directory, ContactEntry removed, ErrorSink errors,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_directory(directory)
    , m_entry(std::move(removed))
    , m_errors(std::move(errors))
{
    setText(QCoreApplication::translate("payops::ContactCommands", "Delete %1").arg(m_entry.name));
}

void RemoveContactCommand::undo()
{
    const ContactDirectory::WriteResult result = m_directory.restore(m_entry);
    if (!result.ok()) {
        setObsolete(true);
        if (m_errors)
            m_errors(result.message());
    }
}

void RemoveContactCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    const ContactDirectory::WriteResult result = m_directory.remove(m_entry.id);
    if (!result.ok()) {
        setObsolete(true);
        if (m_errors)
            m_errors(result.message());
    }
}

} // namespace payops
