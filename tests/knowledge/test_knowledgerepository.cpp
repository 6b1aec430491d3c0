// KnowledgeRepository on a real SQLite file: first-run import, re-import that never overwrites an
// operator's edit, revisions with restore, and FTS5 trigram search in English and Chinese; saves and
// restores through KnowledgeWriter, on the writer thread.

#include "tests/knowledge/knowledgetestdatabase.h"

#include "models/knowledge/knowledgecontent.h"
#include "models/knowledge/knowledgerepository.h"
#include "models/knowledge/knowledgewriter.h"
#include "models/knowledge/markdowntext.h"
#include "models/storage/databasewriter.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <optional>

using namespace payops;

namespace {

const QString En = QStringLiteral("en");
const QString Zh = QStringLiteral("zh_CN");

KnowledgeBundle shipped()
{
    return KnowledgeContent::load().bundle;
}

// The bundle with one article's shipped text changed, as a newer PayOps version would ship it.
KnowledgeBundle withChangedText(KnowledgeBundle bundle, const QString &id, const QString &language,
                                const QString &addition)
{
    for (ShippedArticle &article : bundle.articles) {
        if (article.id == id && article.language == language) {
            article.body += addition;
            article.hash = KnowledgeContent::hash(article.body);
        }
    }
    return bundle;
}

} // namespace

class TestKnowledgeRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void firstRunImport();
    void secondImportChangesNothing();
    void changedShippedTextUpdatesUneditedArticles();
    void changedShippedTextNeverOverwritesEdits();
    void saveCreatesRevisions();
    void restoreCreatesNewRevision();
    void saveValidates();
    void writerSavesOffTheCallingThread();
    void resolveLanguage();
    void searchRanksTheArticleAboutTheQueryFirst_data();
    void searchRanksTheArticleAboutTheQueryFirst();
    void searchHighlightsMatches();
    void searchFindsSavedText();
    void shortQueriesFallBackToLike();
    void searchIsPerLanguage();
    void searchHandlesOddInput();

private:
    std::unique_ptr<test::KnowledgeTestDatabase> m_db;
    std::unique_ptr<KnowledgeRepository> m_repository;
    QDateTime m_now;
    std::atomic<QThread *> m_clockThread{nullptr}; // where the clock was last called
};

void TestKnowledgeRepository::init()
{
    m_db = std::make_unique<test::KnowledgeTestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
    QCOMPARE(m_db->database->schemaVersion(), int(test::knowledgeDatabaseOptions().migrations.size()));
    m_now = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
    m_repository = std::make_unique<KnowledgeRepository>(*m_db->database, [this]() {
        m_clockThread = QThread::currentThread();
        return m_now;
    });
}

void TestKnowledgeRepository::cleanup()
{
    m_repository.reset();
    m_db.reset();
}

void TestKnowledgeRepository::firstRunImport()
{
    const KnowledgeBundle bundle = shipped();
    QCOMPARE(m_repository->articleCount(En), 0);
    const KnowledgeImportResult result = m_repository->importDefaults(bundle);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.inserted, bundle.articles.size());
    QCOMPARE(result.updated + result.unchanged + result.keptEdited, 0);

    QCOMPARE(m_repository->languages(), (QStringList{En, Zh}));
    QCOMPARE(m_repository->articleCount(En), m_repository->articleCount(Zh));
    QCOMPARE(m_repository->sections(En).size(), 7);
    QCOMPARE(m_repository->sections(Zh).constFirst().title, QStringLiteral("监控指标"));

    const QList<ArticleSummary> articles = m_repository->articles(En);
    QCOMPARE(articles.constFirst().id, QStringLiteral("monitoring-overview"));
    QCOMPARE(articles.constLast().id, QStringLiteral("contacts-service-managers"));

    const std::optional<Article> article = m_repository->article(QStringLiteral("incident-system-downtime"), Zh);
    QVERIFY(article);
    QCOMPARE(article->title, QStringLiteral("系统宕机"));
    QCOMPARE(article->sectionId, QStringLiteral("incidents"));
    QCOMPARE(article->revision, 1);
    QVERIFY(!article->edited);
    QCOMPARE(article->updated, m_now);

    const QList<ArticleRevision> revisions = m_repository->revisions(QStringLiteral("incident-system-downtime"), Zh);
    QCOMPARE(revisions.size(), 1);
    QCOMPARE(revisions.constFirst().kind, ArticleRevision::Kind::Import);
    QCOMPARE(revisions.constFirst().author, QString::fromLatin1(KnowledgeRepository::ImportAuthor));
}

