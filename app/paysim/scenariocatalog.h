#pragma once

#include "app/paysim/serviceprofile.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace payops::sim {

// The failure causes of the knowledge base, as injectable scenarios.
enum class ScenarioKind {
    NetworkDelay,
    GatewayAnomaly,
    ResourceExhaustion,
    SlowDb,
    SlowExternal,
    Crash,     // the port closes: connection refused
    CrashHang, // the port accepts, nothing ever answers
    Ddos,
    AccountTheft,
};

struct ScenarioInfo
{
    ScenarioKind kind = ScenarioKind::NetworkDelay;
    QString name;
    QString description; // translated
    // Services it applies to when none is named: where the cause lives in a real system.
    QList<ServiceKind> defaultServices;
};

class ScenarioCatalog
{
public:
    static QList<ScenarioInfo> all();
    static ScenarioInfo info(ScenarioKind kind);
    static std::optional<ScenarioKind> kindFromName(QStringView name);
    static QString nameOf(ScenarioKind kind);
    // One "name  description" line per scenario, for --list-scenarios.
    static QString listing();
};

} // namespace payops::sim
