#pragma once

#include "models/alerts/alertstate.h"
#include "models/incidents/incidentrepository.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace payops {

class Database;
class DatabaseWriter;

// What the Incidents view and the alert wiring ask of the incidents, off the GUI thread: every read
// and write is a job on the DatabaseWriter (one thread, in submission order, so a list read after a
// write sees it). Results come back on this object's thread as signals.
class IncidentDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentDesk)

public:
    // What a batch of alert transitions did to the incidents (see recordAlertTransitions).
    struct AlertOutcome
    {
        QList<qint64> opened; // incidents a critical firing opened
        QList<qint64> joined; // active incidents a critical firing joined
        QList<qint64> touched; // every incident whose timeline got an entry
        QStringList errors;    // translated
    };

    IncidentDesk(Database &database, DatabaseWriter &writer, IncidentRepository::Clock clock = {},
                 OsIdentity identity = OsIdentity::current(), QObject *parent = nullptr);

    // The rule → playbook map the alert wiring needs (a transition names its rule, not its playbook).
    void setRules(const QList<AlertRule> &rules);

    void reload();
    void loadTimeline(qint64 incidentId);
    // Opens (or joins) an incident; `done` runs on this thread with the result (also `opened`).
    void open(const IncidentRepository::NewIncident &incident, std::function<void(const IncidentRepository::OpenResult &)> done = {});
    void acknowledge(qint64 incidentId);
    void setStatus(qint64 incidentId, Incident::Status status, const QString &note);
    void addNote(qint64 incidentId, const QString &text);
    // A critical firing opens or joins the incident of its service and playbook; its firing and
    // resolving go into that incident's timeline. Warnings and rules without a playbook are left alone.
    void recordTransitions(const QList<AlertTransition> &transitions);

    // The rule itself, on the calling thread's connection (the writer's job; tests call it directly).
    [[nodiscard]] static AlertOutcome recordAlertTransitions(IncidentRepository &repository,
                                                             const QList<AlertTransition> &transitions,
                                                             const QHash<QString, QString> &playbookByRule);

Q_SIGNALS:
    void listed(const QList<payops::Incident> &incidents, qint64 nowMs);
    void timelineLoaded(qint64 incidentId, const QList<payops::IncidentTimelineEntry> &entries);
    void opened(const payops::IncidentRepository::OpenResult &result);
    // An incident changed (status, acknowledgement, note, alert): the list is reloaded already.
    void changed(qint64 incidentId);
    void problem(const QString &message);

private:
    // Runs `write` on the writer; on success emits changed(id) and reloads, else problem().
    void write(qint64 incidentId, std::function<std::optional<QString>(IncidentRepository &)> write);

    Database &m_database;
    DatabaseWriter &m_writer;
    IncidentRepository::Clock m_clock;
    OsIdentity m_identity;
    QHash<QString, QString> m_playbookByRule;
};

} // namespace payops
