#include "contacts/editcontactcommand.h"

#include <QUndoStack>

namespace payops {

ContactDirectory::WriteResult EditContactCommand::perform(QUndoStack &stack, ContactDirectory &directory,
                                                          const ContactEntry &after, ErrorSink errors)
{
    const std::optional<ContactEntry> before = directory.entry(after.id);
    if (!before) {
        ContactDirectory::WriteResult missing;
        missing.id = after.id;
        missing.error = QCoreApplication::translate("payops::ContactCommands", "The contact no longer exists.");
        return missing;
    }
    ContactDirectory::WriteResult result = directory.update(after);
    if (!result.ok())
        return result;
    const std::optional<ContactEntry> stored = directory.entry(after.id);
    if (stored && !(*stored == *before))
        stack.push(new EditContactCommand(directory, *before, *stored, std::move(errors)));
    return result;
}

EditContactCommand::EditContactCommand(ContactDirectory &directory, ContactEntry before, ContactEntry after, ErrorSink errors,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_directory(directory)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_errors(std::move(errors))
{
    setText(QCoreApplication::translate("payops::ContactCommands", "Edit %1").arg(m_after.name));
}

void EditContactCommand::apply(const ContactEntry &entry)
{
    const ContactDirectory::WriteResult result = m_directory.update(entry);
    if (!result.ok()) {
        setObsolete(true);
        if (m_errors)
            m_errors(result.message());
    }
}

void EditContactCommand::undo()
{
    apply(m_before);
}

void EditContactCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    apply(m_after);
}

} // namespace payops
