#include "models/knowledge/knowledgewriter.h"

#include "models/knowledge/knowledgerepository.h"
#include "models/storage/databasewriter.h"

#include <QPointer>

namespace payops {

KnowledgeWriter::KnowledgeWriter(KnowledgeRepository &repository, DatabaseWriter &writer, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_writer(writer)
{
}

std::optional<QString> KnowledgeWriter::save(const QString &articleId, const QString &language, const QString &body,
                                             const QString &author, QObject *context, SaveCallback done)
{
    if (std::optional<QString> problem = KnowledgeRepository::checkRevision(body, author))
        return problem;
    KnowledgeRepository *repository = &m_repository;
    submit([repository, articleId, language, body, author] { return repository->save(articleId, language, body, author); },
           articleId, language, context, std::move(done));
    return std::nullopt;
}

std::optional<QString> KnowledgeWriter::restore(const QString &articleId, const QString &language, int revision,
                                                const QString &author, QObject *context, SaveCallback done)
{
    // The restored text is read in the job; only the author can be checked here.
    if (std::optional<QString> problem = KnowledgeRepository::checkAuthor(author))
        return problem;
    KnowledgeRepository *repository = &m_repository;
    submit([repository, articleId, language, revision, author] {
        return repository->restore(articleId, language, revision, author);
    }, articleId, language, context, std::move(done));
    return std::nullopt;
}

void KnowledgeWriter::submit(std::function<KnowledgeSaveResult()> write, const QString &articleId, const QString &language,
                             QObject *context, SaveCallback done)
{
    // The repository works on the calling thread's connection: in the job, the writer thread's own.
    QPointer<QObject> guard(context ? context : this);
    m_writer.submit(
        this, [write = std::move(write)](QSqlDatabase &) { return write(); },
        [this, guard, articleId, language, done = std::move(done)](const KnowledgeSaveResult &result) {
            if (result.ok())
                Q_EMIT revisionSaved(articleId, language, result.revision);
            if (guard && done)
                done(result);
        });
}

} // namespace payops
