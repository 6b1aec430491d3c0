#pragma once

#include "models/incidents/playbook.h"
#include "models/services/servicetarget.h"
#include "models/storage/databaseerror.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace payops {

class Database;

// Everything the console does with its database before the views can show data, as ONE job for a
// pool thread, so that the window is up at once and the GUI thread never runs SQL while starting:
// open the file (checks and migrations; the full quick_check only before migrating: the console
// runs Database::checkIntegrity() afterwards), store the default targets on a first run, import
// `--targets`, bring the shipped playbooks up to date, and read what the views start with.
// The job releases its thread's connection when done.
struct StartupJob
{
    struct Result
    {
        std::optional<DatabaseError> databaseError; // the file could not be used: nothing else was done
        QList<ServiceTarget> targets;              // to poll
        QStringList services;                      // of the targets, in display order
        QList<Playbook> playbooks;
        QStringList problems; // in words: a bad --targets file, damaged playbooks, ...; start-up goes on
    };

    QString databasePath;
    QString targetsFile; // empty: keep the configured targets
    bool monitoring = true; // false (--kb): targets are neither created nor imported

    [[nodiscard]] Result run(Database &database) const;
};

} // namespace payops
