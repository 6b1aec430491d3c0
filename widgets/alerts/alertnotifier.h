#pragma once

#include "models/alerts/alertstate.h"
#include "models/alerts/notificationpolicy.h"

#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMenu;
class QSoundEffect;
class QSystemTrayIcon;
class QTimer;

namespace payops {

class AlertsDesk;

// Tells people about alerts outside the Alerts view:
//   - a tray icon in the worst firing severity's colour with the number firing (none: a quiet
//     icon), its tooltip the summaries; clicking it opens the Alerts view on the worst alert;
//   - a desktop notification (the tray's balloon) when an alert fires and when it resolves, with
//     the summary; clicking it opens that alert;
//   - a sound per severity (QSoundEffect, resources/sounds), repeating every `repeatMs` while a
//     critical alert fires unacknowledged; the tray menu mutes sounds for a while.
// Without a system tray (QSystemTrayIcon::isSystemTrayAvailable() false) there is no icon and no
// balloon, and the rest works; without an audio device sounds simply do not play.
class AlertNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertNotifier)

public:
    using Clock = std::function<qint64()>;
    // `useTray`: false forces the no-tray path (tests); it is also false when the desktop has none.
    explicit AlertNotifier(AlertsDesk &desk, Clock clock = {}, bool useTray = true, QObject *parent = nullptr);
    ~AlertNotifier() override;

    void muteFor(qint64 ms);
    void unmute();
    [[nodiscard]] bool isMuted() const;
    [[nodiscard]] qint64 mutedUntilMs() const { return m_mutedUntilMs; }
    void setRepeatInterval(int ms);

    [[nodiscard]] bool hasTray() const { return m_tray != nullptr; }
    [[nodiscard]] QSystemTrayIcon *tray() const { return m_tray; }
    [[nodiscard]] QString trayToolTip() const { return m_toolTip; }
    [[nodiscard]] std::optional<AlertRule::Severity> worstSeverity() const { return m_worst; }
    [[nodiscard]] int firingCount() const { return m_firing; }
    // Sounds started so far ("warning", "critical", "resolved"), newest last: what a test checks
    // where there is no audio device to hear them.
    [[nodiscard]] const QStringList &soundsPlayed() const { return m_played; }
    [[nodiscard]] const QList<AlertNotification> &notified() const { return m_notified; }

    // The icon for a severity and count (for the tray, and for a screenshot of it).
    [[nodiscard]] static QIcon iconFor(std::optional<AlertRule::Severity> worst, int count);

Q_SIGNALS:
    // Open the Alerts view on this alert ("" rule: on the worst one).
    void openRequested(const QString &ruleName, const QString &service);

private:
    void onAlerts(const QList<payops::ActiveAlert> &alerts);
    void onNotify(const payops::AlertNotification &notification);
    void play(const QString &sound);
    void repeatCritical();
    void buildMenu();

    AlertsDesk &m_desk;
    Clock m_clock;
    QSystemTrayIcon *m_tray = nullptr;
    std::unique_ptr<QMenu> m_menu;
    QAction *m_unmuteAction = nullptr;
    QHash<QString, QSoundEffect *> m_sounds;
    QTimer *m_repeat;
    qint64 m_mutedUntilMs = 0;
    std::optional<AlertRule::Severity> m_worst;
    int m_firing = 0;
    bool m_criticalUnacknowledged = false;
    QString m_toolTip;
    QString m_lastRule;
    QString m_lastService;
    QStringList m_played;
    QList<AlertNotification> m_notified;
};

} // namespace payops
