#pragma once

#include "models/metrics/metricssnapshot.h"
#include "models/alerts/alertrule.h"
#include "models/incidents/incident.h"
#include "widgets/wall/wallrotation.h"
#include "widgets/wall/wallscale.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QStackedWidget;
class QVBoxLayout;

namespace payops {

class WallDashboardPage;
class WallFocusPage;
class WallListPage;
class WallTileGrid;

// A firing alert as the alerts page lists it.
struct WallAlert
{
    AlertRule::Severity severity = AlertRule::Severity::Warning;
    QString where;          // the service or scheduled task; empty: all services
    QString summary;        // expanded
    qint64 sinceMs = 0;     // when it fired
    QString acknowledgedBy; // empty: not acknowledged
};

// What a wall shows and how: its pages in rotation order, how long each shows, and how old data may
// be before it is called NO DATA (two poll intervals).
struct WallConfig
{
    QStringList pages = {QStringLiteral("dashboard"), QStringLiteral("services")};
    qint64 rotateMs = 20'000;
    qint64 staleAfterMs = 10'000;
    qint64 burnInPeriodMs = 3 * 60'000;

    // The pages a wall can show (--pages).
    static QStringList availablePages();
};

// The NOC wall display (payops --wall): one full-screen window that nobody touches, read from across
// the room. No menu, navigation, buttons, scroll bars, tooltips or cursor; nothing can be edited,
// acknowledged or run from it, and it never opens a dialog (problems become a banner across the top).
// A header shows the clock and "data as of HH:MM:SS", red once the data is older than two intervals.
// The pages rotate (WallRotation); when a service needs attention — it goes down, or focusService() is
// called for a firing alert (WallAlertFocus) — the wall switches to the focus page and stays there
// while any service is focused. Leaving takes Ctrl+Shift+Q twice within five seconds.
// Everything time-dependent runs on tick(), once a second from the wall's clock (injected in tests).
class WallWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallWindow)

public:
    using Clock = std::function<qint64()>;

    // Without a clock: the system clock, and a timer calls tick() every second.
    explicit WallWindow(WallConfig config, Clock clock = {}, QWidget *parent = nullptr);
    ~WallWindow() override;

    void setServices(const QStringList &services);
    // Whether a service that is down is focused by itself (beside the alerts' focusService()). Default: on.
    void setStateDrivesFocus(bool on) { m_stateDrivesFocus = on; }
    // Who owns each service (the contact directory's first service manager, with a number), shown on
    // the focus page; a service without one shows none.
    void setOwners(const QHash<QString, QString> &owners);

    QString currentPage() const { return m_current; }
    QStringList focusedServices() const;
    QString problem() const;
    bool isDataStale() const { return m_dataStale; }
    QString dataAsOfText() const;
    QString clockText() const;
    QPoint burnInOffset() const { return m_offset; }
    WallScale scale() const { return m_scale; }
    WallDashboardPage *dashboardPage() const { return m_dashboard; }
    WallTileGrid *servicesPage() const { return m_services; }
    WallFocusPage *focusPage() const { return m_focus; }
    WallListPage *alertsPage() const { return m_alerts; }
    WallListPage *incidentsPage() const { return m_incidents; }
    // The page widget shown now.
    QWidget *currentPageWidget() const;

    // Once a second (the timer, or a test): clock, staleness, rotation, burn-in shift.
    void tick();

public Q_SLOTS:
    void applySnapshot(const payops::MetricsSnapshot &snapshot);
    // Shows `service` on the focus page (again: updates the reason) until releaseFocus(service);
    // `sinceMs` is when the trouble began (a firing alert's start; 0: now).
    void focusService(const QString &service, const QString &reason, qint64 sinceMs = 0);
    // Ends a focus. An explicit one of a service that is down meanwhile becomes a focus by its state
    // (when state drives the focus): an alert resolving never hides a down service.
    void releaseFocus(const QString &service);
    // Every firing alert, for the alerts page (WallAlertFocus, after each evaluation): critical first,
    // then the oldest.
    void setActiveAlerts(QList<payops::WallAlert> alerts);
    // The open and mitigated incidents, for the incidents page (WallAlertFocus, at each reading).
    void setActiveIncidents(const QList<payops::Incident> &incidents);
    // A problem in words, shown as a banner until clearProblem() (never a dialog).
    void showProblem(const QString &message);
    void clearProblem();

Q_SIGNALS:
    // The operator pressed the leave sequence.
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyScale();
    void showPage(const QString &page);
    void updateFocusPage();
    void updateBanner();
    qint64 now() const;

    WallConfig m_config;
    Clock m_clock;
    WallRotation m_rotation;
    BurnInShift m_burnIn;
    WallScale m_scale;
    bool m_stateDrivesFocus = true;

    QVBoxLayout *m_root = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_dataAsOf = nullptr;
    QLabel *m_clockLabel = nullptr;
    QLabel *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    WallDashboardPage *m_dashboard = nullptr;
    WallTileGrid *m_services = nullptr;
    WallFocusPage *m_focus = nullptr;
    WallListPage *m_alerts = nullptr;
    WallListPage *m_incidents = nullptr;
    QHash<QString, QWidget *> m_pages;
    QString m_current;

    struct Focus
    {
        QString reason;
        qint64 sinceMs = 0;
        bool byState = false; // focused because the service is down (released when it is back)
    };
    QList<std::pair<QString, Focus>> m_focused; // in the order they were focused
    QHash<QString, QString> m_down;             // down in the last snapshot: service -> reason
    QString m_problem;
    qint64 m_leaveArmedUntilMs = 0;
    qint64 m_lastSnapshotMs = 0;
    bool m_dataStale = false;
    QPoint m_offset;
};

} // namespace payops
