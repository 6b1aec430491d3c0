#include "widgets/alerts/alertnotifier.h"

#include "models/alerts/alertsdesk.h"
#include "widgets/dashboard/servicepalette.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSoundEffect>
#include <QSystemTrayIcon>
#include <QTimer>

namespace payops {

AlertNotifier::AlertNotifier(AlertsDesk &desk, Clock clock, bool useTray, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_repeat(new QTimer(this))
{
    if (useTray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(iconFor(std::nullopt, 0), this);
        buildMenu();
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT openRequested({}, {});
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { Q_EMIT openRequested(m_lastRule, m_lastService); });
        m_tray->setToolTip(tr("PayOps Console: no alerts firing"));
        m_tray->show();
    }
    // One effect per sound, loaded once; with no audio device QSoundEffect reports an error status
    // and plays nothing, which is all right here.
    for (const QString &name : {QStringLiteral("warning"), QStringLiteral("critical"), QStringLiteral("resolved")}) {
        auto *effect = new QSoundEffect(this);
        effect->setSource(QUrl(QStringLiteral("qrc:/sounds/%1.wav").arg(name)));
        effect->setVolume(0.8f);
        m_sounds.insert(name, effect);
    }
    m_repeat->setInterval(30'000);
    connect(m_repeat, &QTimer::timeout, this, &AlertNotifier::repeatCritical);
    connect(&desk, &AlertsDesk::alertsChanged, this, &AlertNotifier::onAlerts);
    connect(&desk, &AlertsDesk::notify, this, &AlertNotifier::onNotify);
}

AlertNotifier::~AlertNotifier() = default;

void AlertNotifier::buildMenu()
{
    m_menu = std::make_unique<QMenu>();
    QAction *open = m_menu->addAction(tr("Show Alerts"));
    connect(open, &QAction::triggered, this, [this] { Q_EMIT openRequested({}, {}); });
    m_menu->addSeparator();
    for (const int minutes : {15, 60, 240}) {
        QAction *mute = m_menu->addAction(minutes < 60 ? tr("Mute Sounds for %n Minute(s)", nullptr, minutes)
                                                       : tr("Mute Sounds for %n Hour(s)", nullptr, minutes / 60));
        connect(mute, &QAction::triggered, this, [this, minutes] { muteFor(qint64(minutes) * 60'000); });
    }
    m_unmuteAction = m_menu->addAction(tr("Unmute Sounds"));
    m_unmuteAction->setEnabled(false);
    connect(m_unmuteAction, &QAction::triggered, this, &AlertNotifier::unmute);
    m_tray->setContextMenu(m_menu.get());
}

void AlertNotifier::muteFor(qint64 ms)
{
    m_mutedUntilMs = m_clock() + ms;
    for (QSoundEffect *effect : std::as_const(m_sounds))
        effect->stop();
    if (m_unmuteAction) {
        m_unmuteAction->setEnabled(true);
        m_unmuteAction->setText(tr("Unmute Sounds (muted until %1)")
                                    .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_mutedUntilMs).time(),
                                                            QLocale::ShortFormat)));
    }
}

void AlertNotifier::unmute()
{
    m_mutedUntilMs = 0;
    if (m_unmuteAction) {
        m_unmuteAction->setEnabled(false);
        m_unmuteAction->setText(tr("Unmute Sounds"));
    }
}

bool AlertNotifier::isMuted() const
{
    return m_clock() < m_mutedUntilMs;
}

void AlertNotifier::setRepeatInterval(int ms)
{
    m_repeat->setInterval(ms);
}

QIcon AlertNotifier::iconFor(std::optional<AlertRule::Severity> worst, int count)
{
    QIcon icon;
    for (const int size : {16, 22, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor fill = !worst ? ServicePalette::upColor()
            : *worst == AlertRule::Severity::Critical ? ServicePalette::criticalColor()
                                                      : ServicePalette::warningColor();
        painter.setPen(QPen(QColor(0, 0, 0, 140), std::max(1.0, size / 16.0)));
        painter.setBrush(fill);
        const double margin = size / 16.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        if (count > 0) {
            QFont font = QApplication::font();
            font.setBold(true);
            font.setPixelSize(int(size * (count > 9 ? 0.5 : 0.62)));
            painter.setFont(font);
            // Dark text on amber, white on red and green: each well above 4.5:1.
            painter.setPen(worst == AlertRule::Severity::Warning ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white));
            painter.drawText(pixmap.rect(), Qt::AlignCenter, count > 99 ? QStringLiteral("99+") : QString::number(count));
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void AlertNotifier::onAlerts(const QList<ActiveAlert> &alerts)
{
    std::optional<AlertRule::Severity> worst;
    int firing = 0;
    bool criticalUnacknowledged = false;
    QStringList summaries;
    for (const ActiveAlert &alert : alerts) {
        if (alert.state.state != AlertState::Firing)
            continue;
        ++firing;
        if (!worst || alert.rule.severity == AlertRule::Severity::Critical)
            worst = alert.rule.severity;
        // Held alerts (silenced, in maintenance, flapping) do not ring.
        if (alert.rule.severity == AlertRule::Severity::Critical && !alert.acknowledgement && alert.heldBecause.isEmpty())
            criticalUnacknowledged = true;
        if (summaries.size() < 8)
            summaries.append(alert.rule.expand(alert.rule.summary, alert.state.service, alert.state.value));
    }
    m_toolTip = firing == 0 ? tr("PayOps Console: no alerts firing")
                            : QString(tr("PayOps Console: %n alert(s) firing", nullptr, firing) + u'\n'
                                      + summaries.join(u'\n'));
    if (m_tray) {
        if (worst != m_worst || firing != m_firing)
            m_tray->setIcon(iconFor(worst, firing));
        m_tray->setToolTip(m_toolTip);
    }
    m_worst = worst;
    m_firing = firing;
    m_criticalUnacknowledged = criticalUnacknowledged;
    if (criticalUnacknowledged && !m_repeat->isActive())
        m_repeat->start();
    else if (!criticalUnacknowledged)
        m_repeat->stop();
}

void AlertNotifier::onNotify(const AlertNotification &notification)
{
    m_notified.append(notification);
    m_lastRule = notification.ruleName;
    m_lastService = notification.service;
    const bool firing = notification.kind == AlertNotification::Kind::Firing;
    const bool critical = notification.severity == AlertRule::Severity::Critical;
    if (m_tray) {
        const QString title = firing ? (critical ? tr("Critical alert: %1") : tr("Warning: %1")).arg(notification.ruleName)
                                     : tr("Resolved: %1").arg(notification.ruleName);
        m_tray->showMessage(title, notification.summary,
                            firing ? (critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning)
                                   : QSystemTrayIcon::Information,
                            firing && critical ? 0 : 10'000);
    }
    play(firing ? (critical ? QStringLiteral("critical") : QStringLiteral("warning")) : QStringLiteral("resolved"));
}

void AlertNotifier::repeatCritical()
{
    if (m_criticalUnacknowledged)
        play(QStringLiteral("critical"));
}

void AlertNotifier::play(const QString &sound)
{
    if (isMuted())
        return;
    m_played.append(sound);
    if (m_played.size() > 100)
        m_played.removeFirst();
    if (QSoundEffect *effect = m_sounds.value(sound))
        effect->play();
}

} // namespace payops
