#pragma once

#include "models/alerts/alertrule.h"
#include "widgets/wall/wallscale.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace payops {

// The wall's "alerts" page (--pages …,alerts): every firing alert in large type, critical first and
// then the oldest, one row each — severity, where (the service, or the task), what (the rule's
// summary with its value), since when, and who acknowledged it. With none firing it says so in one
// large line. Fed by WallAlertFocus from the wall's own evaluation; read-only like the whole wall.
class WallAlertsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallAlertsPage)

public:
    struct Line
    {
        AlertRule::Severity severity = AlertRule::Severity::Warning;
        QString where;          // the service or task; empty: all services
        QString summary;        // expanded
        qint64 sinceMs = 0;     // when it fired
        QString acknowledgedBy; // empty: not acknowledged
    };

    explicit WallAlertsPage(QWidget *parent = nullptr);

    void setScale(const WallScale &scale);
    void setAlerts(QList<Line> lines);
    [[nodiscard]] const QList<Line> &alerts() const { return m_lines; }
    // The texts of a row as shown (for tests): severity, where, summary, since, acknowledgement.
    [[nodiscard]] QStringList rowTexts(int row) const;

private:
    void rebuild();

    WallScale m_scale;
    QList<Line> m_lines;
    QGridLayout *m_grid;
    QLabel *m_none;
    QList<QList<QLabel *>> m_rows;
};

} // namespace payops
