#include "widgets/targets/targetchangecommand.h"

#include "models/services/targetsdesk.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace payops {

namespace {

QString commandText(const std::optional<ServiceTarget> &before, const std::optional<ServiceTarget> &after)
{
    if (!before)
        return QCoreApplication::translate("payops::TargetChangeCommand", "Add target %1").arg(after->metricsUrl.toDisplayString());
    if (!after)
        return QCoreApplication::translate("payops::TargetChangeCommand", "Remove target %1")
            .arg(before->metricsUrl.toDisplayString());
    return QCoreApplication::translate("payops::TargetChangeCommand", "Edit target %1").arg(after->metricsUrl.toDisplayString());
}

} // namespace

TargetChangeCommand::TargetChangeCommand(QUndoStack &stack, TargetsDesk &desk, std::optional<ServiceTarget> before,
                                         std::optional<ServiceTarget> after, ErrorSink errors)
    : m_stack(stack)
    , m_desk(desk)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_errors(std::move(errors))
    , m_guard(std::make_unique<QObject>())
{
    setText(commandText(m_before, m_after));
}

TargetChangeCommand::~TargetChangeCommand() = default;

void TargetChangeCommand::undo()
{
    apply(m_after, m_before);
}

void TargetChangeCommand::redo()
{
    apply(m_before, m_after);
}

void TargetChangeCommand::apply(const std::optional<ServiceTarget> &from, const std::optional<ServiceTarget> &to)
{
    const bool first = !m_written;
    m_written = true;
    m_desk.change(from, to, m_guard.get(), [this, first](const QString &error) {
        if (error.isEmpty())
            return;
        setObsolete(true);
        if (m_errors)
            m_errors(error);
        const int count = m_stack.count();
        if (first && m_stack.index() == count && count > 0 && m_stack.command(count - 1) == this)
            m_stack.undo(); // obsolete: QUndoStack deletes it without calling undo(); last, it deletes this
    });
}

} // namespace payops
