// PlaybookRepository on a real SQLite file: first import, idempotent re-import, revision upgrades,
// user-saved playbooks kept, lookups by id and by article.
#include "models/consoleschema.h"
#include "models/incidents/playbookrepository.h"
#include "models/storage/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace payops;

class TestPlaybookRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsShippedPlaybooksOnce();
    void upgradesShippedRevisionButKeepsUserEdits();
    void reportsDamagedRow();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestPlaybookRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>(ConsoleSchema::databaseOptions());
    const std::optional<DatabaseError> error = m_database->open(m_dir->filePath(QStringLiteral("payops.db")));
    QVERIFY2(!error, error ? qPrintable(error->message + u' ' + error->detail) : "");
    QCOMPARE(m_database->schemaVersion(), ConsoleSchema::latestVersion());
}

void TestPlaybookRepository::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestPlaybookRepository::importsShippedPlaybooksOnce()
{
    PlaybookRepository repository(*m_database, PlaybookLoader(), [] { return qint64(1700000000000); });
    const PlaybookRepository::SyncResult first = repository.importDefaults();
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.inserted, 4);
    const PlaybookRepository::SyncResult second = repository.importDefaults();
    QCOMPARE(second.inserted, 0);
    QCOMPARE(second.updated, 0);

    const PlaybookRepository::ListResult all = repository.all();
    QVERIFY(all.ok());
    const PlaybookLoader::Result shipped = PlaybookLoader().loadFile(PlaybookLoader::defaultsPath());
    QCOMPARE(all.playbooks, shipped.playbooks);

    const PlaybookRepository::ListResult byArticle = repository.forArticle(QStringLiteral("incident-system-downtime"));
    QCOMPARE(byArticle.playbooks.size(), 1);
    QCOMPARE(byArticle.playbooks.constFirst().id, QStringLiteral("system-downtime"));
    QVERIFY(byArticle.playbooks.constFirst().cause(QStringLiteral("software-crash")));
    QCOMPARE(repository.byId(QStringLiteral("nope")).playbooks.size(), 0);
}

void TestPlaybookRepository::upgradesShippedRevisionButKeepsUserEdits()
{
    PlaybookRepository repository(*m_database);
    QVERIFY(repository.importDefaults().ok());
    QList<Playbook> shipped = repository.all().playbooks;

    Playbook edited = shipped.at(1);
    edited.summary.en = QStringLiteral("Our own notes");
    QVERIFY(!repository.save(edited));

    for (Playbook &playbook : shipped) {
        ++playbook.revision; // one above whatever revision each ships at
        playbook.title.en += QStringLiteral(" (v2)");
    }
    const PlaybookRepository::SyncResult sync = repository.syncShipped(shipped);
    QVERIFY(sync.ok());
    QCOMPARE(sync.updated, 3); // the user-saved one is left alone
    const QList<Playbook> stored = repository.all().playbooks;
    QCOMPARE(stored.size(), 4);
    QVERIFY(stored.at(0).title.en.endsWith(QStringLiteral("(v2)")));
    QCOMPARE(stored.at(1).summary.en, QStringLiteral("Our own notes"));

    Playbook invalid = edited;
    invalid.causes.clear();
    QVERIFY(repository.save(invalid).has_value());
}

void TestPlaybookRepository::reportsDamagedRow()
{
    PlaybookRepository repository(*m_database);
    QVERIFY(repository.importDefaults().ok());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE playbooks SET document = '{\"id\": \"security-issues\"}' WHERE id = 'security-issues'")));
    const PlaybookRepository::ListResult all = repository.all();
    QVERIFY(!all.ok());
    QVERIFY(all.error.contains(QStringLiteral("security-issues")));
    QCOMPARE(all.playbooks.size(), 3); // the others stay usable
}

QTEST_GUILESS_MAIN(TestPlaybookRepository)
#include "test_playbookrepository.moc"
