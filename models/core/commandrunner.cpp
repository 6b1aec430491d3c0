#include "models/core/commandrunner.h"

#include <QProcessEnvironment>
#include <QRegularExpression>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace payops {

QString CommandResult::describe() const
{
    QString text;
    switch (outcome) {
    case Outcome::Exited:
        text = tr("exit status %1").arg(exitCode);
        break;
    case Outcome::FailedToStart:
        text = tr("could not start: %1").arg(error);
        break;
    case Outcome::TimedOut:
        text = tr("timed out after %1 s; the program and everything it started were ended")
                   .arg(QString::number(durationMs / 1000.0, 'f', 1));
        break;
    case Outcome::Cancelled:
        text = tr("cancelled; the program and everything it started were ended");
        break;
    case Outcome::Crashed:
        text = tr("ended by a signal (crashed) after %1 s").arg(QString::number(durationMs / 1000.0, 'f', 1));
        break;
    }
    if (outputTruncated)
        text += tr("; output beyond the size limit was not kept");
    return text;
}

std::optional<QString> CommandTemplate::refusal(const QString &name, const QString &value)
{
    if (value.isEmpty())
        return tr("{%1} is empty").arg(name);
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control)
            return tr("{%1} holds a control character (such as a line break)").arg(name);
    }
    if (value.size() > maxValueLength)
        return tr("{%1} is longer than %2 characters").arg(name).arg(maxValueLength);
    if (value.startsWith(u'-'))
        return tr("{%1} starts with \"-\" (\"%2\"): the program would read it as an option")
            .arg(name, value.left(80));
    return std::nullopt;
}

std::variant<QStringList, QString> CommandTemplate::substitute(const QStringList &arguments,
                                                                const QHash<QString, QString> &values)
{
    // Only {lower_case_names} are placeholders: other braces ("{}", JSON) are literal text.
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_][a-z0-9_]*)\\}"));
    QStringList result;
    result.reserve(arguments.size());
    for (const QString &argument : arguments) {
        QString substituted;
        qsizetype from = 0;
        for (auto it = placeholder.globalMatch(argument); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString name = match.captured(1);
            const auto value = values.constFind(name);
            if (value == values.cend())
                return tr("The argument \"%1\" names {%2}, which has no value here.").arg(argument, name);
            if (auto why = refusal(name, *value))
                return *why;
            substituted += QStringView(argument).mid(from, match.capturedStart() - from);
            substituted += *value;
            from = match.capturedEnd();
        }
        substituted += QStringView(argument).mid(from);
        result.append(substituted);
    }
    return result;
}

CommandRunner::CommandRunner(QObject *parent)
    : QObject(parent)
    , m_deadline(this) // children, so that they move with the runner to a worker thread
    , m_killTimer(this)
{
    qRegisterMetaType<payops::CommandResult>();
    m_deadline.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { endGroup(CommandResult::Outcome::TimedOut); });
    connect(&m_killTimer, &QTimer::timeout, this, [this] { signalGroup(SIGKILL); });
}

CommandRunner::~CommandRunner()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    signalGroup(SIGKILL);
    // QProcess' destructor reaps the leader, which SIGKILL has ended.
}

qint64 CommandRunner::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool CommandRunner::start(const CommandSpec &spec)
{
    if (m_process)
        return false;
    m_spec = spec;
    m_result = CommandResult();
    m_endedBy.reset();
    m_groupId = 0;

    m_process = new QProcess(this);
    m_process->setProgram(spec.program);
    m_process->setArguments(spec.arguments);
    if (!spec.workingDirectory.isEmpty())
        m_process->setWorkingDirectory(spec.workingDirectory);
    if (!spec.environment.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (auto it = spec.environment.cbegin(); it != spec.environment.cend(); ++it)
            environment.insert(it.key(), it.value());
        m_process->setProcessEnvironment(environment);
    }
    m_process->setStandardInputFile(QProcess::nullDevice());
    // A group of its own: what the program starts can be ended with it (kill(-group)).
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });

    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { readChannel(QProcess::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { readChannel(QProcess::StandardError); });
    connect(m_process, &QProcess::finished, this, &CommandRunner::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &CommandRunner::onErrorOccurred);

    m_clock.start();
    m_deadline.start(spec.timeout);
    m_process->start();
    m_groupId = m_process->processId();
    return true;
}

void CommandRunner::cancel()
{
    if (m_process && !m_endedBy)
        endGroup(CommandResult::Outcome::Cancelled);
}

void CommandRunner::readChannel(QProcess::ProcessChannel channel)
{
    if (!m_process)
        return;
    m_process->setReadChannel(channel);
    const QByteArray chunk = m_process->readAll();
    QByteArray &kept = channel == QProcess::StandardOutput ? m_result.standardOutput : m_result.standardError;
    const qsizetype room = std::max<qsizetype>(0, m_spec.outputCap - kept.size());
    const QByteArray keep = chunk.left(room);
    if (keep.size() < chunk.size())
        m_result.outputTruncated = true; // the rest is read and dropped, so the program never blocks on a full pipe
    if (keep.isEmpty())
        return;
    kept += keep;
    Q_EMIT outputReceived(keep, channel);
}

void CommandRunner::endGroup(CommandResult::Outcome why)
{
    if (!m_process || m_endedBy)
        return;
    m_endedBy = why;
    m_deadline.stop();
    signalGroup(SIGTERM);
    m_killTimer.start(m_spec.killGrace);
}

void CommandRunner::signalGroup(int signalNumber) const
{
    if (m_groupId <= 0)
        return;
    // The leader may not have reached setpgid() yet in the first instant: then signal it alone.
    if (::kill(-static_cast<pid_t>(m_groupId), signalNumber) != 0)
        ::kill(static_cast<pid_t>(m_groupId), signalNumber);
}

void CommandRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    readChannel(QProcess::StandardOutput);
    readChannel(QProcess::StandardError);
    if (m_endedBy) {
        // The leader is gone; whatever it started and that ignored SIGTERM goes now.
        signalGroup(SIGKILL);
        m_result.outcome = *m_endedBy;
    } else {
        m_result.outcome = status == QProcess::CrashExit ? CommandResult::Outcome::Crashed
                                                         : CommandResult::Outcome::Exited;
    }
    m_result.exitCode = status == QProcess::NormalExit ? exitCode : -1;
    finish();
}

void CommandRunner::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_process)
        return; // the other errors end in finished()
    m_result.outcome = CommandResult::Outcome::FailedToStart;
    m_result.error = m_process->errorString();
    m_groupId = 0;
    // QProcess may report this from inside start(): let start() return before finished() is emitted.
    QMetaObject::invokeMethod(this, &CommandRunner::finish, Qt::QueuedConnection);
}

void CommandRunner::finish()
{
    if (!m_process)
        return;
    m_deadline.stop();
    m_killTimer.stop();
    m_result.durationMs = m_clock.elapsed();
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    m_groupId = 0;
    Q_EMIT finished(m_result);
}

} // namespace payops
