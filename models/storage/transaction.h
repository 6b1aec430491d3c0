#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <type_traits>
#include <utility>

namespace payops {

// The one way to run a write transaction on a thread's connection: RAII, rolled back unless committed.
//
//     Transaction transaction(db);
//     if (!transaction.isOpen())
//         return tr("Cannot save X: %1").arg(transaction.error());
//     ... writes; an early return rolls back ...
//     if (const std::optional<QString> error = transaction.commit())
//         return tr("Cannot save X: %1").arg(*error);
//
// It begins with BEGIN IMMEDIATE: that takes the write lock at once (waiting up to the connection's
// busy timeout, on the calling thread, which is never the GUI thread), so that the reads that validate
// a write see the state the write applies to, and a read snapshot is never upgraded into a BUSY
// failure halfway through.
//
// On a read-only connection SQLite makes BEGIN IMMEDIATE a read transaction: it succeeds and the first
// write fails ("attempt to write a readonly database"); Database::open() refuses read-only files.
//
// Why BEGIN or COMMIT failed is a value in SQLite's words (untranslated); callers wrap it in their own
// operator-facing sentence. A failed COMMIT leaves the transaction open: it is rolled back with this
// object. For the common "the body returns an error or nothing" case, see run().
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    // Begins the transaction on `db` (a handle to the calling thread's connection, kept for the
    // lifetime of this object).
    explicit Transaction(QSqlDatabase db);
    // Rolls back unless committed.
    ~Transaction();

    [[nodiscard]] bool isOpen() const { return m_open; }
    // Why BEGIN failed (empty when it did not).
    [[nodiscard]] const QString &error() const { return m_error; }
    // Commits; returns why COMMIT failed (the transaction then stays open and is rolled back with
    // this object). On a transaction that is not open, SQLite's "no transaction is active".
    [[nodiscard]] std::optional<QString> commit();

    // Runs `body` (a callable returning std::optional<QString>: an error or nothing) in one
    // transaction on `db`: committed when it returns nothing, rolled back otherwise. Returns why
    // BEGIN failed (then `body` does not run), the body's error as it is, or why COMMIT failed.
    template<typename Body>
    [[nodiscard]] static std::optional<QString> run(QSqlDatabase db, Body &&body);

private:
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

template<typename Body>
std::optional<QString> Transaction::run(QSqlDatabase db, Body &&body)
{
    static_assert(std::is_convertible_v<std::invoke_result_t<Body &>, std::optional<QString>>,
                  "the body returns std::optional<QString>: an error or nothing");
    Transaction transaction(std::move(db));
    if (!transaction.isOpen())
        return transaction.error();
    if (std::optional<QString> error = body())
        return error;
    return transaction.commit();
}

} // namespace payops
