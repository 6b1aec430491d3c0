// The item models over the knowledge base (checked with QAbstractItemModelTester), the asynchronous
// first-run import and the navigation history.

#include "tests/knowledge/knowledgetestdatabase.h"

#include "models/knowledge/articletreemodel.h"
#include "models/knowledge/knowledgecontent.h"
#include "models/knowledge/knowledgeimporter.h"
#include "models/knowledge/knowledgerepository.h"
#include "models/knowledge/knowledgesearchmodel.h"
#include "models/knowledge/navigationhistory.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace payops;

class TestKnowledgeModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importerRunsOffTheCallingThread();
    void importerReportsBadContent();
    void treeModel();
    void treeModelFollowsSaves();
    void searchModel();
    void navigationHistory();

private:
    void importSynchronously();

    std::unique_ptr<test::KnowledgeTestDatabase> m_db;
    std::unique_ptr<KnowledgeRepository> m_repository;
};

void TestKnowledgeModels::initTestCase()
{
    qRegisterMetaType<KnowledgeImportResult>();
}

void TestKnowledgeModels::init()
{
    m_db = std::make_unique<test::KnowledgeTestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
    m_repository = std::make_unique<KnowledgeRepository>(*m_db->database);
}

void TestKnowledgeModels::cleanup()
{
    m_repository.reset();
    m_db.reset();
}

void TestKnowledgeModels::importSynchronously()
{
    const KnowledgeContent::LoadResult content = KnowledgeContent::load();
    QVERIFY(content.ok());
    QVERIFY(m_repository->importDefaults(content.bundle).ok());
}

void TestKnowledgeModels::importerRunsOffTheCallingThread()
{
    KnowledgeImporter importer(*m_repository, *m_db->database);
    QSignalSpy spy(&importer, &KnowledgeImporter::finished);
    QVERIFY(importer.start());
    QVERIFY(!importer.start()); // one at a time
    QVERIFY(spy.wait(60000));
    QVERIFY(!importer.isRunning());
    const auto result = spy.constFirst().constFirst().value<KnowledgeImportResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.inserted >= 30);
    QCOMPARE(m_repository->articleCount(QStringLiteral("zh_CN")), result.inserted / 2);

    // Second start: nothing new.
    QVERIFY(importer.start());
    QVERIFY(spy.wait(60000));
    const auto again = spy.at(1).constFirst().value<KnowledgeImportResult>();
    QCOMPARE(again.inserted, 0);
    QCOMPARE(again.unchanged, result.inserted);
}

void TestKnowledgeModels::importerReportsBadContent()
{
    KnowledgeImporter importer(*m_repository, *m_db->database);
    QSignalSpy spy(&importer, &KnowledgeImporter::finished);
    QVERIFY(importer.start(m_db->dir.filePath(QStringLiteral("missing"))));
    QVERIFY(spy.wait(60000));
    const auto result = spy.constFirst().constFirst().value<KnowledgeImportResult>();
    QVERIFY(!result.ok());
    QCOMPARE(m_repository->articleCount(QStringLiteral("en")), 0);
}

void TestKnowledgeModels::treeModel()
{
    ArticleTreeModel model(*m_repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    importSynchronously();
    model.setLanguage(QStringLiteral("en"));
    QCOMPARE(model.rowCount(), 7);
    const QModelIndex monitoring = model.index(0, 0);
    QCOMPARE(monitoring.data().toString(), QStringLiteral("Monitoring metrics"));
    QVERIFY(monitoring.data(ArticleTreeModel::IsSectionRole).toBool());
    QVERIFY(!(model.flags(monitoring) & Qt::ItemIsSelectable));
    QCOMPARE(model.rowCount(monitoring), 7);
    const QModelIndex overview = model.index(0, 0, monitoring);
    QCOMPARE(overview.data(ArticleTreeModel::ArticleIdRole).toString(), QStringLiteral("monitoring-overview"));
    QCOMPARE(overview.data().toString(), QStringLiteral("Reading the dashboard"));
    QCOMPARE(overview.parent(), monitoring);
    QVERIFY(model.flags(overview) & Qt::ItemIsSelectable);

    const QModelIndex downtime = model.indexForArticle(QStringLiteral("incident-system-downtime"));
    QVERIFY(downtime.isValid());
    QCOMPARE(downtime.parent().data(ArticleTreeModel::SectionIdRole).toString(), QStringLiteral("incidents"));
    QCOMPARE(model.articleIdAt(downtime), QStringLiteral("incident-system-downtime"));
    QVERIFY(!model.indexForArticle(QStringLiteral("nope")).isValid());

    model.setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("监控指标"));
    QCOMPARE(model.titleOf(QStringLiteral("incident-system-downtime")), QStringLiteral("系统宕机"));

    model.setLanguage(QStringLiteral("fr"));
    QCOMPARE(model.rowCount(), 0);
}

