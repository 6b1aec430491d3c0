#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace payops {

// One incident: what is wrong (services, type = a playbook id), how bad, where it stands, who or
// what opened it, and the state of its troubleshooting wizard, so that it can be continued later.
struct Incident
{
    Q_DECLARE_TR_FUNCTIONS(payops::Incident)

public:
    enum class Status { Open, Mitigated, Resolved, Closed };
    enum class Severity { Warning, Critical };

    qint64 id = 0;
    QStringList services;   // the first is the one the wizard troubleshoots
    QString type;           // a playbook id: "transaction-failure", "long-response-time", …
    Severity severity = Severity::Critical;
    Status status = Status::Open;
    QString title;
    QString openedBy;       // "operator:NAME" or "alert:RULE"
    qint64 openedMs = 0;
    std::optional<qint64> acknowledgedMs;
    std::optional<qint64> resolvedMs;
    std::optional<qint64> closedMs;
    QString wizardStep;     // the step to continue at: discover, notify, locate, resolve, verify, follow-up
    QJsonObject wizardState; // what the steps keep (answers, chosen causes, follow-up text)

    [[nodiscard]] QString service() const { return services.value(0); }
    [[nodiscard]] bool isActive() const { return status == Status::Open || status == Status::Mitigated; }
    // From opening to resolving (or to `nowMs` while unresolved).
    [[nodiscard]] qint64 durationMs(qint64 nowMs) const { return (resolvedMs ? *resolvedMs : nowMs) - openedMs; }
    [[nodiscard]] std::optional<qint64> timeToAcknowledgeMs() const
    {
        return acknowledgedMs ? std::optional<qint64>(*acknowledgedMs - openedMs) : std::nullopt;
    }
    [[nodiscard]] std::optional<qint64> timeToResolveMs() const
    {
        return resolvedMs ? std::optional<qint64>(*resolvedMs - openedMs) : std::nullopt;
    }

    // Stable names as stored ("open", "critical"), and back (nullopt for an unknown name).
    [[nodiscard]] static QString statusName(Status status);
    [[nodiscard]] static std::optional<Status> statusFromName(const QString &name);
    [[nodiscard]] static QString severityName(Severity severity);
    [[nodiscard]] static std::optional<Severity> severityFromName(const QString &name);
    // Translated, for views and reports.
    [[nodiscard]] static QString statusTitle(Status status);
    [[nodiscard]] static QString severityTitle(Severity severity);
    // Whether an incident may go from `from` to `to`: closed is final; everything else may move
    // anywhere (a relapse reopens a resolved incident).
    [[nodiscard]] static bool canMove(Status from, Status to) { return from != Status::Closed && from != to; }
};

// One line of an incident's timeline: it fills itself as alerts fire, checks run, people are
// notified, actions run, notes are written and the status changes.
struct IncidentTimelineEntry
{
    Q_DECLARE_TR_FUNCTIONS(payops::IncidentTimelineEntry)

public:
    enum class Kind { Opened, Alert, Check, Notification, Action, Note, Status, Override, Step };

    qint64 id = 0;
    qint64 incidentId = 0;
    qint64 timestampMs = 0;
    QString actor; // the OS user
    Kind kind = Kind::Note;
    QString text;  // in the words of whoever wrote it (the operator's language at the time)
    QJsonObject detail;

    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static std::optional<Kind> kindFromName(const QString &name);
    [[nodiscard]] static QString kindTitle(Kind kind);
};

} // namespace payops
