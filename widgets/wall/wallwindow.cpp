#include "widgets/wall/wallwindow.h"

#include "widgets/contrast.h"
#include "widgets/dashboard/servicepalette.h"
#include "widgets/wall/wallchartgrid.h"
#include "widgets/wall/walldashboardpage.h"
#include "widgets/wall/wallfocuspage.h"
#include "widgets/wall/walllistpage.h"
#include "widgets/wall/walltile.h"
#include "widgets/wall/walltilegrid.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTimer>

#include <algorithm>

namespace payops {

namespace {

const QString kDashboard = QStringLiteral("dashboard");
const QString kServices = QStringLiteral("services");
const QString kFocus = QStringLiteral("focus");
const QString kAlerts = QStringLiteral("alerts");
const QString kIncidents = QStringLiteral("incidents");
constexpr qint64 kLeaveWindowMs = 5000;

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QStringLiteral("HH:mm:ss"));
}

} // namespace

QStringList WallConfig::availablePages()
{
    return {kDashboard, kServices, kAlerts, kIncidents};
}

WallWindow::WallWindow(WallConfig config, Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_config(std::move(config))
    , m_clock(std::move(clock))
    , m_rotation(m_config.pages, m_config.rotateMs)
    , m_burnIn(m_config.burnInPeriodMs, 6)
{
    setWindowTitle(tr("PayOps Console — wall display"));
    setCursor(Qt::BlankCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);

    m_root = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_dataAsOf = new QLabel(this);
    m_clockLabel = new QLabel(this);
    header->addWidget(m_title, 1);
    header->addWidget(m_dataAsOf);
    header->addSpacing(40);
    header->addWidget(m_clockLabel);
    m_root->addLayout(header);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();
    m_root->addWidget(m_banner);

    m_stack = new QStackedWidget(this);
    m_dashboard = new WallDashboardPage(m_stack);
    m_services = new WallTileGrid(2, true, m_stack);
    m_services->setServices(ServicePalette::knownServices());
    m_focus = new WallFocusPage(m_stack);
    m_focus->setHistory([this](const SeriesKey &key) { return m_dashboard->charts()->pointsOf(key); });
    m_alerts = new WallListPage(tr("No alert is firing"), m_stack);
    m_incidents = new WallListPage(tr("No incident is open"), m_stack);
    m_pages = {{kDashboard, m_dashboard}, {kServices, m_services}, {kFocus, m_focus}, {kAlerts, m_alerts},
               {kIncidents, m_incidents}};
    for (QWidget *page : {static_cast<QWidget *>(m_dashboard), static_cast<QWidget *>(m_services),
                          static_cast<QWidget *>(m_focus), static_cast<QWidget *>(m_alerts),
                          static_cast<QWidget *>(m_incidents)}) {
        page->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored); // the screen decides the size
        m_stack->addWidget(page);
    }
    m_root->addWidget(m_stack, 1);

    // Nothing on the wall answers the mouse: no tooltips, menus, wheel zooms or clicks.
    qApp->installEventFilter(this);

    const qint64 start = now();
    m_rotation.restart(start);
    applyScale();
    if (!m_clock) {
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
        auto *timer = new QTimer(this);
        timer->setTimerType(Qt::CoarseTimer);
        connect(timer, &QTimer::timeout, this, &WallWindow::tick);
        timer->start(1000);
    }
    tick();
}

WallWindow::~WallWindow()
{
    qApp->removeEventFilter(this);
}

qint64 WallWindow::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void WallWindow::setServices(const QStringList &services)
{
    m_dashboard->setServices(services);
    m_services->setServices(services);
    applyScale();
}

QStringList WallWindow::focusedServices() const
{
    QStringList services;
    for (const auto &[service, focus] : m_focused)
        services.append(service);
    return services;
}

QString WallWindow::problem() const
{
    return m_problem;
}

QString WallWindow::dataAsOfText() const
{
    return m_dataAsOf->text();
}

QString WallWindow::clockText() const
{
    return m_clockLabel->text();
}

QWidget *WallWindow::currentPageWidget() const
{
    return m_stack->currentWidget();
}

void WallWindow::applySnapshot(const MetricsSnapshot &snapshot)
{
    m_lastSnapshotMs = snapshot.timestampMs;
    m_dashboard->applySnapshot(snapshot);
    m_services->applySnapshot(snapshot);
    m_focus->applySnapshot(snapshot);
    m_down.clear();
    for (const ServiceState &state : snapshot.services) {
        if (state.state == ServiceState::State::Down)
            m_down.insert(state.service, state.reason.isEmpty() ? tr("the service is down") : state.reason);
    }
    if (m_stateDrivesFocus) {
        for (const ServiceState &state : snapshot.services) {
            const bool focused = focusedServices().contains(state.service);
            if (state.state == ServiceState::State::Down) {
                if (!focused) {
                    focusService(state.service, m_down.value(state.service));
                    m_focused.last().second.byState = true;
                }
            } else if (focused) {
                const auto it = std::find_if(m_focused.cbegin(), m_focused.cend(),
                                             [&](const auto &entry) { return entry.first == state.service; });
                if (it->second.byState)
                    releaseFocus(state.service);
            }
        }
    }
    tick();
}

