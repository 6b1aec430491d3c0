#include "widgets/incidents/incidentsview.h"

#include "models/incidents/incidentdesk.h"
#include "models/incidents/incidenttablemodel.h"
#include "widgets/incidents/newincidentdialog.h"
#include "widgets/recordtable.h"
#include "widgets/viewaction.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace payops {

IncidentsView::IncidentsView(IncidentDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new IncidentTableModel(this))
    , m_proxy(new IncidentFilterProxy(this))
    , m_statusFilter(new QComboBox(this))
    , m_serviceFilter(new QComboBox(this))
    , m_typeFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_heading(new QLabel(this))
    , m_timeline(new QTreeWidget(this))
{
    m_proxy->setSourceModel(m_model);
    m_statusFilter->setObjectName(QStringLiteral("incidentStatusFilter"));
    m_serviceFilter->setObjectName(QStringLiteral("incidentServiceFilter"));
    m_typeFilter->setObjectName(QStringLiteral("incidentTypeFilter"));
    m_search->setObjectName(QStringLiteral("incidentSearch"));
    m_table->setObjectName(QStringLiteral("incidentTable"));
    m_timeline->setObjectName(QStringLiteral("incidentTimeline"));

    using Filter = IncidentFilterProxy::StatusFilter;
    m_statusFilter->addItem(tr("All statuses"), int(Filter::Any));
    m_statusFilter->addItem(tr("Active (open or mitigated)"), int(Filter::Active));
    m_statusFilter->addItem(Incident::statusTitle(Incident::Status::Open), int(Filter::Open));
    m_statusFilter->addItem(Incident::statusTitle(Incident::Status::Mitigated), int(Filter::Mitigated));
    m_statusFilter->addItem(Incident::statusTitle(Incident::Status::Resolved), int(Filter::Resolved));
    m_statusFilter->addItem(Incident::statusTitle(Incident::Status::Closed), int(Filter::Closed));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatusFilter(Filter(m_statusFilter->currentData().toInt())); });
    m_serviceFilter->addItem(tr("All services"), QString());
    connect(m_serviceFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setServiceFilter(m_serviceFilter->currentData().toString()); });
    m_typeFilter->addItem(tr("All types"), QString());
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTypeFilter(m_typeFilter->currentData().toString()); });
    m_search->setPlaceholderText(tr("Filter by title, service, type or opener"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &IncidentFilterProxy::setText);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the repository's order: active first, newest first
    configureRecordTable(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IncidentsView::onSelectionChanged);

    m_timeline->setHeaderLabels({tr("Time"), tr("User"), tr("Kind"), tr("Text")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setWordWrap(true);
    // Fixed starting widths: an empty timeline keeps readable headers (ResizeToContents would squeeze them).
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->setColumnWidth(0, 170);
    m_timeline->setColumnWidth(1, 120);
    m_timeline->setColumnWidth(2, 130);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildActions();
    toolbar->addActions({m_new, m_troubleshoot, m_acknowledge, m_mitigated, m_resolved, m_closed, m_note, m_copy});

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_serviceFilter);
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_search, 1);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_heading);
    detailsLayout->addWidget(m_timeline, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_table, &QTableView::activated, this, [this] {
        if (m_troubleshoot->isEnabled())
            m_troubleshoot->trigger();
    });
    connect(&m_desk, &IncidentDesk::listed, this, &IncidentsView::onListed);
    connect(&m_desk, &IncidentDesk::timelineLoaded, this, &IncidentsView::onTimeline);
    connect(&m_desk, &IncidentDesk::changed, this, [this](qint64 id) {
        if (id == m_timelineId)
            m_desk.loadTimeline(id);
    });
    connect(&m_desk, &IncidentDesk::problem, this, &IncidentsView::statusMessage);
    updateActions();
    m_heading->setText(tr("Select an incident to see its timeline."));
    m_desk.reload();
}

