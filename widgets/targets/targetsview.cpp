#include "widgets/targets/targetsview.h"

#include "models/services/targetsdesk.h"
#include "widgets/recordtable.h"
#include "widgets/targets/targetchangecommand.h"
#include "widgets/targets/targeteditdialog.h"
#include "widgets/targets/targettablemodel.h"
#include "widgets/viewaction.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace payops {

TargetsView::TargetsView(TargetsDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new TargetTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_undo(new QUndoStack(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_search->setObjectName(QStringLiteral("targetSearch"));
    filterAsYouType(m_proxy, m_search, tr("Filter by service, URL, state or error"));
    connect(m_search, &QLineEdit::textChanged, this, &TargetsView::updateSummary);

    m_table->setObjectName(QStringLiteral("targetTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the services' display order until a header is clicked
    configureRecordTable(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TargetsView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_edit->trigger(); });

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildActions();
    toolbar->addActions({m_add, m_edit, m_duplicate, m_remove});
    toolbar->addSeparator();
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    for (QAction *action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    toolbar->addActions({undo, redo});
    toolbar->addSeparator();
    toolbar->addActions({m_copy});
    toolbar->addAction(tr("&Import file_sd…"), this, &TargetsView::importRequested);
    toolbar->addAction(tr("E&xport file_sd…"), this, &TargetsView::exportRequested);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(toolbar);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    connect(&m_desk, &TargetsDesk::targetsChanged, this, &TargetsView::onTargetsChanged);
    onTargetsChanged(m_desk.targets());
}

void TargetsView::buildActions()
{
    const auto make = [this](const QString &text, const QKeySequence &keys, auto slot) {
        QAction *action = addViewAction(this, text, keys);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_add = make(tr("&Add Target…"), QKeySequence(Qt::CTRL | Qt::Key_N), [this] {
        ServiceTarget target;
        target.intervalMs = m_newIntervalMs;
        target.timeoutMs = m_newTimeoutMs;
        if (const std::optional<ServiceTarget> selected = selectedTarget())
            target.service = selected->service; // most often another instance of the same service
        openEditor(target, true);
    });
    m_edit = make(tr("&Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        if (const std::optional<ServiceTarget> selected = selectedTarget())
            openEditor(*selected, false);
    });
    m_duplicate = make(tr("&Duplicate…"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] {
        if (std::optional<ServiceTarget> selected = selectedTarget()) {
            selected->id = 0; // a new target: the operator gives it its own URL
            openEditor(*selected, true);
        }
    });
    m_remove = make(tr("&Remove"), QKeySequence(QKeySequence::Delete), &TargetsView::removeSelected);
    m_copy = make(tr("Cop&y Table"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] {
        QApplication::clipboard()->setText(tableText());
        Q_EMIT statusMessage(tr("Targets copied (%n row(s))", nullptr, m_proxy->rowCount()));
    });
    QAction *find = addViewAction(this, tr("&Find"), QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    updateActions();
}

void TargetsView::startAdding()
{
    m_add->trigger();
}

void TargetsView::setNewTargetDefaults(int intervalMs, int timeoutMs)
{
    m_newIntervalMs = intervalMs;
    m_newTimeoutMs = timeoutMs;
}

void TargetsView::showScrape(const ScrapeResult &result)
{
    m_model->showScrape(result);
    updateSummary();
}

std::optional<ServiceTarget> TargetsView::selectedTarget() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->targetAt(m_proxy->mapToSource(rows.constFirst()).row());
}

void TargetsView::selectTarget(const QUrl &metricsUrl)
{
    const int row = m_model->rowOf(metricsUrl);
    if (row < 0) {
        m_wanted = metricsUrl; // selected when the desk lists it
        return;
    }
    m_wanted.clear();
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // filtered out: the operator asked for this one
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void TargetsView::onTargetsChanged(const QList<ServiceTarget> &targets)
{
    const std::optional<ServiceTarget> selected = selectedTarget();
    m_model->setTargets(targets);
    if (!m_wanted.isEmpty())
        selectTarget(m_wanted);
    else if (selected)
        selectTarget(selected->metricsUrl);
    updateActions();
    updateSummary();
}

void TargetsView::openEditor(const ServiceTarget &target, bool isNew)
{
    QList<ServiceTarget> others = m_model->targets();
    others.removeIf([&](const ServiceTarget &other) { return !isNew && other.id == target.id; });
    QStringList services;
    for (const ServiceTarget &other : std::as_const(others)) {
        if (!services.contains(other.service))
            services << other.service;
    }
    m_dialog = new TargetEditDialog(target, others, services, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, target, isNew, dialog = m_dialog] {
        if (isNew)
            addTarget(dialog->target());
        else
            editTarget(target, dialog->target());
    });
    m_dialog->open();
}

void TargetsView::addTarget(const ServiceTarget &target)
{
    m_wanted = target.metricsUrl;
    m_undo->push(new TargetChangeCommand(*m_undo, m_desk, std::nullopt, target, failureSink()));
    Q_EMIT statusMessage(tr("Target %1 of %2 added; polling starts now (Ctrl+Z undoes it)")
                             .arg(target.metricsUrl.toDisplayString(), target.service));
}

void TargetsView::editTarget(const ServiceTarget &before, const ServiceTarget &after)
{
    if (before == after)
        return;
    m_wanted = after.metricsUrl;
    m_undo->push(new TargetChangeCommand(*m_undo, m_desk, before, after, failureSink()));
    Q_EMIT statusMessage(tr("Target %1 saved (Ctrl+Z undoes it)").arg(after.metricsUrl.toDisplayString()));
}

void TargetsView::removeSelected()
{
    const std::optional<ServiceTarget> selected = selectedTarget();
    if (!selected)
        return;
    m_undo->push(new TargetChangeCommand(*m_undo, m_desk, selected, std::nullopt, failureSink()));
    Q_EMIT statusMessage(tr("Target %1 removed; it is no longer polled (Ctrl+Z brings it back)")
                             .arg(selected->metricsUrl.toDisplayString()));
}

TargetChangeCommand::ErrorSink TargetsView::failureSink()
{
    return [this](const QString &error) { Q_EMIT statusMessage(tr("The targets were not changed: %1").arg(error)); };
}

QString TargetsView::tableText() const
{
    return recordTableText(*m_proxy);
}

void TargetsView::updateActions()
{
    const bool selected = selectedTarget().has_value();
    for (QAction *action : {m_edit, m_duplicate, m_remove})
        action->setEnabled(selected);
}

void TargetsView::updateSummary()
{
    const int up = m_model->upCount();
    m_summary->setText(m_proxy->rowCount() == m_model->rowCount()
                           ? tr("%n target(s), %1 up", nullptr, m_model->rowCount()).arg(up)
                           : tr("%1 of %n target(s) shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

} // namespace payops
