#pragma once

class QTableView;

namespace payops {

// How the views' lists of records behave: whole rows selected one at a time, read-only cells (edits
// go through dialogs that validate and can be undone), alternating rows, no row numbers, columns
// sized to their contents with the last one taking the rest.
void configureRecordTable(QTableView *table);

} // namespace payops
