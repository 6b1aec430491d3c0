#include "widgets/contacts/contactdirectoryview.h"

#include "widgets/contacts/addcontactcommand.h"
#include "models/contacts/contactcsv.h"
#include "models/contacts/contactdirectory.h"
#include "widgets/contacts/contacteditdialog.h"
#include "widgets/contacts/contactimportdialog.h"
#include "models/contacts/contactsearchproxymodel.h"
#include "models/contacts/contacttablemodel.h"
#include "models/contacts/contactvcard.h"
#include "widgets/contacts/editcontactcommand.h"
#include "widgets/contacts/importcontactscommand.h"
#include "widgets/contacts/removecontactcommand.h"
#include "widgets/linkopener.h"
#include "widgets/safetextbrowser.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace payops {

namespace {

constexpr qint64 kMaxImportBytes = 10 * 1024 * 1024;

QString pointLabel(ContactPoint::Kind kind)
{
    switch (kind) {
    case ContactPoint::Kind::Phone:
        return QCoreApplication::translate("payops::ContactDirectoryView", "Phone");
    case ContactPoint::Kind::Email:
        return QCoreApplication::translate("payops::ContactDirectoryView", "E-mail");
    case ContactPoint::Kind::Chat:
        return QCoreApplication::translate("payops::ContactDirectoryView", "Chat");
    }
    return {};
}

} // namespace

