#pragma once

#include <QString>
#include <QStringList>

namespace payops {

class CtlOutput;

// One payopsctl subcommand ("db check", "scrape", ...). The dispatcher picks it by its words and
// hands it the arguments that follow them.
class CtlCommand
{
public:
    // payopsctl's exit codes, the same for every subcommand (ARCHITECTURE.md).
    enum ExitCode : int {
        Ok = 0,      // done; nothing wrong found
        Failure = 1, // something wrong found, or the job failed (the reason is on stderr)
        Usage = 2,   // the command line was wrong (nothing was done)
    };

    CtlCommand() = default;
    virtual ~CtlCommand() = default;
    Q_DISABLE_COPY_MOVE(CtlCommand)

    // The words that name it: {"db", "check"}.
    [[nodiscard]] virtual QStringList words() const = 0;
    // One line for payopsctl --help (translated).
    [[nodiscard]] virtual QString summary() const = 0;
    // True when these arguments need a QGuiApplication (fonts, PDF); asked before any application
    // object exists, so it only looks at the words.
    [[nodiscard]] virtual bool needsGui(const QStringList &arguments) const
    {
        Q_UNUSED(arguments);
        return false;
    }
    // Runs with the arguments after the words; returns an ExitCode.
    virtual int run(const QStringList &arguments, CtlOutput &out) = 0;
};

} // namespace payops
