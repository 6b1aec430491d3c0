#pragma once

class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QString;
class QTableView;

namespace payops {

// How the views' lists of records behave: whole rows selected one at a time, read-only cells (edits
// go through dialogs that validate and can be undone), alternating rows, no row numbers, columns
// sized to their contents with the last one taking the rest.
void configureRecordTable(QTableView *table);

// Filter as you type: `proxy` keeps the rows of which any column contains what `search` holds (any case);
// `search` gets `placeholder` and a clear button.
void filterAsYouType(QSortFilterProxyModel *proxy, QLineEdit *search, const QString &placeholder);

// The rows of `model` as they are shown (filtered, sorted) as tab-separated text under a header line:
// what "Copy Table" puts on the clipboard, ready for a spreadsheet or a ticket.
[[nodiscard]] QString recordTableText(const QAbstractItemModel &model);

} // namespace payops
