#pragma once

#include "models/alerts/alertstate.h"
#include "models/contacts/contactentry.h"
#include "models/incidents/incidentrepository.h"
#include "models/incidents/postmortem.h"

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
    // The wizard's entries: checks run, people notified, actions run with their output (audited
    // where the repository says so).
    void record(qint64 incidentId, IncidentTimelineEntry::Kind kind, const QString &text, const QJsonObject &detail = {});
    // Where the wizard stands and what its steps hold, so that it can be continued later.
    void saveWizard(qint64 incidentId, const QString &step, const QJsonObject &state);
    // Resolves although the checks still confirm the cause; the reason is kept and audited.
    void resolveWithOverride(qint64 incidentId, const QString &reason, const QJsonObject &evidence);
    // One incident as stored now (incidentLoaded), e.g. for the wizard to continue it.
    void loadIncident(qint64 incidentId);
    // The whole contact directory (contactsLoaded), for the wizard's notify step.
    void loadContacts();
    // The impact of the incident from the metric history of its window (PostMortemReport::gather).
    void estimateImpact(qint64 incidentId, QObject *context, std::function<void(const IncidentImpact &)> done);
    // Gathers the incident, its timeline and its history and writes the post-mortem (either path may
    // be empty); `done` gets the error in words, or nothing.
    void writePostMortem(qint64 incidentId, const PostMortem &writeUp, const QString &markdownPath, const QString &pdfPath,
                         QObject *context, std::function<void(const std::optional<QString> &)> done);
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
    void incidentLoaded(const payops::Incident &incident);
    void contactsLoaded(const QList<payops::ContactEntry> &contacts);
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
