#pragma once

#include "models/services/servicetarget.h"

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

class QObject;
class QUndoStack;

namespace payops {

class TargetsDesk;

// One undoable change of the configured targets: an add (no `before`), a removal (no `after`) or an
// edit. redo() and undo() queue the write on TargetsDesk and return; the desk announces the new list
// when it lands, which is how polling and the views follow. A write that fails is reported to the
// error sink and makes the command obsolete (QUndoStack drops it); a first write that fails while the
// command is the newest one is dropped at once, as if it had never been pushed.
class TargetChangeCommand final : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString &)>;

    TargetChangeCommand(QUndoStack &stack, TargetsDesk &desk, std::optional<ServiceTarget> before,
                        std::optional<ServiceTarget> after, ErrorSink errors);
    ~TargetChangeCommand() override;
    Q_DISABLE_COPY_MOVE(TargetChangeCommand)

    void undo() override;
    void redo() override;

private:
    void apply(const std::optional<ServiceTarget> &from, const std::optional<ServiceTarget> &to);

    QUndoStack &m_stack;
    TargetsDesk &m_desk;
    std::optional<ServiceTarget> m_before;
    std::optional<ServiceTarget> m_after;
    ErrorSink m_errors;
    std::unique_ptr<QObject> m_guard; // the context of its writes: none is answered once it is deleted
    bool m_written = false;           // the first redo() was queued
};

} // namespace payops
