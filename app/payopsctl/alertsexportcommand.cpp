#include "app/payopsctl/alertsexportcommand.h"

#include "app/payopsctl/alertsrules.h"
#include "app/payopsctl/ctlcommandline.h"
#include "app/payopsctl/ctldatabase.h"
#include "app/payopsctl/ctloutput.h"
#include "models/alerts/alertrulejson.h"
#include "models/alerts/prometheusruleexport.h"
#include "models/metrics/prometheussourceconfig.h"

#include <QDir>
#include <QSaveFile>

namespace payops {

QStringList AlertsExportCommand::words() const
{
    return {QStringLiteral("alerts"), QStringLiteral("export")};
}

QString AlertsExportCommand::summary() const
{
    return tr("Exports the alert rules as JSON or as a Prometheus rule file.");
}

int AlertsExportCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(QStringLiteral("payopsctl alerts export --format prometheus|json [--db PATH] "
                                       "[--prometheus-config FILE] [FILE|-]"),
                        tr("Writes the alert rules to FILE, or to standard output when FILE is - or missing.\n"
                           "json: the console's rule format (payopsctl alerts import reads it back).\n"
                           "prometheus: a rule file for Prometheus 2.42 or later (check it with promtool check "
                           "rules), with each metric's PromQL as the console's Prometheus data source queries it "
                           "(from --prometheus-config, the console's Prometheus settings, when given)."));
    line.addDatabaseOption();
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("prometheus or json."), tr("FORMAT"));
    const QCommandLineOption configOption(QStringLiteral("prometheus-config"),
                                          tr("The Prometheus data source settings (JSON) whose expressions to use."),
                                          tr("FILE"));
    line.parser().addOptions({formatOption, configOption});
    line.parser().addPositionalArgument(QStringLiteral("FILE"), tr("The file to write; - for standard output."),
                                        QStringLiteral("[FILE|-]"));
    if (const std::optional<int> done = line.parse(arguments, out, 0, 1))
        return *done;
    const QString format = line.parser().value(formatOption);
    if (format != QLatin1String("prometheus") && format != QLatin1String("json"))
        return line.usageError(tr("--format must be prometheus or json."), out);
    PrometheusSourceConfig config;
    if (line.parser().isSet(configOption)) {
        const PrometheusSourceConfigLoad loaded = PrometheusSourceConfig::load(line.parser().value(configOption));
        if (!loaded.ok()) {
            out.error(loaded.error);
            return Failure;
        }
        config = loaded.config;
    }
    const std::unique_ptr<Database> database = CtlDatabase::open(line.databasePath(), CtlDatabase::Mode::LikeConsole, out);
    if (!database)
        return Failure;
    const std::optional<QList<AlertRule>> rules = AlertsRules::fromDatabase(*database, out);
    if (!rules)
        return Failure;
    QStringList skipped;
    const QByteArray bytes = format == QLatin1String("json") ? AlertRuleJson::toJson(*rules)
                                                             : PrometheusRuleExport::toYaml(*rules, config, &skipped);
    for (const QString &name : std::as_const(skipped))
        out.error(tr("Left out of the Prometheus rules: %1 (disabled, or its metric has no PromQL expression).").arg(name));
    const QStringList positional = line.parser().positionalArguments();
    const QString file = positional.isEmpty() ? QStringLiteral("-") : positional.constFirst();
    if (file == QLatin1String("-")) {
        out.raw(bytes);
        return Ok;
    }
    QSaveFile saved(file);
    if (!saved.open(QIODevice::WriteOnly) || saved.write(bytes) != bytes.size() || !saved.commit()) {
        out.error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), saved.errorString()));
        return Failure;
    }
    out.print(tr("%1 alert rules written to %2").arg(rules->size() - skipped.size()).arg(QDir::toNativeSeparators(file)));
    return Ok;
}

} // namespace payops