void TestKnowledgeRepository::secondImportChangesNothing()
{
    const KnowledgeBundle bundle = shipped();
    QVERIFY(m_repository->importDefaults(bundle).ok());
    const KnowledgeImportResult again = m_repository->importDefaults(bundle);
    QVERIFY(again.ok());
    QCOMPARE(again.inserted, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.unchanged, bundle.articles.size());
    QCOMPARE(m_repository->revisions(QStringLiteral("daily-data-backup"), En).size(), 1);
}

void TestKnowledgeRepository::changedShippedTextUpdatesUneditedArticles()
{
    QVERIFY(m_repository->importDefaults(shipped()).ok());
    const QString id = QStringLiteral("daily-data-backup");
    const KnowledgeBundle newer = withChangedText(shipped(), id, En, QStringLiteral("\nRestore drills are mandatory.\n"));
    const KnowledgeImportResult result = m_repository->importDefaults(newer);
    QVERIFY(result.ok());
    QCOMPARE(result.updated, 1);
    QCOMPARE(result.keptEdited, 0);
    const std::optional<Article> article = m_repository->article(id, En);
    QVERIFY(article->body.endsWith(QStringLiteral("Restore drills are mandatory.\n")));
    QVERIFY(!article->edited);
    QCOMPARE(article->revision, 2);
    QCOMPARE(m_repository->revisions(id, En).constFirst().kind, ArticleRevision::Kind::Import);
    // The Chinese version did not change.
    QCOMPARE(m_repository->article(id, Zh)->revision, 1);
    // The new text is searchable.
    QCOMPARE(m_repository->search(QStringLiteral("drills are mandatory"), En).hits.size(), 1);
}

void TestKnowledgeRepository::changedShippedTextNeverOverwritesEdits()
{
    QVERIFY(m_repository->importDefaults(shipped()).ok());
    const QString id = QStringLiteral("contacts-service-managers");
    const QString edited = m_repository->article(id, En)->body + QStringLiteral("\nDeputy for Bob: Dana, 4242.\n");
    QVERIFY(m_repository->save(id, En, edited, QStringLiteral("Alice")).ok());

    // A newer PayOps ships a changed text for the edited article and for an untouched one.
    KnowledgeBundle newer = withChangedText(shipped(), id, En, QStringLiteral("\nShipped change.\n"));
    newer = withChangedText(newer, QStringLiteral("security-audits"), En, QStringLiteral("\nShipped change.\n"));
    const KnowledgeImportResult result = m_repository->importDefaults(newer);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.keptEdited, 1);
    QCOMPARE(result.updated, 1);
    QCOMPARE(m_repository->article(id, En)->body, edited);
    QCOMPARE(m_repository->article(id, En)->revision, 2);
    QVERIFY(m_repository->article(QStringLiteral("security-audits"), En)->body.endsWith(QStringLiteral("Shipped change.\n")));

    // And again on the next start: still kept.
    QCOMPARE(m_repository->importDefaults(newer).keptEdited, 1);
    QCOMPARE(m_repository->article(id, En)->body, edited);
}

void TestKnowledgeRepository::saveCreatesRevisions()
{
    QVERIFY(m_repository->importDefaults(shipped()).ok());
    const QString id = QStringLiteral("perf-load-balancing");
    const QString original = m_repository->article(id, En)->body;

    m_now = m_now.addSecs(60);
    const QString first = QStringLiteral("# Load balancing at ACME\n\nUse least connections everywhere.\n");
    KnowledgeSaveResult saved = m_repository->save(id, En, first, QStringLiteral("  Cindy "));
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QCOMPARE(saved.revision, 2);

    m_now = m_now.addSecs(60);
    const QString second = first + QStringLiteral("\nAnd drain connections.\n");
    saved = m_repository->save(id, En, second, QStringLiteral("Bob"));
    QCOMPARE(saved.revision, 3);

    // Saving the same text again creates no revision.
    QCOMPARE(m_repository->save(id, En, second, QStringLiteral("Bob")).revision, 3);

    const std::optional<Article> article = m_repository->article(id, En);
    QCOMPARE(article->title, QStringLiteral("Load balancing at ACME"));
    QCOMPARE(article->body, second);
    QVERIFY(article->edited);
    QCOMPARE(article->updated, m_now);

    const QList<ArticleRevision> revisions = m_repository->revisions(id, En);
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(revisions.at(0).revision, 3);
    QCOMPARE(revisions.at(0).author, QStringLiteral("Bob"));
    QCOMPARE(revisions.at(0).kind, ArticleRevision::Kind::Edit);
    QCOMPARE(revisions.at(1).author, QStringLiteral("Cindy"));
    QCOMPARE(revisions.at(1).created, m_now.addSecs(-60));
    QCOMPARE(revisions.at(2).body, original);
    QCOMPARE(revisions.at(2).kind, ArticleRevision::Kind::Import);

    // The tree sees the new title.
    const QList<ArticleSummary> summaries = m_repository->articles(En);
    const auto it = std::find_if(summaries.cbegin(), summaries.cend(), [&id](const ArticleSummary &s) { return s.id == id; });
    QCOMPARE(it->title, QStringLiteral("Load balancing at ACME"));
    QVERIFY(it->edited);
}

