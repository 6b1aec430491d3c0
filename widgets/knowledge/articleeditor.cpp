#include "widgets/knowledge/articleeditor.h"

#include "widgets/knowledge/articlerenderer.h"
#include "widgets/safetextbrowser.h"
#include "models/knowledge/knowledgerepository.h"
#include "models/knowledge/knowledgewriter.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace payops {

namespace {
constexpr int RevisionRole = Qt::UserRole + 1;
constexpr int PreviewDelayMs = 250;
} // namespace

ArticleEditor::ArticleEditor(KnowledgeRepository &repository, KnowledgeWriter &writer, const QString &articleId,
                             const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_writer(writer)
    , m_articleId(articleId)
    , m_language(language)
{
    setObjectName(QStringLiteral("articleEditor"));
    resize(1100, 760);

    m_source = new QPlainTextEdit(this);
    m_source->setObjectName(QStringLiteral("markdownSource"));
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setTabChangesFocus(true);
    m_preview = new SafeTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("markdownPreview"));
    m_previewLabel = new QLabel(tr("Preview"), this);

    auto *sourcePane = new QWidget(this);
    auto *sourceLayout = new QVBoxLayout(sourcePane);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(new QLabel(tr("Markdown"), sourcePane));
    sourceLayout->addWidget(m_source);
    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewLabel);
    previewLayout->addWidget(m_preview);
    auto *editSplitter = new QSplitter(Qt::Horizontal, this);
    editSplitter->addWidget(sourcePane);
    editSplitter->addWidget(previewPane);

    m_revisions = new QTreeWidget(this);
    m_revisions->setObjectName(QStringLiteral("revisionList"));
    m_revisions->setRootIsDecorated(false);
    m_revisions->setHeaderLabels({tr("Revision"), tr("Saved"), tr("Author"), tr("Change")});
    m_revisions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_restoreButton = new QPushButton(tr("&Restore this revision"), this);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setEnabled(false);
    auto *historyPane = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyPane);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("History (select a revision to preview it)"), historyPane));
    historyLayout->addWidget(m_revisions);
    historyLayout->addWidget(m_restoreButton, 0, Qt::AlignRight);

    auto *mainSplitter = new QSplitter(Qt::Vertical, this);
    mainSplitter->addWidget(editSplitter);
    mainSplitter->addWidget(historyPane);
    mainSplitter->setStretchFactor(0, 3);
    mainSplitter->setStretchFactor(1, 1);

    m_author = new QLineEdit(this);
    m_author->setObjectName(QStringLiteral("authorName"));
    m_author->setPlaceholderText(tr("Your name (recorded with the revision)"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020"));
    m_errorLabel->hide();
    m_savingLabel = new QLabel(tr("Saving…"), this);
    m_savingLabel->setObjectName(QStringLiteral("savingLabel"));
    m_savingLabel->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("Author:"), this));
    bottom->addWidget(m_author, 1);
    bottom->addWidget(m_savingLabel);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mainSplitter, 1);
    layout->addWidget(m_errorLabel);
    layout->addLayout(bottom);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);

    connect(m_source, &QPlainTextEdit::textChanged, this, &ArticleEditor::onTextChanged);
    connect(m_previewTimer, &QTimer::timeout, this, &ArticleEditor::updatePreview);
    connect(m_revisions, &QTreeWidget::itemSelectionChanged, this, &ArticleEditor::onRevisionSelected);
    connect(m_restoreButton, &QPushButton::clicked, this, &ArticleEditor::onRestoreClicked);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ArticleEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ArticleEditor::reject);

    loadArticle();
    loadRevisions();
}

QString ArticleEditor::articleId() const
{
    return m_articleId;
}

QString ArticleEditor::language() const
{
    return m_language;
}

QString ArticleEditor::author() const
{
    return m_author->text().trimmed();
}

void ArticleEditor::setAuthor(const QString &author)
{
    m_author->setText(author);
}

QString ArticleEditor::markdown() const
{
    return m_source->toPlainText();
}

void ArticleEditor::setMarkdown(const QString &markdown)
{
    m_source->setPlainText(markdown);
}

bool ArticleEditor::isModified() const
{
    return markdown() != m_savedBody;
}

QString ArticleEditor::lastError() const
{
    return m_error;
}

bool ArticleEditor::isSaving() const
{
    return m_saving;
}

void ArticleEditor::setSaving(bool saving)
{
    m_saving = saving;
    m_savingLabel->setVisible(saving);
    m_source->setReadOnly(saving);
    m_author->setReadOnly(saving);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!saving);
    m_restoreButton->setEnabled(!saving && !m_revisions->selectedItems().isEmpty());
}

