#include "models/incidents/incidenttablemodel.h"
#include <limits>

#include <QDateTime>

namespace payops {

void IncidentTableModel::setIncidents(const QList<Incident> &incidents, qint64 nowMs)
{
    beginResetModel();
    m_incidents = incidents;
    m_nowMs = nowMs;
    endResetModel();
}

std::optional<Incident> IncidentTableModel::incidentAt(int row) const
{
    if (row < 0 || row >= m_incidents.size())
        return std::nullopt;
    return m_incidents.at(row);
}

int IncidentTableModel::rowOf(qint64 incidentId) const
{
    for (int row = 0; row < m_incidents.size(); ++row) {
        if (m_incidents.at(row).id == incidentId)
            return row;
    }
    return -1;
}

QString IncidentTableModel::durationText(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms / 1000);
    if (seconds >= 86400)
        return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
    if (seconds >= 3600)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (seconds >= 60)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 s").arg(seconds);
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_incidents.size())
        return {};
    const Incident &incident = m_incidents.at(index.row());
    if (role == IdRole)
        return incident.id;
    const auto optionalMs = [](const std::optional<qint64> &ms) { return ms ? QVariant(*ms) : QVariant(); };
    if (role == SortRole) {
        switch (index.column()) {
        case Id: return incident.id;
        case Service: return incident.services.join(QStringLiteral(", "));
        case Type: return incident.type;
        case Severity: return int(incident.severity);
        case Status: return int(incident.status);
        case OpenedBy: return incident.openedBy;
        case OpenedAt: return incident.openedMs;
        case Duration: return incident.durationMs(m_nowMs);
        // Not yet acknowledged / resolved sorts after every measured time.
        case TimeToAcknowledge: return incident.timeToAcknowledgeMs().value_or(std::numeric_limits<qint64>::max());
        case TimeToResolve: return incident.timeToResolveMs().value_or(std::numeric_limits<qint64>::max());
        case Title: return incident.title;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Service)
        return incident.title;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id: return incident.id;
    case Service: return incident.services.join(QStringLiteral(", "));
    case Type: return incident.type;
    case Severity: return Incident::severityTitle(incident.severity);
    case Status: return Incident::statusTitle(incident.status);
    case OpenedBy: return incident.openedBy;
    case OpenedAt: return QDateTime::fromMSecsSinceEpoch(incident.openedMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Duration: return durationText(incident.durationMs(m_nowMs));
    case TimeToAcknowledge: {
        const QVariant ms = optionalMs(incident.timeToAcknowledgeMs());
        return ms.isNull() ? tr("not yet") : durationText(ms.toLongLong());
    }
    case TimeToResolve: {
        const QVariant ms = optionalMs(incident.timeToResolveMs());
        return ms.isNull() ? tr("not yet") : durationText(ms.toLongLong());
    }
    case Title: return incident.title;
    default: return {};
    }
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("#");
    case Service: return tr("Service");
    case Type: return tr("Type");
    case Severity: return tr("Severity");
    case Status: return tr("Status");
    case OpenedBy: return tr("Opened by");
    case OpenedAt: return tr("Opened at");
    case Duration: return tr("Duration");
    case TimeToAcknowledge: return tr("Time to acknowledge");
    case TimeToResolve: return tr("Time to resolve");
    case Title: return tr("Title");
    default: return {};
    }
}

IncidentFilterProxy::IncidentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(IncidentTableModel::SortRole);
}

void IncidentFilterProxy::setStatusFilter(StatusFilter filter)
{
    m_status = filter;
    invalidateFilter();
}

void IncidentFilterProxy::setServiceFilter(const QString &service)
{
    m_service = service;
    invalidateFilter();
}

void IncidentFilterProxy::setTypeFilter(const QString &type)
{
    m_type = type;
    invalidateFilter();
}

void IncidentFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool IncidentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const IncidentTableModel *>(sourceModel());
    const std::optional<Incident> incident = model ? model->incidentAt(sourceRow) : std::nullopt;
    if (!incident)
        return false;
    switch (m_status) {
    case StatusFilter::Any: break;
    case StatusFilter::Active: if (!incident->isActive()) return false; break;
    case StatusFilter::Open: if (incident->status != Incident::Status::Open) return false; break;
    case StatusFilter::Mitigated: if (incident->status != Incident::Status::Mitigated) return false; break;
    case StatusFilter::Resolved: if (incident->status != Incident::Status::Resolved) return false; break;
    case StatusFilter::Closed: if (incident->status != Incident::Status::Closed) return false; break;
    }
    if (!m_service.isEmpty() && !incident->services.contains(m_service))
        return false;
    if (!m_type.isEmpty() && incident->type != m_type)
        return false;
    if (!m_text.isEmpty()) {
        const QString haystack = incident->title + u' ' + incident->services.join(u' ') + u' ' + incident->type + u' '
                                 + incident->openedBy;
        if (!haystack.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace payops
