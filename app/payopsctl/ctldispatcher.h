#pragma once

#include "app/payopsctl/ctlcommand.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace payops {

class CtlOutput;

// payopsctl's front door: --help (the subcommands), --version, and the subcommand named by the
// first words of the command line, which gets the rest.
class CtlDispatcher final
{
    Q_DECLARE_TR_FUNCTIONS(payops::CtlDispatcher)

public:
    CtlDispatcher();

    // Whether the command line names a subcommand that needs a QGuiApplication. Asked before
    // any application object exists (it translates nothing).
    [[nodiscard]] bool needsGui(const QStringList &arguments) const;
    // `arguments` without the program name. Returns the exit code.
    int run(const QStringList &arguments, CtlOutput &out);

    [[nodiscard]] QString helpText() const;

private:
    // The command whose words start `arguments` (the longest match), or nullptr.
    [[nodiscard]] CtlCommand *find(const QStringList &arguments) const;

    std::vector<std::unique_ptr<CtlCommand>> m_commands;
};

} // namespace payops
