#pragma once

#include "models/storage/migration.h"

namespace payops {

// What the alerting engine has told people, so that a restart does not tell them again:
//
//   alert_notified(rule_name, service, fired_at_ms) PRIMARY KEY (rule_name, service)
//     an alert notified firing (that firing, by its start) and not yet notified resolved
//
// Written by AlertHistoryStore::recordNotified after each notification, read back into
// NotificationPolicy when the AlertWorker starts.
class AlertNotificationSchema final
{
public:
    AlertNotificationSchema() = delete;

    [[nodiscard]] static Migration migration(int version);
};

} // namespace payops
