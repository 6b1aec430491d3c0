#pragma once

#include "models/storage/migration.h"

namespace payops {

// The incidents' tables: incidents (one row each, with the state of its wizard) and
// incident_timeline (what happened, when and by whom).
class IncidentSchema final
{
public:
    IncidentSchema() = delete;

    [[nodiscard]] static Migration migration(int version);
};

} // namespace payops
