#include "models/alerts/alertreadout.h"

#include "models/alerts/alerthistorystore.h"
#include "models/alerts/alertrulerepository.h"
#include "models/contacts/contactdirectory.h"
#include "models/consoleschema.h"
#include "models/incidents/incidentrepository.h"
#include "models/storage/database.h"

namespace payops {

QString AlertReadout::key(const QString &ruleName, const QString &service)
{
    return ruleName + u'\x1f' + service;
}

AlertReadout AlertReadout::readFile(const QString &path, QString *openError)
{
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.readOnly = true;
    options.quickCheckOnlyBeforeMigrating = true;
    Database database(options);
    if (const std::optional<DatabaseError> error = database.open(path)) {
        *openError = error->message;
        return {};
    }
    AlertReadout readout = read(database);
    database.releaseConnection();
    return readout;
}

AlertReadout AlertReadout::read(Database &database)
{
    AlertReadout out;
    const AlertRuleRepository::Listing listing = AlertRuleRepository(database).list();
    out.rules = listing.rules;
    out.problems = listing.problems;
    if (!listing.ok())
        out.problems.append(listing.error);

    const AlertHistoryStore history(database);
    QString error;
    out.states = history.states(&error);
    if (!error.isEmpty())
        out.problems.append(error);
    error.clear();
    const QHash<QString, Acknowledgement> acks = history.acknowledgements(&error);
    if (!error.isEmpty())
        out.problems.append(error);
    for (auto it = acks.cbegin(); it != acks.cend(); ++it) {
        // AlertHistoryStore::key: rule \x1f service \x1f fired_at_ms.
        const QStringList parts = it.key().split(u'\x1f');
        if (parts.size() != 3)
            continue;
        const QString key = AlertReadout::key(parts.at(0), parts.at(1));
        if (!out.acknowledgements.contains(key) || out.acknowledgements.value(key).atMs < it->atMs)
            out.acknowledgements.insert(key, it.value());
    }

    const ContactDirectory::ListResult contacts = ContactDirectory::readEntries(database);
    if (!contacts.ok())
        out.problems.append(contacts.error);
    // Entries come in escalation order within each service: the first service manager is the owner.
    for (const ContactEntry &entry : contacts.entries) {
        if (entry.role == ContactRole::ServiceManager && !entry.service.isEmpty() && !out.owners.contains(entry.service))
            out.owners.insert(entry.service, entry);
    }

    IncidentRepository::Filter active;
    active.activeOnly = true;
    const IncidentRepository::ListResult incidents = IncidentRepository(database).list(active);
    if (!incidents.ok())
        out.problems.append(incidents.error);
    out.activeIncidents = incidents.incidents;
    return out;
}

} // namespace payops
