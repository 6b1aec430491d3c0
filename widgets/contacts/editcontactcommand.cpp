#include "widgets/contacts/editcontactcommand.h"

#include <QUndoStack>

namespace payops {

ContactDirectory::WriteResult EditContactCommand::perform(QUndoStack &stack, ContactDirectory &directory,
                                                          const ContactEntry &after, ErrorSink errors, QObject *context,
                                                          ContactDirectory::WriteCallback done)
{
    const std::optional<ContactEntry> before = directory.entry(after.id);
    if (!before) {
        ContactDirectory::WriteResult missing;
        missing.id = after.id;
        missing.error = QCoreApplication::translate("payops::ContactCommands", "The contact no longer exists.");
        return missing;
    }
    const ContactDirectory::WriteResult check = directory.checkUpdate(after);
    if (!check.ok())
        return check;
    ContactEntry stored = ContactDirectory::normalized(after);
    stored.personId = before->personId;
    if (stored == *before) // nothing changes: nothing to undo
        directory.update(after, context, std::move(done));
    else
        stack.push(new EditContactCommand(stack, directory, *before, stored, std::move(errors), context, std::move(done)));
    return check;
}

EditContactCommand::EditContactCommand(QUndoStack &stack, ContactDirectory &directory, ContactEntry before, ContactEntry after,
                                       ErrorSink errors, QObject *context, ContactDirectory::WriteCallback done,
                                       QUndoCommand *parent)
    : ContactWriteCommand(stack, directory, std::move(errors), context, parent)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_done(std::move(done))
{
    setText(QCoreApplication::translate("payops::ContactCommands", "Edit %1").arg(m_after.name));
}

void EditContactCommand::apply(const ContactEntry &entry)
{
    directory().update(entry, guard(), [this](const ContactDirectory::WriteResult &result) {
        if (!result.ok())
            writeFailed(result.message());
    });
}

void EditContactCommand::undo()
{
    apply(m_before);
}

void EditContactCommand::redo()
{
    if (m_queued) {
        apply(m_after);
        return;
    }
    m_queued = true;
    directory().update(m_after, guard(), [this](const ContactDirectory::WriteResult &result) {
        if (m_done && wantsFirstResult())
            m_done(result);
        if (!result.ok())
            firstWriteFailed(result.message()); // last: may delete this
    });
}

} // namespace payops
