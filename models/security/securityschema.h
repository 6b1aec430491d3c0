#pragma once

#include "models/storage/migration.h"

namespace payops {

// The security area's schema change: the audit log (created with the settings, StorageSchema)
// gains the host each entry was written on.
class SecuritySchema final
{
public:
    SecuritySchema() = delete;

    [[nodiscard]] static Migration migration(int version);
};

} // namespace payops
