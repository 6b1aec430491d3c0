#include "models/contacts/contactschema.h"

namespace payops {

Migration ContactSchema::migration(int version)
{
    return Migration{
        version,
        QStringLiteral("contact directory: people, their assignments to roles and services, contact points"),
        {
            QStringLiteral("CREATE TABLE contact_people ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                           " name_alt TEXT NOT NULL DEFAULT '',"
                           " organization TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE contact_assignments ("
                           " id INTEGER PRIMARY KEY,"
                           " person_id INTEGER NOT NULL REFERENCES contact_people(id) ON DELETE CASCADE,"
                           " role TEXT NOT NULL CHECK (role IN"
                           "  ('technical_support', 'emergency_contact', 'customer_service', 'service_manager')),"
                           " service TEXT NOT NULL DEFAULT '',"
                           " escalation_order INTEGER NOT NULL DEFAULT 1 CHECK (escalation_order BETWEEN 1 AND 99),"
                           " notes TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE UNIQUE INDEX contact_assignments_person_service"
                           " ON contact_assignments(person_id, service) WHERE service <> ''"),
            QStringLiteral("CREATE UNIQUE INDEX contact_assignments_person_role"
                           " ON contact_assignments(person_id, role) WHERE service = ''"),
            QStringLiteral("CREATE INDEX contact_assignments_service ON contact_assignments(service, escalation_order)"),
            QStringLiteral("CREATE TABLE contact_points ("
                           " id INTEGER PRIMARY KEY,"
                           " assignment_id INTEGER NOT NULL REFERENCES contact_assignments(id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL CHECK (kind IN ('phone', 'email', 'chat')),"
                           " value TEXT NOT NULL,"
                           " position INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX contact_points_assignment ON contact_points(assignment_id, position)"),
        },
        {},
    };
}

} // namespace payops
