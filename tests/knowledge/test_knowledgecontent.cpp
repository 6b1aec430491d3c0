// The shipped default knowledge base: complete in both languages, consistent links, and the metric
// names the dashboard, alert rules and playbooks use.

#include "models/knowledge/knowledgecontent.h"
#include "models/knowledge/markdowntext.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace payops;

class TestKnowledgeContent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsBothLanguages();
    void everyArticleHasTitleAndBody();
    void linksResolve();
    void metricNamesAreDocumented_data();
    void metricNamesAreDocumented();
    void seedFactsArePresent_data();
    void seedFactsArePresent();
    void missingIndexIsAnError();
    void plainTextDropsMarkdown();

private:
    KnowledgeBundle bundle() const
    {
        const KnowledgeContent::LoadResult result = KnowledgeContent::load();
        return result.bundle;
    }
    QString allText(const QString &language) const
    {
        QString text;
        const KnowledgeBundle b = bundle();
        for (const ShippedArticle &article : b.articles) {
            if (article.language == language)
                text += article.body + u'\n';
        }
        return text;
    }
};

void TestKnowledgeContent::loadsBothLanguages()
{
    const KnowledgeContent::LoadResult result = KnowledgeContent::load();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.bundle.languages, (QStringList{QStringLiteral("en"), QStringLiteral("zh_CN")}));
    QCOMPARE(result.bundle.sections.size(), 7);
    for (const ShippedSection &section : result.bundle.sections) {
        QVERIFY(!section.titles.value(QStringLiteral("en")).isEmpty());
        QVERIFY(!section.titles.value(QStringLiteral("zh_CN")).isEmpty());
        QVERIFY(section.titles.value(QStringLiteral("en")) != section.titles.value(QStringLiteral("zh_CN")));
    }
    QMap<QString, int> perLanguage;
    for (const ShippedArticle &article : result.bundle.articles)
        ++perLanguage[article.language];
    QVERIFY(perLanguage.value(QStringLiteral("en")) >= 15);
    QCOMPARE(perLanguage.value(QStringLiteral("en")), perLanguage.value(QStringLiteral("zh_CN")));
}

void TestKnowledgeContent::everyArticleHasTitleAndBody()
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    const KnowledgeBundle b = bundle();
    for (const ShippedArticle &article : b.articles) {
        QVERIFY2(!article.title.isEmpty() && article.title != article.id, qPrintable(article.id));
        QVERIFY2(article.body.size() > 400, qPrintable(article.id));
        QCOMPARE(article.hash, KnowledgeContent::hash(article.body));
        // Chinese articles are written in Chinese, English ones are not.
        QCOMPARE(han.match(article.title).hasMatch(), article.language == QLatin1String("zh_CN"));
    }
}

void TestKnowledgeContent::linksResolve()
{
    static const QRegularExpression link(QStringLiteral(R"(\]\(kb:([^)\s]+)\))"));
    const KnowledgeBundle b = bundle();
    QSet<QString> ids;
    for (const ShippedArticle &article : b.articles)
        ids.insert(article.id);
    int links = 0;
    for (const ShippedArticle &article : b.articles) {
        auto it = link.globalMatch(article.body);
        while (it.hasNext()) {
            const QString target = it.next().captured(1);
            QVERIFY2(ids.contains(target), qPrintable(article.language + u' ' + article.id + QStringLiteral(" -> ") + target));
            ++links;
        }
    }
    QVERIFY(links > 100);
}

void TestKnowledgeContent::metricNamesAreDocumented_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("metric");
    const QStringList metrics = QStringLiteral(
        "tps failure_ratio latency_avg latency_p50 latency_p95 latency_p99 db_latency_avg db_latency_p95 "
        "external_latency_avg external_latency_p95 cpu_percent memory_bytes host_cpu_percent host_memory_percent "
        "request_rate rejection_ratio login_failure_rate suspicious_rate availability up").split(u' ');
    for (const char *language : {"en", "zh_CN"}) {
        for (const QString &metric : metrics)
            QTest::addRow("%s %s", language, qPrintable(metric)) << QString::fromLatin1(language) << metric;
    }
}

void TestKnowledgeContent::metricNamesAreDocumented()
{
    QFETCH(QString, language);
    QFETCH(QString, metric);
    QString metricsText;
    const KnowledgeBundle b = bundle();
    for (const ShippedArticle &article : b.articles) {
        if (article.language == language && article.sectionId == QLatin1String("monitoring"))
            metricsText += article.body;
    }
    QVERIFY(metricsText.contains(u'`' + metric + u'`'));
}

void TestKnowledgeContent::seedFactsArePresent_data()
{
    QTest::addColumn<QString>("fact");
    for (const char *fact : {"support@example.com", "emergency@example.com", "123-456-7890", "Alice", "Bob", "Cindy",
                             "101112", "456", "789", "payment_frontend", "payment_gateway", "payment_backend",
                             "payment_callback"})
        QTest::newRow(fact) << QString::fromLatin1(fact);
}

void TestKnowledgeContent::seedFactsArePresent()
{
    QFETCH(QString, fact);
    QVERIFY(allText(QStringLiteral("en")).contains(fact));
    QVERIFY(allText(QStringLiteral("zh_CN")).contains(fact));
}

void TestKnowledgeContent::missingIndexIsAnError()
{
    const KnowledgeContent::LoadResult result = KnowledgeContent::load(QStringLiteral(":/no/such/folder"));
    QVERIFY(!result.ok());
    QVERIFY(result.bundle.articles.isEmpty());
}

void TestKnowledgeContent::plainTextDropsMarkdown()
{
    const QString markdown = QStringLiteral("# Title\n\nSee [the *other* page](kb:other) and `tps`.\n\n"
                                            "| a | b |\n|---|---|\n| **x** | y |\n\n- item\n");
    QCOMPARE(MarkdownText::title(markdown), QStringLiteral("Title"));
    QCOMPARE(MarkdownText::toPlainText(markdown), QStringLiteral("Title See the other page and tps. a b x y item"));
}

QTEST_GUILESS_MAIN(TestKnowledgeContent)
#include "test_knowledgecontent.moc"
