#pragma once

#include "models/contacts/contactentry.h"
#include "models/incidents/incident.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace payops {

// The wizard's notify step without a window: who to reach, what to tell them, and when to escalate.
// Plain values in and out (no SQL, no clock of its own), so payopsctl and the tests use it as the
// wizard does.

// Who to reach for an incident, in order: the affected service's owners (every entry assigned to that
// service, whatever its role, by escalationOrder, then name, then id — the directory's own order), then
// the directory-wide emergency contact(s) in the same order. Entries for other services and the other
// directory-wide roles (technical support, customer service) are left out: a playbook's Contact action
// reaches those. Pure: takes the directory's entries, returns the order (no SQL).
class EscalationList final
{
public:
    EscalationList() = delete;

    [[nodiscard]] static QList<ContactEntry> forIncident(const QList<ContactEntry> &directory, const QString &service);
};

// The message for one contact in the operator's language: subject "[PayOps] <severity> <type title>:
// <service>", a body with what, where, since when, the incident's id and status and the caller's evidence
// lines, and the links: one mailto: per valid e-mail address (subject and body percent-encoded by
// SafeLinks::mailto, so nothing in them can add a header), one tel: per phone number, and the plain text
// for the clipboard. Every link is checked by SafeLinks; a refused one is left out (its value still
// shows in the directory as text). Text that came from elsewhere (names, titles, evidence) loses its
// control characters and is capped, so it cannot forge lines of the message.
class IncidentNotification final
{
    Q_DECLARE_TR_FUNCTIONS(payops::IncidentNotification)

public:
    struct Message
    {
        QString subject;
        QString body;
        QList<QUrl> mailLinks;
        QList<QUrl> phoneLinks;
        QString clipboardText; // "Subject: …", a blank line, the body
    };

    // At most this many evidence lines go into a message, each at most kMaxLineLength characters: a
    // mailto: link much longer than 2 000 characters is cut or refused by some mail programs.
    static constexpr int kMaxEvidenceLines = 8;
    static constexpr int kMaxLineLength = 160;

    IncidentNotification() = delete;

    [[nodiscard]] static Message compose(const Incident &incident, const QString &typeTitle, const ContactEntry &contact,
                                         const QStringList &evidenceLines);
    // "Alice Zhang (张伟)": the name and, when there is one, the alternative name.
    [[nodiscard]] static QString displayName(const ContactEntry &contact);
};

// The reminder rule: given who was notified when and who was marked reached, once `remindAfterMs` have
// passed since the last notification with nobody reached, it names the next contact in the escalation
// order not yet notified (or says that everyone was). Nothing is advised before anyone was notified
// (the step itself asks for that) or once someone was reached.
class EscalationReminder final
{
    Q_DECLARE_TR_FUNCTIONS(payops::EscalationReminder)

public:
    struct Contacted
    {
        qint64 contactId = 0;
        qint64 notifiedMs = 0; // the latest notification
        bool reached = false;
        qint64 reachedMs = 0;  // when marked reached (0 = not)

        friend bool operator==(const Contacted &, const Contacted &) = default;
    };
    struct Advice
    {
        bool remind = false;
        std::optional<qint64> nextContactId;
        QString text; // translated; empty when there is nothing to remind of
        qint64 sinceMs = 0; // the notification the reminder counts from (identifies the escalation step)
    };

    EscalationReminder() = delete;

    [[nodiscard]] static Advice advise(const QList<ContactEntry> &order, const QList<Contacted> &contacted, qint64 nowMs,
                                       qint64 remindAfterMs);
};

} // namespace payops
