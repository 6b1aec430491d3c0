#pragma once

#include "models/storage/migration.h"

namespace payops {

// The alerting tables, as one step of ConsoleSchema::migrations().
//
//   alert_rules(id, name UNIQUE, position, definition JSON (AlertRuleJson::toObject), updated_ms)
//   alert_events(id, rule_name, service, severity, from_state, to_state, at_ms, value, threshold,
//                active_since_ms, fired_at_ms, summary)
//     every transition of every alert (the history), append-only
//   alert_states(rule_name, service, state, active_since_ms, fired_at_ms, clear_since_ms, value,
//                changed_ms) PRIMARY KEY (rule_name, service)
//     the evaluator's state as of its last transition, restored on start: an alert firing before a
//     restart is firing since its real start after it
//   alert_acks(rule_name, service, fired_at_ms, by_user, at_ms, comment)
//     an acknowledgement holds for one firing (rule, service, fired_at_ms) until it resolves
//   alert_silences(id, rule_name, service, severity, starts_ms, ends_ms, reason, created_by, created_ms)
//     '' in a matcher column matches anything
//   alert_maintenance(id, name, days (bit 0 = Monday ... bit 6 = Sunday), start_minute, end_minute,
//                     time_zone (IANA id), rule_name, service, severity, reason)
// Rules are referred to by name: names are stable across export and import, ids are not.
class AlertSchema final
{
public:
    AlertSchema() = delete;

    [[nodiscard]] static Migration migration(int version);
};

} // namespace payops
