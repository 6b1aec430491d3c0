#include "models/incidents/incidentnotification.h"

#include "models/contacts/contactrole.h"
#include "models/contacts/contactvalidator.h"
#include "models/core/safelinks.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

// The directory's escalation order within one group: order, then name ignoring case, then id.
bool escalatesBefore(const ContactEntry &a, const ContactEntry &b)
{
    if (a.escalationOrder != b.escalationOrder)
        return a.escalationOrder < b.escalationOrder;
    const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    return a.id < b.id;
}

// Text from elsewhere as one line of a message: control and bidi-format characters (which could start a
// new line or reorder what the reader sees) become spaces, runs of spaces one, and the length is capped.
QString oneLine(const QString &text, qsizetype maxLength = IncidentNotification::kMaxLineLength)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u' ';
    }
    line = line.simplified();
    if (line.size() > maxLength)
        line = line.left(maxLength - 1) + u'…';
    return line;
}

// "2026-12-02 15:22 UTC+08:00": the reader may be in another time zone than the operator.
QString timeText(qint64 ms)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    const int offset = local.offsetFromUtc();
    const QString sign = offset < 0 ? u"-"_s : u"+"_s;
    const int minutes = qAbs(offset) / 60;
    return u"%1 UTC%2%3:%4"_s.arg(local.toString(u"yyyy-MM-dd HH:mm"_s), sign)
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

} // namespace

QList<ContactEntry> EscalationList::forIncident(const QList<ContactEntry> &directory, const QString &service)
{
    QList<ContactEntry> owners;
    QList<ContactEntry> emergency;
    for (const ContactEntry &entry : directory) {
        if (!service.isEmpty() && entry.service == service)
            owners.append(entry);
        else if (entry.service.isEmpty() && entry.role == ContactRole::EmergencyContact)
            emergency.append(entry);
    }
    std::stable_sort(owners.begin(), owners.end(), escalatesBefore);
    std::stable_sort(emergency.begin(), emergency.end(), escalatesBefore);
    return owners + emergency;
}

QString IncidentNotification::displayName(const ContactEntry &contact)
{
    const QString name = oneLine(contact.name, 80);
    const QString alt = oneLine(contact.nameAlt, 80);
    return alt.isEmpty() || alt == name ? name : tr("%1 (%2)").arg(name, alt);
}

IncidentNotification::Message IncidentNotification::compose(const Incident &incident, const QString &typeTitle,
                                                            const ContactEntry &contact, const QStringList &evidenceLines)
{
    const QString severity = Incident::severityTitle(incident.severity);
    const QString type = oneLine(typeTitle.isEmpty() ? incident.type : typeTitle);
    const QString service = oneLine(incident.service());
    QStringList services;
    for (const QString &name : incident.services)
        services.append(oneLine(name));

    Message message;
    message.subject = tr("[PayOps] %1 %2: %3").arg(severity, type, service);

    QStringList body;
    body << tr("Hello %1,").arg(displayName(contact)) << QString();
    body << tr("PayOps Console reports an incident on %1 that needs your attention.").arg(service) << QString();
    body << tr("What: %1 (%2)").arg(type, severity);
    body << tr("Where: %1").arg(services.join(u", "_s));
    body << tr("Since: %1").arg(timeText(incident.openedMs));
    body << tr("Incident: #%1, %2").arg(incident.id).arg(Incident::statusTitle(incident.status));
    if (const QString title = oneLine(incident.title); !title.isEmpty())
        body << tr("Title: %1").arg(title);
    body << QString();
    QStringList evidence;
    for (const QString &line : evidenceLines) {
        if (const QString shown = oneLine(line); !shown.isEmpty())
            evidence.append(shown);
    }
    if (evidence.isEmpty()) {
        body << tr("No evidence has been collected yet.");
    } else {
        body << tr("Evidence now:");
        for (const QString &line : evidence.mid(0, kMaxEvidenceLines))
            body << QString(u"  - "_s + line);
        if (evidence.size() > kMaxEvidenceLines)
            body << tr("  (%1 more not shown here: see the console)").arg(evidence.size() - kMaxEvidenceLines);
    }
    body << QString() << tr("Please reply or call back to confirm that you have seen this.") << tr("— PayOps Console");
    message.body = body.join(u'\n');
    message.clipboardText = tr("Subject: %1").arg(message.subject) + u"\n\n"_s + message.body;

    // RFC 6068: line breaks in a mailto: body are written as CRLF (%0D%0A).
    const QString mailBody = QString(message.body).replace(u'\n', u"\r\n"_s);
    for (const QString &address : contact.values(ContactPoint::Kind::Email)) {
        if (!ContactValidator::isValidEmail(address))
            continue; // "a@b.c?bcc=x@evil": never a link
        const QUrl url = SafeLinks::mailto(address, message.subject, mailBody);
        if (SafeLinks::isAllowed(url))
            message.mailLinks.append(url);
    }
    for (const QString &number : contact.values(ContactPoint::Kind::Phone)) {
        if (!ContactValidator::isValidPhone(number))
            continue;
        const QUrl url = ContactPoint{ContactPoint::Kind::Phone, number}.url();
        if (SafeLinks::isAllowed(url))
            message.phoneLinks.append(url);
    }
    return message;
}

EscalationReminder::Advice EscalationReminder::advise(const QList<ContactEntry> &order, const QList<Contacted> &contacted,
                                                      qint64 nowMs, qint64 remindAfterMs)
{
    Advice advice;
    if (contacted.isEmpty())
        return advice; // nobody notified yet: the step itself asks for that
    QHash<qint64, Contacted> byId;
    qint64 lastMs = 0;
    for (const Contacted &one : contacted) {
        if (one.reached)
            return advice; // someone has it
        byId.insert(one.contactId, one);
        lastMs = std::max(lastMs, one.notifiedMs);
    }
    const qint64 waitedMs = nowMs - lastMs;
    if (waitedMs < remindAfterMs)
        return advice;

    advice.remind = true;
    advice.sinceMs = lastMs;
    const int minutes = int(waitedMs / 60'000);
    for (const ContactEntry &entry : order) {
        if (byId.contains(entry.id))
            continue;
        advice.nextContactId = entry.id;
        advice.text = tr("Nobody has been reached %1 min after the last notification: escalate to %2 (%3).")
                          .arg(minutes)
                          .arg(IncidentNotification::displayName(entry), ContactRoles::displayName(entry.role));
        return advice;
    }
    advice.text = tr("Nobody has been reached %1 min after the last notification, and everyone in the escalation "
                     "order has been notified: call them again.")
                      .arg(minutes);
    return advice;
}

} // namespace payops
