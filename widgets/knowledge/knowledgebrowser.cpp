#include "widgets/knowledge/knowledgebrowser.h"

#include "widgets/knowledge/articleeditor.h"
#include "widgets/knowledge/articlerenderer.h"
#include "models/knowledge/articletreemodel.h"
#include "models/knowledge/knowledgelog.h"
#include "widgets/knowledge/knowledgepdfexporter.h"
#include "models/knowledge/knowledgerepository.h"
#include "models/knowledge/knowledgesearchmodel.h"
#include "models/knowledge/knowledgewriter.h"
#include "widgets/knowledge/safedocument.h"
#include "widgets/knowledge/searchresultdelegate.h"
#include "widgets/linkopener.h"
#include "widgets/safetextbrowser.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace payops {

namespace {

constexpr int TreePage = 0;
constexpr int ResultsPage = 1;

QToolButton *makeButton(QWidget *parent, const QString &objectName, const QString &text, const QString &toolTip,
                        const QIcon &icon = {})
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    if (!icon.isNull()) {
        button->setIcon(icon);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    } else {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    return button;
}

} // namespace

KnowledgeBrowser::KnowledgeBrowser(KnowledgeRepository &repository, DatabaseWriter &writer, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_language(QLocale().name())
{
    setObjectName(QStringLiteral("knowledgeBrowser"));
    m_writer = new KnowledgeWriter(m_repository, writer, this);
    connect(m_writer, &KnowledgeWriter::revisionSaved, this, &KnowledgeBrowser::onEditorSaved);
    m_treeModel = new ArticleTreeModel(m_repository, this);
    m_searchModel = new KnowledgeSearchModel(m_repository, this);

    // Left: search field above the section tree or the search results.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("knowledgeSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search the knowledge base (Ctrl+K)"));

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("articleTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_results = new QListView(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_searchModel);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_noResults = new QLabel(this);
    m_noResults->setWordWrap(true);
    m_noResults->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto *resultsPage = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsPage);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_noResults);
    resultsLayout->addWidget(m_results, 1);

    m_leftStack = new QStackedWidget(this);
    m_leftStack->addWidget(m_tree);
    m_leftStack->addWidget(resultsPage);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_leftStack, 1);

    // Right: navigation and actions above the article.
    m_back = makeButton(this, QStringLiteral("backButton"), tr("Back"), tr("Back (Alt+Left)"),
                        style()->standardIcon(QStyle::SP_ArrowBack));
    m_forward = makeButton(this, QStringLiteral("forwardButton"), tr("Forward"), tr("Forward (Alt+Right)"),
                           style()->standardIcon(QStyle::SP_ArrowForward));
    m_edit = makeButton(this, QStringLiteral("editButton"), tr("Edit"), tr("Edit this article"));
    m_print = makeButton(this, QStringLiteral("printButton"), tr("Print"), tr("Print"));
    m_export = makeButton(this, QStringLiteral("exportButton"), tr("Export PDF"), tr("Export to a PDF file"));
    auto *printMenu = new QMenu(m_print);
    connect(printMenu->addAction(tr("This article…")), &QAction::triggered, this, &KnowledgeBrowser::printArticle);
    connect(printMenu->addAction(tr("Whole knowledge base…")), &QAction::triggered, this, &KnowledgeBrowser::printAll);
    m_print->setMenu(printMenu);
    m_print->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    connect(exportMenu->addAction(tr("This article…")), &QAction::triggered, this,
            &KnowledgeBrowser::exportArticleInteractive);
    connect(exportMenu->addAction(tr("Whole knowledge base…")), &QAction::triggered, this,
            &KnowledgeBrowser::exportAllInteractive);
    m_export->setMenu(exportMenu);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_articleInfo = new QLabel(this);
    m_articleInfo->setObjectName(QStringLiteral("articleInfo"));
    m_articleInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_articleInfo->setTextFormat(Qt::PlainText); // it may quote a link from the article

    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->addWidget(m_back);
    toolbar->addWidget(m_forward);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_articleInfo, 1);
    toolbar->addWidget(m_edit);
    toolbar->addWidget(m_print);
    toolbar->addWidget(m_export);

    m_view = new SafeTextBrowser(this);
    m_view->setObjectName(QStringLiteral("articleView"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(toolbar);
    rightLayout->addWidget(m_view, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({280, 840});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_view, &QTextBrowser::anchorClicked, this, &KnowledgeBrowser::onAnchorClicked);
    connect(m_tree, &QTreeView::activated, this, &KnowledgeBrowser::onTreeActivated);
    connect(m_tree, &QTreeView::clicked, this, &KnowledgeBrowser::onTreeActivated);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &KnowledgeBrowser::onTreeActivated);
    connect(m_results, &QListView::activated, this, &KnowledgeBrowser::onResultActivated);
    connect(m_results, &QListView::clicked, this, &KnowledgeBrowser::onResultActivated);
    connect(m_search, &QLineEdit::textChanged, this, &KnowledgeBrowser::onSearchTextChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &KnowledgeBrowser::onSearchReturnPressed);
    connect(m_back, &QToolButton::clicked, this, &KnowledgeBrowser::goBack);
    connect(m_forward, &QToolButton::clicked, this, &KnowledgeBrowser::goForward);
    connect(m_edit, &QToolButton::clicked, this, &KnowledgeBrowser::editCurrentArticle);

    const auto addShortcut = [this](const QKeySequence &keys, void (KnowledgeBrowser::*slot)()) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), &KnowledgeBrowser::focusSearch);
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), &KnowledgeBrowser::focusSearch);
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), &KnowledgeBrowser::goBack);
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), &KnowledgeBrowser::goForward);

    reload();
}

