#pragma once

#include "models/services/targetimportpreview.h"

#include <QDialog>

class QDialogButtonBox;
class QTableWidget;

namespace payops {

// File ▸ Import Targets: what the file would change — targets to add, to change, to remove, and
// the entries that cannot be used with their reasons (TargetImportPreview) — with OK to import
// the usable targets and Cancel to change nothing. OK is disabled when nothing in the file is usable.
class TargetImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetImportDialog)

public:
    TargetImportDialog(TargetImportPreview preview, const QString &fileName, QWidget *parent = nullptr);

    const TargetImportPreview &preview() const { return m_preview; }
    QTableWidget *table() const { return m_table; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    TargetImportPreview m_preview;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace payops
