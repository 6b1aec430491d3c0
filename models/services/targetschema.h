#pragma once

#include "models/storage/migration.h"

namespace payops {

// The watched services and their scrape targets (one service has one or more instances), as one
// step of ConsoleSchema::migrations(). Targets cascade with their service.
class TargetSchema final
{
public:
    TargetSchema() = delete;

    [[nodiscard]] static Migration migration(int version);
};

} // namespace payops
