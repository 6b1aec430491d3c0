#include "widgets/contacts/removecontactcommand.h"

#include <QUndoStack>

namespace payops {

ContactDirectory::WriteResult RemoveContactCommand::perform(QUndoStack &stack, ContactDirectory &directory, qint64 id,
                                                            ErrorSink errors, QObject *context,
                                                            ContactDirectory::WriteCallback done)
{
    ContactDirectory::WriteResult result;
    result.id = id;
    const std::optional<ContactEntry> before = directory.entry(id);
    if (!before) {
        result.error = QCoreApplication::translate("payops::ContactCommands", "The contact no longer exists.");
        return result;
    }
    stack.push(new RemoveContactCommand(stack, directory, *before, std::move(errors), context, std::move(done)));
    return result;
}

RemoveContactCommand::RemoveContactCommand(QUndoStack &stack, ContactDirectory &directory, ContactEntry removed,
                                           ErrorSink errors, QObject *context, ContactDirectory::WriteCallback done,
                                           QUndoCommand *parent)
    : ContactWriteCommand(stack, directory, std::move(errors), context, parent)
    , m_entry(std::move(removed))
    , m_done(std::move(done))
{
    setText(QCoreApplication::translate("payops::ContactCommands", "Delete %1").arg(m_entry.name));
}

void RemoveContactCommand::undo()
{
    directory().restore(m_entry, guard(), [this](const ContactDirectory::WriteResult &result) {
        if (!result.ok())
            writeFailed(result.message());
    });
}

void RemoveContactCommand::redo()
{
    if (m_queued) {
        directory().remove(m_entry.id, guard(), [this](const ContactDirectory::WriteResult &result) {
            if (!result.ok())
                writeFailed(result.message());
        });
        return;
    }
    m_queued = true;
    directory().remove(m_entry.id, guard(), [this](const ContactDirectory::WriteResult &result) {
        if (m_done && wantsFirstResult())
            m_done(result);
        if (!result.ok())
            firstWriteFailed(result.message()); // last: may delete this
    });
}

} // namespace payops
