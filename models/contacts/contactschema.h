#pragma once

#include "models/storage/migration.h"

namespace payops {

// The contact directory's tables, as one step of ConsoleSchema::migrations().
//
//   contact_people(id, name, name_alt, organization)
//   contact_assignments(id, person_id -> people, role, service ('' = all services),
//                       escalation_order, notes)
//     one person once per service; for directory-wide entries once per role (partial unique indexes)
//   contact_points(id, assignment_id -> assignments, kind 'phone'|'email'|'chat', value, position)
//     the number belongs to the assignment: Bob has 456 for payment_gateway, 789 for payment_backend
class ContactSchema final
{
public:
    ContactSchema() = delete;

    [[nodiscard]] static Migration migration(int version);
};

} // namespace payops
