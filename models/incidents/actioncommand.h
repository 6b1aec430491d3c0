#pragma once

#include "models/core/commandrunner.h"
#include "models/incidents/playbookaction.h"
#include "models/services/servicetarget.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>
#include <variant>

namespace payops {

// A playbook's command action made runnable for one incident: {service}, {host} and {port} filled
// from the affected service and its first scrape target, per argument (CommandTemplate refuses a
// value that starts with '-' or holds a control character). The wizard shows shown() to the
// operator before anything runs: what they confirm is exactly what CommandRunner starts.
class ActionCommand final
{
    Q_DECLARE_TR_FUNCTIONS(payops::ActionCommand)

public:
    ActionCommand() = delete;

    static constexpr std::chrono::milliseconds defaultTimeout{120'000};
    // What the timeline keeps of a command's output (the runner keeps more while it runs).
    static constexpr qsizetype timelineOutputCap = 64 * 1024;

    // The command, or why it may not run (in words).
    [[nodiscard]] static std::variant<CommandSpec, QString> prepare(const PlaybookAction &action, const QString &service,
                                                                    const QList<ServiceTarget> &targets,
                                                                    std::chrono::milliseconds timeout = defaultTimeout);
    // The program and its arguments as one line, each argument quoted where a space or quote would
    // blur where it ends: for the confirmation and the timeline, never for a shell.
    [[nodiscard]] static QString shown(const CommandSpec &spec);
};

} // namespace payops
