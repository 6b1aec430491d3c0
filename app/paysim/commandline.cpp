#include "app/paysim/commandline.h"

#include "app/paysim/scenariocatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace payops::sim {

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption bind{u"bind"_s, CommandLine::tr("Address to listen on (default 127.0.0.1)."), CommandLine::tr("address"),
                            u"127.0.0.1"_s};
    QCommandLineOption basePort{u"base-port"_s,
                                CommandLine::tr("First service port (default 9101); 0 picks free ports and prints them."),
                                CommandLine::tr("port"), u"9101"_s};
    QCommandLineOption portOf{u"port-of"_s, CommandLine::tr("First port of one service's range, e.g. payment_gateway=9202 "
                                               "(repeatable)."),
                              CommandLine::tr("service=port")};
    QCommandLineOption controlPort{u"control-port"_s, CommandLine::tr("Control endpoint port (default 9099); 0 picks a free port."),
                                   CommandLine::tr("port"), u"9099"_s};
    QCommandLineOption controlBind{u"control-bind"_s,
                                   CommandLine::tr("Address of the control endpoint (default 127.0.0.1, whatever --bind is)."),
                                   CommandLine::tr("address"), u"127.0.0.1"_s};
    QCommandLineOption instances{u"instances"_s, CommandLine::tr("Instances of each service (default 1)."), CommandLine::tr("n"), u"1"_s};
    QCommandLineOption scenario{u"scenario"_s,
                                CommandLine::tr("Start with a scenario, on one service or on its default services "
                                   "(repeatable)."),
                                CommandLine::tr("name[:service]")};
    QCommandLineOption listScenarios{u"list-scenarios"_s, CommandLine::tr("List the scenarios and exit.")};
    QCommandLineOption seed{u"seed"_s, CommandLine::tr("Seed of the noise: the same seed and simulated time give the same output."),
                            CommandLine::tr("n")};
    QCommandLineOption speed{u"speed"_s, CommandLine::tr("Simulated seconds per real second, up to 3600 (default 1)."),
                             CommandLine::tr("factor"),
                             u"1"_s};
    QCommandLineOption startTime{u"start-time"_s,
                                 CommandLine::tr("Simulated start time, ISO 8601 (2024-05-01T09:00:00Z) or Unix seconds "
                                    "(default: now)."),
                                 CommandLine::tr("time")};

    Parser()
    {
        parser.setApplicationDescription(CommandLine::tr("Simulates the payment services for PayOps Console."));
        parser.addOptions({bind, basePort, portOf, controlPort, controlBind, instances, scenario, listScenarios, seed, speed,
                           startTime});
    }
};

CommandLineResult fail(const QString &message)
{
    CommandLineResult r;
    r.action = CommandLineResult::Action::Error;
    r.text = message;
    return r;
}

std::optional<int> parsePort(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return std::nullopt;
    return port;
}

} // namespace

QString CommandLine::helpText()
{
    Parser p;
    QString text = p.parser.helpText();
    text += u'\n' + tr("Services and ports:") + u'\n';
    text += tr("  Instance i of payment_frontend, payment_gateway, payment_backend, payment_callback\n"
               "  (s = 0, 1, 2, 3) listens on base-port + s*instances + i, or on PORT + i with --port-of.\n"
               "  Each serves GET /metrics (Prometheus text 0.0.4) and GET /health (JSON).\n"
               "  On start one line per listening range is printed on stdout:\n"
               "    listening <service> <address>:<first>[-<last>] /metrics /health\n"
               "    control <address>:<port>\n"
               "    ready\n");
    text += u'\n' + tr("Scenarios (--list-scenarios describes each):") + u'\n';
    text += tr("  NAME applies to the scenario's default services, NAME:SERVICE to one service,\n"
               "  NAME:all to every service. \"crash\" closes the port (connection refused);\n"
               "  \"crash-hang\" accepts connections and never answers.\n");
    text += u'\n' + tr("Control endpoint:") + u'\n';
    text += tr("  GET /scenarios; POST /scenario {\"name\": \"slow-db\", \"service\": \"payment_backend\"};\n"
               "  PUT /scenario/NAME?service=SERVICE; DELETE /scenario/NAME[?service=SERVICE];\n"
               "  DELETE /scenario clears all.\n"
               "  Every request must carry the Host of the control line (localhost:PORT too on loopback),\n"
               "  and POST, PUT and DELETE \"Content-Type: application/json\", so a web page cannot\n"
               "  switch scenarios:\n"
               "    curl -X PUT -H 'Content-Type: application/json' \\\n"
               "      'http://127.0.0.1:9099/scenario/slow-db?service=payment_backend'\n");
    text += tr("  GET /instances lists every instance (port, restarts, uptime);\n"
               "  POST /instances/SERVICE/INDEX/restart[?downtime=SECONDS&fail=1] restarts one instance:\n"
               "  its port closes for the downtime (default 2 s), then a new process listens; with fail=1\n"
               "  its /health says \"down\" until the next restart.\n");
    return text;
}

