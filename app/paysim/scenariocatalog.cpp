#include "app/paysim/scenariocatalog.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace payops::sim {

namespace {

struct Entry
{
    ScenarioKind kind;
    const char *name;
    const char *description;
};

// Context for lupdate: descriptions are translated with QCoreApplication::translate.
constexpr const char *kContext = "payops::sim::ScenarioCatalog";

constexpr Entry kEntries[] = {
    {ScenarioKind::NetworkDelay, "network-delay",
     QT_TRANSLATE_NOOP("payops::sim::ScenarioCatalog",
                       "Network delay: external call and request latency up, some timeouts (all services)")},
    {ScenarioKind::GatewayAnomaly, "gateway-anomaly",
     QT_TRANSLATE_NOOP("payops::sim::ScenarioCatalog",
                       "Payment gateway anomaly: failure ratio and 5xx codes way up, callers see external:gateway degraded")},
    {ScenarioKind::ResourceExhaustion, "resource-exhaustion",
     QT_TRANSLATE_NOOP("payops::sim::ScenarioCatalog",
                       "Insufficient resources: CPU at the cores limit, memory climbing, latency up (payment_backend)")},
    {ScenarioKind::SlowDb, "slow-db",
     QT_TRANSLATE_NOOP("payops::sim::ScenarioCatalog",
                       "Inefficient database queries: query latency and request p95 up sharply, database degraded (payment_backend)")},
    {ScenarioKind::SlowExternal, "slow-external",
     QT_TRANSLATE_NOOP("payops::sim::ScenarioCatalog",
                       "Slow external service: the service's first peer answers slowly, request latency up (payment_gateway: card_network)")},
    {ScenarioKind::Crash, "crash",
     QT_TRANSLATE_NOOP("payops::sim::ScenarioCatalog",
                       "Crash: the port closes, connections are refused; counters restart on recovery (payment_gateway)")},
    {ScenarioKind::CrashHang, "crash-hang",
     QT_TRANSLATE_NOOP("payops::sim::ScenarioCatalog",
                       "Hung process: connections are accepted but never answered; counters restart on recovery (payment_gateway)")},
    {ScenarioKind::Ddos, "ddos",
     QT_TRANSLATE_NOOP("payops::sim::ScenarioCatalog",
                       "DDoS attack: request rate x12, 429 and 503 rejections, CPU up (payment_frontend)")},
    {ScenarioKind::AccountTheft, "account-theft",
     QT_TRANSLATE_NOOP("payops::sim::ScenarioCatalog",
                       "Account theft: login failures and suspicious transactions way up (payment_frontend)")},
};

QList<ServiceKind> defaultServicesOf(ScenarioKind kind)
{
    switch (kind) {
    case ScenarioKind::NetworkDelay:
        return ServiceProfile::allKinds();
    case ScenarioKind::ResourceExhaustion:
    case ScenarioKind::SlowDb:
        return {ServiceKind::Backend};
    case ScenarioKind::GatewayAnomaly:
    case ScenarioKind::SlowExternal:
    case ScenarioKind::Crash:
    case ScenarioKind::CrashHang:
        return {ServiceKind::Gateway};
    case ScenarioKind::Ddos:
    case ScenarioKind::AccountTheft:
        return {ServiceKind::Frontend};
    }
    return {};
}

const Entry &entryOf(ScenarioKind kind)
{
    for (const Entry &e : kEntries) {
        if (e.kind == kind)
            return e;
    }
    return kEntries[0];
}

} // namespace

ScenarioInfo ScenarioCatalog::info(ScenarioKind kind)
{
    const Entry &e = entryOf(kind);
    return {e.kind, QString::fromLatin1(e.name), QCoreApplication::translate(kContext, e.description),
            defaultServicesOf(e.kind)};
}

QList<ScenarioInfo> ScenarioCatalog::all()
{
    QList<ScenarioInfo> result;
    for (const Entry &e : kEntries)
        result.append(info(e.kind));
    return result;
}

std::optional<ScenarioKind> ScenarioCatalog::kindFromName(QStringView name)
{
    for (const Entry &e : kEntries) {
        if (name == QLatin1StringView(e.name))
            return e.kind;
    }
    // Accepted as a synonym so both variants can be spelled explicitly.
    if (name == u"crash-refuse")
        return ScenarioKind::Crash;
    return std::nullopt;
}

QString ScenarioCatalog::nameOf(ScenarioKind kind)
{
    return QString::fromLatin1(entryOf(kind).name);
}

QString ScenarioCatalog::listing()
{
    QString out;
    for (const ScenarioInfo &s : all())
        out += s.name.leftJustified(20) + u"  "_s + s.description + u'\n';
    return out;
}

} // namespace payops::sim
