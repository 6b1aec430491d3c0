#pragma once

#include <QString>

namespace payops {

// Why Database::open() failed. `message` is translated, in operator words, and names the file;
// the UI shows it as is. `detail` is the untranslated technical reason (SQLite's text, errno), for logs.
struct DatabaseError
{
    enum class Kind {
        CannotCreate,      // the file or its folders could not be created
        NotADatabase,      // not an SQLite file, a folder, or another program's SQLite database
        Corrupt,           // PRAGMA quick_check (or SQLite itself) reports damage
        ReadOnlyFile,      // the file is not writable (or its owner-write bit is cleared)
        ReadOnlyDirectory, // its folder is not writable: WAL cannot create -wal/-shm there
        NewerSchema,       // user_version is newer than the newest migration this program knows
        Busy,              // another program holds a lock on the file longer than the busy timeout
        MigrationFailed,   // a migration step failed; it was rolled back, the version is unchanged
        Missing,           // DatabaseOptions::readOnly and the file does not exist (nothing is created)
        OpenFailed,        // anything else (unreadable file, SQLite could not open it, ...)
    };

    Kind kind = Kind::OpenFailed;
    QString message;
    QString detail;
};

} // namespace payops
