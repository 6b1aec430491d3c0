#pragma once

#include "models/incidents/playbook.h"
#include "models/incidents/playbookloader.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace payops {

class Database;

// The playbooks in SQLite (schema version 4, see PlaybookSchema), for the playbook view and the
// troubleshooting wizard. Every call uses the calling thread's own connection, so one repository
// may be used from any thread. Rows are validated by PlaybookLoader when read.
class PlaybookRepository final
{
public:
    struct ListResult
    {
        QList<Playbook> playbooks;
        QString error; // translated; empty on success

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    struct SyncResult
    {
        int inserted = 0;
        int updated = 0;
        QString error;

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    using Clock = std::function<qint64()>; // milliseconds since the epoch

    explicit PlaybookRepository(Database &database, PlaybookLoader loader = PlaybookLoader(), Clock clock = {});

    // All playbooks in their shipped order.
    [[nodiscard]] ListResult all() const;
    // The playbook with this id (none when there is no such playbook).
    [[nodiscard]] ListResult byId(const QString &id) const;
    // The playbooks linked to a knowledge article.
    [[nodiscard]] ListResult forArticle(const QString &articleId) const;

    // Brings the shipped playbooks in: inserts the missing ones and replaces stored shipped ones
    // of a lower revision. Playbooks saved by the user are never overwritten. One transaction.
    [[nodiscard]] SyncResult syncShipped(const QList<Playbook> &shipped);
    // Loads PlaybookLoader::defaultsPath() and syncs it; a file that does not validate changes nothing.
    [[nodiscard]] SyncResult importDefaults();
    // Stores a playbook edited by the user (origin "user"). Returns an error text on failure.
    [[nodiscard]] std::optional<QString> save(const Playbook &playbook);

private:
    ListResult select(const QString &where, const QString &value) const;

    Database &m_database;
    PlaybookLoader m_loader;
    Clock m_clock;
};

} // namespace payops
