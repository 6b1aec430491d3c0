// AuditLog: appends chain by SHA-256, verify names the first entry that does not fit when a row is
// edited, deleted or moved (by someone who drops the append-only triggers, as an attacker holding
// the file would), export writes JSON lines, and the migration adds the host to an older file.
#include "models/consoleschema.h"
#include "models/security/auditlog.h"
#include "models/storage/database.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace payops;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT0 = 1'780'000'000'000;

} // namespace

class TestAuditLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void appendChainsEntries();
    void appendRefusesAnEmptyAction();
    void triggersRefuseUpdateAndDelete();
    void emptyLogIsIntact();
    void editedRowIsNamed();
    void editedRowWithRecomputedHashBreaksTheNext();
    void deletedRowIsNamed();
    void deletedFirstRowIsNamed();
    void reorderedRowsAreNamed();
    void exportWritesJsonLines();
    void appendsFromTwoConnectionsStayOneChain();

private:
    std::unique_ptr<Database> openDatabase();
    AuditLog log() { return AuditLog(*m_database, [this] { return m_now += 1000; }, OsIdentity{u"alice"_s, u"ops-1"_s}); }
    void appendFive();
    bool exec(const QString &statement);
    void dropTriggers();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_now = kT0;
};

std::unique_ptr<Database> TestAuditLog::openDatabase()
{
    DatabaseOptions options = ConsoleSchema::databaseOptions();
    options.quickCheck = false;
    auto database = std::make_unique<Database>(options);
    const std::optional<DatabaseError> error = database->open(m_dir->filePath(u"payops.db"_s));
    if (error)
        qWarning() << error->message << error->detail;
    return error ? nullptr : std::move(database);
}

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = openDatabase();
    QVERIFY(m_database);
    m_now = kT0;
}

void TestAuditLog::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

bool TestAuditLog::exec(const QString &statement)
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(statement)) {
        qWarning() << statement << query.lastError().text();
        return false;
    }
    return true;
}

void TestAuditLog::dropTriggers()
{
    QVERIFY(exec(u"DROP TRIGGER audit_log_no_update"_s));
    QVERIFY(exec(u"DROP TRIGGER audit_log_no_delete"_s));
}

void TestAuditLog::appendFive()
{
    const AuditLog audit = log();
    for (int i = 1; i <= 5; ++i)
        QVERIFY(!audit.append(u"test.step"_s, QJsonObject{{u"step"_s, i}, {u"text"_s, u"entry %1"_s.arg(i)}}));
}

void TestAuditLog::appendChainsEntries()
{
    appendFive();
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT id, ts_ms, actor, host, action, detail, prev_hash, hash FROM audit_log ORDER BY id"_s));
    QByteArray previous = AuditLog::genesisHash();
    int count = 0;
    while (query.next()) {
        ++count;
        QCOMPARE(query.value(0).toLongLong(), qint64(count));
        QCOMPARE(query.value(1).toLongLong(), kT0 + count * 1000);
        QCOMPARE(query.value(2).toString(), u"alice"_s);
        QCOMPARE(query.value(3).toString(), u"ops-1"_s);
        QCOMPARE(query.value(4).toString(), u"test.step"_s);
        QCOMPARE(QJsonDocument::fromJson(query.value(5).toByteArray()).object().value(u"step"_s).toInt(), count);
        QCOMPARE(query.value(6).toByteArray(), previous);
        const QByteArray hash = query.value(7).toByteArray();
        QCOMPARE(hash.size(), 32);
        QVERIFY(hash != previous);
        previous = hash;
    }
    QCOMPARE(count, 5);
    const AuditLog::Verification verification = log().verify();
    QVERIFY2(verification.ok(), qPrintable(verification.summary()));
    QCOMPARE(verification.entries, 5);
}

void TestAuditLog::appendRefusesAnEmptyAction()
{
    const std::optional<QString> error = log().append(u"  "_s, {});
    QVERIFY(error);
    QVERIFY(error->contains(u"no action"_s));
    QVERIFY(log().verify().ok());
    QCOMPARE(log().verify().entries, 0);
}

void TestAuditLog::triggersRefuseUpdateAndDelete()
{
    appendFive();
    QSqlQuery query(m_database->connection());
    QVERIFY(!query.exec(u"UPDATE audit_log SET actor = 'mallory' WHERE id = 2"_s));
    QVERIFY(query.lastError().text().contains(u"append-only"_s));
    QVERIFY(!query.exec(u"DELETE FROM audit_log WHERE id = 2"_s));
    QVERIFY(log().verify().ok());
}

void TestAuditLog::emptyLogIsIntact()
{
    const AuditLog::Verification verification = log().verify();
    QVERIFY(verification.ok());
    QCOMPARE(verification.entries, 0);
    QCOMPARE(verification.firstBadId, -1);
}

void TestAuditLog::editedRowIsNamed()
{
    appendFive();
    dropTriggers();
    QVERIFY(exec(u"UPDATE audit_log SET detail = '{\"step\":3,\"text\":\"nothing happened\"}' WHERE id = 3"_s));
    AuditLog::Verification verification = log().verify();
    QVERIFY(!verification.ok());
    QCOMPARE(verification.firstBadId, 3);
    QVERIFY2(verification.summary().contains(u"entry 3"_s), qPrintable(verification.summary()));

    // The actor alone, too.
    init();
    appendFive();
    dropTriggers();
    QVERIFY(exec(u"UPDATE audit_log SET actor = 'mallory' WHERE id = 4"_s));
    verification = log().verify();
    QCOMPARE(verification.firstBadId, 4);
    QVERIFY(verification.problem.contains(u"edited"_s));
}

