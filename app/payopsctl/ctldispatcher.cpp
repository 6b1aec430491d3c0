#include "app/payopsctl/ctldispatcher.h"

#include "app/payopsctl/alertscheckcommand.h"
#include "app/payopsctl/alertsexportcommand.h"
#include "app/payopsctl/alertshistorycommand.h"
#include "app/payopsctl/alertsimportcommand.h"
#include "app/payopsctl/alertslistcommand.h"
#include "app/payopsctl/auditcommands.h"
#include "app/payopsctl/ctlcommandline.h"
#include "app/payopsctl/ctloutput.h"
#include "app/payopsctl/dbcheckcommand.h"
#include "app/payopsctl/diagnosecommand.h"
#include "app/payopsctl/incidentscommands.h"
#include "app/payopsctl/kbexportcommand.h"
#include "app/payopsctl/recordcommand.h"
#include "app/payopsctl/scrapecommand.h"
#include "app/payopsctl/targetsexportcommand.h"
#include "app/payopsctl/targetsimportcommand.h"
#include "app/payopsctl/taskscommands.h"
#include "app/payopsctl/tasksnextcommand.h"

namespace payops {

CtlDispatcher::CtlDispatcher()
{
    m_commands.push_back(std::make_unique<DbCheckCommand>());
    m_commands.push_back(std::make_unique<TargetsImportCommand>());
    m_commands.push_back(std::make_unique<TargetsExportCommand>());
    m_commands.push_back(std::make_unique<ScrapeCommand>());
    m_commands.push_back(std::make_unique<RecordCommand>());
    m_commands.push_back(std::make_unique<KbExportCommand>());
    m_commands.push_back(std::make_unique<AlertsListCommand>());
    m_commands.push_back(std::make_unique<AlertsHistoryCommand>());
    m_commands.push_back(std::make_unique<AlertsExportCommand>());
    m_commands.push_back(std::make_unique<AlertsImportCommand>());
    m_commands.push_back(std::make_unique<AlertsCheckCommand>());
    m_commands.push_back(std::make_unique<TasksListCommand>());
    m_commands.push_back(std::make_unique<TasksHistoryCommand>());
    m_commands.push_back(std::make_unique<TasksRunCommand>());
    m_commands.push_back(std::make_unique<TasksRunDueCommand>());
    m_commands.push_back(std::make_unique<TasksApproveCommand>());
    m_commands.push_back(std::make_unique<TasksRestoreCommand>());
    m_commands.push_back(std::make_unique<TasksBlackoutsCommand>());
    m_commands.push_back(std::make_unique<TasksBlackoutAddCommand>());
    m_commands.push_back(std::make_unique<TasksBlackoutRemoveCommand>());
    m_commands.push_back(std::make_unique<TasksNextCommand>());
    m_commands.push_back(std::make_unique<AuditVerifyCommand>());
    m_commands.push_back(std::make_unique<AuditExportCommand>());
    m_commands.push_back(std::make_unique<DiagnoseCommand>());
    m_commands.push_back(std::make_unique<IncidentsReportCommand>());
}

CtlCommand *CtlDispatcher::find(const QStringList &arguments) const
{
    CtlCommand *best = nullptr;
    qsizetype bestLength = 0;
    for (const auto &command : m_commands) {
        const QStringList words = command->words();
        if (words.size() > bestLength && arguments.mid(0, words.size()) == words) {
            best = command.get();
            bestLength = words.size();
        }
    }
    return best;
}

bool CtlDispatcher::needsGui(const QStringList &arguments) const
{
    const CtlCommand *command = find(arguments);
    return command && command->needsGui(arguments.mid(command->words().size()));
}

int CtlDispatcher::run(const QStringList &arguments, CtlOutput &out)
{
    if (arguments.isEmpty()) {
        out.error(tr("No subcommand was given."));
        out.error(helpText());
        return CtlCommand::Usage;
    }
    const QString &first = arguments.constFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        out.print(helpText());
        return CtlCommand::Ok;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out.print(QStringLiteral("payopsctl %1").arg(QCoreApplication::applicationVersion()));
        return CtlCommand::Ok;
    }
    CtlCommand *command = find(arguments);
    if (!command) {
        out.error(tr("Unknown subcommand: %1").arg(arguments.mid(0, 2).join(u' ')));
        out.error(tr("Run payopsctl --help for the list of subcommands."));
        return CtlCommand::Usage;
    }
    return command->run(arguments.mid(command->words().size()), out);
}

QString CtlDispatcher::helpText() const
{
    QString text = tr("Usage: payopsctl SUBCOMMAND [options]\n"
                      "The PayOps console's headless tool: the same models, no window.\n\n"
                      "Subcommands:\n");
    qsizetype width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, command->words().join(u' ').size());
    for (const auto &command : m_commands)
        text += QStringLiteral("  ") + command->words().join(u' ').leftJustified(width + 2) + command->summary() + u'\n';
    text += u'\n' + tr("Options:\n"
                       "  -h, --help     Shows this help.\n"
                       "  -v, --version  Shows the version.\n"
                       "Each subcommand has its own --help, e.g. payopsctl db check --help.\n\n");
    return text + CtlCommandLine::exitCodesText();
}

} // namespace payops
