#pragma once

#include "models/alerts/alertstate.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <optional>

namespace payops {

// The alerts that are not inactive as a table, for the Alerts view, the tray and the wall: fed with
// AlertWorker::alertsChanged (queued to the GUI thread) through setAlerts(). Rows are sorted by
// severity (critical first), then state (firing, no data, error, pending, resolved), then age
// (oldest first). Rows that stay (same rule and service) are updated in place, so a selection
// survives the once-a-second refresh.
class ActiveAlertsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActiveAlertsModel)

public:
    enum Column { SeverityColumn, StateColumn, RuleColumn, ServiceColumn, ValueColumn, ThresholdColumn, SinceColumn,
                  AcknowledgedColumn, SummaryColumn, ColumnCount };
    enum Role {
        RuleNameRole = Qt::UserRole + 1, // QString
        ServiceRole,                     // QString ("" = all services)
        StateKeyRole,                    // "firing", "pending", ...
        SeverityKeyRole,                 // "critical" / "warning"
        SinceMsRole,                     // qint64: fired (or became active) at
        HeldRole,                        // QString: why notifications are held; empty if not
        PlaybookRole,                    // QString playbook id
        ArticleRole,                     // QString knowledge-base article id
        SortRole,
    };
    using Clock = std::function<qint64()>;

    explicit ActiveAlertsModel(Clock clock = {}, QObject *parent = nullptr);

    void setAlerts(const QList<payops::ActiveAlert> &alerts);
    [[nodiscard]] const ActiveAlert &alertAt(int row) const { return m_alerts.at(row); }
    // The worst severity among firing alerts (none firing: std::nullopt), and how many fire.
    [[nodiscard]] std::optional<AlertRule::Severity> worstFiring() const;
    [[nodiscard]] int firingCount() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The order rows are kept in: true when a goes before b.
    [[nodiscard]] static bool before(const ActiveAlert &a, const ActiveAlert &b);
    [[nodiscard]] static qint64 sinceOf(const AlertInstanceState &state);

private:
    Clock m_clock;
    QList<ActiveAlert> m_alerts;
};

} // namespace payops
