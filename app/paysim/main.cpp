// paysim: serves simulated payment services for PayOps Console. Parses options and wires objects.
#include "app/paysim/commandline.h"
#include "app/paysim/controlserver.h"
#include "app/paysim/portmap.h"
#include "models/core/processlimits.h"
#include "app/paysim/serviceserver.h"
#include "app/paysim/simulation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace payops::sim;

namespace {

QString trMain(const char *text)
{
    return QCoreApplication::translate("paysim", text);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"paysim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYSIM_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandLineResult parsed = CommandLine::parse(QCoreApplication::arguments());
    switch (parsed.action) {
    case CommandLineResult::Action::Help:
    case CommandLineResult::Action::Version:
    case CommandLineResult::Action::ListScenarios:
        out << parsed.text;
        return 0;
    case CommandLineResult::Action::Error:
        err << u"paysim: "_s << parsed.text << u'\n' << trMain("Try 'paysim --help'.") << u'\n';
        return 2;
    case CommandLineResult::Action::Run:
        break;
    }
    const PaysimOptions &options = parsed.options;

    const QString limitWarning = payops::ProcessLimits::raiseOpenFileLimit(quint64(options.instances) * 4 * 3 + 256);
    if (!limitWarning.isEmpty())
        err << u"paysim: "_s << limitWarning << u'\n';

    SimulationConfig config;
    config.seed = options.seed.value_or(QRandomGenerator::system()->generate64());
    config.instances = options.instances;
    config.startMs = options.startMs.value_or(QDateTime::currentMSecsSinceEpoch());
    config.speed = options.speed;
    config.utcOffsetSeconds = QDateTime::fromMSecsSinceEpoch(config.startMs).offsetFromUtc();
    config.version = QCoreApplication::applicationVersion();
    Simulation simulation(config);
    for (const ScenarioRequest &request : options.scenarios) {
        const ScenarioResult result = simulation.activate(request.name, request.service, config.startMs);
        if (!result.ok()) {
            err << u"paysim: "_s << result.error << u'\n';
            return 2;
        }
    }

    ServiceServer services(&simulation);
    QString error = services.listen(options.bind, [&options](ServiceKind s, int i) { return options.portFor(s, i); });
    ControlServer control(&simulation);
    control.setServices(&services);
    if (error.isEmpty())
        error = control.listen(options.controlBind, quint16(options.controlPort));
    if (!error.isEmpty()) {
        err << u"paysim: "_s << error << u'\n';
        return 1;
    }

    // Machine-readable: tests and scripts find the ports here (see --help).
    for (const QString &line : PortMap::lines(options.bind, services.endpoints(), options.controlBind, control.port()))
        out << line << u'\n';
    out << u"seed "_s << config.seed << u'\n' << u"ready"_s << Qt::endl;
    return QCoreApplication::exec();
}