void TestAuditLog::editedRowWithRecomputedHashBreaksTheNext()
{
    // An attacker who rewrites a row and its own hash still breaks the link from the next entry.
    appendFive();
    dropTriggers();
    AuditLog::Entry forged;
    QSqlQuery read(m_database->connection());
    QVERIFY(read.exec(u"SELECT id, ts_ms, actor, host, action, prev_hash FROM audit_log WHERE id = 2"_s));
    QVERIFY(read.next());
    forged.id = 2;
    forged.timestampMs = read.value(1).toLongLong();
    forged.actor = u"mallory"_s;
    forged.host = read.value(3).toString();
    forged.action = read.value(4).toString();
    forged.previousHash = read.value(5).toByteArray();
    forged.detail = QJsonObject{{u"step"_s, 2}};
    forged.hash = AuditLog::hashOf(forged);
    read.finish();
    QSqlQuery update(m_database->connection());
    update.prepare(u"UPDATE audit_log SET actor = ?, detail = ?, hash = ? WHERE id = 2"_s);
    update.addBindValue(forged.actor);
    update.addBindValue(u"{\"step\":2}"_s);
    update.addBindValue(forged.hash);
    QVERIFY(update.exec());
    const AuditLog::Verification verification = log().verify();
    QCOMPARE(verification.firstBadId, 3);
    QVERIFY(verification.problem.contains(u"previous hash"_s));
}

void TestAuditLog::deletedRowIsNamed()
{
    appendFive();
    dropTriggers();
    QVERIFY(exec(u"DELETE FROM audit_log WHERE id = 3"_s));
    AuditLog::Verification verification = log().verify();
    QCOMPARE(verification.firstBadId, 4);
    QVERIFY(verification.problem.contains(u"removed"_s));

    // Renumbering the rest to hide the gap does not help: the link is broken.
    QVERIFY(exec(u"UPDATE audit_log SET id = id - 1 WHERE id > 3"_s));
    verification = log().verify();
    QCOMPARE(verification.firstBadId, 3);
}

void TestAuditLog::deletedFirstRowIsNamed()
{
    appendFive();
    dropTriggers();
    QVERIFY(exec(u"DELETE FROM audit_log WHERE id = 1"_s));
    const AuditLog::Verification verification = log().verify();
    QCOMPARE(verification.firstBadId, 2);
}

void TestAuditLog::reorderedRowsAreNamed()
{
    appendFive();
    dropTriggers();
    // Swap entries 2 and 3 by their ids.
    QVERIFY(exec(u"UPDATE audit_log SET id = 100 WHERE id = 2"_s));
    QVERIFY(exec(u"UPDATE audit_log SET id = 2 WHERE id = 3"_s));
    QVERIFY(exec(u"UPDATE audit_log SET id = 3 WHERE id = 100"_s));
    const AuditLog::Verification verification = log().verify();
    QCOMPARE(verification.firstBadId, 2);
    QVERIFY(verification.problem.contains(u"previous hash"_s));
}

void TestAuditLog::exportWritesJsonLines()
{
    appendFive();
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const AuditLog::ExportResult result = log().exportJsonLines(buffer);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.entries, 5);
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines.last().isEmpty());
    QByteArray previousHash = AuditLog::genesisHash().toHex();
    for (int i = 0; i < 5; ++i) {
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(lines.at(i), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(u"id"_s).toInteger(), i + 1);
        QCOMPARE(object.value(u"actor"_s).toString(), u"alice"_s);
        QCOMPARE(object.value(u"host"_s).toString(), u"ops-1"_s);
        QCOMPARE(object.value(u"action"_s).toString(), u"test.step"_s);
        QCOMPARE(object.value(u"detail"_s).toObject().value(u"step"_s).toInt(), i + 1);
        QCOMPARE(object.value(u"prevHash"_s).toString().toLatin1(), previousHash);
        QCOMPARE(object.value(u"hash"_s).toString().size(), 64);
        QVERIFY(object.value(u"time"_s).toString().endsWith(u'Z'));
        previousHash = object.value(u"hash"_s).toString().toLatin1();
    }
}

void TestAuditLog::appendsFromTwoConnectionsStayOneChain()
{
    // Two threads append at once: the write lock orders them into one unbroken chain.
    const AuditLog audit(*m_database, {}, OsIdentity{u"bob"_s, u"ops-2"_s});
    std::atomic<int> failures = 0;
    auto writer = [&](int base) {
        for (int i = 0; i < 40; ++i) {
            if (audit.append(u"test.concurrent"_s, {{u"n"_s, base + i}}))
                ++failures;
        }
        m_database->releaseConnection();
    };
    std::unique_ptr<QThread> first(QThread::create(writer, 0));
    std::unique_ptr<QThread> second(QThread::create(writer, 1000));
    first->start();
    second->start();
    QVERIFY(first->wait(60'000));
    QVERIFY(second->wait(60'000));
    QCOMPARE(failures.load(), 0);
    const AuditLog::Verification verification = audit.verify();
    QVERIFY2(verification.ok(), qPrintable(verification.summary()));
    QCOMPARE(verification.entries, 80);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_auditlog.moc"
