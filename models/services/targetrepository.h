#pragma once

#include "models/services/servicetarget.h"

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
    enum class ImportMode {
        Replace, // the imported targets are all the targets afterwards
        Merge,   // imported targets are added, or update the target with the same metrics URL
    };

    struct Listing
    {
        QList<ServiceTarget> targets; // by the services' display order, then in order of creation
        QString error;

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
    // `payops --targets FILE`: reads a file_sd JSON file (see FileSdFormat), imports it and
    // returns the targets to poll. On any error the database is unchanged and `error` names
    // the file and the offending entry.
    [[nodiscard]] Listing importFile(const QString &path, ImportMode mode = ImportMode::Replace);
    // Writes the configured targets as file_sd JSON.
    [[nodiscard]] std::optional<QString> exportFile(const QString &path) const;

private:
    Database &m_database;
};

} // namespace payops
