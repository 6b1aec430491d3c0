#include "widgets/alerts/alertfilterproxy.h"

#include "models/alerts/activealertsmodel.h"
#include "widgets/contrast.h"
#include "widgets/dashboard/servicepalette.h"

#include <QFont>

namespace payops {

AlertFilterProxy::AlertFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ActiveAlertsModel::SortRole);
}

void AlertFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void AlertFilterProxy::setSeverity(const QString &severityKey)
{
    m_severity = severityKey;
    invalidateRowsFilter();
}

void AlertFilterProxy::setState(const QString &stateKey)
{
    m_state = stateKey;
    invalidateRowsFilter();
}

void AlertFilterProxy::setBackground(const QColor &background)
{
    m_background = background;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::ForegroundRole});
}

QVariant AlertFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ForegroundRole
        && (index.column() == ActiveAlertsModel::SeverityColumn || index.column() == ActiveAlertsModel::StateColumn)) {
        const QString state = QSortFilterProxyModel::data(index, ActiveAlertsModel::StateKeyRole).toString();
        const bool critical = QSortFilterProxyModel::data(index, ActiveAlertsModel::SeverityKeyRole).toString()
            == AlertRule::severityKey(AlertRule::Severity::Critical);
        // Only what needs someone now is coloured: a firing alert, or one without data.
        if (index.column() == ActiveAlertsModel::StateColumn && state != AlertStates::key(AlertState::Firing)
            && state != AlertStates::key(AlertState::NoData) && state != AlertStates::key(AlertState::Error))
            return {};
        const QColor color = critical ? ServicePalette::criticalColor() : ServicePalette::warningColor();
        return Contrast::readable(color, m_background);
    }
    if (role == Qt::FontRole && index.column() == ActiveAlertsModel::StateColumn
        && QSortFilterProxyModel::data(index, ActiveAlertsModel::StateKeyRole).toString() == AlertStates::key(AlertState::Firing)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return QSortFilterProxyModel::data(index, role);
}

bool AlertFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_severity.isEmpty() && model->data(first, ActiveAlertsModel::SeverityKeyRole).toString() != m_severity)
        return false;
    if (!m_state.isEmpty() && model->data(first, ActiveAlertsModel::StateKeyRole).toString() != m_state)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column : {int(ActiveAlertsModel::RuleColumn), int(ActiveAlertsModel::ServiceColumn),
                             int(ActiveAlertsModel::SummaryColumn), int(ActiveAlertsModel::AcknowledgedColumn)}) {
        if (model->data(model->index(sourceRow, column, sourceParent)).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace payops
