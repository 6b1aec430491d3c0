#pragma once

#include "models/alerts/alertrule.h"
#include "models/metrics/metricssnapshot.h"
#include "models/metrics/seriespoint.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace payops {

class Sparkline;

// One service at a glance: its name, its state in words and colour (up / degraded / down, and
// "stale 35 s" when the values shown are not from the latest poll cycle), the reason on hover,
// TPS, failure ratio, p95 response time, CPU, memory, instances up, and a sparkline of TPS over
// the last 15 minutes. Clicking it (or Space/Enter when focused) emits activated(service).
class ServiceTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceTile)

public:
    explicit ServiceTile(const QString &service, QWidget *parent = nullptr);

    QString service() const { return m_service; }
    // Takes this service's state and values from a poll cycle.
    void updateFrom(const MetricsSnapshot &snapshot);
    // History for the sparkline (e.g. from the dashboard's in-memory window).
    void setTpsHistory(const QList<SeriesPoint> &points);

    // The worst severity among this service's firing alerts (none: std::nullopt) and their
    // summaries: the tile turns warning / critical from them even while the health document says up.
    void setFiringAlerts(std::optional<AlertRule::Severity> worst, const QStringList &summaries);
    std::optional<AlertRule::Severity> firingSeverity() const { return m_alertSeverity; }

    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

    ServiceState::State state() const { return m_state; }
    bool isStale() const { return m_stale; }
    qint64 staleAgeMs() const { return m_staleAgeMs; }
    // The state as the tile shows it in words ("Down", "stale 35 s").
    QString stateText() const;
    // The health part of it, without alerts.
    QString healthText() const;
    QString reason() const { return m_reason; }
    // The value text shown for a metric ("245 ms"), or an em dash.
    QString valueText(const QString &metric) const;
    // The value shown for `metric` if it is current (not stale).
    std::optional<double> currentValue(const QString &metric) const;
    const Sparkline *sparkline() const { return m_sparkline; }

    // "35 s", "4 min", "3 h".
    static QString ageText(qint64 ageMs);
    static QColor stateColor(ServiceState::State state);
    static QString stateName(ServiceState::State state);

Q_SIGNALS:
    void activated(const QString &service);
    // The tile's context menu (or Ctrl+T on it): start the troubleshooting wizard for the service.
    void troubleshootRequested(const QString &service);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Cell
    {
        QString metric;
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
        std::optional<double> current; // the latest snapshot's value; none when stale or missing
    };
    void applyFonts();
    void applyCaptionColor();
    QColor fillColor() const;
    void refreshStateLabel();
    void refreshToolTip(const ServiceState *state, qint64 nowMs);
    void composeToolTip();

    QString m_service;
    QLabel *m_name = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_ageLabel = nullptr;
    QList<Cell> m_cells;
    QLabel *m_instancesCaption = nullptr;
    QLabel *m_instances = nullptr;
    Sparkline *m_sparkline = nullptr;

    ServiceState::State m_state = ServiceState::State::Unknown;
    QString m_reason;
    QString m_toolTipBody;
    bool m_stale = false;
    qint64 m_staleAgeMs = 0;
    qint64 m_freshAtMs = 0; // when the values shown were current
    bool m_selected = false;
    bool m_pressed = false;
    std::optional<AlertRule::Severity> m_alertSeverity;
    QStringList m_alertSummaries;
};

} // namespace payops
