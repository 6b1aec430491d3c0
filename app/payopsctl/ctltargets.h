#pragma once

#include "models/services/servicetarget.h"

#include <QList>
#include <QString>

#include <optional>

namespace payops {

class CtlOutput;
class Database;

// Where the subcommands that poll (record, alerts check) take their targets from. Each returns
// std::nullopt after saying why on stderr.
namespace CtlTargets {

// The targets of a Prometheus file_sd file, numbered 1, 2, … in order.
std::optional<QList<ServiceTarget>> fromFile(const QString &path, CtlOutput &out);
// The database's targets, as the console polls them.
std::optional<QList<ServiceTarget>> fromDatabase(Database &database, CtlOutput &out);

} // namespace CtlTargets

} // namespace payops
