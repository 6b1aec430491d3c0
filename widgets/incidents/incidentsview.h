#pragma once

#include "models/incidents/incident.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTreeWidget;

namespace payops {

class IncidentDesk;
class IncidentFilterProxy;
class IncidentTableModel;

// The incidents (active first) with filters, and the timeline of the one selected. Actions:
// new incident (Ctrl+N), acknowledge (Ctrl+K), mitigated / resolved / closed (Alt+1/2/3, not Ctrl+1/2/3:
// those switch views, and one key in two contexts would do neither; resolving
// asks for a note), add a note (Ctrl+E), copy the timeline as text (Ctrl+Shift+C). Everything it
// reads and writes goes through the IncidentDesk (off the GUI thread).
class IncidentsView final : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentsView(IncidentDesk &desk, QWidget *parent = nullptr);

    void setServices(const QStringList &services);
    // Playbook id → title, for the type chooser and filter.
    void setTypes(const QList<QPair<QString, QString>> &types);

    // Selects the incident (now, or as soon as a reload lists it).
    void showIncident(qint64 incidentId);
    [[nodiscard]] qint64 selectedIncidentId() const;

    // The actions without their dialogs (the dialogs call these; so do tests).
    void acknowledgeSelected();
    void setSelectedStatus(Incident::Status status, const QString &note);
    void addNoteToSelected(const QString &text);
    // The selected incident's timeline as plain text, one entry a line.
    [[nodiscard]] QString timelineText() const;

    // Asks what the new incident is about (the service preselected); opens it and, with
    // `troubleshoot`, starts its wizard.
    void newIncident(const QString &service = {}, bool troubleshoot = false);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // Troubleshoot (Ctrl+T, double-click or Enter on a row): the wizard for this incident.
    void troubleshootRequested(qint64 incidentId);

private:
    void buildActions();
    void onListed(const QList<Incident> &incidents, qint64 nowMs);
    void onTimeline(qint64 incidentId, const QList<IncidentTimelineEntry> &entries);
    void onSelectionChanged();
    void updateActions();
    void askStatus(Incident::Status status);
    void askNote();
    void copyTimeline();
    [[nodiscard]] std::optional<Incident> selectedIncident() const;

    IncidentDesk &m_desk;
    IncidentTableModel *m_model;
    IncidentFilterProxy *m_proxy;
    QComboBox *m_statusFilter;
    QComboBox *m_serviceFilter;
    QComboBox *m_typeFilter;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_heading;
    QTreeWidget *m_timeline;
    QAction *m_new = nullptr;
    QAction *m_troubleshoot = nullptr;
    QAction *m_acknowledge = nullptr;
    QAction *m_mitigated = nullptr;
    QAction *m_resolved = nullptr;
    QAction *m_closed = nullptr;
    QAction *m_note = nullptr;
    QAction *m_copy = nullptr;
    QStringList m_services;
    QList<QPair<QString, QString>> m_types;
    qint64 m_wantedId = 0;    // to select once listed
    qint64 m_timelineId = 0;  // whose timeline is shown
    bool m_listedOnce = false;
};

} // namespace payops
