#pragma once

#include "models/alerts/alertrule.h"
#include "models/alerts/alertstate.h"
#include "models/contacts/contactentry.h"
#include "models/incidents/incident.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace payops {

class Database;

// What a display that only reads (the wall, payops --wall) needs of the alerting tables, the
// contact directory and the incidents, read in one go on the calling thread's connection (a pool thread: never the
// GUI's): the rules, the states persisted by the recording console (so an alert firing before the
// wall started is firing since its real start), who acknowledged which firing, and each service's
// owner. Only SELECTs: it works on a database opened with DatabaseOptions::readOnly.
struct AlertReadout
{
    QList<AlertRule> rules;
    QList<AlertInstanceState> states;
    // By AlertReadout::key(rule, service). The recording console keeps an acknowledgement only for
    // the firing it was given for and drops it when that resolves, so the one stored for an alert is
    // the current firing's, whatever start the reader's own evaluation gave it.
    QHash<QString, Acknowledgement> acknowledgements;
    // By service: its first service manager in escalation order.
    QHash<QString, ContactEntry> owners;
    // The open and mitigated incidents, newest first (the wall's incidents page).
    QList<Incident> activeIncidents;
    // Parts that could not be read, in words (the rest was read).
    QStringList problems;

    [[nodiscard]] static QString key(const QString &ruleName, const QString &service);
    [[nodiscard]] static AlertReadout read(Database &database);
    // The same from the console's file at `path`, opened read-only for this reading only (never
    // created, migrated or written) and closed again; `openError` says why it could not be opened.
    [[nodiscard]] static AlertReadout readFile(const QString &path, QString *openError);
};

} // namespace payops
