#pragma once

#include "contacts/contactdirectory.h"

#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace payops {

// Importing contacts (all in one transaction), undoable as one step: undo removes the imported
// entries, redo puts them back with the same ids.
class ImportContactsCommand final : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString &)>;

    static ContactDirectory::BatchResult perform(QUndoStack &stack, ContactDirectory &directory,
                                                 const QList<ContactEntry> &entries, ErrorSink errors = {});

    ImportContactsCommand(ContactDirectory &directory, QList<ContactEntry> imported, ErrorSink errors,
                          QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ContactDirectory &m_directory;
    QList<ContactEntry> m_entries;
    ErrorSink m_errors;
    bool m_done = true;
};

} // namespace payops
