#include "models/alerts/shippedruletexts.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace payops {

namespace {

constexpr const char *kContext = "payops::ShippedAlertRules";

// Every summary and description of resources/alerts/default-rules.json and task-rules.json.
const char *const kTexts[] = {
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "{service}: failure ratio {value} above {threshold}"),
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "More than {threshold} of the transactions of {service} fail (now {value}) for 5 minutes. Check the gateway, the network and the payment channels."),
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "More than {threshold} of the transactions of {service} fail (now {value}) for 2 minutes: follow the transaction failure playbook."),
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "{service}: 95th percentile response time {value} above {threshold}"),
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "The 95th percentile response time of {service} is {value}, above {threshold} for 5 minutes."),
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "The 95th percentile response time of {service} is {value}, above {threshold} for 5 minutes: follow the long response time playbook."),
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "{service}: CPU {value} above {threshold}"),
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "The processes of {service} use {value} CPU, above {threshold} for 10 minutes."),
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "The processes of {service} use {value} CPU, above {threshold} for 5 minutes: the service is short of resources."),
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "{service}: host memory {value} above {threshold}"),
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "The host of {service} uses {value} of its memory, above {threshold} for 5 minutes."),
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "The host of {service} uses {value} of its memory, above {threshold} for 5 minutes: it is about to swap or kill processes."),
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "{service} is down"),
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "No instance of {service} has answered its scrapes for a minute: follow the system downtime playbook."),
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "{service}: {value} of the requests rejected"),
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "{service} rejects {value} of its requests (429 and 5xx), above {threshold} for 2 minutes: an attack or an overload. (The console's own rule: the knowledge base gives no threshold.)"),
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "Scheduled task {service} failed"),
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "The last run of the scheduled task {service} failed or was interrupted. Its log is in the Tasks view; the alert resolves when a run of it succeeds."),
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "Scheduled task {service} is {value} late"),
    QT_TRANSLATE_NOOP("payops::ShippedAlertRules",
                      "A run of {service} has been due for {value} and has not started: it may wait for an approval or for another run of the task, or the console's task thread is stuck. See the Tasks view."),
};

} // namespace

bool ShippedRuleTexts::contains(const QString &text)
{
    return std::any_of(std::begin(kTexts), std::end(kTexts), [&text](const char *source) { return text == QLatin1String(source); });
}

QString ShippedRuleTexts::translated(const QString &text)
{
    for (const char *source : kTexts) {
        if (text == QLatin1String(source))
            return QCoreApplication::translate(kContext, source);
    }
    return text;
}

} // namespace payops