void ArticleEditor::loadArticle()
{
    const std::optional<Article> article = m_repository.article(m_articleId, m_language);
    if (!article) {
        showError(tr("The article \"%1\" could not be read.").arg(m_articleId));
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    setWindowTitle(tr("Edit \"%1\"").arg(article->title));
    m_savedBody = article->body;
    m_source->setPlainText(article->body);
    updatePreview();
}

void ArticleEditor::loadRevisions()
{
    m_revisions->clear();
    const QList<ArticleRevision> revisions = m_repository.revisions(m_articleId, m_language);
    const QLocale locale;
    for (const ArticleRevision &revision : revisions) {
        QString change;
        switch (revision.kind) {
        case ArticleRevision::Kind::Import:
            change = tr("shipped default");
            break;
        case ArticleRevision::Kind::Edit:
            change = tr("edited");
            break;
        case ArticleRevision::Kind::Restore:
            change = tr("restored revision %1").arg(revision.restoredFrom);
            break;
        }
        auto *item = new QTreeWidgetItem(m_revisions,
                                         {QString::number(revision.revision),
                                          locale.toString(revision.created.toLocalTime(), QLocale::ShortFormat),
                                          revision.author, change});
        item->setData(0, RevisionRole, revision.revision);
        item->setToolTip(0, revision.title);
    }
}

void ArticleEditor::onTextChanged()
{
    m_previewLabel->setText(tr("Preview"));
    m_previewTimer->start();
}

void ArticleEditor::updatePreview()
{
    m_previewTimer->stop();
    ArticleRenderer::render(m_preview->safeDocument(), markdown());
}

void ArticleEditor::onRevisionSelected()
{
    const QList<QTreeWidgetItem *> selected = m_revisions->selectedItems();
    m_restoreButton->setEnabled(!selected.isEmpty() && !m_saving);
    if (selected.isEmpty()) {
        updatePreview();
        m_previewLabel->setText(tr("Preview"));
        return;
    }
    const int revision = selected.constFirst()->data(0, RevisionRole).toInt();
    const QList<ArticleRevision> revisions = m_repository.revisions(m_articleId, m_language);
    for (const ArticleRevision &candidate : revisions) {
        if (candidate.revision == revision) {
            ArticleRenderer::render(m_preview->safeDocument(), candidate.body);
            m_previewLabel->setText(tr("Revision %1 (read-only preview)").arg(revision));
            return;
        }
    }
}

void ArticleEditor::onRestoreClicked()
{
    const QList<QTreeWidgetItem *> selected = m_revisions->selectedItems();
    if (selected.isEmpty())
        return;
    const int revision = selected.constFirst()->data(0, RevisionRole).toInt();
    if (isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Restore revision"),
            tr("Restoring revision %1 replaces the text in the editor; your unsaved changes will be lost.")
                .arg(revision),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    restoreRevision(revision);
}

bool ArticleEditor::restoreRevision(int revision)
{
    if (m_saving)
        return false;
    if (const std::optional<QString> problem =
            m_writer.restore(m_articleId, m_language, revision, author(), this,
                             [this](const KnowledgeSaveResult &result) { onRestored(result); })) {
        showError(*problem);
        return false;
    }
    showError({});
    setSaving(true);
    return true;
}

void ArticleEditor::onRestored(const KnowledgeSaveResult &result)
{
    setSaving(false);
    if (!result.ok()) {
        showError(result.error);
        return;
    }
    showError({});
    loadArticle();
    loadRevisions();
    Q_EMIT articleSaved(m_articleId, m_language, result.revision);
}

bool ArticleEditor::save()
{
    if (m_saving)
        return false;
    const QString body = markdown();
    if (const std::optional<QString> problem =
            m_writer.save(m_articleId, m_language, body, author(), this,
                          [this, body](const KnowledgeSaveResult &result) { onSaved(result, body); })) {
        showError(*problem);
        return false;
    }
    showError({});
    setSaving(true);
    return true;
}

void ArticleEditor::onSaved(const KnowledgeSaveResult &result, const QString &body)
{
    setSaving(false);
    if (!result.ok()) {
        showError(result.error); // the text stays in the editor: nothing is lost
        return;
    }
    showError({});
    m_savedBody = body;
    Q_EMIT articleSaved(m_articleId, m_language, result.revision);
    accept();
}

void ArticleEditor::reject()
{
    if (m_saving)
        return; // a save is finishing: its result decides (closed, or the error shown)
    if (isModified() && isVisible()) {
        const auto answer = QMessageBox::question(this, tr("Discard changes"),
                                                  tr("The article has unsaved changes. Discard them?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void ArticleEditor::showError(const QString &error)
{
    m_error = error;
    m_errorLabel->setText(error);
    m_errorLabel->setVisible(!error.isEmpty());
}

} // namespace payops
