#pragma once

#include "app/paysim/scenarioset.h"

#include <QList>
#include <QString>

namespace payops::sim {

// Outcome of switching scenarios: an error in words, or what is now in force.
struct ScenarioResult
{
    QString error; // translated; empty on success
    QList<ActiveScenario> changed;

    bool ok() const { return error.isEmpty(); }
};

} // namespace payops::sim
