#include "healthstatus.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace payops {

HealthStatus HealthStatus::fromJson(const QString &service, const QByteArray &body)
{
    HealthStatus result;
    result.service = service;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        result.error = QCoreApplication::translate("HealthStatus",
                                                   "the health document is not valid JSON (%1)")
                           .arg(parseError.errorString());
        return result;
    }
    const QJsonObject object = document.object();
    result.status = object.value(QStringLiteral("status")).toString();
    result.version = object.value(QStringLiteral("version")).toString();
    if (result.status.isEmpty())
        result.error = QCoreApplication::translate("HealthStatus",
                                                   "the health document has no \"status\" field");
    return result;
}

} // namespace payops
