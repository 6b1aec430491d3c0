#pragma once

#include "storage/migration.h"

#include <QList>

namespace payops {

// The console's schema, as the ordered list of forward-only migrations Database applies.
// A later feature adds its tables by appending one Migration (next version) to the list in
// schema.cpp; it never edits an existing entry (files in the field are already at that version)
// and never touches Database.
class Schema final
{
public:
    Schema() = delete;

    // Version 1, 2, ... in order, without gaps.
    [[nodiscard]] static QList<Migration> migrations();
    // The version of the last migration, i.e. the user_version of an up-to-date file.
    [[nodiscard]] static int latestVersion();
};

} // namespace payops
