#include "models/metrics/datasourcechoice.h"

#include <QSettings>

namespace payops {

namespace {

const QString kindKey = QStringLiteral("dataSource/kind");
const QString prometheusKey = QStringLiteral("dataSource/prometheus");

} // namespace

DataSourceChoice DataSourceChoice::load(const QSettings &settings)
{
    DataSourceChoice choice;
    if (settings.value(kindKey).toString() != QLatin1String("prometheus"))
        return choice;
    const PrometheusSourceConfigLoad loaded = PrometheusSourceConfig::fromJson(settings.value(prometheusKey).toByteArray());
    // A configuration that cannot be used (hand-edited, or from another version) falls back to polling.
    if (loaded.ok() && loaded.config.validate().isEmpty())
        choice.prometheus = loaded.config;
    return choice;
}

void DataSourceChoice::save(QSettings &settings) const
{
    settings.setValue(kindKey, prometheus ? QStringLiteral("prometheus") : QStringLiteral("polling"));
    if (prometheus)
        settings.setValue(prometheusKey, prometheus->toJson());
}

} // namespace payops
