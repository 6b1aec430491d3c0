#include "models/services/healthstatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace payops {

namespace {

QString detailText(const QJsonObject &check)
{
    for (const char *key : {"detail", "message", "error"}) {
        const QJsonValue value = check.value(QLatin1String(key));
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
    }
    QStringList parts;
    for (auto it = check.constBegin(); it != check.constEnd(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("status") || key == QLatin1String("latency_ms") || key == QLatin1String("name"))
            continue;
        const QJsonValue value = it.value();
        QString text;
        if (value.isDouble())
            text = QString::number(value.toDouble());
        else if (value.isString())
            text = value.toString();
        else if (value.isBool())
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else
            continue;
        parts.append(key + u'=' + text);
    }
    return parts.join(QStringLiteral(", "));
}

HealthCheck readCheck(const QString &name, const QJsonValue &value)
{
    HealthCheck check;
    check.name = name;
    if (value.isString()) { // {"database": "ok"}
        check.status = value.toString();
        return check;
    }
    const QJsonObject object = value.toObject();
    check.status = object.value(QStringLiteral("status")).toString();
    const QJsonValue latency = object.value(QStringLiteral("latency_ms"));
    if (latency.isDouble())
        check.latencyMs = latency.toDouble();
    check.detail = detailText(object);
    return check;
}

} // namespace

HealthStatus HealthStatus::fromJson(const QString &service, const QByteArray &body)
{
    HealthStatus result;
    result.service = service;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        result.error = QCoreApplication::translate("HealthStatus",
                                                   "the health document is not valid JSON (%1)")
                           .arg(parseError.error == QJsonParseError::NoError
                                    ? QCoreApplication::translate("HealthStatus", "not an object")
                                    : parseError.errorString());
        return result;
    }
    const QJsonObject object = document.object();
    result.status = object.value(QStringLiteral("status")).toString();
    result.version = object.value(QStringLiteral("version")).toString();
    if (result.status.isEmpty())
        result.error = QCoreApplication::translate("HealthStatus",
                                                   "the health document has no \"status\" field");
    const QJsonValue checks = object.value(QStringLiteral("checks"));
    if (checks.isObject()) {
        const QJsonObject map = checks.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            result.checks.append(readCheck(it.key(), it.value()));
    } else if (checks.isArray()) {
        for (const QJsonValue &entry : checks.toArray())
            result.checks.append(readCheck(entry.toObject().value(QStringLiteral("name")).toString(), entry));
    }
    return result;
}

} // namespace payops
