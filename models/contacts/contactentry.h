#pragma once

#include "models/contacts/contactpoint.h"
#include "models/contacts/contactrole.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace payops {

// One row of the contact directory: a person in a role, for one service (or for all services),
// with the contact points of that assignment and its place in the service's escalation order.
// Two entries with the same person share the person's name, alternative name and organisation.
struct ContactEntry
{
    qint64 id = 0;       // the assignment's id; 0 = not stored yet
    qint64 personId = 0; // 0 = not stored yet
    QString name;        // as the person writes it, any script: "Bob", "张伟"
    QString nameAlt;     // optional: the name in the other language ("Zhang Wei", "技术支持")
    QString organization;
    ContactRole role = ContactRole::ServiceManager;
    QString service;         // empty = for all services (support mailbox, emergency contact, hotline)
    int escalationOrder = 1; // 1 = reached first for this service
    QList<ContactPoint> points;
    QString notes;

    [[nodiscard]] QStringList values(ContactPoint::Kind kind) const
    {
        QStringList list;
        for (const ContactPoint &point : points) {
            if (point.kind == kind)
                list.append(point.value);
        }
        return list;
    }

    // The same contact without its database ids (what an export and re-import must preserve).
    [[nodiscard]] bool sameContent(const ContactEntry &other) const
    {
        ContactEntry a = *this;
        ContactEntry b = other;
        a.id = b.id = 0;
        a.personId = b.personId = 0;
        return a == b;
    }

    friend bool operator==(const ContactEntry &, const ContactEntry &) = default;
};

} // namespace payops
