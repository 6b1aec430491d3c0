// KnowledgeBrowser offscreen: clicking a kb: link navigates, back/forward (buttons and Alt+Left/Right),
// search as you type with ranked, highlighted results; ArticleEditor save and restore (queued on the
// writer thread: "Saving…", then the new revision or the error); PDF export.

#include "tests/knowledge/knowledgetestdatabase.h"

#include "widgets/knowledge/articleeditor.h"
#include "widgets/knowledge/knowledgebrowser.h"
#include "models/knowledge/knowledgecontent.h"
#include "widgets/knowledge/knowledgepdfexporter.h"
#include "models/knowledge/knowledgerepository.h"
#include "models/knowledge/knowledgesearchmodel.h"
#include "models/knowledge/knowledgewriter.h"
#include "models/storage/databasewriter.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace payops;

namespace {

// Where the link to `href` is drawn in the view (scrolled into sight), in viewport coordinates.
std::optional<QPoint> linkPosition(QTextBrowser *view, const QString &href)
{
    QTextDocument *document = view->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor() && fragment.charFormat().anchorHref() == href) {
                QTextCursor cursor(document);
                cursor.setPosition(fragment.position() + fragment.length() / 2);
                view->setTextCursor(cursor);
                view->ensureCursorVisible();
                return view->cursorRect(cursor).center();
            }
        }
    }
    return std::nullopt;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestKnowledgeBrowser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void opensFirstArticle();
    void clickingKbLinkNavigatesAndBackForwardWork();
    void searchAsYouType();
    void searchInChinese();
    void shortcutsFocusTheSearch();
    void editorSavesAndRestores();
    void editingThroughTheBrowser();
    void editingCanBeDisabled();
    void exportWholeKnowledgeBaseToPdf();
    void exportOneArticleToPdf();
    void exportReportsErrors();

private:
    std::unique_ptr<test::KnowledgeTestDatabase> m_db;
    std::unique_ptr<KnowledgeRepository> m_repository;
    std::unique_ptr<DatabaseWriter> m_writer; // runs the editors' saves; reset first
};

void TestKnowledgeBrowser::init()
{
    m_db = std::make_unique<test::KnowledgeTestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
    m_repository = std::make_unique<KnowledgeRepository>(*m_db->database);
    const KnowledgeContent::LoadResult content = KnowledgeContent::load();
    QVERIFY(content.ok());
    QVERIFY(m_repository->importDefaults(content.bundle).ok());
    m_writer = std::make_unique<DatabaseWriter>(*m_db->database);
}

void TestKnowledgeBrowser::cleanup()
{
    m_writer.reset();
    m_repository.reset();
    m_db.reset();
}

void TestKnowledgeBrowser::opensFirstArticle()
{
    KnowledgeBrowser browser(*m_repository, *m_writer);
    browser.setLanguage(QStringLiteral("en"));
    QCOMPARE(browser.currentArticleId(), QStringLiteral("monitoring-overview"));
    QVERIFY(browser.articleView()->toPlainText().startsWith(QStringLiteral("Reading the dashboard")));
    QVERIFY(!browser.articleView()->openLinks());
    QCOMPARE(browser.treeView()->currentIndex().data().toString(), QStringLiteral("Reading the dashboard"));

    browser.setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(browser.currentArticleId(), QStringLiteral("monitoring-overview"));
    QVERIFY(browser.articleView()->toPlainText().startsWith(QStringLiteral("读懂监控面板")));
}