KnowledgeBrowser::~KnowledgeBrowser() = default;

QString KnowledgeBrowser::language() const
{
    return m_language;
}

void KnowledgeBrowser::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_history.clear();
    reload();
}

void KnowledgeBrowser::reload()
{
    const QString resolved = m_repository.resolveLanguage(m_language);
    if (!resolved.isEmpty())
        m_language = resolved;
    m_treeModel->setLanguage(m_language);
    m_tree->expandAll();
    m_searchModel->setLanguage(m_language);

    QString target = m_currentId;
    if (target.isEmpty() || !m_treeModel->indexForArticle(target).isValid()) {
        const QModelIndex firstSection = m_treeModel->index(0, 0);
        target = m_treeModel->articleIdAt(m_treeModel->index(0, 0, firstSection));
    }
    if (target.isEmpty()) {
        m_currentId.clear();
        m_view->document()->clear();
        m_view->setPlaceholderText(tr("The knowledge base is being prepared…"));
        m_articleInfo->clear();
        updateActions();
        return;
    }
    if (target == m_currentId)
        showArticle(target); // same article, possibly changed text or language
    else
        openArticle(target);
}

void KnowledgeBrowser::setEditingEnabled(bool enabled)
{
    m_editingEnabled = enabled;
    updateActions();
}

void KnowledgeBrowser::setAuthorName(const QString &name)
{
    m_authorName = name;
}

bool KnowledgeBrowser::openArticle(const QString &articleId)
{
    if (!m_repository.article(articleId, m_language))
        return false;
    m_history.visit(articleId);
    showArticle(articleId);
    return true;
}

void KnowledgeBrowser::showArticle(const QString &articleId)
{
    const std::optional<Article> article = m_repository.article(articleId, m_language);
    if (!article) {
        m_articleInfo->setText(tr("The article \"%1\" does not exist.").arg(articleId));
        return;
    }
    m_currentId = articleId;
    ArticleRenderer::render(m_view->safeDocument(), article->body);
    m_view->setExtraSelections({});
    m_view->verticalScrollBar()->setValue(0);
    const QString updated = QLocale().toString(article->updated.toLocalTime(), QLocale::ShortFormat);
    m_articleInfo->setText(article->edited ? tr("Revision %1 · edited locally · %2").arg(article->revision).arg(updated)
                                           : tr("Revision %1 · %2").arg(article->revision).arg(updated));

    // Keep the tree's current item on the shown article (without re-entering openArticle).
    const QModelIndex index = m_treeModel->indexForArticle(articleId);
    if (index.isValid() && m_tree->currentIndex() != index) {
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_tree->setCurrentIndex(index);
        m_tree->viewport()->update();
    }
    m_tree->scrollTo(index);
    updateActions();
    Q_EMIT articleOpened(articleId);
}

