#include "models/alerts/alertnotificationschema.h"

namespace payops {

Migration AlertNotificationSchema::migration(int version)
{
    return Migration{
        version,
        QStringLiteral("alerts: what was notified, so that a restart does not notify again"),
        {
            QStringLiteral("CREATE TABLE alert_notified ("
                           " rule_name TEXT NOT NULL,"
                           " service TEXT NOT NULL DEFAULT '',"
                           " fired_at_ms INTEGER NOT NULL,"
                           " PRIMARY KEY (rule_name, service))"),
        },
        {},
    };
}

} // namespace payops
