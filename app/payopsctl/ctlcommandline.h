#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace payops {

class CtlOutput;

// A subcommand's command line: QCommandLineParser with payopsctl's own --help (usage line, options,
// exit codes; exit 0) and usage errors (the reason and a hint on stderr; exit 2).
class CtlCommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(payops::CtlCommandLine)

public:
    // `usage`: "payopsctl db check [--db PATH] [--migrate] [--json]"; `description`: translated.
    CtlCommandLine(QString usage, QString description);

    QCommandLineParser &parser() { return m_parser; }
    const QCommandLineParser &parser() const { return m_parser; }

    // --db PATH (default: the console's database) and --json.
    void addDatabaseOption();
    void addJsonOption();
    [[nodiscard]] QString databasePath() const; // the option's value or the console's default
    [[nodiscard]] bool json() const;

    // Parses `arguments` (those after the subcommand's words). std::nullopt: go on; otherwise the
    // exit code to return now (help printed: Ok; wrong command line: Usage, reason on stderr).
    // `minPositional`..`maxPositional` positional arguments are accepted.
    [[nodiscard]] std::optional<int> parse(const QStringList &arguments, CtlOutput &out, int minPositional = 0,
                                           int maxPositional = 0);
    // Prints `message` and the --help hint on stderr; returns CtlCommand::Usage.
    int usageError(const QString &message, CtlOutput &out) const;

    [[nodiscard]] QString helpText() const;
    // Seconds as given on the command line ("3", "0.5") in milliseconds; std::nullopt when not a
    // number from `minimum` to `maximum`.
    [[nodiscard]] static std::optional<qint64> secondsToMs(const QString &text, double minimum, double maximum);
    [[nodiscard]] static QString exitCodesText();

private:
    QCommandLineParser m_parser;
    QString m_usage;
    QCommandLineOption m_help;
    QCommandLineOption m_database;
    QCommandLineOption m_json;
    bool m_hasDatabase = false;
    bool m_hasJson = false;
};

} // namespace payops
