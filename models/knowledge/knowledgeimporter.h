#pragma once

#include "models/knowledge/knowledgetypes.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace payops {

class Database;
class KnowledgeRepository;

// Imports the shipped default knowledge base off the GUI thread: reads the content (index.json and
// the Markdown files) and writes it with KnowledgeRepository::importDefaults() on a pool thread, on
// that thread's own connection (released afterwards). `finished` is emitted on the importer's thread.
// Run it at every start: it adds what is new, refreshes never-edited articles, and leaves edits alone.
class KnowledgeImporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeImporter)

public:
    // `repository` and `database` must outlive the importer, and the importer must outlive a running
    // import (the destructor waits for it).
    explicit KnowledgeImporter(KnowledgeRepository &repository, Database &database, QObject *parent = nullptr);
    ~KnowledgeImporter() override;

    // Starts an import from `contentRoot` (the resources by default). Returns false, and does
    // nothing, when one is already running.
    bool start(const QString &contentRoot = QString());
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void finished(const payops::KnowledgeImportResult &result);

private:
    void onFutureFinished();

    KnowledgeRepository &m_repository;
    Database &m_database;
    QFutureWatcher<KnowledgeImportResult> m_watcher;
};

} // namespace payops
