#include "models/alerts/activealertsmodel.h"

#include "models/metrics/derivedmetriccatalog.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <tuple>

namespace payops {

namespace {

int stateRank(AlertState state)
{
    switch (state) {
    case AlertState::Firing: return 0;
    case AlertState::NoData: return 1;
    case AlertState::Error: return 2;
    case AlertState::Pending: return 3;
    case AlertState::Resolved: return 4;
    case AlertState::Inactive: return 5;
    }
    return 6;
}

QString ageText(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(ms, 0) / 60'000;
    if (minutes < 60)
        return ActiveAlertsModel::tr("%n min", nullptr, int(minutes));
    return ActiveAlertsModel::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace

ActiveAlertsModel::ActiveAlertsModel(Clock clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

qint64 ActiveAlertsModel::sinceOf(const AlertInstanceState &state)
{
    if (state.firedAtMs)
        return state.firedAtMs;
    return state.activeSinceMs ? state.activeSinceMs : state.changedMs;
}

bool ActiveAlertsModel::before(const ActiveAlert &a, const ActiveAlert &b)
{
    if (a.rule.severity != b.rule.severity)
        return a.rule.severity == AlertRule::Severity::Critical;
    if (stateRank(a.state.state) != stateRank(b.state.state))
        return stateRank(a.state.state) < stateRank(b.state.state);
    if (sinceOf(a.state) != sinceOf(b.state))
        return sinceOf(a.state) < sinceOf(b.state);
    return std::tie(a.rule.name, a.state.service) < std::tie(b.rule.name, b.state.service);
}

void ActiveAlertsModel::setAlerts(const QList<ActiveAlert> &alerts)
{
    QList<ActiveAlert> sorted = alerts;
    std::stable_sort(sorted.begin(), sorted.end(), &ActiveAlertsModel::before);
    const auto sameRows = [&] {
        if (sorted.size() != m_alerts.size())
            return false;
        for (qsizetype i = 0; i < sorted.size(); ++i) {
            if (sorted[i].rule.name != m_alerts[i].rule.name || sorted[i].state.service != m_alerts[i].state.service)
                return false;
        }
        return true;
    };
    if (sameRows()) {
        m_alerts = sorted;
        if (!m_alerts.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_alerts.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_alerts = sorted;
    endResetModel();
}

std::optional<AlertRule::Severity> ActiveAlertsModel::worstFiring() const
{
    std::optional<AlertRule::Severity> worst;
    for (const ActiveAlert &alert : m_alerts) {
        if (alert.state.state != AlertState::Firing)
            continue;
        if (!worst || alert.rule.severity == AlertRule::Severity::Critical)
            worst = alert.rule.severity;
    }
    return worst;
}

int ActiveAlertsModel::firingCount() const
{
    return int(std::count_if(m_alerts.cbegin(), m_alerts.cend(),
                             [](const ActiveAlert &alert) { return alert.state.state == AlertState::Firing; }));
}

int ActiveAlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int ActiveAlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActiveAlertsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const ActiveAlert &alert = m_alerts.at(index.row());
    const AlertInstanceState &state = alert.state;
    switch (role) {
    case RuleNameRole: return alert.rule.name;
    case ServiceRole: return state.service;
    case StateKeyRole: return AlertStates::key(state.state);
    case SeverityKeyRole: return AlertRule::severityKey(alert.rule.severity);
    case SinceMsRole: return sinceOf(state);
    case HeldRole: return alert.heldBecause;
    case PlaybookRole: return alert.rule.playbookId;
    case ArticleRole: return alert.rule.articleId;
    case SortRole:
        switch (index.column()) {
        case SeverityColumn: return alert.rule.severity == AlertRule::Severity::Critical ? 0 : 1;
        case StateColumn: return stateRank(state.state);
        case ValueColumn: return state.value;
        case ThresholdColumn: return alert.rule.threshold;
        case SinceColumn: return sinceOf(state);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return AlertRule::severityTitle(alert.rule.severity);
        case StateColumn:
            return alert.flapping ? tr("%1 (flapping)").arg(AlertStates::title(state.state)) : AlertStates::title(state.state);
        case RuleColumn: return alert.rule.name;
        case ServiceColumn: return state.service.isEmpty() ? tr("all services") : state.service;
        case ValueColumn: return DerivedMetricCatalog::metric(alert.rule.metric).format(state.value, QLocale());
        case ThresholdColumn:
            return QString(AlertRule::comparisonSymbol(alert.rule.comparison) + u' ' + alert.rule.thresholdText(alert.rule.threshold));
        case SinceColumn: return ageText(m_clock() - sinceOf(state));
        case AcknowledgedColumn: return alert.acknowledgement ? alert.acknowledgement->byUser : QString();
        case SummaryColumn: return alert.rule.expand(alert.rule.summary, state.service, state.value);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == AcknowledgedColumn && alert.acknowledgement)
            return tr("Acknowledged by %1 at %2: %3")
                .arg(alert.acknowledgement->byUser,
                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(alert.acknowledgement->atMs), QLocale::ShortFormat),
                     alert.acknowledgement->comment);
        if (!alert.heldBecause.isEmpty())
            return tr("Notifications held: %1").arg(alert.heldBecause);
        return alert.rule.expand(alert.rule.description, state.service, state.value);
    default: return {};
    }
}

QVariant ActiveAlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case StateColumn: return tr("State");
    case RuleColumn: return tr("Rule");
    case ServiceColumn: return tr("Service");
    case ValueColumn: return tr("Value");
    case ThresholdColumn: return tr("Threshold");
    case SinceColumn: return tr("Since");
    case AcknowledgedColumn: return tr("Acknowledged by");
    case SummaryColumn: return tr("Summary");
    default: return {};
    }
}

} // namespace payops