void IncidentsView::buildActions()
{
    const auto make = [this](const QString &text, const QKeySequence &keys, auto slot) {
        QAction *action = addViewAction(this, text, keys);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_new = make(tr("&New Incident…"), QKeySequence(Qt::CTRL | Qt::Key_N), [this] { newIncident(); });
    m_troubleshoot = make(tr("&Troubleshoot…"), QKeySequence(Qt::CTRL | Qt::Key_T), [this] {
        if (const qint64 id = selectedIncidentId())
            Q_EMIT troubleshootRequested(id);
    });
    m_acknowledge = make(tr("&Acknowledge"), QKeySequence(Qt::CTRL | Qt::Key_K), &IncidentsView::acknowledgeSelected);
    m_mitigated = make(tr("&Mitigated…"), QKeySequence(Qt::ALT | Qt::Key_1), [this] { askStatus(Incident::Status::Mitigated); });
    m_resolved = make(tr("&Resolved…"), QKeySequence(Qt::ALT | Qt::Key_2), [this] { askStatus(Incident::Status::Resolved); });
    m_closed = make(tr("&Closed…"), QKeySequence(Qt::ALT | Qt::Key_3), [this] { askStatus(Incident::Status::Closed); });
    m_note = make(tr("Add &Note…"), QKeySequence(Qt::CTRL | Qt::Key_E), &IncidentsView::askNote);
    m_copy = make(tr("Cop&y Timeline"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &IncidentsView::copyTimeline);
}

void IncidentsView::setServices(const QStringList &services)
{
    m_services = services;
    const QString current = m_serviceFilter->currentData().toString();
    m_serviceFilter->blockSignals(true);
    while (m_serviceFilter->count() > 1)
        m_serviceFilter->removeItem(1);
    for (const QString &service : services)
        m_serviceFilter->addItem(service, service);
    m_serviceFilter->setCurrentIndex(qMax(0, m_serviceFilter->findData(current)));
    m_serviceFilter->blockSignals(false);
}

void IncidentsView::setTypes(const QList<QPair<QString, QString>> &types)
{
    m_types = types;
    const QString current = m_typeFilter->currentData().toString();
    m_typeFilter->blockSignals(true);
    while (m_typeFilter->count() > 1)
        m_typeFilter->removeItem(1);
    for (const auto &[id, title] : types)
        m_typeFilter->addItem(title.isEmpty() ? id : title, id);
    m_typeFilter->setCurrentIndex(qMax(0, m_typeFilter->findData(current)));
    m_typeFilter->blockSignals(false);
}

void IncidentsView::showIncident(qint64 incidentId)
{
    m_wantedId = incidentId;
    const int row = m_model->rowOf(incidentId);
    if (row < 0)
        return; // selected when a reload lists it
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // filtered out: the operator asked for this one, show it
        m_statusFilter->setCurrentIndex(0);
        m_serviceFilter->setCurrentIndex(0);
        m_typeFilter->setCurrentIndex(0);
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_wantedId = 0;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

qint64 IncidentsView::selectedIncidentId() const
{
    const std::optional<Incident> incident = selectedIncident();
    return incident ? incident->id : 0;
}

std::optional<Incident> IncidentsView::selectedIncident() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->incidentAt(m_proxy->mapToSource(rows.constFirst()).row());
}

void IncidentsView::onListed(const QList<Incident> &incidents, qint64 nowMs)
{
    const qint64 selected = m_wantedId ? m_wantedId : selectedIncidentId();
    m_model->setIncidents(incidents, nowMs);
    if (selected)
        showIncident(selected);
    else if (!m_listedOnce && m_proxy->rowCount() > 0) // on arrival, the most pressing incident is selected
        m_table->selectRow(0);
    m_listedOnce = true;
    if (selectedIncidentId() == 0) {
        m_wantedId = selected; // not listed yet (an open still queued): keep asking
        m_timelineId = 0;
        m_timeline->clear();
        m_heading->setText(incidents.isEmpty() ? tr("No incidents recorded.") : tr("Select an incident to see its timeline."));
    } else {
        onSelectionChanged();
    }
    updateActions();
}

void IncidentsView::onSelectionChanged()
{
    const std::optional<Incident> incident = selectedIncident();
    updateActions();
    if (!incident)
        return;
    m_heading->setText(tr("Incident %1 — %2 — %3 — %4")
                           .arg(incident->id)
                           .arg(incident->services.join(QStringLiteral(", ")), incident->type,
                                incident->title.isEmpty() ? Incident::statusTitle(incident->status) : incident->title));
    if (m_timelineId != incident->id)
        m_timeline->clear();
    m_timelineId = incident->id;
    m_desk.loadTimeline(incident->id);
}

void IncidentsView::onTimeline(qint64 incidentId, const QList<IncidentTimelineEntry> &entries)
{
    if (incidentId != m_timelineId)
        return; // the selection moved on
    m_timeline->clear();
    for (const IncidentTimelineEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, QDateTime::fromMSecsSinceEpoch(entry.timestampMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setText(1, entry.actor);
        item->setText(2, IncidentTimelineEntry::kindTitle(entry.kind));
        item->setText(3, entry.text);
        item->setToolTip(3, entry.text);
    }
}

void IncidentsView::updateActions()
{
    const std::optional<Incident> incident = selectedIncident();
    const bool changeable = incident && incident->status != Incident::Status::Closed;
    m_acknowledge->setEnabled(changeable && !incident->acknowledgedMs);
    m_mitigated->setEnabled(changeable && incident->status != Incident::Status::Mitigated);
    m_resolved->setEnabled(changeable && incident->status != Incident::Status::Resolved);
    m_closed->setEnabled(changeable);
    m_note->setEnabled(incident.has_value());
    m_troubleshoot->setEnabled(incident.has_value() && incident->status != Incident::Status::Closed);
    m_copy->setEnabled(incident.has_value());
}

void IncidentsView::newIncident(const QString &service, bool troubleshoot)
{
    auto *dialog = new NewIncidentDialog(m_services, m_types, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!service.isEmpty())
        dialog->setService(service);
    connect(dialog, &QDialog::accepted, this, [this, dialog, troubleshoot] {
        IncidentRepository::NewIncident incident;
        incident.services = {dialog->service()};
        incident.type = dialog->type();
        incident.title = dialog->title();
        m_desk.open(incident, [this, troubleshoot](const IncidentRepository::OpenResult &result) {
            if (!result.ok())
                return;
            showIncident(result.id);
            if (troubleshoot)
                Q_EMIT troubleshootRequested(result.id);
            Q_EMIT statusMessage(result.joined ? tr("Joined the open incident %1").arg(result.id)
                                               : tr("Opened incident %1").arg(result.id));
        });
    });
    dialog->open();
}

void IncidentsView::acknowledgeSelected()
{
    if (const qint64 id = selectedIncidentId())
        m_desk.acknowledge(id);
}

void IncidentsView::setSelectedStatus(Incident::Status status, const QString &note)
{
    if (const qint64 id = selectedIncidentId())
        m_desk.setStatus(id, status, note);
}

void IncidentsView::addNoteToSelected(const QString &text)
{
    if (const qint64 id = selectedIncidentId())
        m_desk.addNote(id, text);
}

void IncidentsView::askStatus(Incident::Status status)
{
    const std::optional<Incident> incident = selectedIncident();
    if (!incident)
        return;
    // Resolving says how; the other moves may carry a note.
    const bool required = status == Incident::Status::Resolved;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Incident %1: %2").arg(incident->id).arg(Incident::statusTitle(status)));
    dialog->setLabelText(required ? tr("How was it resolved? (required)") : tr("Note (optional):"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->resize(520, dialog->sizeHint().height());
    const qint64 id = incident->id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id, status, required](const QString &text) {
        if (required && text.trimmed().isEmpty()) {
            Q_EMIT statusMessage(tr("Not resolved: resolving needs a note that says how."));
            return;
        }
        m_desk.setStatus(id, status, text.trimmed());
    });
    dialog->open();
}

void IncidentsView::askNote()
{
    const qint64 id = selectedIncidentId();
    if (!id)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Incident %1: Add Note").arg(id));
    dialog->setLabelText(tr("Note:"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->resize(520, dialog->sizeHint().height());
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &text) { m_desk.addNote(id, text); });
    dialog->open();
}

QString IncidentsView::timelineText() const
{
    QStringList lines;
    if (const std::optional<Incident> incident = selectedIncident())
        lines << m_heading->text();
    for (int i = 0; i < m_timeline->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_timeline->topLevelItem(i);
        lines << QStringLiteral("%1\t%2\t%3\t%4").arg(item->text(0), item->text(1), item->text(2), item->text(3));
    }
    return lines.join(u'\n');
}

void IncidentsView::copyTimeline()
{
    QApplication::clipboard()->setText(timelineText());
    Q_EMIT statusMessage(tr("Timeline copied (%n entry(ies))", nullptr, m_timeline->topLevelItemCount()));
}

} // namespace payops
