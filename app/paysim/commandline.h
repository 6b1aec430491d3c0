#pragma once

#include "app/paysim/paysimoptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace payops::sim {

struct CommandLineResult
{
    enum class Action { Run, Help, Version, ListScenarios, Error };
    Action action = Action::Run;
    PaysimOptions options;
    QString text; // help, version, listing or the error, translated
};

// paysim's command line: parsing and validation, no side effects.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(payops::sim::CommandLine)

public:
    static CommandLineResult parse(const QStringList &arguments);
    static QString helpText();
};

} // namespace payops::sim
