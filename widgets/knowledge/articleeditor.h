#pragma once

#include "models/knowledge/knowledgetypes.h"

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace payops {

class KnowledgeRepository;
class KnowledgeWriter;
class SafeTextBrowser;

// Edits one article: Markdown on the left, a live preview on the right, the revision history below
// (select a revision to preview it, restore it as a new revision). Saving needs the author's name
// and creates a new revision; Cancel discards (after asking, when there are unsaved changes).
// Saves and restores run off the GUI thread (KnowledgeWriter): meanwhile the editor shows "Saving…"
// and takes no other change; then it closes (save) or shows the new revision (restore), or the error.
class ArticleEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleEditor)

public:
    // Reads through `repository`, writes through `writer`.
    ArticleEditor(KnowledgeRepository &repository, KnowledgeWriter &writer, const QString &articleId,
                  const QString &language, QWidget *parent = nullptr);

    [[nodiscard]] QString articleId() const;
    [[nodiscard]] QString language() const;
    [[nodiscard]] QString author() const;
    void setAuthor(const QString &author);
    [[nodiscard]] QString markdown() const;
    void setMarkdown(const QString &markdown);
    [[nodiscard]] bool isModified() const;
    // The error of the last save or restore, empty when it worked.
    [[nodiscard]] QString lastError() const;
    // A save or restore is running.
    [[nodiscard]] bool isSaving() const;

    // Starts saving the text as a new revision: false (with lastError()) when that is refused at once
    // or a save is running. When it is done: on success emits articleSaved and closes with Accepted;
    // on failure shows the error (lastError()) and stays open with the text.
    bool save();
    // Starts restoring `revision` as a new revision (same answers); when it is done the editor shows
    // the restored text and the new revision, and emits articleSaved.
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
    void setSaving(bool saving);
    void onSaved(const KnowledgeSaveResult &result, const QString &body);
    void onRestored(const KnowledgeSaveResult &result);

    KnowledgeRepository &m_repository;
    KnowledgeWriter &m_writer;
    QString m_articleId;
    QString m_language;
    QString m_savedBody;
    QString m_error;
    bool m_saving = false;
    QPlainTextEdit *m_source = nullptr;
    SafeTextBrowser *m_preview = nullptr;
    QTreeWidget *m_revisions = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QLineEdit *m_author = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_savingLabel = nullptr;
    QLabel *m_previewLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace payops
