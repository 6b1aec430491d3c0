#pragma once

#include "models/knowledge/navigationhistory.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QStackedWidget;
class QTextBrowser;
class QToolButton;
class QTreeView;
class QUrl;

namespace payops {

class ArticleTreeModel;
class DatabaseWriter;
class KnowledgeRepository;
class KnowledgeWriter;
class KnowledgeSearchModel;
class SafeTextBrowser;

// The offline knowledge base: sections and articles on the left (or ranked search results while a
// search is typed), the rendered article on the right. Links "kb:<article-id>" open articles inside
// the browser, with back/forward (buttons, Alt+Left/Alt+Right); other links open through LinkOpener
// (a refused one is explained above the article). The article loads no local file (SafeTextBrowser). Ctrl+F or Ctrl+K focuses the search.
// Edit opens an ArticleEditor; print and PDF export cover one article or the whole knowledge base.
// All data goes through KnowledgeRepository (reads) and KnowledgeWriter (saves, off the GUI thread on
// `writer`): no SQL here. The browser follows every saved revision, also one that finishes after its
// editor was closed.
class KnowledgeBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeBrowser)

public:
    // `repository` and `writer` must outlive the browser.
    explicit KnowledgeBrowser(KnowledgeRepository &repository, DatabaseWriter &writer, QWidget *parent = nullptr);
    ~KnowledgeBrowser() override;

    // The language of the articles (a locale name such as "zh_CN"); the best available one is used.
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);
    // Reads the knowledge base again, e.g. when KnowledgeImporter::finished arrives.
    void reload();
    // Editing on/off (off for the NOC wall display).
    void setEditingEnabled(bool enabled);
    // The name proposed as author in the editor.
    void setAuthorName(const QString &name);

    // Opens an article and records it in the history. False if it does not exist.
    bool openArticle(const QString &articleId);
    [[nodiscard]] QString currentArticleId() const;
    [[nodiscard]] bool canGoBack() const;
    [[nodiscard]] bool canGoForward() const;
    void goBack();
    void goForward();

    // Shows the ranked results for `text` (empty: back to the tree), as typing in the field does.
    void setSearchText(const QString &text);
    void focusSearch();

    // Exports the current article / the whole knowledge base of the current language to a PDF file.
    // Returns an error text, or std::nullopt.
    [[nodiscard]] std::optional<QString> exportCurrentArticle(const QString &path) const;
    [[nodiscard]] std::optional<QString> exportAll(const QString &path) const;

    // Opens the editor for the current article (modal); the browser shows the saved text afterwards.
    void editCurrentArticle();

    // For tests and the composition root.
    [[nodiscard]] QTextBrowser *articleView() const;
    [[nodiscard]] QLineEdit *searchField() const;
    [[nodiscard]] QListView *resultsView() const;
    [[nodiscard]] QTreeView *treeView() const;
    [[nodiscard]] KnowledgeSearchModel *searchModel() const;

Q_SIGNALS:
    void articleOpened(const QString &articleId);
    void articleSaved(const QString &articleId, const QString &language, int revision);

private:
    void showArticle(const QString &articleId);
    void onAnchorClicked(const QUrl &url);
    void onTreeActivated(const QModelIndex &index);
    void onResultActivated(const QModelIndex &index);
    void onSearchTextChanged(const QString &text);
    void onSearchReturnPressed();
    void onEditorSaved(const QString &articleId, const QString &language, int revision);
    void printArticle();
    void printAll();
    void exportArticleInteractive();
    void exportAllInteractive();
    void showExportResult(const std::optional<QString> &error, const QString &path);
    void updateActions();
    void highlightTerms(const QStringList &terms);
    [[nodiscard]] QString documentTitle() const;

    KnowledgeRepository &m_repository;
    KnowledgeWriter *m_writer = nullptr;
    ArticleTreeModel *m_treeModel = nullptr;
    KnowledgeSearchModel *m_searchModel = nullptr;
    NavigationHistory m_history;
    QString m_language;
    QString m_currentId;
    QString m_authorName;
    bool m_editingEnabled = true;

    QLineEdit *m_search = nullptr;
    QStackedWidget *m_leftStack = nullptr;
    QTreeView *m_tree = nullptr;
    QListView *m_results = nullptr;
    QLabel *m_noResults = nullptr;
    SafeTextBrowser *m_view = nullptr;
    QLabel *m_articleInfo = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_print = nullptr;
    QToolButton *m_export = nullptr;
};

} // namespace payops