void WallWindow::focusService(const QString &service, const QString &reason, qint64 sinceMs)
{
    for (auto &[name, focus] : m_focused) {
        if (name == service) {
            focus.reason = reason;
            if (sinceMs > 0)
                focus.sinceMs = sinceMs;
            focus.byState = false; // an explicit focus stays until it is released explicitly
            updateFocusPage();
            return;
        }
    }
    m_focused.append({service, Focus{reason, sinceMs > 0 ? sinceMs : now(), false}});
    updateFocusPage();
    tick();
}

void WallWindow::releaseFocus(const QString &service)
{
    if (m_stateDrivesFocus && m_down.contains(service)) {
        // An alert that ends while its service is down: the focus goes on, for the state, until the
        // service is back (no flicker back to the rotation until the next snapshot focuses it again).
        for (auto &[name, focus] : m_focused) {
            if (name == service && !focus.byState) {
                focus.reason = m_down.value(service);
                focus.byState = true;
                updateFocusPage();
                return;
            }
        }
    }
    const auto removed = std::remove_if(m_focused.begin(), m_focused.end(),
                                        [&](const auto &entry) { return entry.first == service; });
    if (removed == m_focused.end())
        return;
    m_focused.erase(removed, m_focused.end());
    updateFocusPage();
    if (m_focused.isEmpty())
        m_rotation.restart(now()); // back to the first page of the rotation
    tick();
}

void WallWindow::setOwners(const QHash<QString, QString> &owners)
{
    m_focus->setOwners(owners);
}

void WallWindow::updateFocusPage()
{
    QList<WallFocusPage::Focus> focused;
    for (const auto &[service, focus] : std::as_const(m_focused))
        focused.append({service, focus.reason, focus.sinceMs});
    m_focus->setFocused(focused);
    m_focus->setScale(m_scale);
}

void WallWindow::showProblem(const QString &message)
{
    m_problem = message;
    updateBanner();
}

void WallWindow::clearProblem()
{
    m_problem.clear();
    updateBanner();
}

void WallWindow::updateBanner()
{
    const bool leaving = m_leaveArmedUntilMs > 0;
    const QString text = leaving ? tr("Press Ctrl+Shift+Q again within 5 seconds to leave the wall display.") : m_problem;
    m_banner->setText(text);
    QPalette pal = m_banner->palette();
    const QColor fill = leaving ? ServicePalette::warningColor() : ServicePalette::criticalColor();
    pal.setColor(QPalette::Window, fill.darker(leaving ? 250 : 300));
    pal.setColor(QPalette::WindowText, Qt::white);
    m_banner->setPalette(pal);
    m_banner->setVisible(!text.isEmpty());
}

void WallWindow::showPage(const QString &page)
{
    if (page == m_current)
        return;
    m_current = page;
    m_stack->setCurrentWidget(m_pages.value(page, m_dashboard));
    const QString name = page == kFocus ? tr("Needs attention")
        : page == kServices              ? tr("Services")
        : page == kAlerts                ? tr("Alerts")
        : page == kIncidents             ? tr("Incidents")
                                         : tr("Dashboard");
    m_title->setText(tr("PayOps Console · %1").arg(name));
}

void WallWindow::tick()
{
    const qint64 nowMs = now();
    m_clockLabel->setText(timeText(nowMs));

    m_dataStale = m_lastSnapshotMs == 0 || nowMs - m_lastSnapshotMs > m_config.staleAfterMs;
    const QColor window = palette().color(QPalette::Window);
    QPalette pal = m_dataAsOf->palette();
    pal.setColor(QPalette::WindowText, m_dataStale ? Contrast::readable(ServicePalette::criticalColor(), window, 4.5)
                                                   : palette().color(QPalette::WindowText));
    m_dataAsOf->setPalette(pal);
    if (m_lastSnapshotMs == 0)
        m_dataAsOf->setText(tr("waiting for data"));
    else if (m_dataStale)
        m_dataAsOf->setText(tr("data as of %1 (%2 old)").arg(timeText(m_lastSnapshotMs), WallTile::ageText(nowMs - m_lastSnapshotMs)));
    else
        m_dataAsOf->setText(tr("data as of %1").arg(timeText(m_lastSnapshotMs)));

    if (m_leaveArmedUntilMs > 0 && nowMs > m_leaveArmedUntilMs) {
        m_leaveArmedUntilMs = 0;
        updateBanner();
    }

    showPage(m_focused.isEmpty() ? m_rotation.pageAt(nowMs) : kFocus);
    m_dashboard->refresh(nowMs, m_config.staleAfterMs);
    m_services->refresh(nowMs, m_config.staleAfterMs);
    m_focus->refresh(nowMs, m_config.staleAfterMs);

    const QPoint offset = m_burnIn.offsetAt(nowMs) * m_scale.unit;
    if (offset != m_offset) {
        m_offset = offset;
        applyScale();
    }
}

