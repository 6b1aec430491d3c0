#include "widgets/targetimportdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace payops {

TargetImportDialog::TargetImportDialog(TargetImportPreview preview, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_preview(std::move(preview))
{
    using Change = TargetImportPreview::Change;
    setWindowTitle(tr("Import Targets"));
    // Importing what is configured already is allowed (it changes nothing); importing nothing is not.
    const bool usable = !m_preview.targets().isEmpty();

    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    QString text = tr("%1: %2.").arg(fileName, m_preview.summary());
    if (!usable)
        text += u' ' + tr("Nothing in the file can be imported.");
    else if (!m_preview.changesSomething())
        text += u' ' + tr("The targets are configured like this already.");
    else if (m_preview.mode() == TargetImportMode::Replace)
        text += u' ' + tr("The targets below replace the configured ones; rejected entries are left out.");
    summary->setText(text);

    const QList<TargetImportPreview::Row> &rows = m_preview.rows();
    m_table = new QTableWidget(int(rows.size()), 4, this);
    m_table->setHorizontalHeaderLabels({tr("Change"), tr("Service"), tr("Target"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < rows.size(); ++r) {
        const TargetImportPreview::Row &row = rows.at(r);
        const QStringList cells{TargetImportPreview::changeName(row.change), row.service, row.target, row.detail};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(row.detail);
            if (row.change == Change::Reject || row.change == Change::Remove)
                cell->setForeground(QColor(0xc0, 0x39, 0x2b));
            m_table->setItem(r, column, cell);
        }
    }
    m_table->resizeColumnsToContents();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import %n target(s)", nullptr, int(m_preview.targets().size())));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(usable);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TargetImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TargetImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table);
    layout->addWidget(m_buttons);
    resize(820, 420);
}

} // namespace payops
