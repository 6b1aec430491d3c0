#include "contacts/importcontactscommand.h"

#include <QUndoStack>

namespace payops {

ContactDirectory::BatchResult ImportContactsCommand::perform(QUndoStack &stack, ContactDirectory &directory,
                                                             const QList<ContactEntry> &entries, ErrorSink errors)
{
    ContactDirectory::BatchResult result = directory.addAll(entries);
    if (!result.ok() || result.ids.isEmpty())
        return result;
    QList<ContactEntry> stored;
    for (qint64 id : std::as_const(result.ids)) {
        if (const std::optional<ContactEntry> entry = directory.entry(id))
            stored.append(*entry);
    }
    stack.push(new ImportContactsCommand(directory, stored, std::move(errors)));
    return result;
}

ImportContactsCommand::ImportContactsCommand(ContactDirectory &directory, QList<ContactEntry> imported, ErrorSink errors,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_directory(directory)
    , m_entries(std::move(imported))
    , m_errors(std::move(errors))
{
    setText(QCoreApplication::translate("payops::ContactCommands", "Import %n contact(s)", nullptr, int(m_entries.size())));
}

void ImportContactsCommand::undo()
{
    QList<qint64> ids;
    for (const ContactEntry &entry : std::as_const(m_entries))
        ids.append(entry.id);
    const ContactDirectory::BatchResult result = m_directory.removeAll(ids);
    if (!result.ok()) {
        setObsolete(true);
        if (m_errors)
            m_errors(result.error);
    }
}

void ImportContactsCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    for (const ContactEntry &entry : std::as_const(m_entries)) {
        const ContactDirectory::WriteResult result = m_directory.restore(entry);
        if (!result.ok()) {
            setObsolete(true);
            if (m_errors)
                m_errors(result.message());
            return;
        }
    }
}

} // namespace payops