void WallWindow::applyScale()
{
    m_scale = WallScale::forHeight(height() > 0 ? height() : 1080);
    const int margin = m_scale.marginPx();
    const int shift = std::max(1, m_scale.px(6));
    m_root->setContentsMargins(margin + shift + m_offset.x(), margin + shift + m_offset.y(),
                               margin + shift - m_offset.x(), margin + shift - m_offset.y());
    m_root->setSpacing(m_scale.px(16));
    m_title->setFont(WallScale::font(m_scale.headerPx(), true));
    m_dataAsOf->setFont(WallScale::font(m_scale.headerPx(), true));
    m_clockLabel->setFont(WallScale::font(m_scale.headerPx(), true));
    m_banner->setFont(WallScale::font(int(m_scale.labelPx() * 1.25), true));
    m_banner->setContentsMargins(margin, m_scale.px(12), margin, m_scale.px(12));
    m_dashboard->setScale(m_scale);
    m_services->setScale(m_scale);
    m_focus->setScale(m_scale);
    m_alerts->setScale(m_scale);
    m_incidents->setScale(m_scale);
}

namespace {

QString sinceText(qint64 ms)
{
    return WallWindow::tr("since %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QStringLiteral("HH:mm")));
}

WallListPage::Cell severityCell(bool critical, const QString &title)
{
    return {title.toUpper(), true, critical ? ServicePalette::criticalColor() : ServicePalette::warningColor()};
}

WallListPage::Cell acknowledgementCell(const QString &by)
{
    if (by.isEmpty())
        return {WallWindow::tr("not acknowledged"), false, ServicePalette::criticalColor()};
    return {WallWindow::tr("acknowledged by %1").arg(by), false, std::nullopt};
}

} // namespace

void WallWindow::setActiveAlerts(QList<WallAlert> alerts)
{
    std::stable_sort(alerts.begin(), alerts.end(), [](const WallAlert &a, const WallAlert &b) {
        if (a.severity != b.severity)
            return a.severity == AlertRule::Severity::Critical;
        return a.sinceMs < b.sinceMs;
    });
    QList<WallListPage::Row> rows;
    for (const WallAlert &alert : std::as_const(alerts)) {
        rows.append({severityCell(alert.severity == AlertRule::Severity::Critical, AlertRule::severityTitle(alert.severity)),
                     {alert.where.isEmpty() ? tr("all services") : alert.where, true, std::nullopt},
                     {alert.summary, false, std::nullopt},
                     {sinceText(alert.sinceMs), false, std::nullopt},
                     acknowledgementCell(alert.acknowledgedBy)});
    }
    m_alerts->setRows(rows);
}

void WallWindow::setActiveIncidents(const QList<Incident> &incidents)
{
    // As the repository lists them: the newest first.
    QList<WallListPage::Row> rows;
    for (const Incident &incident : incidents) {
        rows.append({severityCell(incident.severity == Incident::Severity::Critical, Incident::severityTitle(incident.severity)),
                     {incident.services.join(QStringLiteral(", ")), true, std::nullopt},
                     {tr("#%1 %2").arg(incident.id).arg(incident.title), false, std::nullopt},
                     {Incident::statusTitle(incident.status), false, std::nullopt},
                     {sinceText(incident.openedMs), false, std::nullopt},
                     {incident.acknowledgedMs ? tr("acknowledged") : tr("not acknowledged"), false,
                      incident.acknowledgedMs ? std::nullopt : std::optional<QColor>(ServicePalette::criticalColor())}});
    }
    m_incidents->setRows(rows);
}

bool WallWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip:
    case QEvent::WhatsThis:
    case QEvent::ContextMenu:
    case QEvent::Wheel:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
        if (auto *widget = qobject_cast<QWidget *>(watched); widget && widget->window() == this)
            return true;
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void WallWindow::keyPressEvent(QKeyEvent *event)
{
    event->accept(); // no key does anything on a wall but the leave sequence
    const Qt::KeyboardModifiers wanted = Qt::ControlModifier | Qt::ShiftModifier;
    if (event->key() != Qt::Key_Q || (event->modifiers() & wanted) != wanted || event->isAutoRepeat())
        return;
    const qint64 nowMs = now();
    if (m_leaveArmedUntilMs > 0 && nowMs <= m_leaveArmedUntilMs) {
        m_leaveArmedUntilMs = -1; // leaving: the window may close now
        Q_EMIT leaveRequested();
        return;
    }
    m_leaveArmedUntilMs = nowMs + kLeaveWindowMs;
    updateBanner();
}

void WallWindow::closeEvent(QCloseEvent *event)
{
    // Only the leave sequence ends a wall (a stray Alt+F4 does not).
    if (m_leaveArmedUntilMs < 0)
        event->accept();
    else
        event->ignore();
}

void WallWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (WallScale::forHeight(height()).unit != m_scale.unit)
        applyScale();
}

void WallWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setFocus(Qt::OtherFocusReason);
}

} // namespace payops
