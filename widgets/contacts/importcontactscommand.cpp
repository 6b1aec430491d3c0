#include "widgets/contacts/importcontactscommand.h"

#include <QUndoStack>

namespace payops {

ContactDirectory::BatchResult ImportContactsCommand::perform(QUndoStack &stack, ContactDirectory &directory,
                                                             const QList<ContactEntry> &entries, ErrorSink errors,
                                                             QObject *context, ContactDirectory::BatchCallback done)
{
    const ContactDirectory::BatchResult check = directory.checkAddAll(entries);
    if (check.ok() && !entries.isEmpty())
        stack.push(new ImportContactsCommand(stack, directory, entries, std::move(errors), context, std::move(done)));
    return check;
}

ImportContactsCommand::ImportContactsCommand(QUndoStack &stack, ContactDirectory &directory, QList<ContactEntry> entries,
                                             ErrorSink errors, QObject *context, ContactDirectory::BatchCallback done,
                                             QUndoCommand *parent)
    : ContactWriteCommand(stack, directory, std::move(errors), context, parent)
    , m_entries(std::move(entries))
    , m_stored(ContactDirectory::makeStored())
    , m_done(std::move(done))
{
    setText(QCoreApplication::translate("payops::ContactCommands", "Import %n contact(s)", nullptr, int(m_entries.size())));
}

void ImportContactsCommand::undo()
{
    removeStoredEntries(m_stored);
}

void ImportContactsCommand::redo()
{
    if (m_queued) {
        restoreStoredEntries(m_stored);
        return;
    }
    m_queued = true;
    directory().addAll(
        m_entries, guard(),
        [this](const ContactDirectory::BatchResult &result) {
            if (m_done && wantsFirstResult())
                m_done(result);
            if (!result.ok())
                firstWriteFailed(result.error); // last: may delete this
        },
        m_stored);
}

} // namespace payops
