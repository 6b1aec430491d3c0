#include "models/incidents/actioncommand.h"

namespace payops {

std::variant<CommandSpec, QString> ActionCommand::prepare(const PlaybookAction &action, const QString &service,
                                                          const QList<ServiceTarget> &targets,
                                                          std::chrono::milliseconds timeout)
{
    if (action.type != PlaybookAction::Type::Command || action.program.isEmpty())
        return tr("This solution has no command to run.");
    QHash<QString, QString> values{{QStringLiteral("service"), service}};
    for (const ServiceTarget &target : targets) {
        if (target.service != service)
            continue;
        values.insert(QStringLiteral("host"), target.metricsUrl.host());
        values.insert(QStringLiteral("port"), QString::number(target.metricsUrl.port(80)));
        break;
    }
    const std::variant<QStringList, QString> arguments = CommandTemplate::substitute(action.arguments, values);
    if (const QString *refusal = std::get_if<QString>(&arguments))
        return *refusal;
    CommandSpec spec;
    spec.program = action.program;
    spec.arguments = std::get<QStringList>(arguments);
    spec.timeout = timeout;
    return spec;
}

QString ActionCommand::shown(const CommandSpec &spec)
{
    QStringList words{spec.program};
    for (const QString &argument : spec.arguments) {
        const bool plain = !argument.isEmpty()
            && std::none_of(argument.cbegin(), argument.cend(), [](QChar c) { return c.isSpace() || c == u'\'' || c == u'"'; });
        words.append(plain ? argument : u'\'' + QString(argument).replace(u'\'', QStringLiteral("'\\''")) + u'\'');
    }
    return words.join(u' ');
}

} // namespace payops