void TestKnowledgeRepository::restoreCreatesNewRevision()
{
    QVERIFY(m_repository->importDefaults(shipped()).ok());
    const QString id = QStringLiteral("incident-security");
    const QString original = m_repository->article(id, Zh)->body;
    QVERIFY(m_repository->save(id, Zh, QStringLiteral("# 安全问题（草稿）\n\n待补充。\n"), QStringLiteral("Bob")).ok());

    const KnowledgeSaveResult restored = m_repository->restore(id, Zh, 1, QStringLiteral("Alice"));
    QVERIFY2(restored.ok(), qPrintable(restored.error));
    QCOMPARE(restored.revision, 3);
    QCOMPARE(m_repository->article(id, Zh)->body, original);
    QCOMPARE(m_repository->article(id, Zh)->title, QStringLiteral("安全问题"));

    const QList<ArticleRevision> revisions = m_repository->revisions(id, Zh);
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(revisions.constFirst().kind, ArticleRevision::Kind::Restore);
    QCOMPARE(revisions.constFirst().restoredFrom, 1);
    QCOMPARE(revisions.constFirst().author, QStringLiteral("Alice"));
    // The draft is still in the history.
    QCOMPARE(revisions.at(1).title, QStringLiteral("安全问题（草稿）"));
    // Search follows the restored text.
    QVERIFY(m_repository->search(QStringLiteral("待补充"), Zh).hits.isEmpty());

    QVERIFY(!m_repository->restore(id, Zh, 42, QStringLiteral("Alice")).ok());
}

void TestKnowledgeRepository::saveValidates()
{
    QVERIFY(m_repository->importDefaults(shipped()).ok());
    const QString id = QStringLiteral("daily-system-updates");
    QVERIFY(!m_repository->save(id, En, QStringLiteral("# X\n"), QStringLiteral("  ")).ok());
    QVERIFY(!m_repository->save(id, En, QStringLiteral("  \n"), QStringLiteral("Bob")).ok());
    QVERIFY(!m_repository->save(QStringLiteral("no-such-article"), En, QStringLiteral("# X\n"), QStringLiteral("Bob")).ok());
    QCOMPARE(m_repository->revisions(id, En).size(), 1);
}

void TestKnowledgeRepository::writerSavesOffTheCallingThread()
{
    QVERIFY(m_repository->importDefaults(shipped()).ok());
    DatabaseWriter databaseWriter(*m_db->database);
    KnowledgeWriter writer(*m_repository, databaseWriter);
    QSignalSpy revisionSaved(&writer, &KnowledgeWriter::revisionSaved);
    const QString id = QStringLiteral("daily-system-updates");
    QObject context;
    std::optional<KnowledgeSaveResult> result;
    QThread *callbackThread = nullptr;
    const auto keep = [&](const KnowledgeSaveResult &value) {
        result = value;
        callbackThread = QThread::currentThread();
    };

    // Refused at once, nothing queued.
    QVERIFY(writer.save(id, En, QStringLiteral("# X\n"), QStringLiteral(" "), &context, keep).has_value());
    QVERIFY(writer.save(id, En, QStringLiteral(" \n"), QStringLiteral("Bob"), &context, keep).has_value());
    QVERIFY(writer.restore(id, En, 1, QString(), &context, keep).has_value());
    QCOMPARE(databaseWriter.pendingJobs(), 0);

    m_now = m_now.addSecs(60);
    m_clockThread = nullptr;
    QVERIFY(!writer.save(id, En, QStringLiteral("# Updates\n\nTuesdays.\n"), QStringLiteral("Bob"), &context, keep));
    QVERIFY(!result.has_value());
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->error));
    QCOMPARE(result->revision, 2);
    QCOMPARE(callbackThread, QThread::currentThread());
    QCOMPARE(m_clockThread.load(), databaseWriter.workerThread()); // the write ran on the writer thread
    QCOMPARE(revisionSaved.size(), 1);
    QCOMPARE(revisionSaved.constFirst().at(0).toString(), id);
    QCOMPARE(revisionSaved.constFirst().at(2).toInt(), 2);
    QCOMPARE(m_repository->article(id, En)->title, QStringLiteral("Updates"));

    // Errors of the write come back as values; no revision is announced.
    result.reset();
    QVERIFY(!writer.restore(id, En, 42, QStringLiteral("Alice"), &context, keep));
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY(result->error.contains(QStringLiteral("42")));
    QCOMPARE(revisionSaved.size(), 1);

    // Save then restore, queued back to back, apply in that order.
    result.reset();
    QVERIFY(!writer.save(id, En, QStringLiteral("# Draft\n"), QStringLiteral("Bob")));
    QVERIFY(!writer.restore(id, En, 1, QStringLiteral("Alice"), &context, keep));
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->revision, 4);
    QCOMPARE(m_repository->revisions(id, En).constFirst().kind, ArticleRevision::Kind::Restore);
    QCOMPARE(revisionSaved.size(), 3);
}

