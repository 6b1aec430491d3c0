#pragma once

#include "models/security/auditlog.h"
#include "models/services/servicetarget.h"
#include "models/services/targetimportpreview.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace payops {

class Database;

// The watched services and their scrape targets, in the `services` and `targets` tables, on the
// calling thread's own connection (so one repository may be used from any thread).
// Every change is one transaction: it happens completely or not at all. Errors are returned in
// words (translated); nothing is shown.
class TargetRepository final
{
public:
    using ImportMode = TargetImportMode;

    struct Listing
    {
        QList<ServiceTarget> targets; // by the services' display order, then in order of creation
        QString error;
        QStringList rejected; // importFile(): the file's entries that were not imported, with their reasons

        bool ok() const { return error.isEmpty(); }
    };

    struct Saved
    {
        int id = 0; // the target's row id
        QString error;

        bool ok() const { return error.isEmpty(); }
    };

    explicit TargetRepository(Database &database);

    [[nodiscard]] Listing list() const;
    // Service names by display order (services without targets included).
    [[nodiscard]] QStringList services() const;
    // The services `targets` (a listing, in display order) belong to, each once, in that order: what
    // the views show, so that a service whose targets were all removed leaves them.
    [[nodiscard]] static QStringList servicesOf(const QList<ServiceTarget> &targets);

    // Adds a target; its service is created (last in display order) if it is new.
    [[nodiscard]] Saved add(const ServiceTarget &target);
    // Changes the target with target.id (service, URLs, labels, interval, timeout).
    [[nodiscard]] std::optional<QString> update(const ServiceTarget &target);
    [[nodiscard]] std::optional<QString> remove(int targetId);

    // On the first run (no targets were ever configured nor imported): stores paysim's four
    // services on 127.0.0.1:9101-9104 in the knowledge base's order. Does nothing afterwards,
    // even if the operator removed every target.
    [[nodiscard]] std::optional<QString> ensureDefaults();

    // Stores `targets` in one transaction; an invalid or duplicate target changes nothing.
    [[nodiscard]] std::optional<QString> import(const QList<ServiceTarget> &targets, ImportMode mode);
    // What importing a file_sd JSON file (see FileSdFormat) would change; writes nothing.
    [[nodiscard]] TargetImportPreview previewFile(const QString &path, ImportMode mode) const;
    // Imports what `preview` shows (its usable targets, in its mode), in one transaction. A preview
    // with no usable target changes nothing: an unreadable file never empties the configuration.
    [[nodiscard]] std::optional<QString> apply(const TargetImportPreview &preview);
    // `payops --targets FILE`: previews and applies the file without asking, and returns the
    // targets to poll; `rejected` lists the entries left out. On an error the database is
    // unchanged and `error` names the file and why.
    [[nodiscard]] Listing importFile(const QString &path, ImportMode mode = ImportMode::Replace);
    // Writes the configured targets as file_sd JSON.
    [[nodiscard]] std::optional<QString> exportFile(const QString &path) const;

private:
    Database &m_database;
    // Each operator's change of a target (add, update, remove), in the change's own transaction. Imports
    // are not: the file is their record, and `--targets FILE` is re-read at every start -- a damaged
    // audit log must not leave a console started from its configuration blind.
    AuditLog m_audit;
};

} // namespace payops
