#pragma once

#include "models/contacts/contactdirectory.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>
#include <memory>

class QUndoStack;

namespace payops {

// What the contact directory's undoable commands share. Their writes are asynchronous: redo() and
// undo() queue a write on ContactDirectory (which runs it on the DatabaseWriter thread) and return; the
// result arrives later on this thread. Because the writer runs writes in the order they were queued,
// an undo pressed before the redo's result arrived still applies after it (see
// ContactDirectory::StoredEntries for how an add's new ids reach its undo).
//
// The results' context is an object the command owns: a command deleted meanwhile (stack cleared,
// redo branch discarded) gets none. A failed write is reported to the error sink and marks the command
// obsolete, so QUndoStack drops it at its next undo or redo; when the first write (the one perform()
// started with push()) fails while the command is still the newest done one, it is dropped at once, as
// if it had never been pushed.
class ContactWriteCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString &)>;

    ~ContactWriteCommand() override;
    Q_DISABLE_COPY_MOVE(ContactWriteCommand)

protected:
    ContactWriteCommand(QUndoStack &stack, ContactDirectory &directory, ErrorSink errors, QObject *doneContext,
                        QUndoCommand *parent);

    [[nodiscard]] ContactDirectory &directory() const { return m_directory; }
    // The context of every write this command queues.
    [[nodiscard]] QObject *guard() const { return m_guard.get(); }
    // Whoever asked perform() for the first result still exists (or named no context).
    [[nodiscard]] bool wantsFirstResult() const { return !m_hasDoneContext || m_doneContext; }
    // A later write (undo, redo) failed.
    void writeFailed(const QString &message);
    // The first write failed. May delete this command: call it last.
    void firstWriteFailed(const QString &message);
    // The undo and the later redos of a command whose first write filled in `stored` (add, import):
    // queue removing the stored entries, or putting them back with the same ids; a failure goes to
    // writeFailed().
    void removeStoredEntries(const ContactDirectory::StoredEntries &stored);
    void restoreStoredEntries(const ContactDirectory::StoredEntries &stored);

private:
    QUndoStack &m_stack;
    ContactDirectory &m_directory;
    ErrorSink m_errors;
    QPointer<QObject> m_doneContext;
    bool m_hasDoneContext = false;
    std::unique_ptr<QObject> m_guard;
};

} // namespace payops
