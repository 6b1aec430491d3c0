#pragma once

#include "models/storage/migration.h"

namespace payops {

// Metric history (see HistoryStore), as one step of ConsoleSchema::migrations(): the sample log is
// append-ordered, chunks and roll-ups are keyed by series then time so a range read is one index
// seek per series.
class HistorySchema final
{
public:
    HistorySchema() = delete;

    [[nodiscard]] static Migration migration(int version);
};

} // namespace payops