ContactDirectoryView::ContactDirectoryView(ContactDirectory &directory, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_undoStack(undoStack ? undoStack : new QUndoStack(this))
{
    m_model = new ContactTableModel(m_directory, this);
    m_proxy = new ContactSearchProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search name, service, role or number — 中文 or English"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ContactSearchProxyModel::setSearchText);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // keep the directory's own order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    connect(m_table, &QTableView::customContextMenuRequested, this, &ContactDirectoryView::showContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, &ContactDirectoryView::editContact);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ContactDirectoryView::updateDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ContactDirectoryView::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ContactDirectoryView::updateDetails);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ContactDirectoryView::updateDetails);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ContactDirectoryView::updateActions);

    m_details = new SafeTextBrowser(this);
    connect(m_details, &QTextBrowser::anchorClicked, this, &ContactDirectoryView::openLink);

    m_add = new QAction(tr("&Add…"), this);
    m_add->setShortcut(QKeySequence::New);
    m_edit = new QAction(tr("&Edit…"), this);
    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_copy = new QAction(tr("&Copy"), this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_import = new QAction(tr("&Import…"), this);
    m_import->setToolTip(tr("Import contacts from a CSV or vCard file"));
    m_export = new QAction(tr("E&xport…"), this);
    m_export->setToolTip(tr("Export the rows shown to a CSV or vCard file"));
    m_undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    for (QAction *action : {m_add, m_edit, m_delete, m_copy, m_import, m_export, m_undo, m_redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    // In the search field Ctrl+C, Delete and Ctrl+Z keep their text-editing meaning.
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    removeAction(m_copy);
    removeAction(m_delete);
    m_table->addAction(m_copy);
    m_table->addAction(m_delete);
    connect(m_add, &QAction::triggered, this, &ContactDirectoryView::addContact);
    connect(m_edit, &QAction::triggered, this, &ContactDirectoryView::editContact);
    connect(m_delete, &QAction::triggered, this, &ContactDirectoryView::deleteContact);
    connect(m_copy, &QAction::triggered, this, &ContactDirectoryView::copyCurrent);
    connect(m_import, &QAction::triggered, this, &ContactDirectoryView::importFile);
    connect(m_export, &QAction::triggered, this, &ContactDirectoryView::exportFile);

    auto *toolbar = new QToolBar(this);
    toolbar->addAction(m_add);
    toolbar->addAction(m_edit);
    toolbar->addAction(m_delete);
    toolbar->addSeparator();
    toolbar->addAction(m_undo);
    toolbar->addAction(m_redo);
    toolbar->addSeparator();
    toolbar->addAction(m_import);
    toolbar->addAction(m_export);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(toolbar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    if (!m_model->lastError().isEmpty())
        showError(m_model->lastError());
    m_table->resizeColumnsToContents();
    updateDetails();
    updateActions();
}

void ContactDirectoryView::setSearchText(const QString &text)
{
    m_search->setText(text);
}

std::optional<ContactEntry> ContactDirectoryView::currentEntry() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->entryAt(m_proxy->mapToSource(current).row());
}

void ContactDirectoryView::selectEntry(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QStringList ContactDirectoryView::knownServices() const
{
    QStringList services{QStringLiteral("payment_frontend"), QStringLiteral("payment_gateway"),
                         QStringLiteral("payment_backend"), QStringLiteral("payment_callback")};
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString service = m_model->entryAt(row).service;
        if (!service.isEmpty() && !services.contains(service))
            services.append(service);
    }
    return services;
}

void ContactDirectoryView::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

ContactWriteCommand::ErrorSink ContactDirectoryView::errorSink()
{
    // A command may outlive the view when the undo stack is shared with the main window.
    return [view = QPointer<ContactDirectoryView>(this)](const QString &error) {
        if (view)
            view->showError(error);
    };
}

void ContactDirectoryView::addContact()
{
    ContactEntry blank;
    if (const std::optional<ContactEntry> current = currentEntry())
        blank.service = current->service;
    ContactEditDialog dialog(blank, m_directory.entries().entries, knownServices(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.entry().name;
    // The write is queued; the table gets the row from the directory's signal, then this selects it.
    const ContactDirectory::WriteResult check = AddContactCommand::perform(
        *m_undoStack, m_directory, dialog.entry(), errorSink(), this, [this, name](const ContactDirectory::WriteResult &result) {
            if (!result.ok())
                return; // the error sink shows it
            selectEntry(result.id);
            Q_EMIT statusMessage(tr("Added %1.").arg(name));
        });
    if (!check.ok()) {
        showError(check.message());
        return;
    }
    showError({});
}

void ContactDirectoryView::editContact()
{
    const std::optional<ContactEntry> current = currentEntry();
    if (!current)
        return;
    ContactEditDialog dialog(*current, m_directory.entries().entries, knownServices(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.entry().name;
    const ContactDirectory::WriteResult check = EditContactCommand::perform(
        *m_undoStack, m_directory, dialog.entry(), errorSink(), this, [this, name](const ContactDirectory::WriteResult &result) {
            if (result.ok())
                Q_EMIT statusMessage(tr("Saved %1.").arg(name));
        });
    if (!check.ok()) {
        showError(check.message());
        return;
    }
    showError({});
}

bool ContactDirectoryView::removeCurrent()
{
    const std::optional<ContactEntry> current = currentEntry();
    if (!current)
        return false;
    const QString name = current->name;
    const ContactDirectory::WriteResult check = RemoveContactCommand::perform(
        *m_undoStack, m_directory, current->id, errorSink(), this, [this, name](const ContactDirectory::WriteResult &result) {
            if (result.ok())
                Q_EMIT statusMessage(tr("Deleted %1 — %2 restores it.")
                                         .arg(name, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
        });
    if (!check.ok()) {
        showError(check.message());
        return false;
    }
    showError({});
    return true;
}

void ContactDirectoryView::deleteContact()
{
    // No confirmation: the deletion is one Ctrl+Z away.
    removeCurrent();
}

ContactImportResult ContactDirectoryView::readImport(const QByteArray &data, const QString &fileName) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool vcard = suffix == u"vcf" || suffix == u"vcard"
        || (suffix != u"csv" && data.left(64).trimmed().toUpper().contains("BEGIN:VCARD"));
    ContactImportResult result = vcard ? ContactVCard::read(data) : ContactCsv::read(data);
    if (result.ok())
        result.validate(m_directory.entries().entries);
    return result;
}

void ContactDirectoryView::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import contacts"), QString(),
                                                      tr("Contacts (*.csv *.vcf);;CSV (*.csv);;vCard (*.vcf)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import contacts"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > kMaxImportBytes) {
        QMessageBox::warning(this, tr("Import contacts"), tr("%1 is larger than 10 MB; it is not a contact list.").arg(path));
        return;
    }
    const ContactImportResult result = readImport(file.readAll(), path);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Import contacts"), tr("Cannot import %1: %2").arg(path, result.fileError));
        return;
    }
    ContactImportDialog dialog(result, QFileInfo(path).fileName(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenEntries().isEmpty())
        return;
    const ContactDirectory::BatchResult check = ImportContactsCommand::perform(
        *m_undoStack, m_directory, dialog.chosenEntries(), errorSink(), this, [this](const ContactDirectory::BatchResult &result) {
            if (result.ok())
                Q_EMIT statusMessage(tr("Imported %n contact(s).", nullptr, int(result.ids.size())));
        });
    if (!check.ok()) {
        showError(check.error);
        return;
    }
    showError({});
}

QByteArray ContactDirectoryView::exportVisible(const QString &fileName) const
{
    QList<ContactEntry> entries;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        entries.append(m_model->entryAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    if (QFileInfo(fileName).suffix().compare(u"vcf", Qt::CaseInsensitive) == 0)
        return ContactVCard::write(entries);
    return ContactCsv::write(entries);
}

void ContactDirectoryView::exportFile()
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export contacts"), tr("contacts.csv"),
                                                tr("CSV (*.csv);;vCard (*.vcf)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(u"vcf") ? QStringLiteral(".vcf") : QStringLiteral(".csv");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportVisible(path)) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Export contacts"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    Q_EMIT statusMessage(tr("Exported %n contact(s) to %1.", nullptr, m_proxy->rowCount()).arg(path));
}

QString ContactDirectoryView::copyText() const
{
    const QModelIndex current = m_table->currentIndex();
    const std::optional<ContactEntry> entry = currentEntry();
    if (!current.isValid() || !entry)
        return {};
    const auto first = [&entry](ContactPoint::Kind kind) { return entry->values(kind).value(0); };
    switch (current.column()) {
    case ContactTableModel::PhoneColumn:
        if (!first(ContactPoint::Kind::Phone).isEmpty())
            return first(ContactPoint::Kind::Phone);
        break;
    case ContactTableModel::EmailColumn:
        if (!first(ContactPoint::Kind::Email).isEmpty())
            return first(ContactPoint::Kind::Email);
        break;
    case ContactTableModel::ChatColumn:
        if (!first(ContactPoint::Kind::Chat).isEmpty())
            return first(ContactPoint::Kind::Chat);
        break;
    default:
        break;
    }
    return entry->points.isEmpty() ? entry->name : entry->points.constFirst().value;
}

void ContactDirectoryView::copyCurrent()
{
    const QString text = copyText();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(tr("Copied %1.").arg(text));
}

void ContactDirectoryView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    QMenu menu(this);
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        const ContactEntry entry = m_model->entryAt(m_proxy->mapToSource(index).row());
        for (const ContactPoint &point : entry.points) {
            const QString value = point.value;
            QAction *copy = menu.addAction(tr("Copy %1 %2").arg(pointLabel(point.kind).toLower(), value));
            connect(copy, &QAction::triggered, this, [this, value] {
                QGuiApplication::clipboard()->setText(value);
                Q_EMIT statusMessage(tr("Copied %1.").arg(value));
            });
            const QUrl url = point.url();
            if (url.isValid() && !url.isEmpty()) {
                const QString label = point.kind == ContactPoint::Kind::Phone   ? tr("Call %1").arg(value)
                                      : point.kind == ContactPoint::Kind::Email ? tr("Write to %1").arg(value)
                                                                                : tr("Open chat %1").arg(value);
                QAction *open = menu.addAction(label);
                connect(open, &QAction::triggered, this, [this, url] { openLink(url); });
            }
        }
        menu.addSeparator();
        menu.addAction(m_edit);
        menu.addAction(m_delete);
        menu.addSeparator();
    }
    menu.addAction(m_add);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void ContactDirectoryView::openLink(const QUrl &url)
{
    if (const std::optional<QString> problem = LinkOpener::open(url))
        Q_EMIT statusMessage(*problem);
}

void ContactDirectoryView::updateDetails()
{
    const std::optional<ContactEntry> entry = currentEntry();
    if (!entry) {
        m_details->setHtml(QStringLiteral("<p><i>%1</i></p>").arg(tr("Select a contact to see how to reach them.").toHtmlEscaped()));
        return;
    }
    QString html = QStringLiteral("<h2>%1</h2>").arg(entry->name.toHtmlEscaped());
    if (!entry->nameAlt.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(entry->nameAlt.toHtmlEscaped());
    const QString service = entry->service.isEmpty() ? tr("all services") : entry->service;
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("%1 for %2 — escalation order %3")
                         .arg(ContactRoles::displayName(entry->role), service)
                         .arg(entry->escalationOrder)
                         .toHtmlEscaped());
    if (!entry->organization.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(entry->organization.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"4\">");
    for (const ContactPoint &point : entry->points) {
        const QUrl url = point.url();
        const QString value = url.isEmpty() ? point.value.toHtmlEscaped()
                                            : QStringLiteral("<a href=\"%1\">%2</a>")
                                                  .arg(QString::fromUtf8(url.toEncoded()).toHtmlEscaped(), point.value.toHtmlEscaped());
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(pointLabel(point.kind).toHtmlEscaped(), value);
    }
    html += QStringLiteral("</table>");
    if (!entry->notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(entry->notes.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    if (!entry->service.isEmpty()) {
        const ContactDirectory::ListResult chain = m_directory.escalation(entry->service, ContactDirectory::EscalationScope::Owners);
        if (chain.entries.size() > 1) {
            html += QStringLiteral("<h3>%1</h3><ol>").arg(tr("Escalation for %1").arg(entry->service).toHtmlEscaped());
            for (const ContactEntry &step : chain.entries) {
                QStringList points;
                for (const ContactPoint &point : step.points)
                    points.append(point.value);
                html += QStringLiteral("<li>%1 — %2</li>").arg(step.name.toHtmlEscaped(), points.join(QStringLiteral(", ")).toHtmlEscaped());
            }
            html += QStringLiteral("</ol>");
        }
    }
    m_details->setHtml(html);
}

void ContactDirectoryView::updateActions()
{
    const bool hasCurrent = m_table->currentIndex().isValid();
    m_edit->setEnabled(hasCurrent);
    m_delete->setEnabled(hasCurrent);
    m_copy->setEnabled(hasCurrent);
}

} // namespace payops
