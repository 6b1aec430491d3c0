#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace payops {

// One scrape target of a service: where its metrics and health documents are served.
struct ServiceTarget
{
    QString service;
    QUrl metricsUrl;
    QUrl healthUrl;
    int intervalMs = 5000;
    int timeoutMs = 3000;

    // The four payment services as paysim serves them by default, in the knowledge base's order.
    static QList<ServiceTarget> paysimDefaults(const QString &host = QStringLiteral("127.0.0.1"),
                                               int basePort = 9101);
};

} // namespace payops