void TestKnowledgeRepository::resolveLanguage()
{
    QCOMPARE(m_repository->resolveLanguage(Zh), QString());
    QVERIFY(m_repository->importDefaults(shipped()).ok());
    QCOMPARE(m_repository->resolveLanguage(Zh), Zh);
    QCOMPARE(m_repository->resolveLanguage(QStringLiteral("zh_TW")), Zh);
    QCOMPARE(m_repository->resolveLanguage(QStringLiteral("en_GB")), En);
    QCOMPARE(m_repository->resolveLanguage(QStringLiteral("de_DE")), En);
}

void TestKnowledgeRepository::searchRanksTheArticleAboutTheQueryFirst_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en downtime") << En << QStringLiteral("downtime") << QStringLiteral("incident-system-downtime");
    QTest::newRow("en load balancing") << En << QStringLiteral("load balancing") << QStringLiteral("perf-load-balancing");
    QTest::newRow("en encryption") << En << QStringLiteral("Encryption") << QStringLiteral("security-data-encryption");
    QTest::newRow("en backup") << En << QStringLiteral("backup") << QStringLiteral("daily-data-backup");
    QTest::newRow("zh 系统宕机") << Zh << QStringLiteral("系统宕机") << QStringLiteral("incident-system-downtime");
    QTest::newRow("zh 负载均衡") << Zh << QStringLiteral("负载均衡") << QStringLiteral("perf-load-balancing");
    QTest::newRow("zh 交易失败") << Zh << QStringLiteral("交易失败") << QStringLiteral("incident-transaction-failure");
    QTest::newRow("zh 数据备份") << Zh << QStringLiteral("数据备份") << QStringLiteral("daily-data-backup");
    QTest::newRow("zh 访问控制") << Zh << QStringLiteral("访问控制") << QStringLiteral("security-access-control");
}

void TestKnowledgeRepository::searchRanksTheArticleAboutTheQueryFirst()
{
    QFETCH(QString, language);
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QVERIFY(m_repository->importDefaults(shipped()).ok());
    const KnowledgeSearchResult result = m_repository->search(query, language);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(!result.usedFallback);
    QVERIFY2(result.hits.size() >= 2, "the term appears in several articles");
    QCOMPARE(result.hits.constFirst().articleId, expected);
    for (qsizetype i = 1; i < result.hits.size(); ++i)
        QVERIFY(result.hits.at(i - 1).rank <= result.hits.at(i).rank);
}