void TestKnowledgeModels::treeModelFollowsSaves()
{
    importSynchronously();
    ArticleTreeModel model(*m_repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLanguage(QStringLiteral("en"));
    const QString id = QStringLiteral("daily-data-backup");
    QVERIFY(m_repository->save(id, QStringLiteral("en"), QStringLiteral("# Backups\n\nNightly.\n"), QStringLiteral("Bob")).ok());
    model.reload();
    const QModelIndex index = model.indexForArticle(id);
    QCOMPARE(index.data().toString(), QStringLiteral("Backups"));
    QVERIFY(index.data(ArticleTreeModel::EditedRole).toBool());
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Backups")));
}

void TestKnowledgeModels::searchModel()
{
    importSynchronously();
    KnowledgeSearchModel model(*m_repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setQuery(QStringLiteral("downtime")); // no language yet
    QCOMPARE(model.rowCount(), 0);
    model.setLanguage(QStringLiteral("en"));
    QVERIFY(model.rowCount() >= 2);
    QCOMPARE(model.articleIdAt(0), QStringLiteral("incident-system-downtime"));
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data().toString(), QStringLiteral("System downtime"));
    QVERIFY(first.data(KnowledgeSearchModel::TitleHtmlRole).toString().contains(QStringLiteral("</b>")));
    QVERIFY(first.data(KnowledgeSearchModel::SnippetHtmlRole).toString().contains(QStringLiteral("</b>")));
    QVERIFY(!first.data(Qt::ToolTipRole).toString().contains(u'\uE000'));
    QVERIFY(first.data(KnowledgeSearchModel::RankRole).toDouble()
            <= model.index(1, 0).data(KnowledgeSearchModel::RankRole).toDouble());

    model.setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(model.rowCount(), 0);
    model.setQuery(QStringLiteral("负载均衡"));
    QCOMPARE(model.articleIdAt(0), QStringLiteral("perf-load-balancing"));
    QVERIFY(model.lastError().isEmpty());

    model.setQuery(QString());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.articleIdAt(3), QString());
}

void TestKnowledgeModels::navigationHistory()
{
    NavigationHistory history(3);
    QVERIFY(!history.canGoBack());
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.back(), QString());
    history.visit(QStringLiteral("a"));
    history.visit(QStringLiteral("a"));
    history.visit(QStringLiteral("b"));
    history.visit(QStringLiteral("c"));
    QCOMPARE(history.current(), QStringLiteral("c"));
    QCOMPARE(history.back(), QStringLiteral("b"));
    QCOMPARE(history.back(), QStringLiteral("a"));
    QVERIFY(!history.canGoBack());
    QCOMPARE(history.forward(), QStringLiteral("b"));
    history.visit(QStringLiteral("d")); // drops "c"
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.back(), QStringLiteral("b"));
    history.forward();
    history.visit(QStringLiteral("e")); // capacity 3: "a" falls out
    QCOMPARE(history.back(), QStringLiteral("d"));
    QCOMPARE(history.back(), QStringLiteral("b"));
    QVERIFY(!history.canGoBack());
    history.clear();
    QCOMPARE(history.current(), QString());
}

QTEST_GUILESS_MAIN(TestKnowledgeModels)
#include "test_knowledgemodels.moc"
