#pragma once

#include "models/storage/databaseoptions.h"
#include "models/storage/migration.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace payops {

// The console's schema: every domain's migration, in the order they shipped. Storage knows no
// domain; each domain describes its own tables (StorageSchema, TargetSchema, HistorySchema,
// KnowledgeSchema, PlaybookSchema, ContactSchema, AlertSchema) and the composition roots (payops,
// payopsctl) hand this list to Database through databaseOptions().
//
// A later feature adds its tables by appending one migration with the next version; it never edits
// or reorders an entry that has shipped (files in the field are already at that version).
class ConsoleSchema final
{
public:
    ConsoleSchema() = delete;

    // Version 1, 2, ... in order, without gaps.
    [[nodiscard]] static QList<Migration> migrations();
    // The version of the last migration, i.e. the user_version of an up-to-date file.
    [[nodiscard]] static int latestVersion();
    // Options that open a file with this schema (quick_check on).
    [[nodiscard]] static DatabaseOptions databaseOptions();

    // The areas of the file, in display order, by stable name: "targets" (services, targets),
    // "history" (history_*), "knowledge" (kb_*, with the full-text index), "playbooks",
    // "contacts" (contact_*), "alerts" (alert_*), "incidents" (incidents, incident_timeline),
    // "tasks" (tasks, task_*), "settings" (settings, audit_log). Tables of none of them are "other".
    [[nodiscard]] static QStringList areas();
    [[nodiscard]] static QString areaOf(const QString &table);
};

} // namespace payops
