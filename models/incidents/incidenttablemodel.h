#pragma once

#include "models/incidents/incident.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

#include <optional>

namespace payops {

// The incidents as a table, in the order given (the repository's: active first, newest first).
// Qt::UserRole holds the raw value each column sorts by; IdRole the incident id.
class IncidentTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Service, Type, Severity, Status, OpenedBy, OpenedAt, Duration, TimeToAcknowledge, TimeToResolve, Title, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setIncidents(const QList<Incident> &incidents, qint64 nowMs);
    [[nodiscard]] const QList<Incident> &incidents() const { return m_incidents; }
    [[nodiscard]] std::optional<Incident> incidentAt(int row) const;
    [[nodiscard]] int rowOf(qint64 incidentId) const;

    // "1 h 05 min", "4 min 10 s", "12 s".
    [[nodiscard]] static QString durationText(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Incident> m_incidents;
    qint64 m_nowMs = 0;
};

// Filters the incidents by status (active = open or mitigated), service, type and free text; sorts
// by the raw values. Unsorted, it keeps the source order (active first).
class IncidentFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter { Any, Active, Open, Mitigated, Resolved, Closed };

    explicit IncidentFilterProxy(QObject *parent = nullptr);

    void setStatusFilter(StatusFilter filter);
    void setServiceFilter(const QString &service); // empty: any
    void setTypeFilter(const QString &type);       // empty: any
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StatusFilter m_status = StatusFilter::Any;
    QString m_service;
    QString m_type;
    QString m_text;
};

} // namespace payops
