#pragma once

#include "models/storage/migration.h"

#include <QList>

namespace payops {

// How Database opens and migrates its file. Storage knows no domain: the migrations come from the
// composition root (ConsoleSchema::databaseOptions() for the console's own file); tests inject other
// lists or stop at an earlier version.
struct DatabaseOptions
{
    // The forward-only steps, version 1..N in order. A file whose user_version is above N is refused.
    QList<Migration> migrations;
    // Migrate up to this version only (tests build files at every earlier version); -1 = the last one.
    int targetVersion = -1;
    // Run PRAGMA quick_check on an existing file before anything writes to it. It reads the whole
    // file (O(size)): cheap for a fresh console, seconds for a multi-GB history; keep it on unless
    // the caller checks integrity elsewhere.
    bool quickCheck = true;
    // With quickCheck: check only a file about to be migrated (or created), and leave the check of a file
    // already up to date to the caller, who runs Database::checkIntegrity() later, off the critical path.
    // A console then opens a multi-GB history in milliseconds, and nothing is ever migrated unchecked.
    bool quickCheckOnlyBeforeMigrating = false;
    // Check and read an existing file without ever writing to it (payopsctl db check): open() refuses a
    // missing file instead of creating it, does not switch the journal mode, does not migrate (the file
    // stays at its version: compare schemaVersion() with the migrations' count), and every
    // connection() is read-only. Write permission on the file and its folder is not required.
    bool readOnly = false;
    // How long a connection waits for another one's lock before a statement fails with SQLITE_BUSY.
    int busyTimeoutMs = 5000;
};

} // namespace payops
