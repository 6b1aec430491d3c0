#pragma once

#include "models/contacts/contactentry.h"
#include "models/incidents/incident.h"
#include "models/incidents/incidentnotification.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>
#include <utility>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QTimer;

namespace payops {

// The troubleshooting wizard's step 2, Notify, as one widget the wizard's NotifyPage embeds: the
// affected service's owners and the emergency contact in escalation order (EscalationList), the message
// for the selected one (IncidentNotification, in the operator's language), and one action per channel:
// E-mail (Ctrl+M: its mailto: link, opened only through LinkOpener), Call (Ctrl+T: tel:), Copy message
// (Ctrl+Shift+C: the clipboard), Mark reached (Ctrl+R). Each use of a channel and each "reached" is
// announced by a signal with a one-line translated summary; the wizard records it in the incident's
// timeline and keeps contacted() in the incident's state. A timer re-evaluates the escalation reminder
// (EscalationReminder) every 15 s and shows it in a prominent line; reminder() fires once per escalation
// step. The panel keeps no state of its own beyond what contacted() returns, and does no I/O.
class NotifyPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotifyPanel)

public:
    using Clock = std::function<qint64()>;

    explicit NotifyPanel(QWidget *parent = nullptr);

    void setIncident(const Incident &incident, const QString &typeTitle, const QStringList &evidenceLines);
    void setContacts(const QList<ContactEntry> &directory); // the whole directory; the panel orders it
    void setContacted(const QList<EscalationReminder::Contacted> &contacted); // restored from the incident's state
    [[nodiscard]] QList<EscalationReminder::Contacted> contacted() const;
    void setRemindAfterMinutes(int minutes); // default 10
    // Finer than minutes, for tests.
    void setRemindAfterMs(qint64 ms);
    void setClock(Clock clock);

    // The ordered contacts as shown, and the selected one (row in that order; -1 = none).
    [[nodiscard]] QList<ContactEntry> order() const { return m_order; }
    void selectContact(qint64 contactId);
    [[nodiscard]] std::optional<ContactEntry> selectedContact() const;
    // The selected contact's message as previewed.
    [[nodiscard]] std::optional<IncidentNotification::Message> selectedMessage() const;

    // The actions without their keys (the buttons call these; so do tests).
    void emailSelected();
    void callSelected();
    void copySelected();
    void markSelectedReached();
    // Re-evaluates the reminder now (the timer calls it).
    void evaluateReminder();

Q_SIGNALS:
    // The operator used a channel ("email", "phone", "clipboard") for a contact; the wizard records it in the
    // timeline (IncidentTimelineEntry::Kind::Notification) — text is a one-line translated summary.
    void notified(qint64 contactId, const QString &channel, const QString &text);
    void reached(qint64 contactId, const QString &text); // marked as reached
    void reminder(const QString &text);                  // the escalation reminder fired
    // Why a channel did nothing (no address, a refused link, no mail program), for the wizard's status line.
    void problem(const QString &text);

private:
    void buildActions();
    void rebuildTable();
    void updateStatusCells();
    void onSelectionChanged();
    void recordNotified(const ContactEntry &contact, const QString &channel, const QString &text);
    void showProblem(const QString &text);
    [[nodiscard]] QString statusText(qint64 contactId) const;
    [[nodiscard]] QString timeText(qint64 ms) const;
    [[nodiscard]] int indexOfContacted(qint64 contactId) const;

    QTableWidget *m_table;
    QLabel *m_empty;
    QLabel *m_reminder;
    QLabel *m_problem;
    QPlainTextEdit *m_preview;
    QTimer *m_timer;
    QAction *m_email = nullptr;
    QAction *m_call = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_reached = nullptr;

    std::optional<Incident> m_incident;
    QString m_typeTitle;
    QStringList m_evidence;
    QList<ContactEntry> m_directory;
    QList<ContactEntry> m_order;
    QList<EscalationReminder::Contacted> m_contacted;
    qint64 m_remindAfterMs = 10 * 60'000;
    Clock m_clock;
    // The escalation step the reminder last fired for (the notification it counted from, and whom it named).
    std::optional<std::pair<qint64, qint64>> m_remindedStep;
};

} // namespace payops
