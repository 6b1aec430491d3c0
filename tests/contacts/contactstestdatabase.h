#pragma once

// A fresh database file with the console's schema and a writer thread, for the contact tests; and
// helpers that queue a ContactDirectory write and wait for its result (processing events, as QTRY_* does).
#include "models/consoleschema.h"
#include "models/contacts/contactdirectory.h"
#include "models/storage/database.h"
#include "models/storage/databasewriter.h"

#include <QCoreApplication>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace payops::test {

struct TestDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<DatabaseWriter> writer; // declared after the database: destroyed before it

    // Empty string on success.
    QString open()
    {
        if (!dir.isValid())
            return QStringLiteral("no temporary folder");
        database = std::make_unique<Database>(ConsoleSchema::databaseOptions());
        const std::optional<DatabaseError> error = database->open(dir.filePath(QStringLiteral("contacts.db")));
        if (error)
            return error->message + u' ' + error->detail;
        writer = std::make_unique<DatabaseWriter>(*database);
        return {};
    }

    // Waits until every queued write has run and its result (signals, callbacks) was delivered.
    [[nodiscard]] bool drain() const
    {
        return QTest::qWaitFor([this] { return writer->pendingJobs() == 0; }, 10000);
    }
};

// Queues a write through `start(context, done)` and waits for its result.
template<typename Result, typename Start>
Result await(Start start)
{
    QObject context;
    std::optional<Result> result;
    start(&context, [&result](const Result &value) { result = value; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000)) {
        Result timedOut;
        timedOut.error = QStringLiteral("timed out waiting for the write");
        return timedOut;
    }
    return *result;
}

inline ContactDirectory::WriteResult add(ContactDirectory &directory, const ContactEntry &entry)
{
    return await<ContactDirectory::WriteResult>([&](QObject *context, ContactDirectory::WriteCallback done) {
        directory.add(entry, context, std::move(done));
    });
}

inline ContactDirectory::WriteResult update(ContactDirectory &directory, const ContactEntry &entry)
{
    return await<ContactDirectory::WriteResult>([&](QObject *context, ContactDirectory::WriteCallback done) {
        directory.update(entry, context, std::move(done));
    });
}

inline ContactDirectory::WriteResult remove(ContactDirectory &directory, qint64 id)
{
    return await<ContactDirectory::WriteResult>([&](QObject *context, ContactDirectory::WriteCallback done) {
        directory.remove(id, context, std::move(done));
    });
}

inline ContactDirectory::WriteResult restore(ContactDirectory &directory, const ContactEntry &entry)
{
    return await<ContactDirectory::WriteResult>([&](QObject *context, ContactDirectory::WriteCallback done) {
        directory.restore(entry, context, std::move(done));
    });
}

inline ContactDirectory::BatchResult addAll(ContactDirectory &directory, const QList<ContactEntry> &entries)
{
    return await<ContactDirectory::BatchResult>([&](QObject *context, ContactDirectory::BatchCallback done) {
        directory.addAll(entries, context, std::move(done));
    });
}

inline ContactDirectory::BatchResult importDefaultsOnce(ContactDirectory &directory, const QList<ContactEntry> &defaults)
{
    return await<ContactDirectory::BatchResult>([&](QObject *context, ContactDirectory::BatchCallback done) {
        directory.importDefaultsOnce(defaults, context, std::move(done));
    });
}

} // namespace payops::test
