#pragma once

#include "models/knowledge/knowledgetypes.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace payops {

class DatabaseWriter;
class KnowledgeRepository;

// Saves and restores article revisions off the calling thread: the write (KnowledgeRepository::save()
// or restore(), one small transaction) runs as a job on the DatabaseWriter's thread, on that thread's
// connection, in order with every other queued write. What can be refused without the database (no
// author, an empty article) is answered at once, so an editor shows it immediately; the rest of the
// result comes back on this object's thread: revisionSaved() first (for views that show the article),
// then `done(result)` while `context` exists (no context: while this object exists).
class KnowledgeWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeWriter)

public:
    using SaveCallback = std::function<void(const KnowledgeSaveResult &)>;

    // `repository` (and its clock, then called on the writer thread) and `writer` must outlive the last
    // queued save; `writer` lives in this object's thread.
    explicit KnowledgeWriter(KnowledgeRepository &repository, DatabaseWriter &writer, QObject *parent = nullptr);

    // Queues saving `body` as a new revision by `author`. Returns the problem (nothing queued) when it is
    // refused at once, std::nullopt when queued.
    std::optional<QString> save(const QString &articleId, const QString &language, const QString &body,
                                const QString &author, QObject *context = nullptr, SaveCallback done = {});
    // Queues restoring `revision` as a new revision by `author`; same answers as save().
    std::optional<QString> restore(const QString &articleId, const QString &language, int revision,
                                   const QString &author, QObject *context = nullptr, SaveCallback done = {});

Q_SIGNALS:
    // A save or restore succeeded; `revision` is the article's current revision.
    void revisionSaved(const QString &articleId, const QString &language, int revision);

private:
    void submit(std::function<KnowledgeSaveResult()> write, const QString &articleId, const QString &language,
                QObject *context, SaveCallback done);

    KnowledgeRepository &m_repository;
    DatabaseWriter &m_writer;
};

} // namespace payops