CommandLineResult CommandLine::parse(const QStringList &arguments)
{
    Parser p;
    const QCommandLineOption help = p.parser.addHelpOption();
    const QCommandLineOption version = p.parser.addVersionOption();
    if (!p.parser.parse(arguments))
        return fail(p.parser.errorText());
    if (!p.parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument: %1").arg(p.parser.positionalArguments().constFirst()));

    CommandLineResult result;
    if (p.parser.isSet(help)) {
        result.action = CommandLineResult::Action::Help;
        result.text = helpText();
        return result;
    }
    if (p.parser.isSet(version)) {
        result.action = CommandLineResult::Action::Version;
        result.text = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n';
        return result;
    }
    if (p.parser.isSet(p.listScenarios)) {
        result.action = CommandLineResult::Action::ListScenarios;
        result.text = ScenarioCatalog::listing();
        return result;
    }

    PaysimOptions &o = result.options;
    if (!o.bind.setAddress(p.parser.value(p.bind)))
        return fail(tr("--bind: not an IP address: %1").arg(p.parser.value(p.bind)));

    if (!o.controlBind.setAddress(p.parser.value(p.controlBind)))
        return fail(tr("--control-bind: not an IP address: %1").arg(p.parser.value(p.controlBind)));

    const std::optional<int> base = parsePort(p.parser.value(p.basePort));
    if (!base)
        return fail(tr("--base-port: not a port: %1").arg(p.parser.value(p.basePort)));
    o.basePort = *base;
    const std::optional<int> control = parsePort(p.parser.value(p.controlPort));
    if (!control)
        return fail(tr("--control-port: not a port: %1").arg(p.parser.value(p.controlPort)));
    o.controlPort = *control;

    bool ok = false;
    o.instances = p.parser.value(p.instances).toInt(&ok);
    if (!ok || o.instances < 1 || o.instances > 10000)
        return fail(tr("--instances: expected 1 to 10000, got %1").arg(p.parser.value(p.instances)));

    for (const QString &spec : p.parser.values(p.portOf)) {
        const qsizetype eq = spec.indexOf(u'=');
        const std::optional<ServiceKind> kind =
            eq < 0 ? std::nullopt : ServiceProfile::kindFromName(QStringView(spec).left(eq));
        const std::optional<int> port = eq < 0 ? std::nullopt : parsePort(spec.mid(eq + 1));
        if (!kind || !port)
            return fail(tr("--port-of: expected SERVICE=PORT, got %1").arg(spec));
        o.portOf[size_t(*kind)] = *port;
    }

    for (const QString &spec : p.parser.values(p.scenario)) {
        const qsizetype colon = spec.indexOf(u':');
        ScenarioRequest request{colon < 0 ? spec : spec.left(colon), colon < 0 ? QString() : spec.mid(colon + 1)};
        if (!ScenarioCatalog::kindFromName(request.name))
            return fail(tr("--scenario: unknown scenario \"%1\" (see --list-scenarios)").arg(request.name));
        if (!request.service.isEmpty() && request.service != u"all"
            && !ServiceProfile::kindFromName(request.service))
            return fail(tr("--scenario: unknown service \"%1\"").arg(request.service));
        o.scenarios.append(request);
    }

    if (p.parser.isSet(p.seed)) {
        const quint64 seed = p.parser.value(p.seed).toULongLong(&ok);
        if (!ok)
            return fail(tr("--seed: not a number: %1").arg(p.parser.value(p.seed)));
        o.seed = seed;
    }

    o.speed = p.parser.value(p.speed).toDouble(&ok);
    // Catching up costs CPU in proportion to simulated time: an hour per second is the ceiling.
    if (!ok || !(o.speed > 0) || o.speed > 3600)
        return fail(tr("--speed: expected a factor above 0 and at most 3600, got %1").arg(p.parser.value(p.speed)));

    if (p.parser.isSet(p.startTime)) {
        const QString text = p.parser.value(p.startTime);
        const qint64 seconds = text.toLongLong(&ok);
        if (ok) {
            o.startMs = seconds * 1000;
        } else {
            const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!when.isValid())
                return fail(tr("--start-time: expected ISO 8601 or Unix seconds, got %1").arg(text));
            o.startMs = when.toMSecsSinceEpoch();
        }
    }

    // Every fixed port must exist, and no two ranges (or the control port) may overlap.
    QList<std::pair<int, int>> ranges;
    for (ServiceKind kind : ServiceProfile::allKinds()) {
        const std::optional<int> fixed = o.portOf[size_t(kind)];
        const int first = fixed ? *fixed : (o.basePort == 0 ? 0 : o.basePort + int(kind) * o.instances);
        if (first == 0)
            continue;
        const int last = first + o.instances - 1;
        if (last > 65535)
            return fail(tr("ports of %1 would run past 65535").arg(ServiceProfile::nameOf(kind)));
        ranges.append({first, last});
    }
    if (o.controlPort != 0)
        ranges.append({o.controlPort, o.controlPort});
    std::sort(ranges.begin(), ranges.end());
    for (qsizetype i = 1; i < ranges.size(); ++i) {
        if (ranges.at(i).first <= ranges.at(i - 1).second)
            return fail(tr("port ranges overlap at %1; change --base-port, --port-of or --control-port")
                            .arg(ranges.at(i).first));
    }
    return result;
}

} // namespace payops::sim
