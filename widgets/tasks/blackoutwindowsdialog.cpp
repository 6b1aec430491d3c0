#include "widgets/tasks/blackoutwindowsdialog.h"

#include "models/tasks/taskdesk.h"
#include "widgets/tasks/blackoutwindoweditor.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace payops {

BlackoutWindowsDialog::BlackoutWindowsDialog(TaskDesk &desk, const QList<BlackoutWindow> &windows, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_table(new QTableWidget(0, 2, this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_undo(new QPushButton(tr("&Undo"), this))
{
    setWindowTitle(tr("Blackout Windows"));
    auto *intro = new QLabel(tr("Times when scheduled runs do not start: peak hours, sale days, freezes."), this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("When")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *add = buttons->addButton(tr("&Add…"), QDialogButtonBox::ActionRole);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    add->setShortcut(QKeySequence::New);
    m_remove->setShortcut(QKeySequence::Delete);
    m_undo->setShortcut(QKeySequence::Undo);
    add->setAutoDefault(false);
    m_edit->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &BlackoutWindowsDialog::addWindow);
    connect(m_edit, &QPushButton::clicked, this, &BlackoutWindowsDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &BlackoutWindowsDialog::removeSelected);
    connect(m_undo, &QPushButton::clicked, this, &BlackoutWindowsDialog::undo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &BlackoutWindowsDialog::editSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BlackoutWindowsDialog::updateButtons);
    auto *enter = new QShortcut(QKeySequence(Qt::Key_Return), m_table);
    enter->setContext(Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &BlackoutWindowsDialog::editSelected);
    connect(&m_desk, &TaskDesk::listed, this,
            [this](const QList<TaskOverview> &, const QList<BlackoutWindow> &listed, qint64) { setWindows(listed); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(720, 420);
    setWindows(windows);
}

void BlackoutWindowsDialog::setWindows(const QList<BlackoutWindow> &windows)
{
    const std::optional<BlackoutWindow> current = selected();
    m_windows = windows;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(windows.size()));
    for (int row = 0; row < windows.size(); ++row) {
        const BlackoutWindow &window = windows.at(row);
        auto *name = new QTableWidgetItem(window.name);
        name->setData(Qt::UserRole, window.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(window.describe()));
        if (current && current->id == window.id)
            m_table->selectRow(row);
    }
    m_table->setSortingEnabled(true);
    updateButtons();
}

std::optional<BlackoutWindow> BlackoutWindowsDialog::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const qint64 id = m_table->item(items.constFirst()->row(), 0)->data(Qt::UserRole).toLongLong();
    for (const BlackoutWindow &window : m_windows) {
        if (window.id == id)
            return window;
    }
    return std::nullopt;
}

void BlackoutWindowsDialog::updateButtons()
{
    const bool any = selected().has_value();
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
    m_undo->setEnabled(!m_undoStack.isEmpty());
}

void BlackoutWindowsDialog::addWindow()
{
    BlackoutWindow proposal;
    proposal.days = 0x1f; // Monday to Friday
    proposal.startMinute = 11 * 60;
    proposal.endMinute = 14 * 60;
    proposal.timeZone.clear(); // the editor proposes the system's zone
    BlackoutWindowEditor editor(proposal, this);
    if (editor.exec() == QDialog::Accepted)
        save(editor.window());
}

void BlackoutWindowsDialog::editSelected()
{
    const std::optional<BlackoutWindow> window = selected();
    if (!window)
        return;
    BlackoutWindowEditor editor(*window, this);
    if (editor.exec() == QDialog::Accepted)
        save(editor.window());
}

void BlackoutWindowsDialog::save(const BlackoutWindow &window)
{
    std::optional<BlackoutWindow> before;
    for (const BlackoutWindow &existing : std::as_const(m_windows)) {
        if (window.id != 0 && existing.id == window.id)
            before = existing;
    }
    m_undoStack.append({before, window});
    m_desk.saveBlackout(window);
    updateButtons();
}

void BlackoutWindowsDialog::removeSelected()
{
    const std::optional<BlackoutWindow> window = selected();
    if (!window)
        return;
    m_undoStack.append({window, BlackoutWindow{}}); // after: none
    m_desk.removeBlackout(window->id);
    updateButtons();
}

void BlackoutWindowsDialog::undo()
{
    if (m_undoStack.isEmpty())
        return;
    const auto [before, after] = m_undoStack.takeLast();
    if (before) {
        // Edited or removed: put it back as it was (a removed one comes back as a new row).
        BlackoutWindow restored = *before;
        if (after.name.isEmpty())
            restored.id = 0;
        m_desk.saveBlackout(restored);
    } else {
        // Added: the listing has given it an id; the newest window of that name and definition.
        for (auto it = m_windows.crbegin(); it != m_windows.crend(); ++it) {
            if (it->name == after.name && it->describe() == after.describe()) {
                m_desk.removeBlackout(it->id);
                break;
            }
        }
    }
    updateButtons();
}

} // namespace payops
