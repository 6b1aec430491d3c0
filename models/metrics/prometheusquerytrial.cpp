#include "models/metrics/prometheusquerytrial.h"

#include "models/core/jobpool.h"
#include "models/metrics/derivedmetriccatalog.h"
#include "models/metrics/prometheusapiclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QHash>
#include <QLocale>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace payops {

QFuture<QList<PrometheusQueryTrial::Answer>> PrometheusQueryTrial::run(PrometheusSourceConfig config)
{
    return QtConcurrent::run(jobPool(), [config] {
        QList<Answer> answers;
        PrometheusApiClient client;
        client.setConfig(config);
        QHash<quint64, qsizetype> pending;
        QEventLoop loop;
        QObject::connect(&client, &PrometheusApiClient::finished, &loop,
                         [&](quint64 id, const PrometheusResult &result) {
                             const auto at = pending.constFind(id);
                             if (at == pending.cend())
                                 return;
                             answers[*at].result = result;
                             pending.erase(at);
                             if (pending.isEmpty())
                                 loop.quit();
                         });
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (auto it = config.expressions.cbegin(); it != config.expressions.cend(); ++it) {
            const QString expression = config.expression(it.key());
            if (expression.trimmed().isEmpty())
                continue;
            answers.append({it.key(), expression, {}});
            pending.insert(client.query(expression, now), answers.size() - 1);
        }
        if (pending.isEmpty())
            return answers;
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(config.timeoutMs + 1000);
        loop.exec();
        for (const qsizetype index : std::as_const(pending))
            answers[index].result.error = QCoreApplication::translate("payops::PrometheusQueryTrial", "no answer in time");
        return answers;
    });
}

QString PrometheusQueryTrial::summary(const Answer &answer, const QString &serviceLabel)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("payops::PrometheusQueryTrial", text); };
    if (!answer.result.ok())
        return *answer.result.error;
    if (answer.result.series.isEmpty())
        return tr("no series: nothing matches (are the services scraped, with a service label?)");
    const QLocale locale;
    QStringList values;
    for (const PrometheusSeries &series : answer.result.series.mid(0, 4)) {
        const double value = series.points.isEmpty() ? std::nan("") : series.points.constLast().value;
        const QString service = series.label(serviceLabel);
        const QString where = !service.isEmpty()       ? service
                              : series.labels.isEmpty() ? tr("total")
                                                        : series.labels.first();
        values << QStringLiteral("%1 %2").arg(where, DerivedMetricCatalog::format(answer.metric, value, locale));
    }
    if (answer.result.series.size() > 4)
        values << QStringLiteral("…");
    return QCoreApplication::translate("payops::PrometheusQueryTrial", "%n series: %1", nullptr,
                                       int(answer.result.series.size()))
        .arg(values.join(QStringLiteral(", ")));
}

} // namespace payops
