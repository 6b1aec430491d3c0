#include "servicetarget.h"

namespace payops {

QList<ServiceTarget> ServiceTarget::paysimDefaults(const QString &host, int basePort)
{
    static const char *const names[] = {"payment_frontend", "payment_gateway", "payment_backend",
                                        "payment_callback"};
    QList<ServiceTarget> targets;
    int port = basePort;
    for (const char *name : names) {
        const QString base = QStringLiteral("http://%1:%2").arg(host).arg(port++);
        targets.append({QString::fromLatin1(name), QUrl(base + QStringLiteral("/metrics")),
                        QUrl(base + QStringLiteral("/health"))});
    }
    return targets;
}

} // namespace payops
