#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QTreeWidget;

namespace payops {

class KnowledgeRepository;

// Edits one article: Markdown on the left, a live preview on the right, the revision history below
// (select a revision to preview it, restore it as a new revision). Saving needs the author's name
// and creates a new revision; Cancel discards (after asking, when there are unsaved changes).
class ArticleEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleEditor)

public:
    ArticleEditor(KnowledgeRepository &repository, const QString &articleId, const QString &language,
                  QWidget *parent = nullptr);

    [[nodiscard]] QString articleId() const;
    [[nodiscard]] QString language() const;
    [[nodiscard]] QString author() const;
    void setAuthor(const QString &author);
    [[nodiscard]] QString markdown() const;
    void setMarkdown(const QString &markdown);
    [[nodiscard]] bool isModified() const;
    // The error of the last save or restore, empty when it worked.
    [[nodiscard]] QString lastError() const;

    // Saves the text as a new revision; on success emits articleSaved and closes with Accepted.
    bool save();
    // Restores `revision` as a new revision; the editor then shows the restored text.
    bool restoreRevision(int revision);
    // Renders the preview now (it otherwise follows typing after a short pause).
    void updatePreview();

    void reject() override;

Q_SIGNALS:
    void articleSaved(const QString &articleId, const QString &language, int revision);

private:
    void loadArticle();
    void loadRevisions();
    void onTextChanged();
    void onRevisionSelected();
    void onRestoreClicked();
    void showError(const QString &error);

    KnowledgeRepository &m_repository;
    QString m_articleId;
    QString m_language;
    QString m_savedBody;
    QString m_error;
    QPlainTextEdit *m_source = nullptr;
    QTextBrowser *m_preview = nullptr;
    QTreeWidget *m_revisions = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QLineEdit *m_author = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_previewLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace payops
