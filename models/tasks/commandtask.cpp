#include "models/tasks/commandtask.h"

#include "models/core/commandrunner.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

constexpr qsizetype defaultOutputCap = 256 * 1024;

QString substituteOne(const QString &text, const QHash<QString, QString> &values, QString *error)
{
    const std::variant<QStringList, QString> done = CommandTemplate::substitute({text}, values);
    if (const QString *refusal = std::get_if<QString>(&done)) {
        *error = *refusal;
        return {};
    }
    return std::get<QStringList>(done).value(0);
}

} // namespace

QHash<QString, QString> CommandTask::placeholders(const TaskDefinition &task, const TaskRun &run, qint64 nowMs)
{
    const QTimeZone zone(task.timeZone.toUtf8());
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(nowMs, zone.isValid() ? zone : QTimeZone::utc());
    return {{u"task"_s, task.name},
            {u"run"_s, QString::number(run.id)},
            {u"date"_s, local.toString(u"yyyy-MM-dd"_s)},
            {u"time"_s, local.toString(u"HHmmss"_s)},
            {u"utc"_s, QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).toString(u"yyyyMMdd'T'HHmmss'Z'"_s)}};
}

std::variant<CommandSpec, QString> CommandTask::spec(const TaskDefinition &task, const QHash<QString, QString> &values)
{
    CommandSpec spec;
    spec.program = task.settings.value(u"program"_s).toString();
    if (spec.program.trimmed().isEmpty())
        return tr("The task %1 names no program to run.").arg(task.name);
    QStringList arguments;
    for (const QJsonValue &argument : task.settings.value(u"arguments"_s).toArray()) {
        if (!argument.isString())
            return tr("Every argument of the task %1 must be text.").arg(task.name);
        arguments << argument.toString();
    }
    const std::variant<QStringList, QString> substituted = CommandTemplate::substitute(arguments, values);
    if (const QString *refusal = std::get_if<QString>(&substituted))
        return tr("Not run: %1").arg(*refusal);
    spec.arguments = std::get<QStringList>(substituted);
    spec.workingDirectory = task.settings.value(u"workingDirectory"_s).toString();
    const QJsonObject environment = task.settings.value(u"environment"_s).toObject();
    for (auto it = environment.constBegin(); it != environment.constEnd(); ++it)
        spec.environment.insert(it.key(), it.value().toString());
    spec.timeout = std::chrono::milliseconds(qint64(task.timeoutSeconds) * 1000);
    spec.outputCap = task.settings.value(u"outputCapBytes"_s).toInteger(defaultOutputCap);
    return spec;
}

TaskOutcome CommandTask::run(const TaskDefinition &task, const TaskRun &run, qint64 nowMs)
{
    TaskOutcome outcome;
    const QHash<QString, QString> values = placeholders(task, run, nowMs);
    std::variant<CommandSpec, QString> built = spec(task, values);
    if (const QString *refusal = std::get_if<QString>(&built)) {
        outcome.summary = *refusal;
        return outcome;
    }
    const CommandSpec &command = std::get<CommandSpec>(built);
    QString successFile;
    if (const QString pattern = task.settings.value(u"successFile"_s).toString(); !pattern.isEmpty()) {
        QString refusal;
        successFile = substituteOne(pattern, values, &refusal);
        if (!refusal.isEmpty()) {
            outcome.summary = tr("Not run: %1").arg(refusal);
            return outcome;
        }
    }

    CommandRunner runner;
    QEventLoop loop;
    CommandResult result;
    QObject::connect(&runner, &CommandRunner::finished, &loop, [&](const CommandResult &done) {
        result = done;
        loop.quit();
    });
    if (!runner.start(command)) {
        outcome.summary = tr("The command could not be started.");
        return outcome;
    }
    loop.exec();

    outcome.output = QString::fromUtf8(result.standardOutput);
    if (!result.standardError.isEmpty())
        outcome.output += (outcome.output.isEmpty() ? QString() : u"\n"_s) + tr("--- standard error ---") + u'\n'
            + QString::fromUtf8(result.standardError);
    if (result.outputTruncated)
        outcome.output += u'\n' + tr("(output cut at %1 bytes per stream)").arg(command.outputCap);
    outcome.summary = result.describe();
    outcome.succeeded = result.succeeded();
    if (outcome.succeeded && !successFile.isEmpty()) {
        const QFileInfo file(successFile);
        if (!file.exists() || file.size() == 0) {
            outcome.succeeded = false;
            outcome.summary = tr("%1, but %2 is missing or empty.").arg(outcome.summary, successFile);
        } else {
            outcome.artifact = file.absoluteFilePath();
            outcome.summary = tr("%1; %2 written (%3 bytes).").arg(outcome.summary, successFile).arg(file.size());
        }
    }
    return outcome;
}

} // namespace payops
