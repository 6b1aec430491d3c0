#pragma once

#include "models/storage/migration.h"

namespace payops {

// Storage's own tables, which every area shares from the first version on: key/value settings
// (SettingsStore) and the audit log. The audit log is append-only (triggers refuse UPDATE and
// DELETE) and hash-chained: hash = H(prev_hash || row fields); prev_hash of the first row is all
// zeros (computed by its writer).
class StorageSchema final
{
public:
    StorageSchema() = delete;

    [[nodiscard]] static Migration migration(int version);
};

} // namespace payops
