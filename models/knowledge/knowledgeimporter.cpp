#include "models/knowledge/knowledgeimporter.h"

#include "models/core/jobpool.h"
#include "models/knowledge/knowledgecontent.h"
#include "models/knowledge/knowledgelog.h"
#include "models/knowledge/knowledgerepository.h"
#include "models/storage/database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace payops {

KnowledgeImporter::KnowledgeImporter(KnowledgeRepository &repository, Database &database, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_database(database)
{
    connect(&m_watcher, &QFutureWatcher<KnowledgeImportResult>::finished, this, &KnowledgeImporter::onFutureFinished);
}

KnowledgeImporter::~KnowledgeImporter()
{
    m_watcher.waitForFinished();
}

bool KnowledgeImporter::start(const QString &contentRoot)
{
    if (isRunning())
        return false;
    const QString root = contentRoot.isEmpty() ? QString::fromLatin1(KnowledgeContent::DefaultRoot) : contentRoot;
    KnowledgeRepository *repository = &m_repository;
    Database *database = &m_database;
    m_watcher.setFuture(QtConcurrent::run(jobPool(), [repository, database, root]() {
        const KnowledgeContent::LoadResult content = KnowledgeContent::load(root);
        KnowledgeImportResult result;
        if (!content.ok()) {
            result.error = content.error;
        } else {
            result = repository->importDefaults(content.bundle);
        }
        // A pool thread lives on after this task: give its connection back now.
        database->releaseConnection();
        return result;
    }));
    return true;
}

bool KnowledgeImporter::isRunning() const
{
    return m_watcher.isRunning();
}

void KnowledgeImporter::onFutureFinished()
{
    const KnowledgeImportResult result = m_watcher.result();
    if (!result.ok())
        qCWarning(lcKnowledge).noquote() << "import of the default knowledge base failed:" << result.error;
    Q_EMIT finished(result);
}

} // namespace payops