void TestKnowledgeRepository::searchHighlightsMatches()
{
    QVERIFY(m_repository->importDefaults(shipped()).ok());
    const QString start{QChar(KnowledgeHighlightStart)};
    const QString end{QChar(KnowledgeHighlightEnd)};

    KnowledgeSearchResult result = m_repository->search(QStringLiteral("downtime"), En);
    KnowledgeSearchHit hit = result.hits.constFirst();
    QCOMPARE(hit.highlightedTitle, QStringLiteral("System ") + start + QStringLiteral("downtime") + end);
    QVERIFY2(hit.snippet.contains(start + QStringLiteral("downtime") + end, Qt::CaseInsensitive), qPrintable(hit.snippet));
    QVERIFY(hit.snippet.size() < 220);
    QVERIFY(!hit.snippet.contains(u'`'));
    QCOMPARE(hit.snippet.count(start), hit.snippet.count(end));
    QVERIFY(MarkdownText::highlightedHtml(hit.highlightedTitle).contains(QStringLiteral(">downtime</b>")));

    result = m_repository->search(QStringLiteral("宕机"), Zh); // 2 characters: LIKE fallback
    QVERIFY(result.usedFallback);
    QCOMPARE(result.hits.constFirst().articleId, QStringLiteral("incident-system-downtime"));
    QCOMPARE(result.hits.constFirst().highlightedTitle, QStringLiteral("系统") + start + QStringLiteral("宕机") + end);

    result = m_repository->search(QStringLiteral("切换到备用服务器"), Zh);
    QCOMPARE(result.hits.constFirst().articleId, QStringLiteral("incident-system-downtime"));
    hit = result.hits.constFirst();
    QVERIFY2(hit.snippet.contains(start + QStringLiteral("切换到备用服务器") + end), qPrintable(hit.snippet));
}

void TestKnowledgeRepository::searchFindsSavedText()
{
    QVERIFY(m_repository->importDefaults(shipped()).ok());
    const QString id = QStringLiteral("daily-performance-tuning");
    QVERIFY(m_repository->search(QStringLiteral("flamegraph"), En).hits.isEmpty());
    const QString body = m_repository->article(id, En)->body + QStringLiteral("\nCapture a flamegraph at peak.\n");
    QVERIFY(m_repository->save(id, En, body, QStringLiteral("Bob")).ok());
    const KnowledgeSearchResult result = m_repository->search(QStringLiteral("flamegraph"), En);
    QCOMPARE(result.hits.size(), 1);
    QCOMPARE(result.hits.constFirst().articleId, id);
}

void TestKnowledgeRepository::shortQueriesFallBackToLike()
{
    QVERIFY(m_repository->importDefaults(shipped()).ok());
    // "p99" has 3 characters and uses the index; "DB" has 2 and is matched with LIKE.
    KnowledgeSearchResult result = m_repository->search(QStringLiteral("DB"), En);
    QVERIFY(result.usedFallback);
    QVERIFY(!result.hits.isEmpty());
    for (const KnowledgeSearchHit &hit : std::as_const(result.hits))
        QVERIFY(hit.snippet.contains(u'\uE000') || hit.highlightedTitle.contains(u'\uE000'));

    // Mixed: FTS for the long term, LIKE for the short one; both must match.
    result = m_repository->search(QStringLiteral("latency DB"), En);
    QVERIFY(!result.usedFallback);
    QVERIFY(!result.hits.isEmpty());
    QCOMPARE(result.hits.constFirst().articleId, QStringLiteral("metric-dependency-latency"));

    result = m_repository->search(QStringLiteral("账户"), Zh);
    QVERIFY(result.usedFallback);
    QVERIFY(!result.hits.isEmpty());
}

void TestKnowledgeRepository::searchIsPerLanguage()
{
    QVERIFY(m_repository->importDefaults(shipped()).ok());
    QVERIFY(m_repository->search(QStringLiteral("系统宕机"), En).hits.isEmpty());
    QVERIFY(m_repository->search(QStringLiteral("Downtime"), Zh).hits.isEmpty());
    // Identifiers shared by both languages are found in each.
    QVERIFY(!m_repository->search(QStringLiteral("payment_gateway"), Zh).hits.isEmpty());
    QVERIFY(!m_repository->search(QStringLiteral("payment_gateway"), En).hits.isEmpty());
}

void TestKnowledgeRepository::searchHandlesOddInput()
{
    QVERIFY(m_repository->importDefaults(shipped()).ok());
    for (const QString &query : {QString(), QStringLiteral("   "), QStringLiteral("\"\"\""), QStringLiteral("a* OR NOT"),
                                 QStringLiteral("50%"), QStringLiteral("x_y"), QStringLiteral("NEAR(\"a\")")}) {
        const KnowledgeSearchResult result = m_repository->search(query, En);
        QVERIFY2(result.error.isEmpty(), qPrintable(query + QStringLiteral(": ") + result.error));
    }
    QVERIFY(!m_repository->search(QStringLiteral("99.9 %"), En).hits.isEmpty());
}

QTEST_GUILESS_MAIN(TestKnowledgeRepository)
#include "test_knowledgerepository.moc"
