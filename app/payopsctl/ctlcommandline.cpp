#include "app/payopsctl/ctlcommandline.h"

#include "app/payopsctl/ctlcommand.h"
#include "app/payopsctl/ctldatabase.h"
#include "app/payopsctl/ctloutput.h"

#include <cmath>

namespace payops {

std::optional<qint64> CtlCommandLine::secondsToMs(const QString &text, double minimum, double maximum)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < minimum || seconds > maximum)
        return std::nullopt;
    return std::llround(seconds * 1000.0);
}

CtlCommandLine::CtlCommandLine(QString usage, QString description)
    : m_usage(std::move(usage))
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, tr("Shows this help."))
    , m_database(QStringLiteral("db"),
                 tr("The database file (default: the console's, %1).").arg(CtlDatabase::defaultPath()),
                 tr("PATH"))
    , m_json(QStringLiteral("json"), tr("Writes the result as JSON (stable keys) instead of text."))
{
    m_parser.setApplicationDescription(description);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addOption(m_help);
}

void CtlCommandLine::addDatabaseOption()
{
    m_hasDatabase = m_parser.addOption(m_database);
}

void CtlCommandLine::addJsonOption()
{
    m_hasJson = m_parser.addOption(m_json);
}

QString CtlCommandLine::databasePath() const
{
    const QString value = m_hasDatabase && m_parser.isSet(m_database) ? m_parser.value(m_database) : QString();
    return value.isEmpty() ? CtlDatabase::defaultPath() : value;
}

bool CtlCommandLine::json() const
{
    return m_hasJson && m_parser.isSet(m_json);
}

std::optional<int> CtlCommandLine::parse(const QStringList &arguments, CtlOutput &out, int minPositional,
                                         int maxPositional)
{
    if (!m_parser.parse(QStringList{QStringLiteral("payopsctl")} + arguments))
        return usageError(m_parser.errorText(), out);
    if (m_parser.isSet(m_help)) {
        out.print(helpText());
        return CtlCommand::Ok;
    }
    const qsizetype given = m_parser.positionalArguments().size();
    if (given < minPositional)
        return usageError(tr("An argument is missing."), out);
    if (given > maxPositional)
        return usageError(tr("Unexpected argument: %1").arg(m_parser.positionalArguments().at(maxPositional)), out);
    if (m_hasDatabase && m_parser.isSet(m_database) && m_parser.value(m_database).isEmpty())
        return usageError(tr("--db needs a file name."), out);
    return std::nullopt;
}

int CtlCommandLine::usageError(const QString &message, CtlOutput &out) const
{
    out.error(message);
    out.error(tr("Usage: %1").arg(m_usage));
    out.error(tr("Run it with --help for more."));
    return CtlCommand::Usage;
}

QString CtlCommandLine::helpText() const
{
    // Qt's text starts with its own usage line (the program name only): ours names the subcommand.
    QString text = m_parser.helpText();
    const qsizetype firstBreak = text.indexOf(u'\n');
    text = tr("Usage: %1").arg(m_usage) + (firstBreak < 0 ? QString() : text.mid(firstBreak));
    if (!text.endsWith(u'\n'))
        text.append(u'\n');
    return text + u'\n' + exitCodesText();
}

QString CtlCommandLine::exitCodesText()
{
    return tr("Exit codes:\n"
              "  0  ok: done, nothing wrong found\n"
              "  1  failure: something wrong was found or the job failed (the reason is on stderr)\n"
              "  2  usage error: the command line was wrong, nothing was done");
}

} // namespace payops
