#include "widgets/contacts/contactimportdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace payops {

ContactImportDialog::ContactImportDialog(const ContactImportResult &result, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_result(result)
{
    setWindowTitle(tr("Import contacts"));
    const int total = int(m_result.rows.size());
    const int valid = m_result.validCount();

    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    summary->setText(valid == total
                         ? tr("%1: %n contact(s), all valid.", nullptr, total).arg(fileName)
                         : tr("%1: %2 of %n row(s) can be imported; the rows marked below have problems. "
                              "Nothing already in the directory is changed.", nullptr, total)
                               .arg(fileName)
                               .arg(valid));

    m_table = new QTableWidget(total, 6, this);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Name"), tr("Role"), tr("Service"), tr("Contact"), tr("Problems")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < total; ++row) {
        const ContactImportResult::Row &item = m_result.rows.at(row);
        QStringList points;
        for (const ContactPoint &point : item.entry.points)
            points.append(point.value);
        const QStringList cells{QString::number(item.line), item.entry.name, ContactRoles::displayName(item.entry.role),
                                item.entry.service, points.join(QStringLiteral(", ")),
                                item.valid() ? tr("OK") : item.errors.join(QStringLiteral("; "))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            if (!item.valid()) {
                cell->setForeground(QColor(0xc0, 0x39, 0x2b));
                cell->setToolTip(item.errors.join(u'\n'));
            }
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importAll = buttons->addButton(tr("Import &all %n", nullptr, total), QDialogButtonBox::AcceptRole);
    m_importValid = buttons->addButton(tr("Import %n &valid row(s)", nullptr, valid), QDialogButtonBox::AcceptRole);
    m_importAll->setVisible(valid == total);
    m_importValid->setVisible(valid != total);
    m_importValid->setEnabled(valid > 0);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Import &nothing"));
    connect(m_importAll, &QPushButton::clicked, this, &ContactImportDialog::chooseAll);
    connect(m_importValid, &QPushButton::clicked, this, &ContactImportDialog::chooseValid);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(760, 420);
}

QList<ContactEntry> ContactImportDialog::chosenEntries() const
{
    if (m_choice == Choice::Nothing)
        return {};
    return m_result.validEntries();
}

void ContactImportDialog::chooseAll()
{
    m_choice = Choice::AllRows;
    accept();
}

void ContactImportDialog::chooseValid()
{
    m_choice = Choice::ValidRows;
    accept();
}

} // namespace payops