QString KnowledgeBrowser::currentArticleId() const
{
    return m_currentId;
}

bool KnowledgeBrowser::canGoBack() const
{
    return m_history.canGoBack();
}

bool KnowledgeBrowser::canGoForward() const
{
    return m_history.canGoForward();
}

void KnowledgeBrowser::goBack()
{
    const QString id = m_history.back();
    if (!id.isEmpty())
        showArticle(id);
}

void KnowledgeBrowser::goForward()
{
    const QString id = m_history.forward();
    if (!id.isEmpty())
        showArticle(id);
}

void KnowledgeBrowser::setSearchText(const QString &text)
{
    if (m_search->text() == text)
        onSearchTextChanged(text);
    else
        m_search->setText(text); // textChanged runs the search
}

void KnowledgeBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString KnowledgeBrowser::documentTitle() const
{
    return tr("PayOps knowledge base");
}

std::optional<QString> KnowledgeBrowser::exportCurrentArticle(const QString &path) const
{
    const std::optional<Article> article = m_repository.article(m_currentId, m_language);
    if (!article)
        return tr("No article is open.");
    return KnowledgePdfExporter::exportToPdf(path, article->title, {*article});
}

std::optional<QString> KnowledgeBrowser::exportAll(const QString &path) const
{
    QMap<QString, QString> sectionTitles;
    const QList<KnowledgeSection> sections = m_repository.sections(m_language);
    for (const KnowledgeSection &section : sections)
        sectionTitles.insert(section.id, section.title);
    return KnowledgePdfExporter::exportToPdf(path, documentTitle(), m_repository.fullArticles(m_language), sectionTitles);
}

void KnowledgeBrowser::editCurrentArticle()
{
    if (m_currentId.isEmpty() || !m_editingEnabled)
        return;
    // The browser follows saves through KnowledgeWriter::revisionSaved.
    auto *editor = new ArticleEditor(m_repository, *m_writer, m_currentId, m_language, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setAuthor(m_authorName);
    editor->open();
}

QTextBrowser *KnowledgeBrowser::articleView() const
{
    return m_view;
}

QLineEdit *KnowledgeBrowser::searchField() const
{
    return m_search;
}

QListView *KnowledgeBrowser::resultsView() const
{
    return m_results;
}

QTreeView *KnowledgeBrowser::treeView() const
{
    return m_tree;
}

KnowledgeSearchModel *KnowledgeBrowser::searchModel() const
{
    return m_searchModel;
}

void KnowledgeBrowser::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() == QLatin1String("kb")) {
        const QString id = url.path();
        if (!openArticle(id))
            m_articleInfo->setText(tr("The linked article \"%1\" does not exist.").arg(id));
        return;
    }
    if (const std::optional<QString> problem = LinkOpener::open(url)) {
        qCInfo(lcKnowledge).noquote() << "link not opened:" << *problem;
        m_articleInfo->setText(*problem);
    }
}

void KnowledgeBrowser::onTreeActivated(const QModelIndex &index)
{
    const QString id = m_treeModel->articleIdAt(index);
    if (!id.isEmpty() && id != m_currentId)
        openArticle(id);
}

void KnowledgeBrowser::onResultActivated(const QModelIndex &index)
{
    const QString id = m_searchModel->articleIdAt(index.row());
    if (id.isEmpty())
        return;
    openArticle(id);
    highlightTerms(m_searchModel->query().simplified().split(u' ', Qt::SkipEmptyParts));
}

