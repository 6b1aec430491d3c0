#include "widgets/targets/targettablemodel.h"

#include "widgets/dashboard/servicetile.h"

#include <QLocale>

#include <algorithm>

namespace payops {

TargetTableModel::TargetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TargetTableModel::setTargets(const QList<ServiceTarget> &targets)
{
    beginResetModel();
    m_targets = targets;
    m_rowOfId.clear();
    QHash<QString, LastScrape> kept;
    for (int row = 0; row < targets.size(); ++row) {
        const ServiceTarget &target = targets.at(row);
        const QString url = target.metricsUrl.toString();
        m_rowOfId.insert(target.id, row);
        if (m_scrapes.contains(url))
            kept.insert(url, m_scrapes.value(url));
    }
    m_scrapes = kept; // removed targets' states go with them
    endResetModel();
}

void TargetTableModel::showScrape(const ScrapeResult &result)
{
    const auto row = m_rowOfId.constFind(result.targetId);
    if (row == m_rowOfId.cend())
        return; // a target removed meanwhile
    m_scrapes.insert(m_targets.at(*row).metricsUrl.toString(), {result.up, result.durationSeconds, result.error});
    Q_EMIT dataChanged(index(*row, State), index(*row, LastError));
}

int TargetTableModel::rowOf(const QUrl &metricsUrl) const
{
    for (int row = 0; row < m_targets.size(); ++row) {
        if (m_targets.at(row).metricsUrl == metricsUrl)
            return row;
    }
    return -1;
}

int TargetTableModel::upCount() const
{
    return int(std::count_if(m_scrapes.cbegin(), m_scrapes.cend(), [](const LastScrape &scrape) { return scrape.up; }));
}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TargetTableModel::millisecondsText(int ms)
{
    const QLocale locale;
    if (ms < 1000)
        return tr("%1 ms").arg(locale.toString(ms));
    return tr("%1 s").arg(locale.toString(ms / 1000.0, 'g', 4));
}

QVariant TargetTableModel::display(const ServiceTarget &target, int column) const
{
    const auto scrape = m_scrapes.constFind(target.metricsUrl.toString());
    switch (column) {
    case Service:
        return target.service;
    case MetricsUrl:
        return target.metricsUrl.toDisplayString();
    case HealthUrl:
        return target.healthUrl.isEmpty() ? tr("none") : target.healthUrl.toDisplayString();
    case Interval:
        return millisecondsText(target.intervalMs);
    case Timeout:
        return millisecondsText(target.timeoutMs);
    case State:
        if (scrape == m_scrapes.cend())
            return tr("waiting for the first scrape");
        return scrape->up ? tr("up, answered in %1").arg(millisecondsText(int(scrape->durationSeconds * 1000 + 0.5)))
                          : tr("down");
    case LastError:
        return scrape == m_scrapes.cend() ? QString() : scrape->error;
    default:
        return {};
    }
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_targets.size())
        return {};
    const ServiceTarget &target = m_targets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(target, index.column());
    case Qt::ToolTipRole:
        return index.column() == LastError || index.column() == MetricsUrl ? display(target, index.column()) : QVariant();
    case Qt::UserRole:
        if (index.column() == Interval)
            return target.intervalMs;
        if (index.column() == Timeout)
            return target.timeoutMs;
        return display(target, index.column());
    case Qt::ForegroundRole:
        if (index.column() == State) {
            const auto scrape = m_scrapes.constFind(target.metricsUrl.toString());
            if (scrape != m_scrapes.cend())
                return ServiceTile::stateColor(scrape->up ? ServiceState::State::Up : ServiceState::State::Down);
        }
        return {};
    default:
        return {};
    }
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Service:
        return tr("Service");
    case MetricsUrl:
        return tr("Metrics URL");
    case HealthUrl:
        return tr("Health URL");
    case Interval:
        return tr("Interval");
    case Timeout:
        return tr("Timeout");
    case State:
        return tr("State");
    case LastError:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace payops
