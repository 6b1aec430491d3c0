#include "models/incidents/playbookformatter.h"

#include "models/metrics/derivedmetriccatalog.h"

namespace payops {

namespace {

QString comparisonWords(PlaybookCheck::Comparison comparison)
{
    switch (comparison) {
    case PlaybookCheck::Comparison::Greater:
        return PlaybookFormatter::tr("above");
    case PlaybookCheck::Comparison::GreaterOrEqual:
        return PlaybookFormatter::tr("at or above");
    case PlaybookCheck::Comparison::Less:
        return PlaybookFormatter::tr("below");
    case PlaybookCheck::Comparison::LessOrEqual:
        return PlaybookFormatter::tr("at or below");
    }
    return {};
}

QString thresholdText(const PlaybookCheck &check, const QLocale &locale)
{
    const QString number = locale.toString(check.threshold, 'g', 6);
    if (check.unit == u"bool" || check.unit.isEmpty())
        return number;
    if (check.unit == u"%")
        return number + u'%';
    if (check.unit.startsWith(u'/'))
        return number + check.unit;
    return number + u' ' + check.unit;
}

QString windowText(int seconds)
{
    if (seconds % 60 == 0)
        return PlaybookFormatter::tr("over the last %1 min").arg(seconds / 60);
    return PlaybookFormatter::tr("over the last %1 s").arg(seconds);
}

} // namespace

QString PlaybookFormatter::serviceName(const QString &service)
{
    if (service == u"affected")
        return tr("the affected service");
    return service;
}

QString PlaybookFormatter::checkTypeName(PlaybookCheck::Type type)
{
    switch (type) {
    case PlaybookCheck::Type::Metric:
        return tr("Metric");
    case PlaybookCheck::Type::Health:
        return tr("Health check");
    case PlaybookCheck::Type::Tcp:
        return tr("Connection test");
    case PlaybookCheck::Type::Manual:
        return tr("Question");
    }
    return {};
}

QString PlaybookFormatter::describeCheck(const PlaybookCheck &check, const QLocale &locale)
{
    switch (check.type) {
    case PlaybookCheck::Type::Metric:
        if (check.metric == u"up") {
            const bool down = (check.comparison == PlaybookCheck::Comparison::Less && check.canonicalThreshold > 0.0)
                || (check.comparison == PlaybookCheck::Comparison::LessOrEqual && check.canonicalThreshold < 1.0);
            return down ? tr("%1 is down (up = 0)").arg(serviceName(check.service))
                        : tr("%1 is up (up = 1)").arg(serviceName(check.service));
        }
        //: %1 metric, %2 service, %3 "above"/"below"..., %4 threshold with unit, %5 time window
        return tr("%1 of %2 %3 %4 %5")
            .arg(DerivedMetricCatalog::title(check.metric), serviceName(check.service),
                 comparisonWords(check.comparison), thresholdText(check, locale), windowText(check.windowSeconds));
    case PlaybookCheck::Type::Health:
        if (check.dependency.isEmpty())
            return tr("%1 does not report \"%2\" on its health endpoint").arg(serviceName(check.service), check.expect);
        return tr("%1 reports its dependency \"%2\" as other than \"%3\" on its health endpoint")
            .arg(serviceName(check.service), check.dependency, check.expect);
    case PlaybookCheck::Type::Tcp:
        if (check.host.isEmpty())
            return tr("A TCP connection to %1 fails or takes longer than %2 ms")
                .arg(serviceName(check.service))
                .arg(check.maxLatencyMs);
        return tr("A TCP connection to %1:%2 fails or takes longer than %3 ms")
            .arg(check.host)
            .arg(check.port)
            .arg(check.maxLatencyMs);
    case PlaybookCheck::Type::Manual:
        return check.question.text(locale);
    }
    return {};
}

QString PlaybookFormatter::confirmationRule(const PlaybookCheck &check)
{
    if (check.type == PlaybookCheck::Type::Manual)
        return check.yesConfirms ? tr("Yes confirms this cause.") : tr("Yes rules this cause out.");
    return tr("Confirms this cause when true.");
}

QString PlaybookFormatter::commandLine(const PlaybookAction &action)
{
    QStringList parts{action.program};
    for (const QString &argument : action.arguments) {
        if (argument.isEmpty() || argument.contains(u' ') || argument.contains(u'\'') || argument.contains(u'"'))
            parts.append(u'\'' + QString(argument).replace(u'\'', QStringLiteral("'\\''")) + u'\'');
        else
            parts.append(argument);
    }
    return parts.join(u' ');
}

QString PlaybookFormatter::describeAction(const PlaybookAction &action)
{
    switch (action.type) {
    case PlaybookAction::Type::None:
        return {};
    case PlaybookAction::Type::Command:
        return action.confirm ? tr("Run (asks first): %1").arg(commandLine(action)) : tr("Run: %1").arg(commandLine(action));
    case PlaybookAction::Type::Contact:
        if (action.service.isEmpty())
            return tr("Contact: %1").arg(ContactRoles::displayName(action.role));
        return tr("Contact: %1 of %2").arg(ContactRoles::displayName(action.role), serviceName(action.service));
    }
    return {};
}

} // namespace payops
