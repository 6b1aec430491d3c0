#include "widgets/contacts/contactwritecommand.h"

#include <QUndoStack>

namespace payops {

ContactWriteCommand::ContactWriteCommand(QUndoStack &stack, ContactDirectory &directory, ErrorSink errors,
                                         QObject *doneContext, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_stack(stack)
    , m_directory(directory)
    , m_errors(std::move(errors))
    , m_doneContext(doneContext)
    , m_hasDoneContext(doneContext != nullptr)
    , m_guard(std::make_unique<QObject>())
{
}

ContactWriteCommand::~ContactWriteCommand() = default;

void ContactWriteCommand::writeFailed(const QString &message)
{
    setObsolete(true);
    if (m_errors)
        m_errors(message);
}

void ContactWriteCommand::firstWriteFailed(const QString &message)
{
    writeFailed(message);
    const int count = m_stack.count();
    if (m_stack.index() == count && count > 0 && m_stack.command(count - 1) == this)
        m_stack.undo(); // obsolete: QUndoStack deletes it without calling undo()
}

void ContactWriteCommand::removeStoredEntries(const ContactDirectory::StoredEntries &stored)
{
    m_directory.removeStored(stored, guard(), [this](const ContactDirectory::BatchResult &result) {
        if (!result.ok())
            writeFailed(result.error);
    });
}

void ContactWriteCommand::restoreStoredEntries(const ContactDirectory::StoredEntries &stored)
{
    m_directory.restoreStored(stored, guard(), [this](const ContactDirectory::BatchResult &result) {
        if (!result.ok())
            writeFailed(result.error);
    });
}

} // namespace payops
