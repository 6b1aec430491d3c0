#include "models/services/servicetarget.h"

#include <QCoreApplication>

namespace payops {

namespace {

/* TRANSLATOR payops::ServiceTarget */
QString tr(const char *text)
{
    return QCoreApplication::translate("payops::ServiceTarget", text);
}

bool isHttpUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
           && !url.host().isEmpty();
}

} // namespace

QString ServiceTarget::instance() const
{
    const QString host = metricsUrl.host().contains(u':') ? u'[' + metricsUrl.host() + u']'
                                                          : metricsUrl.host();
    const int defaultPort = metricsUrl.scheme() == QLatin1String("https") ? 443 : 80;
    return host + u':' + QString::number(metricsUrl.port(defaultPort));
}

QString ServiceTarget::validate() const
{
    if (service.trimmed().isEmpty())
        return tr("the target has no service name");
    if (!isHttpUrl(metricsUrl))
        return tr("the metrics URL \"%1\" is not an http or https URL with a host")
            .arg(metricsUrl.toString());
    if (!healthUrl.isEmpty() && !isHttpUrl(healthUrl))
        return tr("the health URL \"%1\" is not an http or https URL with a host").arg(healthUrl.toString());
    if (intervalMs < minIntervalMs || intervalMs > maxIntervalMs)
        return tr("the interval must be between 1 s and 3600 s (it is %1 s)").arg(intervalMs / 1000.0);
    if (timeoutMs < 1 || timeoutMs >= intervalMs)
        return tr("the timeout must be shorter than the interval of %1 s (it is %2 s)")
            .arg(intervalMs / 1000.0)
            .arg(timeoutMs / 1000.0);
    return {};
}

QList<ServiceTarget> ServiceTarget::paysimDefaults(const QString &host, int basePort)
{
    static const char *const names[] = {"payment_frontend", "payment_gateway", "payment_backend",
                                        "payment_callback"};
    QList<ServiceTarget> targets;
    int port = basePort;
    for (const char *name : names) {
        const QString base = QStringLiteral("http://%1:%2").arg(host).arg(port++);
        ServiceTarget target;
        target.service = QString::fromLatin1(name);
        target.metricsUrl = QUrl(base + QStringLiteral("/metrics"));
        target.healthUrl = QUrl(base + QStringLiteral("/health"));
        targets.append(target);
    }
    return targets;
}

} // namespace payops
