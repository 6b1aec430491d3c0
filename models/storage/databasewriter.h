#pragma once

#include "models/core/workerthread.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace payops {

class Database;

// Runs database writes off the calling thread: each job is a function `R(QSqlDatabase &)` run on ONE
// dedicated thread ("payops-db-writer") with that thread's own connection from Database::connection(),
// strictly in the order submitted (one queue, one thread: writes are serialized and never overlap each
// other). The job's result is handed back to the writer's own thread (the thread that created it,
// normally the GUI thread), where `done(result)` runs — unless `context` was destroyed meanwhile, in
// which case the result is dropped (the write itself still happened).
//
//     writer.submit(this, [entry](QSqlDatabase &db) { return store(db, entry); },
//                   [this](const StoreResult &result) { show(result); });
//
// Jobs run on another thread: they must not touch GUI-thread objects; capture values (and objects that
// outlive the writer, such as the Database). Failures are values in the result, like everywhere else.
// Because the queue is FIFO, a job may rely on every job submitted before it having run already: e.g.
// an undo submitted right after an add finds the id the add's job stored in state the two jobs share
// (see ContactDirectory::StoredEntries), even when the add's result has not reached the GUI yet.
//
// submit() is called on the writer's thread only, and `context` lives in that thread.
// The Database must outlive the writer. Destroying the writer runs the jobs still queued (nothing
// submitted is lost; their callbacks are dropped), then stops the thread, which releases its connection.
class DatabaseWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWriter)

public:
    explicit DatabaseWriter(Database &database, QObject *parent = nullptr);
    ~DatabaseWriter() override;

    // Queues `job`; `done(result)` (or `done()` for a void job) runs on this object's thread after it.
    template<typename Job, typename Done>
    void submit(QObject *context, Job job, Done done);
    // Queues `job` without a callback.
    template<typename Job>
    void submit(Job job);

    // Jobs submitted whose result has not been delivered (or dropped) yet.
    [[nodiscard]] int pendingJobs() const { return m_pending; }
    // The thread the jobs run on (for tests and diagnostics).
    [[nodiscard]] QThread *workerThread() const { return m_thread->worker()->thread(); }

Q_SIGNALS:
    // Every job submitted so far has run and its result has been delivered.
    void idle();

private:
    // Runs on the worker thread; returns what to run on this object's thread afterwards.
    using Task = std::function<std::function<void()>(QSqlDatabase &)>;

    void enqueue(Task task);
    void finishOne();

    Database &m_database;
    // The jobs are queued calls on its worker, a plain QObject; reset first thing in the destructor.
    std::unique_ptr<WorkerThread<QObject>> m_thread;
    int m_pending = 0;
};

template<typename Job, typename Done>
void DatabaseWriter::submit(QObject *context, Job job, Done done)
{
    using Result = std::invoke_result_t<Job &, QSqlDatabase &>;
    enqueue([job = std::move(job), done = std::move(done), guard = QPointer<QObject>(context)](
                QSqlDatabase &db) mutable -> std::function<void()> {
        if constexpr (std::is_void_v<Result>) {
            job(db);
            return [done = std::move(done), guard = std::move(guard)]() mutable {
                if (guard)
                    done();
            };
        } else {
            auto result = std::make_shared<Result>(job(db));
            return [done = std::move(done), guard = std::move(guard), result = std::move(result)]() mutable {
                if (guard)
                    done(std::as_const(*result));
            };
        }
    });
}

template<typename Job>
void DatabaseWriter::submit(Job job)
{
    enqueue([job = std::move(job)](QSqlDatabase &db) mutable -> std::function<void()> {
        job(db);
        return {};
    });
}

} // namespace payops
