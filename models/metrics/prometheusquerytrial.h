#pragma once

#include "models/metrics/prometheusresult.h"
#include "models/metrics/prometheussourceconfig.h"

#include <QFuture>
#include <QList>
#include <QString>

namespace payops {

// The data-source page's **Test**: every metric's PromQL (as the source asks it, per service) evaluated
// once now by the real server, through the console's own PrometheusApiClient (token, CA, redirects,
// deadline and size cap as when it runs), on a pool thread.
struct PrometheusQueryTrial
{
    struct Answer
    {
        QString metric;
        QString expression; // as sent
        PrometheusResult result;
    };

    // Answers in the order of config.expressions (metrics without an expression are left out). Always
    // ends: each request has the config's deadline, and the whole trial a guard of one more second.
    [[nodiscard]] static QFuture<QList<Answer>> run(PrometheusSourceConfig config);
    // "3 series: payment_gateway 12.3, payment_backend 4.1, …" or the error, in words.
    [[nodiscard]] static QString summary(const Answer &answer, const QString &serviceLabel);
};

} // namespace payops
