#include "models/consoleschema.h"

#include "models/alerts/alertnotificationschema.h"
#include "models/alerts/alertschema.h"
#include "models/contacts/contactschema.h"
#include "models/incidents/incidentschema.h"
#include "models/incidents/playbookschema.h"
#include "models/knowledge/knowledgeschema.h"
#include "models/metrics/historyschema.h"
#include "models/security/securityschema.h"
#include "models/services/targetschema.h"
#include "models/storage/storageschema.h"
#include "models/tasks/taskschema.h"

namespace payops {

QList<Migration> ConsoleSchema::migrations()
{
    // Append new versions at the end. Never edit or reorder an entry that has shipped.
    return {
        StorageSchema::migration(1),
        TargetSchema::migration(2),
        HistorySchema::migration(3),
        KnowledgeSchema::migration(4),
        PlaybookSchema::migration(5),
        ContactSchema::migration(6),
        AlertSchema::migration(7),
        AlertNotificationSchema::migration(8),
        TaskSchema::migration(9),
        SecuritySchema::migration(10),
        IncidentSchema::migration(11),
    };
}

int ConsoleSchema::latestVersion()
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.constLast().version;
}

DatabaseOptions ConsoleSchema::databaseOptions()
{
    DatabaseOptions options;
    options.migrations = migrations();
    return options;
}

QStringList ConsoleSchema::areas()
{
    return {QStringLiteral("targets"), QStringLiteral("history"), QStringLiteral("knowledge"),
            QStringLiteral("playbooks"), QStringLiteral("contacts"), QStringLiteral("alerts"),
            QStringLiteral("incidents"), QStringLiteral("tasks"), QStringLiteral("settings")};
}

QString ConsoleSchema::areaOf(const QString &table)
{
    if (table == QLatin1String("services") || table == QLatin1String("targets"))
        return QStringLiteral("targets");
    if (table.startsWith(QLatin1String("history_")))
        return QStringLiteral("history");
    if (table.startsWith(QLatin1String("kb_")))
        return QStringLiteral("knowledge");
    if (table.startsWith(QLatin1String("incident")))
        return QStringLiteral("incidents");
    if (table.startsWith(QLatin1String("playbook")))
        return QStringLiteral("playbooks");
    if (table.startsWith(QLatin1String("contact_")))
        return QStringLiteral("contacts");
    if (table.startsWith(QLatin1String("alert_")))
        return QStringLiteral("alerts");
    if (table == QLatin1String("tasks") || table.startsWith(QLatin1String("task_")))
        return QStringLiteral("tasks");
    if (table == QLatin1String("settings") || table == QLatin1String("audit_log"))
        return QStringLiteral("settings");
    return QStringLiteral("other");
}

} // namespace payops