void TestKnowledgeBrowser::clickingKbLinkNavigatesAndBackForwardWork()
{
    KnowledgeBrowser browser(*m_repository, *m_writer);
    browser.setLanguage(QStringLiteral("en"));
    browser.resize(1200, 800);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QVERIFY(browser.openArticle(QStringLiteral("incident-transaction-failure")));
    auto *back = browser.findChild<QToolButton *>(QStringLiteral("backButton"));
    auto *forward = browser.findChild<QToolButton *>(QStringLiteral("forwardButton"));
    QVERIFY(back && forward);
    QVERIFY(back->isEnabled()); // from the first article
    QVERIFY(!forward->isEnabled());

    QSignalSpy opened(&browser, &KnowledgeBrowser::articleOpened);
    const std::optional<QPoint> link = linkPosition(browser.articleView(), QStringLiteral("kb:emergency-follow-up"));
    QVERIFY(link);
    QTest::mouseClick(browser.articleView()->viewport(), Qt::LeftButton, {}, *link);
    QCOMPARE(browser.currentArticleId(), QStringLiteral("emergency-follow-up"));
    QCOMPARE(opened.size(), 1);
    QVERIFY(browser.articleView()->toPlainText().startsWith(QStringLiteral("Follow-up and post-incident review")));
    QCOMPARE(browser.treeView()->currentIndex().data().toString(), QStringLiteral("Follow-up and post-incident review"));

    // A second hop, then back twice and forward with buttons and keys.
    const std::optional<QPoint> second = linkPosition(browser.articleView(), QStringLiteral("kb:emergency-response-process"));
    QVERIFY(second);
    QTest::mouseClick(browser.articleView()->viewport(), Qt::LeftButton, {}, *second);
    QCOMPARE(browser.currentArticleId(), QStringLiteral("emergency-response-process"));

    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(browser.currentArticleId(), QStringLiteral("emergency-follow-up"));
    QVERIFY(forward->isEnabled());
    QTest::keyClick(browser.articleView(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(browser.currentArticleId(), QStringLiteral("incident-transaction-failure"));
    QTest::keyClick(browser.articleView(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(browser.currentArticleId(), QStringLiteral("emergency-follow-up"));
    QTest::mouseClick(forward, Qt::LeftButton);
    QCOMPARE(browser.currentArticleId(), QStringLiteral("emergency-response-process"));
    QVERIFY(!browser.canGoForward());
    QVERIFY(!forward->isEnabled());

    // A link to an unknown article does not navigate.
    QVERIFY(!browser.openArticle(QStringLiteral("no-such-article")));
    QCOMPARE(browser.currentArticleId(), QStringLiteral("emergency-response-process"));
}

void TestKnowledgeBrowser::searchAsYouType()
{
    KnowledgeBrowser browser(*m_repository, *m_writer);
    browser.setLanguage(QStringLiteral("en"));
    browser.resize(1200, 800);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QAbstractItemModelTester tester(browser.searchModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    auto *stack = browser.findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget(), browser.treeView());

    QTest::keyClicks(browser.searchField(), QStringLiteral("downtime"));
    QVERIFY(stack->currentWidget()->isAncestorOf(browser.resultsView()));
    QVERIFY(browser.searchModel()->rowCount() >= 2);
    const QModelIndex first = browser.searchModel()->index(0, 0);
    QCOMPARE(first.data(KnowledgeSearchModel::ArticleIdRole).toString(), QStringLiteral("incident-system-downtime"));
    QVERIFY(first.data(KnowledgeSearchModel::SnippetHtmlRole).toString().contains(QStringLiteral(">downtime</b>")));
    QVERIFY(browser.resultsView()->visualRect(first).height() > browser.fontMetrics().height()); // two-part item

    QTest::keyClick(browser.searchField(), Qt::Key_Return);
    QCOMPARE(browser.currentArticleId(), QStringLiteral("incident-system-downtime"));
    QVERIFY(!browser.articleView()->extraSelections().isEmpty()); // matches highlighted in the article

    // Clicking another result opens it.
    const QModelIndex other = browser.searchModel()->index(1, 0);
    QTest::mouseClick(browser.resultsView()->viewport(), Qt::LeftButton, {},
                      browser.resultsView()->visualRect(other).center());
    QCOMPARE(browser.currentArticleId(), other.data(KnowledgeSearchModel::ArticleIdRole).toString());

    browser.searchField()->clear();
    QCOMPARE(stack->currentWidget(), browser.treeView());
}

void TestKnowledgeBrowser::searchInChinese()
{
    KnowledgeBrowser browser(*m_repository, *m_writer);
    browser.setLanguage(QStringLiteral("zh_CN"));
    browser.setSearchText(QStringLiteral("负载均衡"));
    QCOMPARE(browser.searchModel()->articleIdAt(0), QStringLiteral("perf-load-balancing"));
    QVERIFY(browser.searchModel()->index(0, 0).data(KnowledgeSearchModel::TitleHtmlRole).toString()
                .contains(QStringLiteral(">负载均衡</b>")));
    browser.setSearchText(QStringLiteral("宕机")); // two characters: LIKE fallback
    QCOMPARE(browser.searchModel()->articleIdAt(0), QStringLiteral("incident-system-downtime"));
}

void TestKnowledgeBrowser::shortcutsFocusTheSearch()
{
    KnowledgeBrowser browser(*m_repository, *m_writer);
    browser.setLanguage(QStringLiteral("en"));
    browser.show();
    browser.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    for (const Qt::Key key : {Qt::Key_K, Qt::Key_F}) {
        browser.articleView()->setFocus();
        QVERIFY(!browser.searchField()->hasFocus());
        QTest::keyClick(browser.articleView(), key, Qt::ControlModifier);
        QVERIFY(browser.searchField()->hasFocus());
    }
}

void TestKnowledgeBrowser::editorSavesAndRestores()
{
    const QString id = QStringLiteral("daily-system-updates");
    const QString en = QStringLiteral("en");
    KnowledgeWriter writer(*m_repository, *m_writer);
    ArticleEditor editor(*m_repository, writer, id, en);
    QSignalSpy saved(&editor, &ArticleEditor::articleSaved);
    auto *revisions = editor.findChild<QTreeWidget *>(QStringLiteral("revisionList"));
    auto *savingLabel = editor.findChild<QLabel *>(QStringLiteral("savingLabel"));
    QVERIFY(savingLabel);
    QCOMPARE(revisions->topLevelItemCount(), 1);
    QVERIFY(!editor.isModified());

    editor.setMarkdown(QStringLiteral("# System updates\n\nPatch on Tuesdays.\n"));
    QVERIFY(editor.isModified());
    editor.updatePreview();
    auto *preview = editor.findChild<QTextBrowser *>(QStringLiteral("markdownPreview"));
    QCOMPARE(preview->toPlainText(), QStringLiteral("System updates\nPatch on Tuesdays."));

    QVERIFY(!editor.save()); // no author yet: refused at once
    QVERIFY(!editor.lastError().isEmpty());
    QVERIFY(!editor.isSaving());
    QCOMPARE(saved.size(), 0);
    editor.setAuthor(QStringLiteral("Cindy"));
    QVERIFY(editor.save());
    QVERIFY(editor.lastError().isEmpty());
    QVERIFY(editor.isSaving()); // the write runs on the writer thread
    QVERIFY(!savingLabel->isHidden());
    QVERIFY(!editor.save()); // one at a time
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(!editor.isSaving());
    QVERIFY(savingLabel->isHidden());
    QCOMPARE(saved.constFirst().at(2).toInt(), 2);
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    QCOMPARE(m_repository->article(id, en)->body, QStringLiteral("# System updates\n\nPatch on Tuesdays.\n"));

    ArticleEditor again(*m_repository, writer, id, en);
    QSignalSpy againSaved(&again, &ArticleEditor::articleSaved);
    again.setAuthor(QStringLiteral("Alice"));
    QCOMPARE(again.findChild<QTreeWidget *>(QStringLiteral("revisionList"))->topLevelItemCount(), 2);
    QVERIFY(again.restoreRevision(1));
    QTRY_COMPARE(againSaved.size(), 1);
    QCOMPARE(again.findChild<QTreeWidget *>(QStringLiteral("revisionList"))->topLevelItemCount(), 3);
    QVERIFY(again.markdown().contains(QStringLiteral("72 hours")));
    QVERIFY(!again.isModified());
    QCOMPARE(m_repository->revisions(id, en).constFirst().kind, ArticleRevision::Kind::Restore);

    // A failure found by the write comes back as the editor's error; nothing changes.
    QVERIFY(again.restoreRevision(42));
    QTRY_VERIFY(!again.isSaving());
    QVERIFY(again.lastError().contains(QStringLiteral("42")));
    QCOMPARE(againSaved.size(), 1);
    QCOMPARE(m_repository->revisions(id, en).size(), 3);
}

void TestKnowledgeBrowser::editingThroughTheBrowser()
{
    KnowledgeBrowser browser(*m_repository, *m_writer);
    browser.setLanguage(QStringLiteral("en"));
    browser.setAuthorName(QStringLiteral("Bob"));
    browser.openArticle(QStringLiteral("perf-load-balancing"));
    QSignalSpy saved(&browser, &KnowledgeBrowser::articleSaved);
    browser.editCurrentArticle();
    auto *editor = browser.findChild<ArticleEditor *>();
    QVERIFY(editor);
    QCOMPARE(editor->author(), QStringLiteral("Bob"));
    editor->setMarkdown(QStringLiteral("# Balancing\n\nLeast connections.\n"));
    QVERIFY(editor->save());
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(browser.articleView()->toPlainText().startsWith(QStringLiteral("Balancing")));
    QCOMPARE(browser.treeView()->currentIndex().data().toString(), QStringLiteral("Balancing"));
}

void TestKnowledgeBrowser::editingCanBeDisabled()
{
    KnowledgeBrowser browser(*m_repository, *m_writer);
    browser.setLanguage(QStringLiteral("en"));
    browser.setEditingEnabled(false);
    browser.editCurrentArticle();
    QVERIFY(!browser.findChild<ArticleEditor *>());
    QVERIFY(browser.findChild<QToolButton *>(QStringLiteral("editButton"))->isHidden());
}

void TestKnowledgeBrowser::exportWholeKnowledgeBaseToPdf()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        KnowledgeBrowser browser(*m_repository, *m_writer);
        browser.setLanguage(language);
        const QString path = m_db->dir.filePath(QStringLiteral("kb-%1.pdf").arg(language));
        const std::optional<QString> error = browser.exportAll(path);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.size() > 50 * 1024, QByteArray::number(pdf.size()).constData());
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    }
}

void TestKnowledgeBrowser::exportOneArticleToPdf()
{
    KnowledgeBrowser browser(*m_repository, *m_writer);
    browser.setLanguage(QStringLiteral("en"));
    browser.openArticle(QStringLiteral("contacts-service-managers"));
    const QString path = m_db->dir.filePath(QStringLiteral("article.pdf"));
    QVERIFY(!browser.exportCurrentArticle(path));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.size() > 4 * 1024);
    const QString all = m_db->dir.filePath(QStringLiteral("all.pdf"));
    QVERIFY(!browser.exportAll(all));
    QVERIFY(readAll(all).size() > pdf.size());

    // The document itself: one article, starting with its title.
    const auto document = KnowledgePdfExporter::buildDocument(QStringLiteral("T"),
                                                              {*m_repository->article(QStringLiteral("contacts-service-managers"),
                                                                                      QStringLiteral("en"))});
    QVERIFY(document->toPlainText().startsWith(QStringLiteral("Service managers")));
}

void TestKnowledgeBrowser::exportReportsErrors()
{
    KnowledgeBrowser browser(*m_repository, *m_writer);
    browser.setLanguage(QStringLiteral("en"));
    QVERIFY(browser.exportAll(m_db->dir.filePath(QStringLiteral("no/such/folder/kb.pdf"))));
    QVERIFY(KnowledgePdfExporter::exportToPdf(m_db->dir.filePath(QStringLiteral("empty.pdf")), QStringLiteral("T"), {}));
}

QTEST_MAIN(TestKnowledgeBrowser)
#include "test_knowledgebrowser.moc"
