#pragma once

#include "models/contacts/contactentry.h"
#include "models/contacts/contactimportresult.h"
#include "widgets/contacts/contactwritecommand.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPoint;
class QTableView;
class QUndoStack;

namespace payops {

class ContactDirectory;
class SafeTextBrowser;
class ContactSearchProxyModel;
class ContactTableModel;

// The contact directory screen: search as you type, a sortable table, a detail pane with
// clickable tel:/mailto: links, copy (Ctrl+C or the context menu), add / edit / delete with
// validation and undo (Ctrl+Z, Ctrl+Shift+Z), CSV and vCard import (with a preview) and export.
// Holds no SQL: it works through ContactDirectory, whose writes run off the GUI thread.
class ContactDirectoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDirectoryView)

public:
    // `undoStack` may be shared with the main window's Edit menu; when null the view keeps its own.
    explicit ContactDirectoryView(ContactDirectory &directory, QUndoStack *undoStack = nullptr, QWidget *parent = nullptr);

    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    [[nodiscard]] ContactTableModel *tableModel() const { return m_model; }
    [[nodiscard]] ContactSearchProxyModel *proxyModel() const { return m_proxy; }
    [[nodiscard]] QAction *undoAction() const { return m_undo; }
    [[nodiscard]] QAction *redoAction() const { return m_redo; }

    void setSearchText(const QString &text);
    // The entry of the current row, if any.
    [[nodiscard]] std::optional<ContactEntry> currentEntry() const;
    void selectEntry(qint64 id);

    // The steps behind the toolbar buttons, usable without dialogs. Writes are queued (the table
    // follows when they have run): true when the deletion of the current entry was queued.
    bool removeCurrent();
    // Reads a CSV or vCard file's bytes (chosen by the file name's suffix or the content) and
    // checks every row against the directory.
    [[nodiscard]] ContactImportResult readImport(const QByteArray &data, const QString &fileName) const;
    // The visible rows, in the table's order, as CSV (".csv") or vCard (".vcf").
    [[nodiscard]] QByteArray exportVisible(const QString &fileName) const;
    // The text Ctrl+C copies for the current cell: the cell's number or address, else the
    // entry's first contact point.
    [[nodiscard]] QString copyText() const;

Q_SIGNALS:
    // A short message for the status bar ("Deleted Bob — Ctrl+Z restores").
    void statusMessage(const QString &message);

private:
    void addContact();
    void editContact();
    void deleteContact();
    void importFile();
    void exportFile();
    void copyCurrent();
    void showContextMenu(const QPoint &position);
    void updateDetails();
    void updateActions();
    void openLink(const QUrl &url);
    void showError(const QString &message);
    [[nodiscard]] ContactWriteCommand::ErrorSink errorSink();
    [[nodiscard]] QStringList knownServices() const;

    ContactDirectory &m_directory;
    QUndoStack *m_undoStack = nullptr;
    ContactTableModel *m_model = nullptr;
    ContactSearchProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    SafeTextBrowser *m_details = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};

} // namespace payops
