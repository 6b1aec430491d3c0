#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>
#include <variant>

namespace payops {

// The one way the console runs a program on the operator's behalf: playbook actions in the
// troubleshooting wizard, command tasks and rolling updates in the scheduler.
//
// Never through a shell: a program and an argument vector, so `;`, `|`, `$()` or a backtick in a
// value is just text. Placeholders ({service}, {host}, {port}, …) are substituted per argument by
// CommandTemplate, which refuses a value that could change what the program does (a leading '-'
// turns a value into an option; a control character splits a log line or a terminal).
struct CommandSpec
{
    QString program;
    QStringList arguments;
    QString workingDirectory;                // empty: the console's own
    QMap<QString, QString> environment;      // added to (or replacing in) the console's environment
    std::chrono::milliseconds timeout{60'000};
    // After the timeout or a cancel the group gets SIGTERM, then SIGKILL once this has passed.
    std::chrono::milliseconds killGrace{2'000};
    qsizetype outputCap = 1024 * 1024;       // bytes kept of each of stdout and stderr
};

struct CommandResult
{
    Q_DECLARE_TR_FUNCTIONS(payops::CommandResult)

public:
    enum class Outcome {
        Exited,        // the program ended by itself; exitCode says how
        FailedToStart, // not found, not executable, …
        TimedOut,      // ended by the runner at spec.timeout
        Cancelled,     // ended by the runner at cancel()
        Crashed,       // ended by a signal the runner did not send
    };

    Outcome outcome = Outcome::FailedToStart;
    int exitCode = -1;
    QByteArray standardOutput; // at most spec.outputCap bytes
    QByteArray standardError;  // at most spec.outputCap bytes
    bool outputTruncated = false;
    qint64 durationMs = 0;
    QString error; // why it failed to start, in words (QProcess' own text)

    [[nodiscard]] bool succeeded() const { return outcome == Outcome::Exited && exitCode == 0; }
    // "exit status 0", "timed out after 30 s; the process group was ended", … in the operator's words.
    [[nodiscard]] QString describe() const;
};

// Substitutes {name} placeholders in each argument. A placeholder with no value, or a value that
// starts with '-', holds a control character or is longer than maxValueLength, refuses the whole
// command (with the reason in words) instead of running something other than what was shown.
class CommandTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(payops::CommandTemplate)

public:
    static constexpr qsizetype maxValueLength = 4096;

    CommandTemplate() = delete;

    // The arguments with every placeholder replaced, or the reason the command is refused.
    [[nodiscard]] static std::variant<QStringList, QString> substitute(const QStringList &arguments,
                                                                       const QHash<QString, QString> &values);
    // Why `value` may not stand in for a placeholder; std::nullopt when it may.
    [[nodiscard]] static std::optional<QString> refusal(const QString &name, const QString &value);
};

// Runs one CommandSpec at a time, asynchronously (QProcess; nothing here waits), in a process group
// of its own, so a timeout or a cancel ends the program and everything it started — also a child
// that ignores SIGTERM. Output arrives live (outputReceived) and is kept up to the cap.
class CommandRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRunner)

public:
    explicit CommandRunner(QObject *parent = nullptr);
    ~CommandRunner() override; // ends a running group (SIGKILL) and waits for the leader

    // Starts `spec`; finished() follows, also when it cannot start. False (and nothing emitted)
    // when a command is already running.
    bool start(const CommandSpec &spec);
    // Ends the running command's process group; finished() reports Cancelled.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_process != nullptr; }
    // The leader's process id (its process group's id too) while running, else 0.
    [[nodiscard]] qint64 processId() const;

Q_SIGNALS:
    // A chunk of output as it arrives (only what is kept: nothing past the cap).
    void outputReceived(const QByteArray &chunk, QProcess::ProcessChannel channel);
    void finished(const payops::CommandResult &result);

private:
    void readChannel(QProcess::ProcessChannel channel);
    void endGroup(CommandResult::Outcome why);
    void signalGroup(int signalNumber) const;
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void finish();

    QProcess *m_process = nullptr; // child of this while running
    qint64 m_groupId = 0;
    CommandSpec m_spec;
    CommandResult m_result;
    std::optional<CommandResult::Outcome> m_endedBy; // set when the runner ended the group
    QElapsedTimer m_clock;
    QTimer m_deadline;
    QTimer m_killTimer;
};

} // namespace payops

Q_DECLARE_METATYPE(payops::CommandResult)