void KnowledgeBrowser::onSearchTextChanged(const QString &text)
{
    m_searchModel->setQuery(text);
    const bool searching = !text.trimmed().isEmpty();
    m_leftStack->setCurrentIndex(searching ? ResultsPage : TreePage);
    if (!searching)
        return;
    if (!m_searchModel->lastError().isEmpty())
        m_noResults->setText(m_searchModel->lastError());
    else if (m_searchModel->rowCount() == 0)
        m_noResults->setText(tr("No article matches \"%1\".").arg(text.trimmed()));
    else
        m_noResults->setText(tr("%n article(s) found", nullptr, m_searchModel->rowCount()));
}

void KnowledgeBrowser::onSearchReturnPressed()
{
    if (m_searchModel->rowCount() > 0) {
        const QModelIndex first = m_searchModel->index(0, 0);
        m_results->setCurrentIndex(first);
        onResultActivated(first);
    }
}

void KnowledgeBrowser::onEditorSaved(const QString &articleId, const QString &language, int revision)
{
    m_treeModel->reload();
    m_tree->expandAll();
    m_searchModel->refresh();
    if (language == m_language && articleId == m_currentId)
        showArticle(articleId);
    Q_EMIT articleSaved(articleId, language, revision);
}

void KnowledgeBrowser::highlightTerms(const QStringList &terms)
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(QColor(0xff, 0xe5, 0x8a));
    format.setForeground(Qt::black);
    QTextDocument *document = m_view->document();
    for (const QString &term : terms) {
        QTextCursor cursor(document);
        while (!(cursor = document->find(term, cursor)).isNull())
            selections.append({cursor, format});
    }
    m_view->setExtraSelections(selections);
    if (!selections.isEmpty()) {
        QTextCursor first = selections.constFirst().cursor;
        first.clearSelection();
        m_view->setTextCursor(first);
        m_view->ensureCursorVisible();
    }
}

void KnowledgeBrowser::printArticle()
{
    const std::optional<Article> article = m_repository.article(m_currentId, m_language);
    if (!article)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print \"%1\"").arg(article->title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printer.setDocName(article->title);
    printer.setCreator(QStringLiteral("PayOps"));
    KnowledgePdfExporter::print(&printer, article->title, {*article});
}

void KnowledgeBrowser::printAll()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the knowledge base"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QMap<QString, QString> sectionTitles;
    const QList<KnowledgeSection> sections = m_repository.sections(m_language);
    for (const KnowledgeSection &section : sections)
        sectionTitles.insert(section.id, section.title);
    printer.setDocName(documentTitle());
    printer.setCreator(QStringLiteral("PayOps"));
    KnowledgePdfExporter::print(&printer, documentTitle(), m_repository.fullArticles(m_language), sectionTitles);
}

void KnowledgeBrowser::exportArticleInteractive()
{
    if (m_currentId.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export article to PDF"),
                                                QDir(folder).filePath(m_currentId + QStringLiteral(".pdf")),
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    showExportResult(exportCurrentArticle(path), path);
}

void KnowledgeBrowser::exportAllInteractive()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the knowledge base to PDF"),
        QDir(folder).filePath(QStringLiteral("payops-knowledge-base-%1.pdf").arg(m_language)), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    showExportResult(exportAll(path), path);
}

void KnowledgeBrowser::showExportResult(const std::optional<QString> &error, const QString &path)
{
    if (error) {
        QMessageBox::warning(this, tr("Export to PDF"), *error);
        return;
    }
    m_articleInfo->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

void KnowledgeBrowser::updateActions()
{
    const bool hasArticle = !m_currentId.isEmpty();
    m_back->setEnabled(m_history.canGoBack());
    m_forward->setEnabled(m_history.canGoForward());
    m_edit->setVisible(m_editingEnabled);
    m_edit->setEnabled(hasArticle && m_editingEnabled);
    m_print->setEnabled(hasArticle);
    m_export->setEnabled(hasArticle);
}

} // namespace payops
