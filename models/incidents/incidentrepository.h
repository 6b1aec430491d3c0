#pragma once

#include "models/incidents/incident.h"
#include "models/security/auditlog.h"
#include "models/security/osidentity.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace payops {

class Database;

// The incidents and their timelines in SQLite (IncidentSchema). Every change writes its timeline
// entry; what the audit log must hold (opening, acknowledgement, status changes, overrides,
// notifications, actions run) is appended to it in the same transaction, so that a change and its
// audit entry never part. Every call uses the calling thread's connection: not on the GUI thread.
class IncidentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(payops::IncidentRepository)

public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    struct NewIncident
    {
        QStringList services;
        QString type; // a playbook id
        Incident::Severity severity = Incident::Severity::Critical;
        QString title;
        QString openedBy; // "alert:RULE"; empty = the operator (OS user)
    };

    struct OpenResult
    {
        qint64 id = 0;
        bool joined = false; // an active incident of the same service and type existed: it is that one
        QString error;       // translated

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    struct Filter
    {
        bool activeOnly = false; // open and mitigated
        QString service;         // empty: any
        QString type;            // empty: any
        QString text;            // in the title or a service name; empty: any
    };

    struct ListResult
    {
        QList<Incident> incidents;
        QString error;

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    struct TimelineResult
    {
        QList<IncidentTimelineEntry> entries; // oldest first
        QString error;

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    explicit IncidentRepository(Database &database, Clock clock = {}, OsIdentity identity = OsIdentity::current());

    // Opens an incident, or joins the active one (open or mitigated) of the same first service and type.
    [[nodiscard]] OpenResult open(const NewIncident &incident);
    // Adds a timeline entry (notifications and actions are audited too).
    [[nodiscard]] std::optional<QString> addEntry(qint64 incidentId, IncidentTimelineEntry::Kind kind, const QString &text,
                                                  const QJsonObject &detail = {});
    // Records the first acknowledgement (later ones change nothing and return nothing).
    [[nodiscard]] std::optional<QString> acknowledge(qint64 incidentId);
    // Moves the incident to `status`, with the operator's `note` in the timeline. Resolving sets the
    // time to resolve; reopening a resolved incident clears it.
    [[nodiscard]] std::optional<QString> setStatus(qint64 incidentId, Incident::Status status, const QString &note = {});
    // Resolves although the checks still confirm the cause: the reason is required, kept in the
    // timeline and audited.
    [[nodiscard]] std::optional<QString> resolveWithOverride(qint64 incidentId, const QString &reason,
                                                             const QJsonObject &evidence = {});
    // Keeps where the wizard stands and what its steps hold.
    [[nodiscard]] std::optional<QString> saveWizard(qint64 incidentId, const QString &step, const QJsonObject &state);

    // Active incidents first, then the newest first.
    [[nodiscard]] ListResult list(const Filter &filter) const;
    [[nodiscard]] ListResult list() const { return list(Filter()); }
    [[nodiscard]] std::optional<Incident> byId(qint64 incidentId, QString *error = nullptr) const;
    [[nodiscard]] TimelineResult timeline(qint64 incidentId) const;

private:
    std::optional<QString> insertEntry(QSqlDatabase &db, qint64 incidentId, IncidentTimelineEntry::Kind kind,
                                       const QString &text, const QJsonObject &detail, qint64 nowMs) const;
    std::optional<QString> changeStatus(qint64 incidentId, Incident::Status status, const QString &note,
                                        const std::optional<QString> &overrideReason, const QJsonObject &evidence);

    Database &m_database;
    Clock m_clock;
    OsIdentity m_identity;
    AuditLog m_audit;
};

} // namespace payops
