#include "models/incidents/incident.h"

namespace payops {

namespace {

struct StatusName
{
    Incident::Status status;
    const char *name;
};

constexpr StatusName kStatuses[] = {
    {Incident::Status::Open, "open"},
    {Incident::Status::Mitigated, "mitigated"},
    {Incident::Status::Resolved, "resolved"},
    {Incident::Status::Closed, "closed"},
};

struct KindName
{
    IncidentTimelineEntry::Kind kind;
    const char *name;
};

constexpr KindName kKinds[] = {
    {IncidentTimelineEntry::Kind::Opened, "opened"},
    {IncidentTimelineEntry::Kind::Alert, "alert"},
    {IncidentTimelineEntry::Kind::Check, "check"},
    {IncidentTimelineEntry::Kind::Notification, "notification"},
    {IncidentTimelineEntry::Kind::Action, "action"},
    {IncidentTimelineEntry::Kind::Note, "note"},
    {IncidentTimelineEntry::Kind::Status, "status"},
    {IncidentTimelineEntry::Kind::Override, "override"},
    {IncidentTimelineEntry::Kind::Step, "step"},
};

} // namespace

QString Incident::statusName(Status status)
{
    for (const StatusName &entry : kStatuses) {
        if (entry.status == status)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<Incident::Status> Incident::statusFromName(const QString &name)
{
    for (const StatusName &entry : kStatuses) {
        if (name == QLatin1String(entry.name))
            return entry.status;
    }
    return std::nullopt;
}

QString Incident::severityName(Severity severity)
{
    return severity == Severity::Warning ? QStringLiteral("warning") : QStringLiteral("critical");
}

std::optional<Incident::Severity> Incident::severityFromName(const QString &name)
{
    if (name == QLatin1String("warning"))
        return Severity::Warning;
    if (name == QLatin1String("critical"))
        return Severity::Critical;
    return std::nullopt;
}

QString Incident::statusTitle(Status status)
{
    switch (status) {
    case Status::Open:
        return tr("Open");
    case Status::Mitigated:
        return tr("Mitigated");
    case Status::Resolved:
        return tr("Resolved");
    case Status::Closed:
        return tr("Closed");
    }
    return {};
}

QString Incident::severityTitle(Severity severity)
{
    return severity == Severity::Warning ? tr("Warning") : tr("Critical");
}

QString IncidentTimelineEntry::kindName(Kind kind)
{
    for (const KindName &entry : kKinds) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<IncidentTimelineEntry::Kind> IncidentTimelineEntry::kindFromName(const QString &name)
{
    for (const KindName &entry : kKinds) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString IncidentTimelineEntry::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::Opened:
        return tr("Opened");
    case Kind::Alert:
        return tr("Alert");
    case Kind::Check:
        return tr("Check");
    case Kind::Notification:
        return tr("Notification");
    case Kind::Action:
        return tr("Action");
    case Kind::Note:
        return tr("Note");
    case Kind::Status:
        return tr("Status");
    case Kind::Override:
        return tr("Override");
    case Kind::Step:
        return tr("Step");
    }
    return {};
}

} // namespace payops
