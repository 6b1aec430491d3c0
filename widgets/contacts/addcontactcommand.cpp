#include "widgets/contacts/addcontactcommand.h"

#include <QUndoStack>

namespace payops {

ContactDirectory::WriteResult AddContactCommand::perform(QUndoStack &stack, ContactDirectory &directory,
                                                         const ContactEntry &entry, ErrorSink errors, QObject *context,
                                                         ContactDirectory::WriteCallback done)
{
    const ContactDirectory::WriteResult check = directory.checkAdd(entry);
    if (check.ok())
        stack.push(new AddContactCommand(stack, directory, entry, std::move(errors), context, std::move(done)));
    return check;
}

AddContactCommand::AddContactCommand(QUndoStack &stack, ContactDirectory &directory, ContactEntry entry, ErrorSink errors,
                                     QObject *context, ContactDirectory::WriteCallback done, QUndoCommand *parent)
    : ContactWriteCommand(stack, directory, std::move(errors), context, parent)
    , m_entry(std::move(entry))
    , m_stored(ContactDirectory::makeStored())
    , m_done(std::move(done))
{
    setText(QCoreApplication::translate("payops::ContactCommands", "Add %1").arg(m_entry.name.trimmed()));
}

void AddContactCommand::undo()
{
    removeStoredEntries(m_stored);
}

void AddContactCommand::redo()
{
    if (m_queued) {
        restoreStoredEntries(m_stored);
        return;
    }
    m_queued = true;
    directory().add(
        m_entry, guard(),
        [this](const ContactDirectory::WriteResult &result) {
            if (m_done && wantsFirstResult())
                m_done(result);
            if (!result.ok())
                firstWriteFailed(result.message()); // last: may delete this
        },
        m_stored);
}

} // namespace payops
