#include "contacts/addcontactcommand.h"

#include <QUndoStack>

namespace payops {

ContactDirectory::WriteResult AddContactCommand::perform(QUndoStack &stack, ContactDirectory &directory,
                                                         const ContactEntry &entry, ErrorSink errors)
{
    ContactDirectory::WriteResult result = directory.add(entry);
    if (!result.ok())
        return result;
    const std::optional<ContactEntry> stored = directory.entry(result.id);
    if (stored)
        stack.push(new AddContactCommand(directory, *stored, std::move(errors)));
    return result;
}

AddContactCommand::AddContactCommand(ContactDirectory &directory, ContactEntry added, ErrorSink errors, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_directory(directory)
    , m_entry(std::move(added))
    , m_errors(std::move(errors))
{
    setText(QCoreApplication::translate("payops::ContactCommands", "Add %1").arg(m_entry.name));
}

void AddContactCommand::undo()
{
    const ContactDirectory::WriteResult result = m_directory.remove(m_entry.id);
    if (!result.ok()) {
        setObsolete(true);
        if (m_errors)
            m_errors(result.message());
    }
}

void AddContactCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    const ContactDirectory::WriteResult result = m_directory.restore(m_entry);
    if (!result.ok()) {
        setObsolete(true);
        if (m_errors)
            m_errors(result.message());
    }
}

} // namespace payops
