#pragma once

#include "models/alerts/alertrule.h"

#include <QString>

#include <optional>

namespace payops {

// Which alerts a silence or a maintenance window covers: by rule name, service and severity; an
// empty field (or no severity) matches every alert.
struct AlertMatcher
{
    QString ruleName;
    QString service;
    std::optional<AlertRule::Severity> severity;

    [[nodiscard]] bool matches(const QString &rule, const QString &alertService, AlertRule::Severity alertSeverity) const
    {
        return (ruleName.isEmpty() || ruleName == rule) && (service.isEmpty() || service == alertService)
            && (!severity || *severity == alertSeverity);
    }
    [[nodiscard]] bool isEmpty() const { return ruleName.isEmpty() && service.isEmpty() && !severity; }

    friend bool operator==(const AlertMatcher &, const AlertMatcher &) = default;
};

// A silence: matching alerts are recorded but not notified from startsMs until endsMs.
struct AlertSilence
{
    qint64 id = 0;
    AlertMatcher matcher;
    qint64 startsMs = 0;
    qint64 endsMs = 0;
    QString reason;
    QString createdBy;
    qint64 createdMs = 0;

    [[nodiscard]] bool isActive(qint64 nowMs) const { return nowMs >= startsMs && nowMs < endsMs; }

    friend bool operator==(const AlertSilence &, const AlertSilence &) = default;
};

} // namespace payops
